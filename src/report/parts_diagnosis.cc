#include "parts_diagnosis.h"

#include <algorithm>
#include <stdexcept>
#include <vector>

namespace lkjip {
namespace {

using Kind = PartsDiagnosis::Kind;

Rational aggregate_of(Formula formula, const std::vector<Rational>& parts) {
  std::vector<Figure> figures(parts.begin(), parts.end());
  const std::optional<Figure> result = aggregate(formula, figures, "total");
  if (!result || !result->ok()) throw std::logic_error("diagnose_aggregate: no aggregate");
  return result->value();
}

Rational abs_of(const Rational& value) {
  return value.sign() < 0 ? -value : value;
}

Rational unit_at(int decimals) {
  Rational unit(1);
  for (int i = 0; i < decimals; ++i)
    unit = unit / Rational(10);
  return unit;
}

// Whether `printed` is `exact` moved toward zero (or away from it) by less than one unit of
// the last printed place, on the same side of zero.
bool cut_toward_zero(const Rational& printed, const Rational& exact, const Rational& unit) {
  if (printed.sign() * exact.sign() < 0) return false;
  const Rational p = abs_of(printed);
  const Rational e = abs_of(exact);
  return p <= e && e < p + unit;
}

bool pushed_away_from_zero(const Rational& printed, const Rational& exact, const Rational& unit) {
  if (printed.sign() * exact.sign() < 0) return false;
  const Rational p = abs_of(printed);
  const Rational e = abs_of(exact);
  return e < p && p < e + unit;
}

void compare_digits(const Quantity& printed, PartsDiagnosis& diagnosis) {
  const RoundedDecimal shown = printed.value.round_half_up(printed.decimals);
  const RoundedDecimal right = diagnosis.expected.round_half_up(printed.decimals);
  if (shown.negative != right.negative || shown.digits.size() != right.digits.size()) return;
  std::vector<std::size_t> differ;
  for (std::size_t i = 0; i < shown.digits.size(); ++i) {
    if (shown.digits[i] != right.digits[i]) differ.push_back(i);
  }
  if (differ.size() == 1) {
    diagnosis.kind = Kind::kOneDigit;
  } else if (differ.size() == 2 && differ[1] == differ[0] + 1 &&
             shown.digits[differ[0]] == right.digits[differ[1]] &&
             shown.digits[differ[1]] == right.digits[differ[0]]) {
    diagnosis.kind = Kind::kTransposed;
    diagnosis.next_printed_digit = shown.digits[differ[1]];
  } else {
    return;
  }
  diagnosis.position = differ[0] + 1;
  diagnosis.printed_digit = shown.digits[differ[0]];
  diagnosis.expected_digit = right.digits[differ[0]];
}

// Whether some values of the parts within their halfwidths give the printed aggregate: sums and
// means grow with each part, so the aggregates of the lowest and the highest values bound them.
bool within_bounds(const Quantity& printed, const std::vector<Rational>& parts,
                   std::span<const Rational> halfwidths, Formula formula, const Rational& unit) {
  if (halfwidths.size() != parts.size() ||
      std::all_of(halfwidths.begin(), halfwidths.end(),
                  [](const Rational& h) { return h.is_zero(); }))
    return false;
  std::vector<Rational> low = parts;
  std::vector<Rational> high = parts;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    low[i] = parts[i] - halfwidths[i];
    high[i] = parts[i] + halfwidths[i];
  }
  const Rational half = unit / Rational(2);
  // The values printed as `printed`: from half a unit below it, to half a unit above it
  // (excluded: that rounds up).
  return aggregate_of(formula, low) < printed.value + half &&
         printed.value - half <= aggregate_of(formula, high);
}

}  // namespace

PartsDiagnosis diagnose_aggregate(const Quantity& printed, std::span<const Rational> parts,
                                  Formula formula, std::span<const Rational> halfwidths) {
  const std::vector<Rational> all(parts.begin(), parts.end());
  PartsDiagnosis diagnosis;
  diagnosis.exact = aggregate_of(formula, all);
  diagnosis.expected = diagnosis.exact.rounded(printed.decimals);
  diagnosis.difference = printed.value - diagnosis.expected;
  if (agrees_as_printed(diagnosis.exact, printed)) return diagnosis;
  const Rational unit = unit_at(printed.decimals);
  if (within_bounds(printed, all, halfwidths, formula, unit)) return diagnosis;
  if (cut_toward_zero(printed.value, diagnosis.exact, unit)) {
    diagnosis.kind = Kind::kTruncated;
    return diagnosis;
  }
  if (pushed_away_from_zero(printed.value, diagnosis.exact, unit)) {
    diagnosis.kind = Kind::kRoundedUp;
    return diagnosis;
  }
  compare_digits(printed, diagnosis);
  if (diagnosis.kind == Kind::kTransposed) return diagnosis;
  // A part left out or counted twice: the same formula over the parts without it, or with it
  // once more.
  if (all.size() >= 2) {
    for (std::size_t i = 0; i < all.size(); ++i) {
      std::vector<Rational> without = all;
      without.erase(without.begin() + static_cast<std::ptrdiff_t>(i));
      if (agrees_as_printed(aggregate_of(formula, without), printed)) diagnosis.parts.push_back(i);
    }
    if (!diagnosis.parts.empty()) {
      diagnosis.kind = Kind::kPartLeftOut;
      diagnosis.part = diagnosis.parts.front();
      return diagnosis;
    }
  }
  for (std::size_t i = 0; i < all.size(); ++i) {
    std::vector<Rational> twice = all;
    twice.push_back(all[i]);
    if (agrees_as_printed(aggregate_of(formula, twice), printed)) diagnosis.parts.push_back(i);
  }
  if (!diagnosis.parts.empty()) {
    diagnosis.kind = Kind::kPartTwice;
    diagnosis.part = diagnosis.parts.front();
    return diagnosis;
  }
  if (diagnosis.kind == Kind::kOneDigit) return diagnosis;
  diagnosis.kind = Kind::kDifference;
  return diagnosis;
}

}  // namespace lkjip
