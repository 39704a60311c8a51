#include "lkjip/engine.h"

namespace lkjip {

std::string_view reason_code(Reason reason) {
  switch (reason) {
    case Reason::kTargetMissing:
      return "target-missing";
    case Reason::kActualMissing:
      return "actual-missing";
    case Reason::kTargetZero:
      return "target-zero";
    case Reason::kActualZero:
      return "actual-zero";
    case Reason::kTargetNegative:
      return "target-negative";
    case Reason::kActualNegative:
      return "actual-negative";
    case Reason::kPaguMissing:
      return "pagu-missing";
    case Reason::kPaguZero:
      return "pagu-zero";
    case Reason::kSpendingMissing:
      return "spending-missing";
    case Reason::kNoIndicators:
      return "no-indicators";
    case Reason::kNoPrograms:
      return "no-programs";
    case Reason::kPartNotComputable:
      return "part-not-computable";
    case Reason::kOverflow:
      return "overflow";
    case Reason::kNoData:
      return "no-data";
    case Reason::kYearMissing:
      return "year-missing";
    case Reason::kNeedZero:
      return "need-zero";
    case Reason::kWeightZero:
      return "weight-zero";
    case Reason::kComponentMissing:
      return "component-missing";
    case Reason::kOutsidePeriod:
      return "outside-period";
    case Reason::kPeriodMissing:
      return "period-missing";
    case Reason::kNoPeriodReported:
      return "no-period-reported";
    case Reason::kDenominatorZero:
      return "denominator-zero";
    case Reason::kPlanMissing:
      return "plan-missing";
    case Reason::kPlanZero:
      return "plan-zero";
    case Reason::kNoRenstraYearTarget:
      return "no-renstra-year-target";
    case Reason::kNoRenstraPeriod:
      return "no-renstra-period";
  }
  return "unknown";
}

}  // namespace lkjip
