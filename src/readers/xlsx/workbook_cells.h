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

namespace lkjip::xlsx {

enum class CellType {
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
  // The stored text. Strings are the runs of rich text joined, phonetic (<rPh>) runs left out;
  // whitespace is kept as stored, and Excel's _xHHHH_ escapes (e.g. _x000D_) are left as they
  // are. A formula cell that was never calculated (no cached value, as openpyxl writes) comes
  // with empty text and has_formula set.
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
};

// Why a workbook could not be read. what() is the whole message, starting with the sheet and the
// cell when it is about one ("sheet 'Data', cell E7: ..."); it does not name the file.
struct WorkbookError : std::runtime_error {
  WorkbookError(const std::string& message, std::string sheet_name = {},
                std::string cell_name = {});

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
};

// Every cell with a value, of every worksheet. Styles are not read: a date typed in Excel is the
// number it is stored as (its serial, in the 1900 or the 1904 system). Throws WorkbookError for a
// file that is not a readable workbook or passes a limit, std::bad_alloc when memory runs out.
Workbook read_workbook_file(const std::string& path, const Limits& limits = {});
Workbook read_workbook_bytes(std::string_view bytes, const Limits& limits = {});

// The cell at (row, column) of a sheet, or nullptr when that cell is empty.
const Cell* find_cell(const Sheet& sheet, std::uint32_t row, std::uint32_t column);

inline constexpr std::uint32_t kMaxRow = 1'048'576;
inline constexpr std::uint32_t kMaxColumn = 16'384;  // XFD

// (7, 5) -> "E7"; (1, 16384) -> "XFD1". Row and column are 1-based and within the limits above.
std::string cell_name(std::uint32_t row, std::uint32_t column);
// "E7" -> (row 7, column 5). Upper-case letters then a row without leading zeros, no '$';
// nothing beyond XFD1048576.
std::optional<std::pair<std::uint32_t, std::uint32_t>> parse_cell_name(std::string_view name);

}  // namespace lkjip::xlsx
