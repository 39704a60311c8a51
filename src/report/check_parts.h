// The check of `lkjip check` that reads a printed table on its own terms: a printed total or
// mean against the parts the report prints beside it. Internal to the report; check.cc runs it.
#pragma once

#include "check_findings.h"
#include "lkjip/model.h"
#include "lkjip/report.h"

namespace lkjip {

// Each printed figure of a total or mean row that lkjip makes of its parts (a sum, a mean of
// the values as printed), where every one of those parts is printed at the same place ("where"),
// is compared with the same formula over the printed parts; and each aggregate the data file
// states over printed figures ("aggregate", "of"), with its printed parts and, where every part
// can be computed, with the computed parts. A disagreement is a `sum-of-parts` error that says
// how the printed figure differs (truncated, one digit, two digits swapped, a part left out or
// counted twice) and which of the two is wrong. `document` holds its rows.
void check_sums_of_parts(const PerformanceReport& report, const Document& document,
                         Findings& findings);

}  // namespace lkjip
