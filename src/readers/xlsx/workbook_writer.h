// The input workbook (`lkjip init`, `lkjip convert`): the layout of workbook_layout.h, with a
// guide sheet, headings with notes, drop-down lists, number formats that show each value with
// the decimals it has, frozen heading rows. Empty, or filled from a report.
#pragma once

#include <string>

#include "lkjip/model.h"
#include "workbook_layout.h"

namespace lkjip {

// The workbook's bytes; with `report` null, the empty template. Throws std::runtime_error when
// the workbook cannot be made (no temporary file).
std::string write_report_workbook(const PerformanceReport* report, workbook::Language language);

}  // namespace lkjip
