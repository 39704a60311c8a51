// The input workbook (workbook_layout.h) into the model: sheets and columns found by their
// headings in Indonesian or English, rows linked by their codes, every value read from its stored
// text, and a source map that spells each value's place as SHEET!CELL. Every problem of the
// workbook is reported at once, each at its cell. Internal to the readers.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lkjip/error.h"
#include "lkjip/model.h"
#include "lkjip/source_map.h"
#include "workbook_cells.h"

namespace lkjip {

// The report, where each value was read, and what was read with a warning (a number typed as
// text, a percentage, a value with more decimals than its cell shows).
struct WorkbookReading {
  PerformanceReport report;
  std::shared_ptr<const SourceMap> sources;
  std::vector<Problem> warnings;
};

// Throws InputError with every problem of the workbook, at its cell. Takes the workbook, to let
// its cells go once they are read.
WorkbookReading read_report_workbook(xlsx::Workbook book, const std::string& file);

// A workbook file: also a file that is no readable workbook (WorkbookError) as an InputError.
WorkbookReading read_report_workbook_file(const std::string& path);
// A workbook's bytes (read from standard input), named `file` in messages.
WorkbookReading read_report_workbook_bytes(std::string_view bytes, const std::string& file);

}  // namespace lkjip
