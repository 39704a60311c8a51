// A report as an `lkjip/1` JSON data file: what `lkjip convert` writes from a workbook. Reading
// the text back gives the same report, every value with the decimals it was written with.
#pragma once

#include <string>

#include "lkjip/model.h"

namespace lkjip {

std::string write_report_json(const PerformanceReport& report);

}  // namespace lkjip
