// The checks of `lkjip check` about the performance tree (pohon kinerja) and what programs give
// the objectives they fund (staff). Internal to the report; check.cc runs them.
#pragma once

#include <vector>

#include "check_findings.h"
#include "lkjip/model.h"

namespace lkjip {

// When the report gives a tree (some indicator names the one it supports): indicators of
// programs, activities and sub-activities that support nothing, key indicators that nothing
// supports, a program indicator that supports a key indicator of another objective than its
// program's. Always: a program that funds no objective, and an objective's stated staff against
// the sum of the staff of the programs that fund it.
void check_tree(const PerformanceReport& report, Findings& findings);

}  // namespace lkjip
