// Budgets from below, original and revised budgets and targets, and the cash plan: figures as
// issue 14 states them for data/examples, and their edges.
#include <catch2/catch.hpp>

#include "example_reports.h"
#include "lkjip/engine.h"
#include "lkjip/loader.h"

using namespace lkjip;
using lkjip::test_support::example;

namespace {

using List = Place::List;

Place top(List list, std::size_t index) {
  return Place().item(list, index);
}

std::string printed(const Figure& figure) {
  REQUIRE(figure.ok());
  return figure.value().round_half_up(kPercentDecimals).render('.', '\0');
}

Rupiah amount(const Money& money) {
  REQUIRE(money.ok());
  return money.value();
}

Activity activity(const std::string& id, std::uint32_t index, std::optional<Rupiah> pagu,
                  std::optional<Rupiah> spending) {
  Activity level;
  level.id = id;
  level.source = top(List::kPrograms, 0).item(List::kActivities, index);
  if (pagu) level.budget.pagu = Amount{*pagu};
  if (spending) level.budget.spending = Amount{*spending};
  return level;
}

Program program_of(std::vector<Activity> activities) {
  Program program;
  program.id = "P1";
  program.source = top(List::kPrograms, 0);
  program.activities = std::move(activities);
  return program;
}

}  // namespace

TEST_CASE("a program without a pagu takes its activities' added up, each named in the trace") {
  const PerformanceReport report = example("anggaran-berjenjang");
  const Program& program = report.programs.at(0);
  const BudgetResult budget = evaluate_budget(program, report.settings);
  CHECK(amount(budget.pagu) == 150'000'000);
  CHECK(amount(budget.spending) == 140'000'000);
  CHECK(amount(budget.silpa) == 10'000'000);
  CHECK(printed(budget.absorption) == "93.33");
  CHECK(printed(evaluate_budget(program.activities[0], report.settings).absorption) == "90.00");
  CHECK(printed(evaluate_budget(program.activities[1], report.settings).absorption) == "100.00");

  REQUIRE(budget.pagu.trace());
  const Trace& sum = *budget.pagu.trace();
  CHECK(sum.formula == Formula::kAmountFromParts);
  REQUIRE(sum.terms.size() == 2);
  CHECK(sum.terms[0].source == Key{program.activities[0].source, Field::kPagu});
  CHECK(sum.terms[1].source == Key{program.activities[1].source, Field::kPagu});
  // The results of the whole report use the same figures.
  CHECK(amount(evaluate(report).total_budget.pagu) == 150'000'000);
}

TEST_CASE("budgets from below: two levels, a part without an amount, nothing below") {
  Activity upper = activity("P1.K1", 0, std::nullopt, std::nullopt);
  for (std::uint32_t i = 0; i < 2; ++i) {
    SubActivity sub;
    sub.id = "P1.K1.S" + std::to_string(i + 1);
    sub.source = upper.source.item(List::kSubActivities, i);
    sub.budget.pagu = Amount{i == 0 ? 30 : 70};
    upper.sub_activities.push_back(sub);
  }
  Program program = program_of({upper, activity("P1.K2", 1, 100, std::nullopt)});
  CHECK(amount(level_amount(program, Field::kPagu)) == 200);  // 30 + 70 + 100

  // A part that gives none, where another does: not computable, naming the part; never a zero.
  program.activities[1].budget.pagu.reset();
  program.activities.push_back(activity("P1.K3", 2, 5, std::nullopt));
  const Money partial = level_amount(program, Field::kPagu);
  REQUIRE_FALSE(partial.ok());
  CHECK(partial.why().reason == Reason::kPartNotComputable);
  CHECK(partial.why().subject == "P1.K2");

  // Nothing below gives spending: missing, as a level without parts.
  const Money spending = level_amount(program, Field::kSpending);
  REQUIRE_FALSE(spending.ok());
  CHECK(spending.why().reason == Reason::kSpendingMissing);
  CHECK(spending.why().subject == "P1");
}

TEST_CASE("a parent that states its pagu keeps it, whatever its parts give") {
  Program program =
      program_of({activity("P1.K1", 0, 100, 90), activity("P1.K2", 1, std::nullopt, 50)});
  program.budget.pagu = Amount{160};
  const Settings settings;
  CHECK(amount(level_pagu(program, settings)) == 160);
  // The parts cannot be added up: a part without a pagu under a parent that has one.
  CHECK_FALSE(parts_amount(program, Field::kPagu).ok());
  CHECK(amount(parts_amount(program, Field::kSpending)) == 140);
  // Its spending, not stated, is its parts'.
  CHECK(amount(evaluate_budget(program, settings).spending) == 140);
}

TEST_CASE("original and revised pagu: the revised by default, the original by the setting") {
  PerformanceReport report = example("murni-perubahan");
  const Program& program = report.programs.at(0);
  BudgetResult budget = evaluate_budget(program, report.settings);
  CHECK(printed(budget.absorption) == "93.33");
  REQUIRE(budget.pagu.trace());
  CHECK(budget.pagu.trace()->formula == Formula::kRevisedChosen);
  CHECK(printed(evaluate_budget_with(program, Field::kOriginalPagu).absorption) == "70.00");
  CHECK(printed(evaluate_budget_with(program, Field::kPagu).absorption) == "93.33");

  report.settings.pagu_basis = Basis::kOriginal;
  budget = evaluate_budget(program, report.settings);
  CHECK(printed(budget.absorption) == "70.00");
  CHECK(budget.pagu.trace()->formula == Formula::kOriginalChosen);
  CHECK(budget.pagu.trace()->terms.at(0).source == Key{program.source, Field::kOriginalPagu});

  // Only one given: that one, whatever the basis, and no choice in the trace.
  Program only_original = program;
  only_original.budget.pagu.reset();
  report.settings.pagu_basis = Basis::kRevised;
  budget = evaluate_budget(only_original, report.settings);
  CHECK(amount(budget.pagu) == 200'000'000);
  CHECK(budget.pagu.trace()->formula == Formula::kGiven);
}

TEST_CASE("original and revised targets: capaian of each, the basis says which the tables use") {
  PerformanceReport report = example("murni-perubahan");
  const Indicator& ikm = report.objectives.at(0).indicators.at(0);
  CHECK(printed(capaian(ikm, report.settings)) == "101.50");
  const std::vector<TargetRevision> rows = evaluate_target_revisions(report, evaluate(report));
  REQUIRE(rows.size() == 1);
  CHECK(printed(rows[0].capaian_original) == "99.02");
  CHECK(printed(rows[0].capaian_revised) == "101.50");

  report.settings.target_basis = Basis::kOriginal;
  const Figure original = capaian(ikm, report.settings);
  CHECK(printed(original) == "99.02");
  REQUIRE(original.trace());
  const Term& target = original.trace()->terms.at(0);
  REQUIRE(target.derivation);
  CHECK(target.derivation->formula == Formula::kOriginalChosen);
}

TEST_CASE("spending against the cash plan: per quarter, to date, the deviation") {
  const PerformanceReport report = example("rak");
  const Program& program = report.programs.at(0);
  const std::vector<SpendingPeriodResult> rows =
      evaluate_spending_periods(program, report.settings);
  REQUIRE(rows.size() == 4);
  CHECK(printed(rows[0].of_plan) == "75.00");
  CHECK(printed(rows[1].of_plan) == "100.00");
  CHECK(printed(rows[2].of_plan) == "116.67");
  CHECK(printed(rows[3].of_plan) == "50.00");
  CHECK(printed(rows[1].of_plan_to_date) == "90.00");
  CHECK(printed(rows[1].absorption_to_date) == "45.00");
  CHECK(amount(rows[1].deviation_to_date) == -5'000'000);
  CHECK(amount(rows[3].deviation_to_date) == -10'000'000);

  // A period without a plan, and a plan of zero: said so, never a zero.
  Program changed = program;
  changed.budget.periods[2].plan.reset();
  changed.budget.periods[0].plan = Amount{0};
  const std::vector<SpendingPeriodResult> edges =
      evaluate_spending_periods(changed, report.settings);
  CHECK(edges[0].of_plan.why().reason == Reason::kPlanZero);
  CHECK(edges[2].plan.why().reason == Reason::kPlanMissing);
  CHECK(edges[3].of_plan_to_date.why().reason == Reason::kPlanMissing);
  CHECK(edges[3].of_plan_to_date.why().subject == "q3");
  CHECK(printed(edges[1].of_plan) == "100.00");
}
