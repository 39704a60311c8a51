// The check of `lkjip check` of the claims the report's text makes (report.claims): each against
// the computed figures, through the engine's formulas. Internal to the report; check.cc runs it.
#pragma once

#include "check_findings.h"
#include "lkjip/engine.h"
#include "lkjip/model.h"
#include "lkjip/report.h"

namespace lkjip {

// One finding per claim the figures contradict (claim-false, an error naming the figures or
// indicators that break it) or cannot decide (claim-uncheckable, a warning with the reason); a
// claim naming a figure the tables do not have is an input error. A true claim gives none.
void check_claims(const PerformanceReport& report, const Results& results, const Document& document,
                  Findings& findings);

}  // namespace lkjip
