// Numbers that a person typed as text in a spreadsheet cell, read the Indonesian way: a comma
// as decimal mark and dots grouping thousands ("2.696.606.251", "73,75", "Rp 1.000.000,00").
// Pure functions of the standard library only; never through floating point.
#pragma once

#include <string>
#include <string_view>
#include <variant>

namespace lkjip {

// The digits a number of the model may have, the same for every reader: before the decimal
// mark and after it. Whole rupiah may use the 19 digits of their 64-bit range; an amount above
// the largest is refused where it is converted.
inline constexpr int kMaxIntegerDigits = 18;
inline constexpr int kMaxDecimals = 12;
inline constexpr int kMaxRupiahDigits = 19;

// What a column holds decides how a lone separator is read and what is allowed around the digits.
enum class NumberColumn {
  kDecimal,  // a target, an actual, a weight, a score: any decimal number; "%" allowed
  kRupiah,   // whole rupiah, not negative: "Rp"/"IDR" prefix, zero sen (",00", ",-") allowed
  kWhole,    // a count or a year: a whole number without a sign
};

struct NumberReading {
  // Canonical text of the exact value: digits, an optional leading "-", "." as decimal mark, no
  // grouping. Decimals keep the written trailing zeros ("73,50" -> "73.50"): the written precision
  // is how the report prints the figure. Whole columns have no decimals ("1.000,00" -> "1000").
  std::string decimal;
  // How the text was read, for a warning; empty when the text was already canonical.
  std::string understood;
};

// What was found and how to write it instead, naming the text (clipped to 60 bytes).
struct NumberRefusal {
  std::string message;
};

std::variant<NumberReading, NumberRefusal> read_number_text(std::string_view text,
                                                            NumberColumn column);

// For a JSON string where a number was expected ("84,12"): how to write it as a JSON number
// ("write it as the JSON number 84.12 (no quotes, a point as decimal mark)"), or empty when the
// string is not a number at all ("", "-", "n/a", "12 orang").
std::string json_number_hint(std::string_view text, NumberColumn column);

}  // namespace lkjip
