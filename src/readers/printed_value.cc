#include "printed_value.h"

#include <string>
#include <utility>
#include <variant>

#include "lkjip/fields.h"
#include "number_text.h"
#include "quantity_text.h"

namespace lkjip {

static_assert(kMaxPrintedTextDecimals == kMaxPrintedDecimals,
              "a printed text has at most the decimals \"decimals\" may state");

std::string read_printed_value_text(std::string_view text, PrintedFigure& figure) {
  auto read = read_printed_text(text);
  if (auto* refusal = std::get_if<NumberRefusal>(&read)) return std::move(refusal->message);
  if (std::holds_alternative<PrintedWords>(read)) {
    figure.text = std::string(text);
    return "";
  }
  const PrintedNumberText& number = std::get<PrintedNumberText>(read);
  std::optional<Quantity> quantity = exact_quantity(number.decimal);
  if (!quantity) return quantity_refusal(number.decimal);  // the grammar's limits are the same
  figure.number = std::move(*quantity);
  return "";
}

std::string settle_printed_decimals(PrintedFigure& figure, std::string_view value_text) {
  if (!figure.number) return "";
  Quantity& number = *figure.number;
  if (!value_text.empty()) {
    if (figure.decimals && *figure.decimals != number.decimals) {
      return "the stated decimals, " + std::to_string(*figure.decimals) +
             ", disagree with the text \"" + clipped(value_text) + "\", which has " +
             std::to_string(number.decimals) + ": the report's text gives the precision; state " +
             std::to_string(number.decimals) + " or leave the decimals out";
    }
    figure.decimals = number.decimals;
    return "";
  }
  if (!figure.decimals) return "";
  if (number.decimals > *figure.decimals) {
    return "the stated decimals, " + std::to_string(*figure.decimals) + ", are fewer than the " +
           std::to_string(number.decimals) + " the value " +
           number.value.round_half_up(number.decimals).render('.', '\0') +
           " is written with: write the value as the report prints it, or state " +
           std::to_string(number.decimals);
  }
  number.decimals = *figure.decimals;
  return "";
}

}  // namespace lkjip
