// The input formats written from a report: what `lkjip init` and `lkjip convert` make. Reading
// what they write gives the same report back.
#pragma once

#include <string>

#include "lkjip/model.h"

namespace lkjip {

enum class WorkbookLanguage { kIndonesian, kEnglish };

// An `lkjip/1` JSON data file.
std::string input_json(const PerformanceReport& report);
// An input workbook (.xlsx bytes) to fill in a spreadsheet; with `report` null, the empty one.
// Throws std::runtime_error when it cannot be made.
std::string input_workbook(const PerformanceReport* report, WorkbookLanguage language);

}  // namespace lkjip
