#include "printed_value.h"

#include <string>
#include <utility>
#include <variant>

#include "lkjip/fields.h"
#include "number_text.h"
#include "quantity_text.h"
#include "reader_messages.h"

namespace lkjip {

static_assert(kMaxPrintedTextDecimals == kMaxPrintedDecimals,
              "a printed text has at most the decimals \"decimals\" may state");

Text read_printed_value_text(std::string_view text, PrintedFigure& figure) {
  auto read = read_printed_text(text);
  if (auto* refusal = std::get_if<NumberRefusal>(&read)) return std::move(refusal->message);
  if (std::holds_alternative<PrintedWords>(read)) {
    figure.text = std::string(text);
    return {};
  }
  const PrintedNumberText& number = std::get<PrintedNumberText>(read);
  std::optional<Quantity> quantity = exact_quantity(number.decimal);
  if (!quantity) return quantity_refusal(number.decimal);  // the grammar's limits are the same
  figure.number = std::move(*quantity);
  return {};
}

Text settle_printed_decimals(PrintedFigure& figure, std::string_view value_text) {
  if (!figure.number) return {};
  Quantity& number = *figure.number;
  if (!value_text.empty()) {
    if (figure.decimals && *figure.decimals != number.decimals) {
      return say(ReaderMessage::kDecimalsDisagree, *figure.decimals, clipped(value_text),
                 number.decimals);
    }
    figure.decimals = number.decimals;
    return {};
  }
  if (!figure.decimals) return {};
  if (number.decimals > *figure.decimals) {
    return say(ReaderMessage::kDecimalsFewer, *figure.decimals, number.decimals,
               number.value.round_half_up(number.decimals).render('.', '\0'));
  }
  number.decimals = *figure.decimals;
  return {};
}

}  // namespace lkjip
