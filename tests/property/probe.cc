// Reads formula cases from stdin, one a line, and prints lkjip's result for each, so that
// capaian_property.py can compare them with Python's decimal module:
//   capaian H|L|I TARGET ACTUAL   (higher, lower reflected, lower target-over-actual)
//   mean V1 V2 ...                (mean of the values as printed at 2 decimals)
//   absorption SPENDING PAGU
// Each result is the figure rounded half-up at 2 decimals, or "NC" when not computable.
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "lkjip/engine.h"

using namespace lkjip;

namespace {

Rational parse(const std::string& text) {
  const std::optional<Rational> value = Rational::parse_decimal(text);
  if (!value) throw std::runtime_error("bad number: " + text);
  return *value;
}

std::string show(const Computed<Rational>& figure) {
  if (!figure.ok()) return "NC";
  return figure.value().round_half_up(kPercentDecimals).render('.', '\0');
}

std::string run(const std::string& line) {
  std::istringstream words(line);
  std::string kind;
  words >> kind;
  if (kind == "capaian") {
    std::string polarity, target, actual;
    words >> polarity >> target >> actual;
    Indicator indicator;
    indicator.id = "X";
    indicator.target = Quantity{parse(target), 0};
    indicator.actual = Quantity{parse(actual), 0};
    if (polarity != "H") indicator.polarity = Polarity::kLowerIsBetter;
    if (polarity == "I") indicator.lower_method = LowerIsBetterMethod::kTargetOverActual;
    return show(capaian(indicator, Settings{}));
  }
  if (kind == "mean") {
    std::vector<Computed<Rational>> values;
    for (std::string value; words >> value;)
      values.emplace_back(parse(value));
    return show(mean_as_printed(values, "total"));
  }
  if (kind == "absorption") {
    long long spending = 0, pagu = 0;
    words >> spending >> pagu;
    return show(absorption(Rupiah{spending}, Rupiah{pagu}, "total"));
  }
  throw std::runtime_error("unknown case: " + line);
}

}  // namespace

int main() {
  std::ios::sync_with_stdio(false);
  for (std::string line; std::getline(std::cin, line);)
    std::cout << run(line) << '\n';
  return 0;
}
