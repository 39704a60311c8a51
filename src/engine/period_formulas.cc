// Figures through the year: the periods' figures made one by the indicator's period rule, to
// the end of any period, and each period's capaian.
#include <algorithm>
#include <optional>

#include "lkjip/engine.h"
#include "trace_builder.h"

namespace lkjip {
namespace {

Formula formula_of(PeriodRule rule) {
  switch (rule) {
    case PeriodRule::kLast:
      return Formula::kPeriodLast;
    case PeriodRule::kMax:
      return Formula::kPeriodMax;
    case PeriodRule::kMin:
      return Formula::kPeriodMin;
    case PeriodRule::kMean:
      return Formula::kPeriodMean;
    case PeriodRule::kSum:
    case PeriodRule::kNone:  // validate() refuses periods without a rule
      break;
  }
  return Formula::kPeriodSum;
}

// The rule's figure of `values` (at least one).
Rational apply_rule(PeriodRule rule, const std::vector<Rational>& values) {
  switch (rule) {
    case PeriodRule::kLast:
      return values.back();
    case PeriodRule::kMax:
      return *std::max_element(values.begin(), values.end());
    case PeriodRule::kMin:
      return *std::min_element(values.begin(), values.end());
    case PeriodRule::kMean: {
      Rational total;
      for (const Rational& value : values)
        total = total + value;
      return total / Rational(static_cast<long long>(values.size()));
    }
    case PeriodRule::kSum:
    case PeriodRule::kNone:
      break;
  }
  Rational total;
  for (const Rational& value : values)
    total = total + value;
  return total;
}

// The period of number `number` of the indicator's kind.
Period nth_period(const Indicator& indicator, int number) {
  return Period{details_of(indicator).periods.front().period.kind, number};
}

// The entry of the period `number`, or nullptr when the file gives none.
const PeriodFigures* entry_of(const Indicator& indicator, int number, std::uint32_t* index) {
  const std::vector<PeriodFigures>& periods = details_of(indicator).periods;
  for (std::size_t i = 0; i < periods.size(); ++i) {
    if (periods[i].period.number != number) continue;
    *index = static_cast<std::uint32_t>(i);
    return &periods[i];
  }
  return nullptr;
}

// The figure to date after `count` periods of the periods' targets (`targets`) or actuals.
Figure periods_figure(const Indicator& indicator, int count, bool targets) {
  const IndicatorDetails& details = details_of(indicator);
  const Field field = targets ? Field::kPeriodTarget : Field::kPeriodActual;
  const Reason missing = targets ? Reason::kTargetMissing : Reason::kActualMissing;
  std::vector<Term> terms;
  std::vector<Rational> values;
  for (int number = 1; number <= count; ++number) {
    std::uint32_t index = 0;
    const PeriodFigures* entry = entry_of(indicator, number, &index);
    const OptionalQuantity* value = entry ? (targets ? &entry->target : &entry->actual) : nullptr;
    const std::string name = period_name(nth_period(indicator, number));
    if (value == nullptr || !value->has_value()) {
      // An unreported period is never a zero: a sum cannot be made without it.
      if (details.period_rule == PeriodRule::kSum) return Unavailable{Reason::kPeriodMissing, name};
      continue;
    }
    const Figure figure = trace::given(**value, name, Key{indicator.source, field, index});
    if (trace::keeping()) terms.push_back(trace::of(figure, Role::kPeriod, name));
    values.push_back(figure.value());
  }
  if (values.empty()) {
    return count == 0 ? Figure(Unavailable{missing, indicator.id})
                      : Figure(Unavailable{Reason::kNoPeriodReported, indicator.id});
  }
  return trace::result(formula_of(details.period_rule), indicator.id, std::move(terms),
                       apply_rule(details.period_rule, values));
}

// The target a period's own actual is measured against: its own, or for a level (any rule but
// sum) the year's.
Figure period_target(const Indicator& indicator, const PeriodFigures* entry, std::uint32_t index,
                     const std::string& name) {
  if (entry && entry->target) {
    return trace::given(*entry->target, name, Key{indicator.source, Field::kPeriodTarget, index});
  }
  if (details_of(indicator).period_rule == PeriodRule::kSum) {
    return Unavailable{Reason::kTargetMissing, name};
  }
  return trace::given(indicator.target, Reason::kTargetMissing, indicator.id,
                      Key{indicator.source, Field::kTarget});
}

PeriodResult period_row(const Indicator& indicator, int number, const Settings& settings) {
  const Period period = nth_period(indicator, number);
  const std::string name = period_name(period);
  std::uint32_t index = 0;
  const PeriodFigures* entry = entry_of(indicator, number, &index);
  Figure actual =
      entry && entry->actual
          ? trace::given(*entry->actual, name, Key{indicator.source, Field::kPeriodActual, index})
          : Figure(Unavailable{Reason::kPeriodMissing, name});
  Figure target = period_target(indicator, entry, index, name);
  Figure capaian = achievement(indicator, target, actual, settings);
  Figure target_so_far = target_to_date(indicator, number);
  Figure actual_so_far = periods_actual(indicator, number);
  Figure capaian_so_far = achievement(indicator, target_so_far, actual_so_far, settings);
  return PeriodResult{period,
                      std::move(target),
                      std::move(actual),
                      std::move(capaian),
                      std::move(target_so_far),
                      std::move(actual_so_far),
                      std::move(capaian_so_far)};
}

}  // namespace

std::string period_name(const Period& period) {
  switch (period.kind) {
    case Period::Kind::kQuarter:
      return "q" + std::to_string(period.number);
    case Period::Kind::kMonth:
      return "m" + std::to_string(period.number);
    case Period::Kind::kYear:
      break;
  }
  return "year";
}

// The target to date after `count` periods: the periods' when they give targets, the year's
// when they do not or when the count is the whole year and the year's is given.
Figure target_to_date(const Indicator& indicator, int count) {
  const IndicatorDetails& details = details_of(indicator);
  const bool periods_give_targets =
      std::any_of(details.periods.begin(), details.periods.end(),
                  [](const PeriodFigures& period) { return period.target.has_value(); });
  const bool whole_year = count == periods_in_year(details.periods.front().period.kind);
  if (periods_give_targets && !(whole_year && indicator.target)) {
    return periods_target(indicator, count);
  }
  return trace::given(indicator.target, Reason::kTargetMissing, indicator.id,
                      Key{indicator.source, Field::kTarget});
}

Figure periods_actual(const Indicator& indicator, int count) {
  return periods_figure(indicator, count, false);
}

Figure periods_target(const Indicator& indicator, int count) {
  return periods_figure(indicator, count, true);
}

namespace {

// One period's amount of a budget's periods (its spending or its plan), or why there is none:
// a period not reported is missing, never zero.
Money period_amount(const Budget& budget, const Place& owner, const Period& period, bool plan) {
  const std::string name = period_name(period);
  for (std::size_t i = 0; i < budget.periods.size(); ++i) {
    const SpendingPeriod& entry = budget.periods[i];
    const OptionalAmount& amount = plan ? entry.plan : entry.spending;
    if (entry.period != period || !amount) continue;
    return trace::given(amount, Reason::kSpendingMissing, name,
                        Key{owner, plan ? Field::kPeriodPlan : Field::kPeriodSpending,
                            static_cast<std::uint32_t>(i)});
  }
  return Unavailable{plan ? Reason::kPlanMissing : Reason::kPeriodMissing, name};
}

// The amounts so far added up; once one is missing, every sum after it lacks it and says which.
Money to_date(const std::vector<Money>& so_far, std::string_view subject) {
  const auto missing =
      std::find_if(so_far.begin(), so_far.end(), [](const Money& part) { return !part.ok(); });
  return missing != so_far.end() ? Money(missing->why()) : sum_rupiah(so_far, subject);
}

template <class Level>
std::vector<SpendingPeriodResult> spending_periods(const Level& level, const Settings& settings,
                                                   Traces traces) {
  const trace::Scope tracing(traces);
  std::vector<SpendingPeriodResult> rows;
  const Budget& budget = level.budget;
  if (budget.periods.empty()) return rows;
  std::string_view subject = level.id;
  const Money pagu = level_pagu(level, settings);
  const Period::Kind kind = budget.periods.front().period.kind;
  const int count = periods_through(kind, settings.reporting_period);
  std::vector<Money> spent;
  std::vector<Money> planned;
  for (int number = 1; number <= count; ++number) {
    SpendingPeriodResult row;
    row.period = Period{kind, number};
    row.spending = period_amount(budget, level.source, row.period, false);
    row.plan = period_amount(budget, level.source, row.period, true);
    spent.push_back(row.spending);
    planned.push_back(row.plan);
    row.spending_to_date = to_date(spent, subject);
    row.plan_to_date = to_date(planned, subject);
    row.absorption_to_date = absorption(row.spending_to_date, pagu, subject);
    row.of_plan = absorption_of_plan(row.spending, row.plan, period_name(row.period));
    row.of_plan_to_date = absorption_of_plan(row.spending_to_date, row.plan_to_date, subject);
    row.deviation_to_date = plan_deviation(row.spending_to_date, row.plan_to_date, subject);
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

std::vector<SpendingPeriodResult> evaluate_spending_periods(const Program& program,
                                                            const Settings& settings,
                                                            Traces traces) {
  return spending_periods(program, settings, traces);
}
std::vector<SpendingPeriodResult> evaluate_spending_periods(const Activity& activity,
                                                            const Settings& settings,
                                                            Traces traces) {
  return spending_periods(activity, settings, traces);
}
std::vector<SpendingPeriodResult> evaluate_spending_periods(const SubActivity& sub,
                                                            const Settings& settings,
                                                            Traces traces) {
  return spending_periods(sub, settings, traces);
}

std::vector<IndicatorPeriods> evaluate_periods(const PerformanceReport& report,
                                               const Results& results) {
  const trace::Scope tracing(results.traces);
  std::vector<IndicatorPeriods> out;
  for_each_indicator(report, [&](std::string_view, const Indicator& indicator) {
    const std::vector<PeriodFigures>& periods = details_of(indicator).periods;
    if (periods.empty()) return;
    IndicatorPeriods rows{&indicator, {}};
    const int count =
        periods_through(periods.front().period.kind, report.settings.reporting_period);
    for (int number = 1; number <= count; ++number)
      rows.rows.push_back(period_row(indicator, number, report.settings));
    out.push_back(std::move(rows));
  });
  return out;
}

}  // namespace lkjip
