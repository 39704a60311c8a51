// The checks of the strategic plan's targets (`lkjip check`). Internal to the report.
#pragma once

#include <vector>

#include "check_findings.h"
#include "lkjip/model.h"

namespace lkjip {

// For each key and program indicator whose Renstra gives targets: the agreement's (PK) target of
// the report's year against the plan's target of that year, and the end target against the
// year's targets (an end target below a target of the way for an indicator where higher is
// better, above it where lower is better). Warnings: a plan may be revised.
void check_renstra_targets(const PerformanceReport& report, Findings& findings);

}  // namespace lkjip
