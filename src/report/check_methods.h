// The methods behind printed figures that differ from the computed ones (`lkjip check`): a
// known wrong method that gives the printed figure is one finding for every figure it explains.
// Internal to the report; check.cc runs it.
#pragma once

#include <cstddef>
#include <vector>

#include "check_findings.h"
#include "lkjip/model.h"
#include "lkjip/report.h"

namespace lkjip {

// A printed figure that differs from the computed one: its entry and its finding in `out`.
struct DifferingFigure {
  const PrintedFigure* printed = nullptr;
  std::size_t finding = 0;
};

// Tries, for the differing figures, the methods reports are known to use wrongly: means of
// uncapped capaian where the report caps (method-uncapped-mean), a total absorption as the
// unweighted mean of its rows' percentages (method-unweighted-mean), an efficiency made as the
// cap minus the resource used on some rows and as capaian minus it on others
// (method-efficiency-formula). A method that gives printed figures is one finding naming them;
// each of their findings says which method gives it.
void check_methods(const PerformanceReport& report, const Document& document,
                   const std::vector<DifferingFigure>& differing, Findings& findings);

}  // namespace lkjip
