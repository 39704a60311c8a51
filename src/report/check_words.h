// Words the report prints about its data (issue 15, class 4): an object's name, an indicator's
// unit, a fact stated in several places. Internal to the report.
#pragma once

#include "check_findings.h"
#include "lkjip/check.h"
#include "lkjip/model.h"

namespace lkjip {

// Each printed name (`name_of`) and unit (`unit_of`) against the data's, read the same when they
// differ only in case and runs of blanks (a warning per object and wording that differs: a short
// form may be deliberate); each fact (`fact`) printed two ways or more (an error naming every
// wording and its places: a date has one value), and the Renstra period (a fact named "periode
// Renstra" or "renstra_period") against the data's renstra_period. Counted in `counts.words`.
void check_printed_words(const PerformanceReport& report, Findings& findings, CheckCounts& counts);

}  // namespace lkjip
