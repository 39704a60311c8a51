// The rating scales a report prints (`stated_rating_scales`), judged as a reviewer reads them:
// every score from the floor to the cap must fall in one band, and every band must be
// reachable. Internal to the report; check.cc runs it.
#pragma once

#include "check_findings.h"
#include "lkjip/engine.h"
#include "lkjip/model.h"

namespace lkjip {

// For each stated scale, one finding per defect, each at the scale's place in the report
// (`where`): values between settings.score_floor and settings.score_cap in no band (scale-gap,
// an error), values in two bands or more (scale-overlap, an error), a band no score can fall in
// (scale-unreachable, a warning); and once per scale, the computed scores of the key and
// program indicators it rates otherwise than lkjip's settings.rating_scale (scale-rating-differs,
// a warning).
void check_stated_scales(const PerformanceReport& report, const Results& results,
                         Findings& findings);

}  // namespace lkjip
