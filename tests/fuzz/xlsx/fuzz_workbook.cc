// libFuzzer target: any bytes read as an .xlsx workbook. Bad input must end in a WorkbookError,
// never in a crash, a hang or unbounded memory.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "workbook_cells.h"  // src/readers/xlsx

namespace {

// Tighter than the defaults, so that a hostile input costs milliseconds under the sanitizers and
// stays far below -rss_limit_mb; the limit checks themselves are the same code.
lkjip::xlsx::Limits fuzzing_limits() {
  lkjip::xlsx::Limits limits;
  limits.max_uncompressed_bytes = 16 << 20;
  limits.max_sheets = 1'000;
  limits.max_cells = 200'000;
  limits.max_cell_text_bytes = 16 << 20;
  limits.max_shared_strings = 100'000;
  limits.max_shared_string_bytes = 8 << 20;
  return limits;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const lkjip::xlsx::Limits kLimits = fuzzing_limits();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    const lkjip::xlsx::Workbook workbook = lkjip::xlsx::read_workbook_bytes(bytes, kLimits);
    // What the reader promises: cells sorted, unique, within the sheet, named both ways.
    for (const lkjip::xlsx::Sheet& sheet : workbook.sheets) {
      for (std::size_t i = 0; i < sheet.cells.size(); ++i) {
        const lkjip::xlsx::Cell& cell = sheet.cells[i];
        if (cell.row < 1 || cell.row > lkjip::xlsx::kMaxRow || cell.column < 1 ||
            cell.column > lkjip::xlsx::kMaxColumn) {
          __builtin_trap();
        }
        if (i > 0 &&
            !(sheet.cells[i - 1].row < cell.row ||
              (sheet.cells[i - 1].row == cell.row && sheet.cells[i - 1].column < cell.column))) {
          __builtin_trap();
        }
        const auto parsed =
            lkjip::xlsx::parse_cell_name(lkjip::xlsx::cell_name(cell.row, cell.column));
        if (!parsed || parsed->first != cell.row || parsed->second != cell.column) __builtin_trap();
      }
    }
  } catch (const lkjip::xlsx::WorkbookError&) {
    // Expected for bad input: a clear error for the user.
  }
  return 0;
}
