// Budgets from below and the basis: a program's, an activity's or a sub-activity's amounts,
// its own or its parts' added up, and which of an original and a revised figure is used.
#include <algorithm>

#include "lkjip/engine.h"
#include "trace_builder.h"

namespace lkjip {
namespace {

OptionalAmount own_amount(const Budget& budget, Field field) {
  switch (field) {
    case Field::kPagu:
      return budget.pagu;
    case Field::kOriginalPagu:
      return budget.original_pagu;
    case Field::kSpending:
      return budget.spending;
    default:
      throw std::logic_error("no amount of a budget has field " +
                             std::to_string(static_cast<int>(field)));
  }
}

Reason missing_reason(Field field) {
  if (field == Field::kSpending) return Reason::kSpendingMissing;
  if (field == Field::kPagu) return Reason::kPaguMissing;
  return Reason::kNoData;  // an original pagu: most budgets were never revised
}

// A level's amount, and whether it or a level below it gives one (or else nothing below could
// stand for it).
struct FromBelow {
  Money amount;
  bool given = false;
};

const std::vector<Activity>& parts_of(const Program& program) {
  return program.activities;
}
const std::vector<SubActivity>& parts_of(const Activity& activity) {
  return activity.sub_activities;
}

template <class Level>
FromBelow from_below(const Level& level, Field field);

// The parts' amounts added up when any of them gives one; `given` false when none does.
template <class Level>
FromBelow parts_from_below(const Level& level, Field field) {
  std::vector<Money> amounts;
  bool any = false;
  for (const auto& part : parts_of(level)) {
    FromBelow amount = from_below(part, field);
    any = any || amount.given;
    amounts.push_back(std::move(amount.amount));
  }
  if (!any) return {Unavailable{missing_reason(field), level.id}, false};
  Money total = sum_rupiah(amounts, level.id);
  if (!total.ok()) return {std::move(total), true};
  std::vector<Term> terms;
  if (trace::keeping()) {
    for (const Money& amount : amounts)
      terms.push_back(
          trace::part_of(amount, field == Field::kSpending ? Role::kSpending : Role::kPagu));
  }
  return {trace::money_result(Formula::kAmountFromParts, level.id, std::move(terms), total.value()),
          true};
}

template <class Level>
FromBelow from_below(const Level& level, Field field) {
  const OptionalAmount own = own_amount(level.budget, field);
  if (own) {
    return {trace::given(own, missing_reason(field), level.id, Key{level.source, field}), true};
  }
  if constexpr (std::is_same_v<Level, SubActivity>) {
    return {Unavailable{missing_reason(field), level.id}, false};
  } else {
    return parts_from_below(level, field);
  }
}

template <class Level>
Money chosen_pagu(const Level& level, const Settings& settings) {
  const bool revised_first = settings.pagu_basis == Basis::kRevised;
  const Field first_field = revised_first ? Field::kPagu : Field::kOriginalPagu;
  const Field second_field = revised_first ? Field::kOriginalPagu : Field::kPagu;
  FromBelow first = from_below(level, first_field);
  if (first.given) {
    // Where the level itself gives the other one too, which was taken, and by which setting, is
    // part of the figure's trace. (Not the other's parts': adding them up would cost a walk
    // through the level's parts for every level.)
    if (!first.amount.ok() || !own_amount(level.budget, second_field)) return first.amount;
    return trace::money_result(
        revised_first ? Formula::kRevisedChosen : Formula::kOriginalChosen, level.id,
        [&] { return std::vector<Term>{trace::of(first.amount, Role::kPagu, level.id)}; },
        first.amount.value());
  }
  FromBelow second = from_below(level, second_field);
  if (second.given) return std::move(second.amount);
  // Neither: the pagu is missing, whatever the basis.
  return revised_first ? std::move(first.amount) : std::move(second.amount);
}

BudgetResult budget_of(Money pagu, Money spending, std::string_view subject) {
  Money unspent = silpa(pagu, spending, subject);
  Figure absorbed = absorption(spending, pagu, subject);
  return BudgetResult{std::move(pagu), std::move(spending), std::move(unspent),
                      std::move(absorbed)};
}

template <class Level>
BudgetResult level_budget(const Level& level, const Settings& settings, Traces traces) {
  const trace::Scope tracing(traces);
  return budget_of(chosen_pagu(level, settings), level_amount(level, Field::kSpending), level.id);
}

template <class Level>
BudgetResult budget_with(const Level& level, Field pagu_field, Traces traces) {
  const trace::Scope tracing(traces);
  return budget_of(level_amount(level, pagu_field), level_amount(level, Field::kSpending),
                   level.id);
}

}  // namespace

Money level_amount(const Program& program, Field field) {
  return from_below(program, field).amount;
}
Money level_amount(const Activity& activity, Field field) {
  return from_below(activity, field).amount;
}
Money level_amount(const SubActivity& sub, Field field) {
  return from_below(sub, field).amount;
}

Money parts_amount(const Program& program, Field field) {
  return parts_from_below(program, field).amount;
}
Money parts_amount(const Activity& activity, Field field) {
  return parts_from_below(activity, field).amount;
}

Money level_pagu(const Program& program, const Settings& settings) {
  return chosen_pagu(program, settings);
}
Money level_pagu(const Activity& activity, const Settings& settings) {
  return chosen_pagu(activity, settings);
}
Money level_pagu(const SubActivity& sub, const Settings& settings) {
  return chosen_pagu(sub, settings);
}

BudgetResult evaluate_budget(const Program& program, const Settings& settings, Traces traces) {
  return level_budget(program, settings, traces);
}
BudgetResult evaluate_budget(const Activity& activity, const Settings& settings, Traces traces) {
  return level_budget(activity, settings, traces);
}
BudgetResult evaluate_budget(const SubActivity& sub, const Settings& settings, Traces traces) {
  return level_budget(sub, settings, traces);
}

BudgetResult evaluate_budget_with(const Program& program, Field pagu_field, Traces traces) {
  return budget_with(program, pagu_field, traces);
}
BudgetResult evaluate_budget_with(const Activity& activity, Field pagu_field, Traces traces) {
  return budget_with(activity, pagu_field, traces);
}
BudgetResult evaluate_budget_with(const SubActivity& sub, Field pagu_field, Traces traces) {
  return budget_with(sub, pagu_field, traces);
}

Figure chosen_target(const Indicator& indicator, const Settings& settings) {
  const GivenAt revised_at = Key{indicator.source, Field::kTarget};
  const OptionalQuantity& original = details_of(indicator).original_target;
  if (!original || !indicator.target) {
    return trace::given(indicator.target, Reason::kTargetMissing, indicator.id, revised_at);
  }
  const bool revised = settings.target_basis == Basis::kRevised;
  const Figure target = revised ? trace::given(*indicator.target, indicator.id, revised_at)
                                : trace::given(*original, indicator.id,
                                               Key{indicator.source, Field::kOriginalTarget});
  return trace::result(
      revised ? Formula::kRevisedChosen : Formula::kOriginalChosen, indicator.id,
      [&] { return std::vector<Term>{trace::of(target, Role::kTarget, indicator.id)}; },
      target.value());
}

std::vector<TargetRevision> evaluate_target_revisions(const PerformanceReport& report,
                                                      const Results& results) {
  const trace::Scope tracing(results.traces);
  const Settings& settings = report.settings;
  std::vector<TargetRevision> out;
  for_each_indicator(report, [&](std::string_view, const Indicator& indicator) {
    const OptionalQuantity& original = details_of(indicator).original_target;
    if (!original) return;
    TargetRevision row;
    row.indicator = &indicator;
    row.original =
        trace::given(*original, indicator.id, Key{indicator.source, Field::kOriginalTarget});
    row.revised = trace::given(indicator.target, Reason::kTargetMissing, indicator.id,
                               Key{indicator.source, Field::kTarget});
    row.actual = effective_actual(indicator, settings);
    row.capaian_original = achievement(indicator, row.original, row.actual, settings);
    row.capaian_revised = achievement(indicator, row.revised, row.actual, settings);
    out.push_back(std::move(row));
  });
  return out;
}

}  // namespace lkjip
