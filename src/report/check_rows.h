// The check of `lkjip check` that reads a printed row on its own terms: a figure printed beside
// the inputs it is made of (a capaian beside its target and actual, an absorption beside its pagu
// and spending) must follow from them, whatever the data says. Internal to the report; check.cc
// runs it.
#pragma once

#include "check_findings.h"
#include "lkjip/model.h"
#include "lkjip/report.h"

namespace lkjip {

// For each place (`where`) that prints an input otherwise than the data file gives it (a target
// 87,06 where the data says 87,05), the report is evaluated again with the inputs as that place
// prints them; each figure printed there that is made of one of them and disagrees with that
// evaluation is a `row-arithmetic` error: the place contradicts itself ("Tabel 3.17 prints 87,06
// and 97,21, which give 111,66, and prints 90,99"). Inputs a place does not print are the data
// file's. `document` is the report's, with traces.
void check_printed_rows(const PerformanceReport& report, const Document& document,
                        Findings& findings);

}  // namespace lkjip
