// How a spreadsheet keeps a number, and what it shows: the stored text of a number cell is the
// binary double's text ("73.849999999999994", "8.4120000000000005E+1"), of which Excel keeps and
// shows 15 significant digits. Internal to the workbook reader.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lkjip::xlsx {

// Excel's precision: a double's 16th and 17th significant digits are the binary noise of a
// decimal typed in (73,85 is kept as 73.849999999999994).
inline constexpr int kSpreadsheetDigits = 15;

// The stored text of a number cell as the decimal a person typed: rounded half up to 15
// significant digits, trailing zeros after the point dropped, written plainly ("84.12",
// "-0.5", "2696606251"). nullopt when the text is not a number.
std::optional<std::string> typed_decimal(std::string_view stored);

// Whether the number format shows the value as a percentage (0,7375 as 73,75%): a % outside
// quotes and brackets in its first section.
bool shows_percent(std::string_view format_code);

// Whether the number format shows the value as a date or a time (the number is then a day
// serial, not a figure): y, m, d, h or s outside quotes and brackets in its first section, or
// elapsed time ([h]).
bool shows_date(std::string_view format_code);

}  // namespace lkjip::xlsx
