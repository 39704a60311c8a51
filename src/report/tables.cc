// The tables of performance and budget: key indicators, measurement, spending, performance
// against budget and budget efficiency (Tabel 3.1, 3.3, 3.10-3.15 of the seed).
#include "tables.h"

#include <functional>

#include "cells.h"
#include "labels.h"

namespace lkjip {
namespace {

namespace L = labels;
using namespace cells;

// The cells every indicator row shares: name, unit, target, actual, capaian, score, rating.
std::vector<Cell> measurement_cells(const IndicatorResult& result,
                                    const std::vector<RatingBand>& scale) {
  const Indicator& indicator = *result.indicator;
  return {Cell::of_text(indicator.name),
          Cell::of_text(indicator.unit),
          number(given(indicator.target, Reason::kTargetMissing, indicator.id),
                 decimals_of(indicator.target)),
          number(result.actual, decimals_of(indicator.actual)),
          percent(result.capaian),
          percent(result.score),
          rating(result.rating, result.score, scale)};
}

std::vector<Column> measurement_columns() {
  return {text_column("indicator", L::kIndicator), text_column("unit", L::kUnit),
          number_column("target", L::kTarget),     number_column("actual", L::kActual),
          percent_column("capaian", L::kCapaian),  percent_column("score", L::kScore),
          text_column("rating", L::kRating)};
}

// Calls visit(level label, code, name, indicators, budget) for every program, activity and
// sub-activity in report order.
using LevelVisitor = std::function<void(const char*, const std::string&, const std::string&,
                                        const std::vector<IndicatorResult>&, const BudgetResult&)>;

void visit_levels(const Results& results, const LevelVisitor& visit) {
  for (const ProgramResult& program : results.programs) {
    visit(L::kLevelProgram, program.program->id, program.program->name, program.indicators,
          program.budget);
    for (const ActivityResult& activity : program.activities) {
      visit(L::kLevelActivity, activity.activity->id, activity.activity->name, activity.indicators,
            activity.budget);
      for (const SubActivityResult& sub : activity.sub_activities) {
        visit(L::kLevelSubActivity, sub.sub_activity->id, sub.sub_activity->name, sub.indicators,
              sub.budget);
      }
    }
  }
}

std::vector<Cell> budget_cells(const BudgetResult& budget) {
  return {rupiah(budget.pagu), rupiah(budget.spending), percent(budget.absorption),
          rupiah(budget.silpa)};
}

std::vector<Column> budget_columns() {
  return {rupiah_column("pagu", L::kPagu), rupiah_column("spending", L::kSpending),
          percent_column("absorption", L::kAbsorption), rupiah_column("silpa", L::kSilpa)};
}

std::vector<Column> efficiency_columns() {
  return {percent_column("score", L::kScore), percent_column("absorption", L::kAbsorption),
          percent_column("efficiency", L::kGapScore), percent_column("capaian", L::kCapaian),
          percent_column("efficiency_raw", L::kGapRaw)};
}

std::vector<Cell> efficiency_cells(const PerformanceResult& performance, const BudgetResult& budget,
                                   const EfficiencyResult& gap) {
  return {percent(performance.mean_score), percent(budget.absorption), percent(gap.gap_from_score),
          percent(performance.mean_capaian), percent(gap.gap_from_raw)};
}

}  // namespace

Table key_indicator_table(const Results& results) {
  Table table{"iku", L::kTitleKeyIndicators, {}, {}};
  table.columns = concat({text_column("no", L::kNo), text_column("objective", L::kObjective)},
                         measurement_columns());
  std::size_t number = 0;
  for (const ObjectiveResult& objective : results.objectives) {
    for (const IndicatorResult& indicator : objective.indicators) {
      table.rows.push_back(Row{indicator.indicator->id,
                               concat({ordinal(number++), Cell::of_text(objective.objective->name)},
                                      measurement_cells(indicator, *results.rating_scale)),
                               false});
    }
  }
  const PerformanceResult& mean = results.key_indicators;
  table.rows.push_back(
      Row{"mean",
          {Cell::empty(), Cell::of_text(L::kMeanKeyIndicators), Cell::empty(), Cell::empty(),
           Cell::empty(), Cell::empty(), percent(mean.mean_capaian), percent(mean.mean_score),
           rating(mean.rating, mean.mean_score, *results.rating_scale)},
          true});
  return table;
}

Table measurement_table(const Results& results) {
  Table table{"pengukuran", L::kTitleMeasurement, {}, {}};
  table.columns = concat({text_column("code", L::kCode), text_column("level", L::kLevel),
                          text_column("name", L::kName)},
                         measurement_columns());
  visit_levels(results, [&](const char* level, const std::string& code, const std::string& name,
                            const std::vector<IndicatorResult>& indicators, const BudgetResult&) {
    bool first = true;
    for (const IndicatorResult& indicator : indicators) {
      std::vector<Cell> owner = {Cell::of_text(code), Cell::of_text(level),
                                 first ? Cell::of_text(name) : Cell::empty()};
      table.rows.push_back(Row{
          indicator.indicator->id,
          concat(std::move(owner), measurement_cells(indicator, *results.rating_scale)), false});
      first = false;
    }
  });
  return table;
}

Table spending_table(const Results& results) {
  Table table{"anggaran", L::kTitleSpending, {}, {}};
  table.columns = concat({text_column("code", L::kCode), text_column("level", L::kLevel),
                          text_column("name", L::kName)},
                         budget_columns());
  visit_levels(results, [&](const char* level, const std::string& code, const std::string& name,
                            const std::vector<IndicatorResult>&, const BudgetResult& budget) {
    table.rows.push_back(
        Row{code,
            concat({Cell::of_text(code), Cell::of_text(level), Cell::of_text(name)},
                   budget_cells(budget)),
            false});
  });
  table.rows.push_back(Row{"total",
                           concat({Cell::empty(), Cell::empty(), Cell::of_text(L::kTotal)},
                                  budget_cells(results.total_budget)),
                           true});
  return table;
}

Table performance_by_objective_table(const Results& results) {
  Table table{"kinerja-anggaran-sasaran", L::kTitlePerformanceByObjective, {}, {}};
  table.columns =
      concat({text_column("no", L::kNo), text_column("objective", L::kObjective),
              percent_column("capaian", L::kCapaian), percent_column("score", L::kScore)},
             budget_columns());
  table.columns.push_back(percent_column("share", L::kShare));
  std::size_t number = 0;
  for (const ObjectiveResult& objective : results.objectives) {
    std::vector<Cell> cells = {ordinal(number++), Cell::of_text(objective.objective->name),
                               percent(objective.performance.mean_capaian),
                               percent(objective.performance.mean_score)};
    cells = concat(std::move(cells), budget_cells(objective.budget));
    cells.push_back(percent(objective.pagu_share));
    table.rows.push_back(Row{objective.objective->id, std::move(cells), false});
  }
  std::vector<Cell> total = {Cell::empty(), Cell::of_text(L::kTotal),
                             percent(results.key_indicators.mean_capaian),
                             percent(results.key_indicators.mean_score)};
  total = concat(std::move(total), budget_cells(results.total_budget));
  total.push_back(percent(results.total_share));
  table.rows.push_back(Row{"total", std::move(total), true});
  return table;
}

Table performance_by_program_table(const Results& results) {
  Table table{"kinerja-anggaran-program", L::kTitlePerformanceByProgram, {}, {}};
  table.columns =
      concat({text_column("code", L::kCode), text_column("program", L::kProgram),
              percent_column("capaian", L::kCapaian), percent_column("score", L::kScore)},
             budget_columns());
  for (const ProgramResult& program : results.programs) {
    std::vector<Cell> cells = {
        Cell::of_text(program.program->id), Cell::of_text(program.program->name),
        percent(program.performance.mean_capaian), percent(program.performance.mean_score)};
    table.rows.push_back(
        Row{program.program->id, concat(std::move(cells), budget_cells(program.budget)), false});
  }
  std::vector<Cell> total = {Cell::empty(), Cell::of_text(L::kMeanProgramIndicators),
                             percent(results.program_indicators.mean_capaian),
                             percent(results.program_indicators.mean_score)};
  table.rows.push_back(
      Row{"total", concat(std::move(total), budget_cells(results.total_budget)), true});
  return table;
}

Table efficiency_by_objective_table(const Results& results) {
  Table table{"efisiensi-sasaran", L::kTitleEfficiencyByObjective, {}, {}};
  table.columns = concat({text_column("no", L::kNo), text_column("objective", L::kObjective)},
                         efficiency_columns());
  std::size_t number = 0;
  for (const ObjectiveResult& objective : results.objectives) {
    table.rows.push_back(Row{objective.objective->id,
                             concat({ordinal(number++), Cell::of_text(objective.objective->name)},
                                    efficiency_cells(objective.performance, objective.budget,
                                                     objective.budget_efficiency)),
                             false});
  }
  table.rows.push_back(Row{"total",
                           concat({Cell::empty(), Cell::of_text(L::kTotal)},
                                  efficiency_cells(results.key_indicators, results.total_budget,
                                                   results.key_budget_efficiency)),
                           true});
  return table;
}

Table efficiency_by_program_table(const Results& results) {
  Table table{"efisiensi-program", L::kTitleEfficiencyByProgram, {}, {}};
  table.columns = concat({text_column("code", L::kCode), text_column("program", L::kProgram)},
                         efficiency_columns());
  for (const ProgramResult& program : results.programs) {
    table.rows.push_back(Row{
        program.program->id,
        concat({Cell::of_text(program.program->id), Cell::of_text(program.program->name)},
               efficiency_cells(program.performance, program.budget, program.budget_efficiency)),
        false});
  }
  table.rows.push_back(Row{"total",
                           concat({Cell::empty(), Cell::of_text(L::kTotal)},
                                  efficiency_cells(results.program_indicators, results.total_budget,
                                                   results.program_budget_efficiency)),
                           true});
  return table;
}

}  // namespace lkjip
