// The engine: pure functions from the model to results. Every formula lives here and only here,
// and every computed figure carries its trace (lkjip/trace.h) unless they are dropped (Traces).
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lkjip/model.h"
#include "lkjip/trace.h"

namespace lkjip {

// Why a figure could not be computed. `subject` names the indicator, program, year or total.
enum class Reason {
  kTargetMissing,
  kActualMissing,
  kTargetZero,
  kActualZero,
  kTargetNegative,  // the capaian formulas hold for targets above zero
  kActualNegative,  // T / R needs an actual above zero
  kPaguMissing,
  kPaguZero,
  kSpendingMissing,
  kNoIndicators,
  kNoPrograms,
  kPartNotComputable,    // a mean, sum or difference whose part `subject` is not computable
  kOverflow,             // a rupiah sum beyond the largest supported amount
  kNoData,               // the file gives no value (a regional figure, staff counts)
  kYearMissing,          // a cumulative progress lacks the actual of year `subject`
  kNeedZero,             // an availability whose need is zero
  kWeightZero,           // a component whose weight is zero
  kComponentMissing,     // a composite index whose component `subject` has no value
  kOutsidePeriod,        // a cumulative progress for year `subject`, outside the plan period
  kPeriodMissing,        // a sum through the year lacks the period `subject` ("q3")
  kNoPeriodReported,     // no period is reported up to the report's period
  kDenominatorZero,      // a ratio whose denominator is zero
  kPlanMissing,          // a cash plan (RAK) not given for the period `subject`
  kPlanZero,             // a cash plan of zero, that spending cannot be measured against
  kNoRenstraYearTarget,  // the strategic plan gives no target for year `subject`
  kNoRenstraPeriod,      // the report gives no strategic plan period (renstra_period)
};

struct Unavailable {
  Unavailable(Reason why, std::string_view of) : reason(why), subject(of) {}
  Reason reason;
  std::string subject;
};

// A reason's stable name, the same in every language ("target-zero"): what scripts read beside
// the reason's words.
std::string_view reason_code(Reason reason);

// A computed figure with its trace, or why it cannot be computed. Never a silent zero.
// Kept small (a report holds millions): the value inline, and one shared pointer that is null
// (computed, traces dropped), the trace (computed) or the reason (not computable), the reason
// marked by the lowest bit of the pointer it holds (both are aligned to 8 bytes). A Figure is
// 32 bytes, a Money 24.
template <class T>
class Computed {
 public:
  Computed(T value, TracePtr trace = nullptr)  // NOLINT: implicit on purpose
      : value_(std::move(value)), note_(std::move(trace)) {}
  Computed(Unavailable why)  // NOLINT
      : note_(marked(std::make_shared<const Unavailable>(std::move(why)))) {}
  // Not given: a figure whose inputs the file does not have. Says so; never a zero.
  Computed() : note_(no_data()) {}

  bool ok() const { return !holds_reason(); }
  // Precondition: ok().
  const T& value() const { return value_; }
  const Unavailable& why() const { return holds_reason() ? *reason() : computed(); }
  // The trace, sharing the figure's ownership of it; null when traces were dropped or the
  // figure is not computable.
  TracePtr trace() const {
    if (!note_ || holds_reason()) return nullptr;
    return TracePtr(note_, static_cast<const Trace*>(note_.get()));
  }

 private:
  static constexpr std::uintptr_t kReasonMark = 1;
  static_assert(alignof(Unavailable) > kReasonMark && alignof(Trace) > kReasonMark);

  // The reason, owned as it is, pointed to through its marked address.
  static std::shared_ptr<const void> marked(std::shared_ptr<const Unavailable> reason) {
    const auto address = reinterpret_cast<std::uintptr_t>(reason.get()) | kReasonMark;
    return std::shared_ptr<const void>(std::move(reason), reinterpret_cast<const void*>(address));
  }
  bool holds_reason() const {
    return (reinterpret_cast<std::uintptr_t>(note_.get()) & kReasonMark) != 0;
  }
  const Unavailable* reason() const {
    return reinterpret_cast<const Unavailable*>(reinterpret_cast<std::uintptr_t>(note_.get()) &
                                                ~kReasonMark);
  }
  static const std::shared_ptr<const void>& no_data() {
    static const std::shared_ptr<const void> reason =
        marked(std::make_shared<const Unavailable>(Unavailable{Reason::kNoData, {}}));
    return reason;
  }
  // What why() says of a figure that was computed: nothing kept it from being computed.
  static const Unavailable& computed() {
    static const Unavailable reason{Reason::kPartNotComputable, {}};
    return reason;
  }

  T value_{};
  std::shared_ptr<const void> note_;  // null, the trace, or the marked reason
};

using Figure = Computed<Rational>;
using Money = Computed<Rupiah>;

// Whether computed figures keep their traces. explain, check and the xlsx formulas need them; the
// other outputs do not, and a report of 100 000 indicators holds hundreds of MB of them. The
// entry points that evaluate (evaluate, evaluate_indicators, evaluate_budget, evaluate_sakip,
// given) take it, and every formula they apply follows it; Results keep it, so that the rows
// evaluated later, as a table is written, follow it too. A formula called alone keeps them.
enum class Traces { kKeep, kDrop };

// ---- Given values ------------------------------------------------------------------------
// Where a given value comes from: its key in the data, or nothing for a default that the data
// file does not set (a setting).
using GivenAt = std::optional<Key>;
// The key of a setting the file may set: `given` says whether it does.
GivenAt settings_key(bool given, Field field);

// A value of the data file, with a trace naming its key unless `traces` is kDrop: for a table
// that shows a given value beside the figures computed from it.
Figure given(const Quantity& quantity, std::string_view subject, const GivenAt& at,
             Traces traces = Traces::kKeep);
Figure given(const OptionalQuantity& quantity, Reason if_missing, std::string_view subject,
             const GivenAt& at, Traces traces = Traces::kKeep);

// ---- Indicator formulas ------------------------------------------------------------------
// The figures of the year that capaian compares, to the end of the report's period
// (settings.reporting_period): given, a qualitative category's value, computed from the
// components of a composite index, from a ratio's counts, or from the periods through the year
// by the indicator's period rule. A range target has no one target: target_range says.
Figure effective_target(const Indicator& indicator, const Settings& settings);
Figure effective_actual(const Indicator& indicator, const Settings& settings);
// The indicator's capaian of `actual` against `target` by its polarity and method, or against
// its target range; a zero target as the report's zero rule says.
Figure achievement(const Indicator& indicator, const Figure& target, const Figure& actual,
                   const Settings& settings, Role target_role = Role::kTarget);
Figure capaian(const Indicator& indicator, const Settings& settings);
Figure score(const Figure& capaian, const Settings& settings);
// The band holding the value as printed (rounded at kPercentDecimals), as a reader rates it;
// nullptr when no band does.
const RatingBand* rate(const Rational& value, const std::vector<RatingBand>& scale);
// Mean of values as printed (each rounded half-up at kPercentDecimals), so that a reader with a
// calculator gets the same number. A value that is not computable makes the mean not computable.
Figure mean_as_printed(std::span<const Figure> values, std::string_view subject);
// The formula of a total or a mean made of its parts (kSum, kSumRupiah, kMeanAsPrinted) applied
// to other values of the parts: those a report prints, for `check` to compare a printed total
// with its printed parts by the rule that made it. A rupiah sum is the exact sum. nullopt for a
// formula that is not made of its parts so (an absorption of sums, a capped sum).
bool is_aggregate(Formula formula);
std::optional<Figure> aggregate(Formula formula, std::span<const Figure> parts,
                                std::string_view subject);
// to - from, exactly (trend between years, comparison with a regional figure). A part that
// cannot be computed passes on its own reason ("tidak ada data").
Figure difference(const Figure& from, const Figure& to, std::string_view subject,
                  Role from_role = Role::kFrom, Role to_role = Role::kTo);
// Progress to the strategic plan's end target: the capaian formula against the end target, with
// this year's actual (level) or the sum of the plan years' actuals (cumulative).
// The actual it is measured with: this year's (level), or the sum of the plan years' actuals up
// to this year (cumulative; a year outside the plan period cannot be summed).
struct RenstraPeriod {
  int from = 0;
  int to = 0;
};
Figure renstra_actual(const Indicator& indicator, int year, RenstraPeriod period,
                      const Settings& settings);
Figure renstra_progress(const Indicator& indicator, int year, RenstraPeriod period,
                        const Settings& settings);
// The strategic plan's target for `year` (not computable when the plan gives none for it), and
// this year's actual against it by the indicator's own capaian formula (achievement()).
Figure renstra_year_target(const Indicator& indicator, int year);
Figure renstra_year_capaian(const Indicator& indicator, int year, const Settings& settings);
// The capaian of an earlier year (history entry `index`) from its target and actual.
Figure past_capaian(const Indicator& indicator, std::size_t index, const Settings& settings);
// to - from, each as printed (2 decimals), as a reader subtracts printed capaian.
Figure difference_as_printed(const Figure& from, const Figure& to, std::string_view subject);

// ---- Through the year --------------------------------------------------------------------
// The name of a period as the data file writes it: "q3", "m11".
std::string period_name(const Period& period);
// The figure to date after `count` periods of the indicator's periods: its actuals (or its
// periods' targets) made one by its period rule. A sum needs every period; the other rules take
// the periods reported. Precondition: the indicator gives periods.
Figure periods_actual(const Indicator& indicator, int count);
Figure periods_target(const Indicator& indicator, int count);
// The target to date after `count` periods: the periods' (periods_target) when they give
// targets, the year's when they do not or when the count is the whole year and it is given.
Figure target_to_date(const Indicator& indicator, int count);

// One period's row of an indicator measured through the year: its own figures, and the figures
// to date after it.
struct PeriodResult {
  Period period;
  Figure target;  // the period's own, or the year's for a rule other than sum
  Figure actual;
  Figure capaian;
  Figure target_to_date;
  Figure actual_to_date;
  Figure capaian_to_date;
};

// One period's row of a budget's spending through the year, and against its cash plan (RAK).
struct SpendingPeriodResult {
  Period period;
  Money spending;             // the period's
  Money spending_to_date;     // the periods' up to it, added up
  Figure absorption_to_date;  // against the year's pagu
  Money plan;                 // the cash plan's for the period
  Money plan_to_date;         // the plan's periods up to it, added up
  Figure of_plan;             // the period's spending against its plan
  Figure of_plan_to_date;     // spending to date against the plan to date
  Money deviation_to_date;    // spending to date minus the plan to date
};

// How a capaian compares with the report's thresholds (Tabel 3.2).
enum class Classified { kExceeded, kMet, kNotMet, kNotComputable };
Classified classify(const Figure& capaian, const Classification& thresholds);

// ---- Budget formulas ---------------------------------------------------------------------
Money sum_rupiah(std::span<const Money> amounts, std::string_view subject);
Figure absorption(const Money& spending, const Money& pagu, std::string_view subject);
Money silpa(const Money& pagu, const Money& spending, std::string_view subject);
Figure share(const Money& part, const Money& total, std::string_view subject);
// Spending against the cash plan (anggaran kas, RAK): S / K x 100, and S - K.
Figure absorption_of_plan(const Money& spending, const Money& plan, std::string_view subject);
Money plan_deviation(const Money& spending, const Money& plan, std::string_view subject);

// ---- Budgets from below, and the basis -----------------------------------------------------
// The amount of a budget's field (kPagu, kOriginalPagu or kSpending) of a program, an activity
// or a sub-activity: its own; else, when any of its parts gives it (or has parts that do), its
// parts' added up, each named in the trace; else missing (kPaguMissing, kSpendingMissing, or
// kNoData for an original pagu). A part without it makes the sum not computable, naming it.
Money level_amount(const Program& program, Field field);
Money level_amount(const Activity& activity, Field field);
Money level_amount(const SubActivity& sub, Field field);
// The parts' amounts added up (a program's activities', an activity's sub-activities'), each
// its own or from below; missing when the level has no parts or none gives it. What `check`
// compares a stated amount with.
Money parts_amount(const Program& program, Field field);
Money parts_amount(const Activity& activity, Field field);
// The pagu absorption, SILPA and the pagu share use: by settings.pagu_basis the revised
// (`pagu`) or the original (`original_pagu`), the other where only it is given; where both are
// given, the trace says which was taken and by which setting.
Money level_pagu(const Program& program, const Settings& settings);
Money level_pagu(const Activity& activity, const Settings& settings);
Money level_pagu(const SubActivity& sub, const Settings& settings);
// An indicator's target by settings.target_basis, where it gives an original target beside the
// revised one: the one chosen, traced as chosen. Precondition: the indicator gives a target.
Figure chosen_target(const Indicator& indicator, const Settings& settings);
// Performance % minus resource use % (absorption, staff or facility availability), both as
// printed so that the columns subtract.
Figure efficiency_gap(const Figure& performance, const Figure& resource_use,
                      std::string_view subject);

// ---- Resources ---------------------------------------------------------------------------
Figure sum(std::span<const Figure> parts, std::string_view subject);
Figure availability(const Figure& available, const Figure& needed, std::string_view subject);
// An item above its need counts as fully available: min(available, needed) / needed x 100.
Figure capped_availability(const Facility& facility);
// What an inventory has that counts: sum of min(available, needed) over the items.
Figure counted_available(std::span<const Facility> facilities);
Figure total_needed(std::span<const Facility> facilities);

// ---- SAKIP evaluation --------------------------------------------------------------------
Figure component_percent(const SakipComponent& component);
// Whether a figure printed with the precision of `printed` agrees with the exact value.
bool agrees_as_printed(const Rational& exact, const Quantity& printed);

// ---- Results of a whole report -----------------------------------------------------------
struct IndicatorResult {
  const Indicator* indicator = nullptr;
  Figure target;  // given, a category's value or from the periods (none for a range)
  Figure actual;  // given, or computed from components, counts, a category or periods
  Figure capaian;
  Figure score;
  const RatingBand* rating = nullptr;  // null when the score is not computable
};

struct BudgetResult {
  Money pagu;
  Money spending;
  Money silpa;
  Figure absorption;
};

// Performance of a group of indicators.
struct PerformanceResult {
  Figure mean_capaian;  // mean of raw capaian
  Figure mean_score;    // mean of scores
  const RatingBand* rating = nullptr;
};

// Performance against a resource: efficiency gap from the score mean and from the raw mean.
struct EfficiencyResult {
  Figure gap_from_score;
  Figure gap_from_raw;
};

struct StaffResult {
  Figure needed;
  Figure available;
  Figure availability;
  EfficiencyResult efficiency;
};

// A program's figures. Its activities' and sub-activities' are not kept: no total or mean is
// made of them, and the tables evaluate each one's row as they write it (evaluate_indicators,
// evaluate_budget), so that a report with 100 000 sub-activities never holds all their figures.
struct ProgramResult {
  const Program* program = nullptr;
  std::vector<IndicatorResult> indicators;
  BudgetResult budget;
  PerformanceResult performance;
  EfficiencyResult budget_efficiency;
  StaffResult staff;
};

struct ObjectiveResult {
  const Objective* objective = nullptr;
  std::vector<IndicatorResult> indicators;
  BudgetResult budget;  // sums of the programs that support the objective
  Figure pagu_share;
  PerformanceResult performance;
  EfficiencyResult budget_efficiency;
  StaffResult staff;
};

struct IndicatorPeriods {
  const Indicator* indicator = nullptr;
  std::vector<PeriodResult> rows;  // every period of its kind up to the report's period
};

// An indicator's earlier years with their capaian, and this year's.
struct CapaianHistory {
  const Indicator* indicator = nullptr;
  std::vector<int> years;  // oldest first; the report's year last
  std::vector<Figure> targets;
  std::vector<Figure> actuals;
  std::vector<Figure> capaians;
  std::vector<Figure> actual_changes;   // years[i - 1] -> years[i]; the first year's none
  std::vector<Figure> capaian_changes;  // in points, from the capaian as printed
};

// The indicators of a group by how their capaian compares with the thresholds.
struct ClassificationResult {
  std::array<std::vector<const Indicator*>, 4> groups;  // by Classified
  std::array<Figure, 4> counts;                         // of each group, with its members' capaian
  std::size_t total = 0;
};

struct TrendResult {
  const Indicator* indicator = nullptr;
  std::vector<int> years;       // oldest first; the report's year last
  std::vector<Figure> actuals;  // one per year
  std::vector<Figure> changes;  // years[i] -> years[i + 1]
  Figure overall_change;        // first year -> last year
};

struct ProgressResult {
  const Indicator* indicator = nullptr;
  Figure actual;  // this year's, or the cumulative sum
  Figure progress;
};

// A key or program indicator whose strategic plan gives targets per year: the agreement's
// target of the report's year, the plan's target of each year of its period, this year's actual
// and capaian against the plan's target of the year, and the progress to the end target.
struct RenstraYearsResult {
  const Indicator* indicator = nullptr;
  Figure agreement_target;
  std::vector<int> years;            // the plan period's years, first to last
  std::vector<Figure> plan_targets;  // one per year
  Figure year_target;                // the plan's target of the report's year
  Figure actual;
  Figure capaian;  // of the actual against year_target
  Figure end_target;
  Figure progress;  // to the end target, as renstra-iku and renstra-program show it
};

struct RegionalResult {
  const Indicator* indicator = nullptr;
  Figure actual;
  Figure kabupaten, provinsi, nasional;
  Figure to_kabupaten, to_provinsi, to_nasional;  // actual minus the regional figure
};

struct FacilitiesResult {
  std::vector<Figure> items;          // availability per item
  std::vector<Figure> counted_items;  // min(available, needed) per item
  Figure available;                   // sum of what is available
  Figure counted;                     // sum of min(available, needed)
  Figure needed;
  Figure availability;
  EfficiencyResult efficiency;  // against the key indicators' mean
};

struct SakipResult {
  const std::vector<RatingBand>* predicate_scale = nullptr;
  std::vector<Figure> component_percents;
  Figure total_weight;
  Figure total_score;
  const RatingBand* predicate = nullptr;
  std::optional<bool> stated_total_agrees;      // when the report states a total
  std::optional<bool> stated_predicate_agrees;  // when the report states a predicate
};

// What the tables of a report build on: each objective's and program's figures, the total
// budget and the performance of all key and all program indicators. A table that shows more
// (trends, progress, regional figures, staff, facilities, SAKIP) asks the engine for it below,
// from these: nothing is computed for a table that is not written.
struct Results {
  Traces traces = Traces::kKeep;       // whether its figures keep traces
  const Settings* settings = nullptr;  // the report's, evaluated with
  std::vector<ObjectiveResult> objectives;
  std::vector<ProgramResult> programs;
  BudgetResult total_budget;
  Figure total_share;
  PerformanceResult key_indicators;      // all IKU
  PerformanceResult program_indicators;  // all program indicators
};

Results evaluate(const PerformanceReport& report, Traces traces = Traces::kKeep);

// ---- What one table shows, from the results -------------------------------------------------
// Each follows the results' Traces.

// Which indicators a view is of: the key indicators (of the objectives) or the programs'.
enum class IndicatorGroup { kKey, kProgram };

// The group's performance against the total budget's absorption.
EfficiencyResult budget_efficiency(const Results& results, IndicatorGroup group);
// Staff of all objectives (kKey) or all programs: counts summed, availability from the sums,
// against the group's performance.
StaffResult staff_total(const Results& results, IndicatorGroup group);
// The key and then the program indicators that give earlier years, each over every year that
// any of them gives, in report order.
std::vector<TrendResult> evaluate_trends(const PerformanceReport& report, const Results& results);
// The same trends made one at a time (a table that writes each row as it is made holds one
// trend, not a large report's all): which indicators have one and the years each is over are
// known first, from the data alone.
struct TrendPlan {
  std::vector<const IndicatorResult*> indicators;  // those that give earlier years, in order
  std::vector<int> years;                          // oldest first; the report's year last
  Traces traces = Traces::kKeep;                   // the results' own
};
TrendPlan plan_trends(const PerformanceReport& report, const Results& results);
// Precondition: `indicator` is one of plan.indicators.
TrendResult evaluate_trend(const TrendPlan& plan, const IndicatorResult& indicator);
// The group's indicators with a Renstra end target, and the mean of their progress.
struct ProgressResults {
  std::vector<ProgressResult> rows;
  Figure mean;
};
ProgressResults evaluate_progress(const PerformanceReport& report, const Results& results,
                                  IndicatorGroup group);
// The key and then the program indicators whose Renstra gives targets per year.
std::vector<RenstraYearsResult> evaluate_renstra_years(const PerformanceReport& report,
                                                       const Results& results);
// Every indicator of the report that gives periods, in report order.
std::vector<IndicatorPeriods> evaluate_periods(const PerformanceReport& report,
                                               const Results& results);
// The key and then the program indicators with an earlier year that gives a target.
std::vector<CapaianHistory> evaluate_capaian_history(const PerformanceReport& report,
                                                     const Results& results);
ClassificationResult classify_group(const Results& results, IndicatorGroup group);
// An indicator with an original target (target murni) beside its revised one, and capaian
// against each, whatever settings.target_basis says.
struct TargetRevision {
  const Indicator* indicator = nullptr;
  Figure original;
  Figure revised;
  Figure actual;
  Figure capaian_original;
  Figure capaian_revised;
};
// Every indicator of the report that gives an original target, in report order.
std::vector<TargetRevision> evaluate_target_revisions(const PerformanceReport& report,
                                                      const Results& results);
// The key and then the program indicators with regional figures.
std::vector<RegionalResult> evaluate_regional(const Results& results);
// The facilities' availability, and the key indicators' performance against it.
FacilitiesResult evaluate_facilities(const PerformanceReport& report, const Results& results);

// ---- The performance tree (pohon kinerja) --------------------------------------------------
// One node of the tree: an objective, or an indicator with its figures (evaluate()'s for key and
// program indicators, evaluate_indicators()' for an activity's or a sub-activity's).
struct TreeNode {
  const Objective* objective = nullptr;               // an objective's node; else null
  const ObjectiveResult* objective_result = nullptr;  // its figures (the mean capaian)
  IndicatorResult indicator;                          // an indicator's node: it and its figures
  TreeLevel level = TreeLevel::kKey;                  // an indicator's level
  int depth = 0;                                      // 0 at a root
  const CompactString* parent_id = nullptr;           // null at a root
};

// The tree, depth first: each objective, its key indicators, under each the program indicators
// that support it, under those the activities' and under those the sub-activities', each
// group in report order. Then the indicators that support nothing (programs', activities',
// sub-activities'), each a root with what supports it below. An indicator whose `supports`
// names no indicator one level up (validate() refuses that) is with those.
std::vector<TreeNode> evaluate_tree(const PerformanceReport& report, const Results& results);

// ---- One row at a time ------------------------------------------------------------------
// What evaluate() computes for a group of indicators and for a budget (`owner`: the place of the
// program, activity or sub-activity whose budget it is): an activity's and a
// sub-activity's figures, evaluated when their rows are written.
std::vector<IndicatorResult> evaluate_indicators(const std::vector<Indicator>& indicators,
                                                 const Settings& settings,
                                                 Traces traces = Traces::kKeep);
// A level's budget: its pagu by the basis and its spending, each its own or from below.
BudgetResult evaluate_budget(const Program& program, const Settings& settings,
                             Traces traces = Traces::kKeep);
BudgetResult evaluate_budget(const Activity& activity, const Settings& settings,
                             Traces traces = Traces::kKeep);
BudgetResult evaluate_budget(const SubActivity& sub, const Settings& settings,
                             Traces traces = Traces::kKeep);
// A level's budget against one pagu, kPagu (the revised) or kOriginalPagu, whatever the basis:
// the `perubahan-anggaran` table shows both.
BudgetResult evaluate_budget_with(const Program& program, Field pagu_field,
                                  Traces traces = Traces::kKeep);
BudgetResult evaluate_budget_with(const Activity& activity, Field pagu_field,
                                  Traces traces = Traces::kKeep);
BudgetResult evaluate_budget_with(const SubActivity& sub, Field pagu_field,
                                  Traces traces = Traces::kKeep);
// A level's spending per period and its cash plan, every period of its kind up to the report's
// period; none when its budget gives no periods. A period not reported makes the figures to date
// not computable from it on, naming the period: it is never a zero. Absorption to date is
// against level_pagu.
std::vector<SpendingPeriodResult> evaluate_spending_periods(const Program& program,
                                                            const Settings& settings,
                                                            Traces traces = Traces::kKeep);
std::vector<SpendingPeriodResult> evaluate_spending_periods(const Activity& activity,
                                                            const Settings& settings,
                                                            Traces traces = Traces::kKeep);
std::vector<SpendingPeriodResult> evaluate_spending_periods(const SubActivity& sub,
                                                            const Settings& settings,
                                                            Traces traces = Traces::kKeep);
// What evaluate() computes for the SAKIP evaluation alone (`check` needs nothing else of it).
SakipResult evaluate_sakip(const SakipEvaluation& sakip, Traces traces = Traces::kKeep);

}  // namespace lkjip
