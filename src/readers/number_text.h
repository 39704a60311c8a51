// Numbers that a person typed as text in a spreadsheet cell, read the Indonesian way: a comma
// as decimal mark and dots grouping thousands ("2.696.606.251", "73,75", "Rp 1.000.000,00").
// Pure functions, never through floating point; what they say is in both languages (a Text).
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "lkjip/language.h"

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
  Text understood;
};

// What was found and how to write it instead, naming the text (clipped to 60 bytes).
struct NumberRefusal {
  Text message;
};

std::variant<NumberReading, NumberRefusal> read_number_text(std::string_view text,
                                                            NumberColumn column);

// For a JSON string where a number was expected ("84,12"): how to write it as a JSON number
// ("write it as the JSON number 84.12 (no quotes, a point as decimal mark)"), or empty when the
// string is not a number at all ("", "-", "n/a", "12 orang").
Text json_number_hint(std::string_view text, NumberColumn column);

// ---- A printed figure's value as the report prints it -----------------------------------------
//
// The one grammar of a printed figure's text (`printed` in JSON, Tercetak in the workbook), in
// the report's own Indonesian notation, stricter than a cell's text above: a dot only groups
// thousands ("1.000" is one thousand, never 1,000), a comma only marks the decimals.
//
//   number   = [sign] [currency] [sign] integer ["," digits] [blanks "%"] | ... integer ",-"
//   sign     = "-" | "+" | U+2212 (at most one, next to what follows it)
//   currency = "Rp" | "Rp." (any case), then optional blanks
//   integer  = "0" | a digit 1-9 then digits | 1 to 3 digits (not starting with 0) then
//              groups of "." and exactly 3 digits
//   ",-"     = whole rupiah ("Rp 1.000,-"), without decimals or "%"
//
// Blanks (spaces, tab, no-break spaces) around the text are trimmed. A currency and "%" are not
// both allowed. At most kMaxPrintedTextDecimals decimals, kMaxIntegerDigits digits before them.
//
// A text is read as words (a rating, a predicate: "BB", "Sangat Baik") unless it looks like a
// number: it has a digit and, after an optional leading sign, "(" and a currency prefix ("Rp",
// "Rp.", "IDR"), only digits, ".", ",", "%", signs, dashes, parentheses and blanks, or it is in
// scientific notation ("2,69E+09"); and no sign or dash stands between two digits (a date or a
// span, "31-12-2024" or "2022-2026", is words). A text that looks like a number but is not one
// by the grammar ("2.69.606", "95,3,0", "1.000.00", "95.3", "(1,57)") is refused, never read as
// words.
inline constexpr int kMaxPrintedTextDecimals = 6;

struct PrintedNumberText {
  std::string decimal;  // canonical: "-1.57", "2696606251", "95.30" (trailing zeros kept)
  int decimals = 0;     // the digits after the comma: the precision the report prints
};
struct PrintedWords {};  // not a number: the text is the figure ("BB", "Sangat Baik")

std::variant<PrintedNumberText, PrintedWords, NumberRefusal> read_printed_text(
    std::string_view text);

}  // namespace lkjip
