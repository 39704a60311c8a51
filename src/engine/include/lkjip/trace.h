// How a figure was computed: the formula, and every term with its value and where it came from
// (the key of a value of the data file, or the trace of another figure). `lkjip explain` prints
// it, with the keys spelled by the file's source map.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lkjip/key.h"
#include "lkjip/rational.h"

namespace lkjip {

enum class Formula {
  kGiven,                // a value of the data file
  kCapaianHigher,        // R / T x 100
  kCapaianReflected,     // (2T - R) / T x 100
  kCapaianInverse,       // T / R x 100
  kScore,                // C limited to [floor, cap]
  kMeanAsPrinted,        // (sum of the values rounded at 2 decimals) / n
  kSum,                  // sum of the parts (figures)
  kAbsorption,           // S / P x 100
  kSilpa,                // P - S
  kShare,                // P_i / P x 100
  kEfficiencyGap,        // round(C) - round(U)
  kDifference,           // B - A
  kCompositeIndex,       // sum of w_i x x_i
  kAvailability,         // available / needed x 100
  kCappedAvailability,   // min(available, needed) / needed x 100
  kCappedSum,            // sum of min(available_i, needed_i)
  kComponentPercent,     // score / weight x 100
  kSumRupiah,            // sum of amounts of rupiah
  kCapaianInRange,       // 100: the actual lies within the target range
  kCapaianBothZero,      // 100: target and actual are both 0, as the report's zero rule says
  kCategoryValue,        // a qualitative category's value on its scale
  kRatio,                // a / b x k
  kPeriodSum,            // the periods added up
  kPeriodLast,           // the last reported period
  kPeriodMax,            // the best period
  kPeriodMin,            // the worst period
  kPeriodMean,           // the mean of the reported periods
  kDifferenceAsPrinted,  // round(B) - round(A)
  kClassCount,           // how many capaian are in a class of the classification
  kAmountFromParts,      // a level's amount: its parts' added up (budgets from below)
  kRevisedChosen,        // the revised of an original and a revised figure, by the basis
  kOriginalChosen,       // the original of the two, by the basis
  kAbsorptionOfPlan,     // S / K x 100, spending over the cash plan
  kPlanDeviation,        // S - K
  // The last of the formulas above, for a walk over them all: a new formula goes above it, and
  // it names the new one.
  kLastFormula = kPlanDeviation,
};

// What a term is to its formula; the explanation names it in words.
enum class Role {
  kValue,
  kTarget,
  kActual,
  kEndTarget,
  kCapaian,
  kFloor,
  kCap,
  kPart,
  kSpending,
  kPagu,
  kTotalPagu,
  kPerformance,
  kResourceUse,
  kFrom,
  kTo,
  kWeight,
  kComponent,
  kAvailable,
  kNeeded,
  kScore,
  kComparison,  // the figure compared with: a regional figure
  kRangeMin,    // the lower bound of a target range
  kRangeMax,    // the upper bound of a target range
  kCategory,    // a qualitative category's value
  kNumerator,
  kDenominator,
  kPer,
  kPeriod,             // one period's figure
  kPlan,               // a cash plan's amount (RAK)
  kRenstraYearTarget,  // the strategic plan's target of a year
};

struct Trace;

struct Term {
  std::string symbol;  // "T", "R", "x1"
  Role role = Role::kValue;
  std::string subject;  // what the term belongs to: "AKIP", "P1", "2023"
  Rational value;
  std::optional<Key> source;                // a given value of the data file: its key
  bool by_default = false;                  // a given value the file leaves at its default
  std::shared_ptr<const Trace> derivation;  // a computed value: how it was computed
};

struct Trace {
  Formula formula = Formula::kGiven;
  std::string subject;
  std::vector<Term> terms;
  Rational result;
};

using TracePtr = std::shared_ptr<const Trace>;

}  // namespace lkjip
