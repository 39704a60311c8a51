// Reads the cells of an .xlsx workbook (Office Open XML spreadsheet) with their stored text,
// exactly as written in the XML: a number is never converted through double. Built on libzip for
// the container and expat for streaming XML. Meant for files from anywhere: every limit below
// holds against a hostile file, and every failure is a WorkbookError that says what was expected,
// what was found and how to fix it.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lkjip/language.h"

namespace lkjip::xlsx {

enum class CellType : std::uint8_t {
  kNumber,  // t="n" or no t: text is the <v> text as stored ("73.75", "8.4120000000000005E+1")
  kSharedString,   // t="s": text is the resolved shared string
  kInlineString,   // t="inlineStr": text is the <is> string
  kFormulaString,  // t="str": a formula's string result (or a plain string some tools write so)
  kBoolean,        // t="b": text is "0" or "1"
  kError,          // t="e": text is the error as stored, e.g. "#DIV/0!"
  kDate,           // t="d": text is the ISO 8601 date as stored
};

struct Cell {
  std::uint32_t row = 0;     // 1-based
  std::uint32_t column = 0;  // 1-based (A = 1)
  CellType type = CellType::kNumber;
  bool has_formula = false;  // a <f> was present: text is the cached result
  // A formula cell that was never calculated (no cached value, as openpyxl writes): its text is
  // empty and has_formula is set.
  bool uncalculated = false;
  // The number format of the cell's style (its s attribute), as an index into Workbook::formats;
  // 0 is "General" (no s, or a workbook without styles). Set for every cell, whatever its type;
  // it tells how a number is shown (see shown_decimals).
  std::uint32_t format = 0;
  // The stored text. Strings are the runs of rich text joined, phonetic (<rPh>) runs left out;
  // whitespace is kept as stored, and Excel's _xHHHH_ escapes (e.g. _x000D_) are left as they
  // are. A formula's cached result may be an empty string (t="str" with an empty <v>, as
  // =IF(A1="";"";...) gives): that cell holds "" and is calculated.
  std::string text;
};

struct Sheet {
  std::string name;
  std::vector<Cell> cells;  // sorted by (row, column), one per position; empty cells left out
};

// Worksheets in workbook order (the <sheets> of xl/workbook.xml). Chartsheets, dialog sheets and
// macro sheets are left out.
struct Workbook {
  std::vector<Sheet> sheets;
  // The number format codes the cells' styles use, each once, as stored in xl/styles.xml
  // (<numFmt formatCode>) or, for a built-in id, its standard code in the en-US locale ("0.00",
  // "#,##0", "m/d/yy h:mm"). Index 0 is always "General". A built-in id whose code depends on the
  // locale (23 to 36, 50 to 163) and that the workbook does not define reads as "General".
  std::vector<std::string> formats{"General"};
};

// Why a workbook could not be read. what() is the whole message, starting with the sheet and the
// cell when it is about one ("sheet 'Data', cell E7: ..."); it does not name the file.
struct WorkbookError : std::runtime_error {
  WorkbookError(const Text& message, std::string sheet_name = {}, std::string cell_name = {});

  Text text;          // the whole message in both languages; what() is its English
  std::string sheet;  // empty when not about one sheet
  std::string cell;   // "E7"; empty when not about one cell
};

// Bounds on what one workbook may make this reader read and hold. The defaults are far above
// any real performance report (a sheet of 200,000 rows by 10 columns reads in 2 s and 100 MB;
// 20 million short cells in 14 s and 1.6 GB) and keep memory below about 3.5 GiB on the worst
// hostile file: 20 million cells of 48 bytes, their text with the allocator's overhead, and the
// shared strings. Fixed besides: XML nests at most 256 elements deep, and a part has at most
// max_sheets + 10,000 relationships.
struct Limits {
  // All XML parts read, uncompressed, together (a part named twice counts twice).
  std::uint64_t max_uncompressed_bytes = std::uint64_t{512} << 20;
  // How many times its compressed size a part may expand, once past its first MiB. Real
  // workbook XML expands 5 to 50 times, a sheet of one value repeated a few hundred times; a
  // deflate zip bomb about 1000 times (bzip2 far more).
  std::uint64_t max_compression_ratio = 500;
  std::uint64_t max_sheets = 10'000;
  std::uint64_t max_cells = 20'000'000;  // in all sheets together
  // Text held by all cells together (a shared string counts once for each cell that uses it).
  std::uint64_t max_cell_text_bytes = std::uint64_t{512} << 20;
  std::uint64_t max_shared_strings = 16'000'000;
  std::uint64_t max_shared_string_bytes = std::uint64_t{256} << 20;
  // Entries of xl/styles.xml: custom number formats (<numFmt>; Excel allows some 250) and cell
  // formats (<cellXfs><xf>; Excel allows 64,000). Count attributes are never trusted.
  std::uint64_t max_number_formats = 100'000;
  std::uint64_t max_cell_formats = 1'000'000;
};

// Every cell with a value, of every worksheet, with the number format of its style. Dates are not
// converted: a date typed in Excel is the number it is stored as (its serial, in the 1900 or the
// 1904 system), its format a date format. A cell whose s attribute is not a number or is beyond
// the cell formats of xl/styles.xml is an error naming the cell (Excel calls such a file damaged
// and would show the cell otherwise than this reader could say); without xl/styles.xml every cell
// is "General", whatever its s. Throws WorkbookError for a
// file that is not a readable workbook or passes a limit, std::bad_alloc when memory runs out.
Workbook read_workbook_file(const std::string& path, const Limits& limits = {});
Workbook read_workbook_bytes(std::string_view bytes, const Limits& limits = {});

// The number format code of a cell: workbook.formats[cell.format].
std::string_view format_code(const Workbook& workbook, const Cell& cell);

// How many decimals the format code shows for a positive number: the digit placeholders (0, # and
// ?) after the decimal point of its first section. "0.00" -> 2, "#,##0" -> 0, "0.0%" -> 1,
// "#,##0.000;[Red]-#,##0.000" -> 3, "\"Rp\" #,##0.00" -> 2. Quoted text, \x and !x escapes, _x and
// *x, and brackets ([Red], [$-421], [$Rp-421], [>=100]) are skipped. A 0 always shows its digit,
// # and ? only a significant one, so "0.##" shows 73.5 as "73.5": the count is where the value is
// rounded. nullopt when the first section shows no number with a fixed number of decimals:
// "General", text ("@"), scientific ("0.00E+00"), a date or time, a fraction, or no placeholder.
std::optional<int> shown_decimals(std::string_view format_code);

// The cell at (row, column) of a sheet, or nullptr when that cell is empty.
const Cell* find_cell(const Sheet& sheet, std::uint32_t row, std::uint32_t column);

inline constexpr std::uint32_t kMaxRow = 1'048'576;
inline constexpr std::uint32_t kMaxColumn = 16'384;  // XFD

// (7, 5) -> "E7"; (1, 16384) -> "XFD1". Row and column are 1-based and within the limits above.
std::string cell_name(std::uint32_t row, std::uint32_t column);
// A column's letters: 1 -> "A", 28 -> "AB".
std::string column_letters(std::uint32_t column);
// "E7" -> (row 7, column 5). Upper-case letters then a row without leading zeros, no '$';
// nothing beyond XFD1048576.
std::optional<std::pair<std::uint32_t, std::uint32_t>> parse_cell_name(std::string_view name);

}  // namespace lkjip::xlsx
