// A decimal number's text into a Quantity, the same way for every reader: exact, with the
// decimals it was written with (its printed precision), refused beyond the digits the model
// supports rather than rounded.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "lkjip/model.h"
#include "number_text.h"

namespace lkjip {

// The decimals a number is written with: "8.40" has 2, "84e-1" has 1, "1e3" has 0.
int written_decimals(std::string_view number);

// The number (a JSON number or canonical decimal text: "-73.50", "8.4e1") as a Quantity, or
// nullopt when it has more than kMaxIntegerDigits digits before the decimal mark or more than
// kMaxDecimals after it (or is not a number).
std::optional<Quantity> exact_quantity(std::string_view number);
// The same for a plain number whose digits a reader gathered while it scanned it.
std::optional<Quantity> exact_quantity(const PlainDigits& number);

// A value read, bounded for a message that echoes it, so that one problem stays one line.
std::string clipped(std::string_view text);

// What to say when exact_quantity() refused `number`.
Text quantity_refusal(std::string_view number);

}  // namespace lkjip
