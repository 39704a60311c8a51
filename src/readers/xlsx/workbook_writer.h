// The input workbook (`lkjip init`, `lkjip convert`): the layout of workbook_layout.h, with a
// guide sheet, headings with notes, drop-down lists, number formats that show each value with
// the decimals it has, frozen heading rows. Empty, or filled from a report.
#pragma once

#include <string>

#include "lkjip/error.h"
#include "lkjip/model.h"
#include "workbook_layout.h"

namespace lkjip {

// The workbook's bytes; with `report` null, the empty template. Throws std::runtime_error when
// the workbook cannot be made (no temporary file), WorkbookLimitError when a value does not fit
// a workbook (a text longer than a cell holds, a list longer than `most_rows`, Excel's rows
// unless a test lowers it): nothing is left out silently.
std::string write_report_workbook(const PerformanceReport* report, workbook::Language language,
                                  std::size_t most_rows = kWorkbookRows);

}  // namespace lkjip
