// The fewest corrections (`lkjip check`): single values that, put in place of what the report
// or the data says, make several findings agree at once. A suggestion with its evidence; the
// data is never changed. Internal to the report; check.cc runs it.
#pragma once

#include <functional>
#include <vector>

#include "check_findings.h"
#include "lkjip/fields.h"
#include "lkjip/model.h"
#include "lkjip/report.h"

namespace lkjip {

// One value tried in place of the one a key names.
struct Correction {
  Key key;
  FieldValue value;
};

// What a differing printed figure suggests: an input printed otherwise than the data file gives
// it may be the right one (the printed value in its place); a printed sum or mean whose parts
// are given values may differ by one part (each part moved by the difference).
void propose_corrections(const PerformanceReport& report, const PrintedFigure& printed,
                         const Cell& cell, std::vector<Correction>& candidates);

// The findings of a report, as check_report finds them (without corrections).
using CheckRun = std::function<std::vector<Finding>(const PerformanceReport&)>;

// Tries every candidate on a copy of the report: one that makes two or more findings agree and
// no other appear is a correction. The fewest of them that explain the most findings are added
// as notes (code `correction`) before the report's findings (`findings`), the one explaining
// most first.
void suggest_corrections(const PerformanceReport& report, std::vector<Correction> candidates,
                         const CheckRun& run, Findings& findings);

}  // namespace lkjip
