// The engine: pure functions from the model to results. Every formula lives here and only here.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "lkjip/model.h"

namespace lkjip {

// Percentages are printed, and averaged "as printed", with this many decimals.
constexpr int kPercentDecimals = 2;

// Why a figure could not be computed. `subject` names the indicator, program or total concerned.
enum class Reason {
  kTargetMissing,
  kActualMissing,
  kTargetZero,
  kActualZero,
  kPaguMissing,
  kPaguZero,
  kSpendingMissing,
  kNoIndicators,
  kNoPrograms,
  kPartNotComputable,  // a mean or sum whose part `subject` is not computable
  kOverflow,           // a rupiah sum beyond the largest supported amount
};

struct Unavailable {
  Reason reason;
  std::string subject;
};

// A computed figure, or why it cannot be computed. Never a silent zero.
template <class T>
class Computed {
 public:
  Computed(T value) : value_(std::move(value)) {}      // NOLINT: implicit on purpose
  Computed(Unavailable why) : why_(std::move(why)) {}  // NOLINT

  bool ok() const { return value_.has_value(); }
  const T& value() const { return *value_; }
  const Unavailable& why() const { return why_; }

 private:
  std::optional<T> value_;
  Unavailable why_{Reason::kPartNotComputable, {}};
};

// ---- Indicator formulas ------------------------------------------------------------------
Computed<Rational> capaian(const Indicator& indicator);
Computed<Rational> score(const Computed<Rational>& capaian, const Settings& settings);
// The band of the scale that holds the score; nullptr when none does (a validated scale
// covering [floor, cap] always has one).
// The score is rated as printed (rounded at kPercentDecimals), as a reader would rate it.
const RatingBand* rate(const Rational& score, const std::vector<RatingBand>& scale);

// Mean of values as printed (each rounded half-up at kPercentDecimals), so that a reader with a
// calculator gets the same number. A value that is not computable makes the mean not computable.
Computed<Rational> mean_as_printed(std::span<const Computed<Rational>> values,
                                   const std::string& subject_if_empty);

// ---- Budget formulas ---------------------------------------------------------------------
Computed<Rupiah> sum_rupiah(std::span<const Computed<Rupiah>> amounts, const std::string& subject);
// `subject` names the budget line in the reason when the figure cannot be computed.
Computed<Rational> absorption(const Computed<Rupiah>& spending, const Computed<Rupiah>& pagu,
                              const std::string& subject);
Computed<Rupiah> silpa(const Computed<Rupiah>& pagu, const Computed<Rupiah>& spending,
                       const std::string& subject);
Computed<Rational> share(const Computed<Rupiah>& part, const Computed<Rupiah>& total,
                         const std::string& subject);

// capaian % minus absorption %, both taken as printed so that the columns subtract.
Computed<Rational> efficiency_gap(const Computed<Rational>& capaian,
                                  const Computed<Rational>& absorption);

// ---- Results of a whole report -----------------------------------------------------------
struct IndicatorResult {
  const Indicator* indicator = nullptr;
  Computed<Rational> capaian;
  Computed<Rational> score;
  const RatingBand* rating = nullptr;  // null when the score is not computable
};

struct BudgetResult {
  Computed<Rupiah> pagu;
  Computed<Rupiah> spending;
  Computed<Rupiah> silpa;
  Computed<Rational> absorption;
};

// Performance of a group of indicators and its efficiency gap against the group's absorption.
struct PerformanceResult {
  Computed<Rational> mean_capaian;  // mean of raw capaian
  Computed<Rational> mean_score;    // mean of scores
  const RatingBand* rating = nullptr;
  Computed<Rational> gap_from_score;  // efficiency from the score mean
  Computed<Rational> gap_from_raw;    // efficiency from the raw mean
};

struct SubActivityResult {
  const SubActivity* sub_activity = nullptr;
  std::vector<IndicatorResult> indicators;
  BudgetResult budget;
};

struct ActivityResult {
  const Activity* activity = nullptr;
  std::vector<IndicatorResult> indicators;
  BudgetResult budget;
  std::vector<SubActivityResult> sub_activities;
};

struct ProgramResult {
  const Program* program = nullptr;
  std::vector<IndicatorResult> indicators;
  BudgetResult budget;
  PerformanceResult performance;
  std::vector<ActivityResult> activities;
};

struct ObjectiveResult {
  const Objective* objective = nullptr;
  std::vector<IndicatorResult> indicators;
  BudgetResult budget;  // sums of the programs that support the objective
  Computed<Rational> pagu_share;
  PerformanceResult performance;
};

struct Results {
  std::vector<ObjectiveResult> objectives;
  std::vector<ProgramResult> programs;
  BudgetResult total_budget;
  PerformanceResult key_indicators;      // all IKU against the total absorption
  PerformanceResult program_indicators;  // all program indicators against the total absorption
};

Results evaluate(const PerformanceReport& report);

}  // namespace lkjip
