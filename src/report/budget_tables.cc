// The tables of revised budgets and targets (murni / perubahan) and of spending against the
// cash plan (anggaran kas, RAK).
#include <algorithm>
#include <memory>

#include "cells.h"
#include "tables.h"

namespace lkjip {
namespace {

using namespace cells;

// Calls visit(level, label, depth) for every program, activity and sub-activity in report order.
template <class Visit>
void for_each_level(const Labels& L, const PerformanceReport& report, Visit&& visit) {
  for (const Program& program : report.programs) {
    visit(program, L.level_program, 0);
    for (const Activity& activity : program.activities) {
      visit(activity, L.level_activity, 1);
      for (const SubActivity& sub : activity.sub_activities)
        visit(sub, L.level_sub_activity, 2);
    }
  }
}

// Whether any budget of the report gives what `gives` looks for.
template <class Gives>
bool any_budget(const Labels& L, const PerformanceReport& report, Gives&& gives) {
  bool any = false;
  for_each_level(L, report,
                 [&](const auto& level, const char*, int) { any = any || gives(level.budget); });
  return any;
}

std::vector<Cell> level_cells(const CompactString& id, const char* label,
                              const CompactString& name) {
  return {Cell::of_text(id), Cell::of_text(label), Cell::of_text(name)};
}

}  // namespace

Table budget_revision_table(const Labels& L, const Results& results,
                            const PerformanceReport& report) {
  Table table;
  table.title = L.title_budget_revision;
  table.columns = {text_column("code", L.code),
                   text_column("level", L.level),
                   text_column("name", L.name),
                   rupiah_column("original_pagu", L.original_pagu),
                   rupiah_column("revised_pagu", L.revised_pagu),
                   rupiah_column("spending", L.spending),
                   percent_column("absorption_original", L.absorption_original),
                   percent_column("absorption_revised", L.absorption_revised)};
  table.without_data =
      !any_budget(L, report, [](const Budget& budget) { return budget.original_pagu.has_value(); });
  table.produce = [&L, &results, &report](const RowVisitor& emit) {
    for_each_level(L, report, [&](const auto& level, const char* label, int depth) {
      const BudgetResult original =
          evaluate_budget_with(level, Field::kOriginalPagu, results.traces);
      // A level whose budget and parts give no original pagu was not revised: no row.
      if (!original.pagu.ok() && original.pagu.why().reason == Reason::kNoData) return;
      const BudgetResult revised = evaluate_budget_with(level, Field::kPagu, results.traces);
      emit(Row{
          level.id.str(),
          concat(level_cells(level.id, label, level.name),
                 {rupiah(L, original.pagu), rupiah(L, revised.pagu), rupiah(L, revised.spending),
                  percent(L, original.absorption), percent(L, revised.absorption)}),
          false, depth});
    });
  };
  return table;
}

Table target_revision_table(const Labels& L, const Results& results,
                            const PerformanceReport& report) {
  Table table;
  table.title = L.title_target_revision;
  table.columns = {text_column("code", L.code),
                   text_column("indicator", L.indicator),
                   text_column("unit", L.unit),
                   number_column("original_target", L.original_target),
                   number_column("revised_target", L.revised_target),
                   number_column("actual", L.actual),
                   percent_column("capaian_original", L.capaian_original),
                   percent_column("capaian_revised", L.capaian_revised)};
  const auto rows = std::make_shared<const std::vector<TargetRevision>>(
      evaluate_target_revisions(report, results));
  table.without_data = rows->empty();
  table.produce = [&L, rows](const RowVisitor& emit) {
    for (const TargetRevision& row : *rows) {
      const Indicator& indicator = *row.indicator;
      const OptionalQuantity& original = details_of(indicator).original_target;
      emit(Row{indicator.id.str(),
               {Cell::of_text(indicator.id), Cell::of_text(indicator.name),
                Cell::of_text(indicator.unit), number(L, row.original, decimals_of(original)),
                number(L, row.revised, decimals_of(indicator.target)),
                actual_cell(L, indicator, row.actual), percent(L, row.capaian_original),
                percent(L, row.capaian_revised)},
               false});
    }
  };
  return table;
}

Table cash_plan_table(const Labels& L, const Results& results, const PerformanceReport& report) {
  Table table;
  table.title = L.title_cash_plan;
  table.columns = {text_column("code", L.code),
                   text_column("level", L.level),
                   text_column("name", L.name),
                   text_column("period", L.period),
                   rupiah_column("plan", L.plan),
                   rupiah_column("spending", L.spending),
                   percent_column("of_plan", L.of_plan),
                   rupiah_column("plan_to_date", L.plan_to_date),
                   rupiah_column("spending_to_date", L.spending_to_date),
                   percent_column("of_plan_to_date", L.of_plan_to_date),
                   percent_column("absorption_to_date", L.absorption_to_date),
                   rupiah_column("deviation_to_date", L.deviation_to_date)};
  const auto gives_plan = [](const Budget& budget) {
    return std::any_of(budget.periods.begin(), budget.periods.end(),
                       [](const SpendingPeriod& period) { return period.plan.has_value(); });
  };
  table.without_data = !any_budget(L, report, gives_plan);
  table.produce = [&L, &results, &report, gives_plan](const RowVisitor& emit) {
    for_each_level(L, report, [&](const auto& level, const char* label, int depth) {
      if (!gives_plan(level.budget)) return;
      bool first = true;
      for (const SpendingPeriodResult& row :
           evaluate_spending_periods(level, *results.settings, results.traces)) {
        emit(Row{level.id + "." + period_name(row.period),
                 {first ? Cell::of_text(level.id) : Cell::empty(),
                  first ? Cell::of_text(label) : Cell::empty(),
                  first ? Cell::of_text(level.name) : Cell::empty(),
                  Cell::of_text(period_label(L, row.period)), rupiah(L, row.plan),
                  rupiah(L, row.spending), percent(L, row.of_plan), rupiah(L, row.plan_to_date),
                  rupiah(L, row.spending_to_date), percent(L, row.of_plan_to_date),
                  percent(L, row.absorption_to_date), rupiah(L, row.deviation_to_date)},
                 false,
                 depth});
        first = false;
      }
    });
  };
  return table;
}

}  // namespace lkjip
