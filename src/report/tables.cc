// The tables of performance and budget: key indicators, measurement, spending, performance
// against budget and budget efficiency (Tabel 3.1, 3.3, 3.10-3.15 of the seed).
#include "tables.h"

#include <functional>

#include "cells.h"
#include "labels.h"

namespace lkjip {
namespace {

using namespace cells;

// The cells every indicator row shares: name, unit, target, actual, capaian, score, rating.
std::vector<Cell> measurement_cells(const Labels& L, const IndicatorResult& result,
                                    const Results& results) {
  const std::vector<RatingBand>& scale = results.settings->rating_scale;
  const Indicator& indicator = *result.indicator;
  return {Cell::of_text(indicator.name),
          Cell::of_text(indicator.unit),
          number(L,
                 given(indicator.target, Reason::kTargetMissing, indicator.id,
                       Origin{indicator.source, "/target"}, results.traces),
                 decimals_of(indicator.target)),
          number(L, result.actual, decimals_of(indicator.actual)),
          percent(L, result.capaian),
          percent(L, result.score),
          rating(L, result.rating, result.score, scale)};
}

std::vector<Column> measurement_columns(const Labels& L) {
  return {text_column("indicator", L.indicator), text_column("unit", L.unit),
          number_column("target", L.target),     number_column("actual", L.actual),
          percent_column("capaian", L.capaian),  percent_column("score", L.score),
          text_column("rating", L.rating)};
}

// Calls visit(level label, code, name, indicators, budget) for every program, activity and
// sub-activity in report order. The programs' figures are the results'; an activity's and a
// sub-activity's are evaluated as they are visited (the results keep none).
using LevelVisitor =
    std::function<void(const char*, int depth, const std::string&, const std::string&,
                       const std::vector<IndicatorResult>&, const BudgetResult&)>;

template <class Level>
void visit_evaluated(const Results& results, const char* label, int depth, const Level& level,
                     const LevelVisitor& visit) {
  visit(label, depth, level.id, level.name,
        evaluate_indicators(level.indicators, *results.settings, results.traces),
        evaluate_budget(level.budget, level.id, level.source, results.traces));
}

void visit_levels(const Labels& L, const Results& results, const LevelVisitor& visit) {
  for (const ProgramResult& program : results.programs) {
    visit(L.level_program, 0, program.program->id, program.program->name, program.indicators,
          program.budget);
    for (const Activity& activity : program.program->activities) {
      visit_evaluated(results, L.level_activity, 1, activity, visit);
      for (const SubActivity& sub : activity.sub_activities) {
        visit_evaluated(results, L.level_sub_activity, 2, sub, visit);
      }
    }
  }
}

std::vector<Cell> budget_cells(const Labels& L, const BudgetResult& budget) {
  return {rupiah(L, budget.pagu), rupiah(L, budget.spending), percent(L, budget.absorption),
          rupiah(L, budget.silpa)};
}

std::vector<Column> budget_columns(const Labels& L) {
  return {rupiah_column("pagu", L.pagu), rupiah_column("spending", L.spending),
          percent_column("absorption", L.absorption), rupiah_column("silpa", L.silpa)};
}

std::vector<Column> efficiency_columns(const Labels& L) {
  return {percent_column("score", L.score), percent_column("absorption", L.absorption),
          percent_column("efficiency", L.gap_score), percent_column("capaian", L.capaian),
          percent_column("efficiency_raw", L.gap_raw)};
}

std::vector<Cell> efficiency_cells(const Labels& L, const PerformanceResult& performance,
                                   const BudgetResult& budget, const EfficiencyResult& gap) {
  return {percent(L, performance.mean_score), percent(L, budget.absorption),
          percent(L, gap.gap_from_score), percent(L, performance.mean_capaian),
          percent(L, gap.gap_from_raw)};
}

}  // namespace

Table key_indicator_table(const Labels& L, const Results& results) {
  Table table{"iku", L.title_key_indicators, {}, {}};
  table.columns = concat({text_column("no", L.no), text_column("objective", L.objective)},
                         measurement_columns(L));
  table.produce = [&L, &results](const RowVisitor& emit) {
    std::size_t number = 0;
    for (const ObjectiveResult& objective : results.objectives) {
      for (const IndicatorResult& indicator : objective.indicators) {
        emit(Row{indicator.indicator->id,
                 concat({ordinal(number++), Cell::of_text(objective.objective->name)},
                        measurement_cells(L, indicator, results)),
                 false});
      }
    }
    const PerformanceResult& mean = results.key_indicators;
    emit(Row{
        "mean",
        {Cell::empty(), Cell::of_text(L.mean_key_indicators), Cell::empty(), Cell::empty(),
         Cell::empty(), Cell::empty(), percent(L, mean.mean_capaian), percent(L, mean.mean_score),
         rating(L, mean.rating, mean.mean_score, results.settings->rating_scale)},
        true});
  };
  return table;
}

Table measurement_table(const Labels& L, const Results& results) {
  Table table{"pengukuran", L.title_measurement, {}, {}};
  table.columns = concat(
      {text_column("code", L.code), text_column("level", L.level), text_column("name", L.name)},
      measurement_columns(L));
  table.produce = [&L, &results](const RowVisitor& emit) {
    visit_levels(L, results,
                 [&](const char* level, int depth, const std::string& code, const std::string& name,
                     const std::vector<IndicatorResult>& indicators, const BudgetResult&) {
                   bool first = true;
                   for (const IndicatorResult& indicator : indicators) {
                     std::vector<Cell> owner = {Cell::of_text(code), Cell::of_text(level),
                                                first ? Cell::of_text(name) : Cell::empty()};
                     emit(Row{indicator.indicator->id,
                              concat(std::move(owner), measurement_cells(L, indicator, results)),
                              false, depth});
                     first = false;
                   }
                 });
  };
  return table;
}

Table spending_table(const Labels& L, const Results& results) {
  Table table{"anggaran", L.title_spending, {}, {}};
  table.columns = concat(
      {text_column("code", L.code), text_column("level", L.level), text_column("name", L.name)},
      budget_columns(L));
  table.produce = [&L, &results](const RowVisitor& emit) {
    visit_levels(L, results,
                 [&](const char* level, int depth, const std::string& code, const std::string& name,
                     const std::vector<IndicatorResult>&, const BudgetResult& budget) {
                   emit(Row{code,
                            concat({Cell::of_text(code), Cell::of_text(level), Cell::of_text(name)},
                                   budget_cells(L, budget)),
                            false, depth});
                 });
    emit(Row{"total",
             concat({Cell::empty(), Cell::empty(), Cell::of_text(L.total)},
                    budget_cells(L, results.total_budget)),
             true});
  };
  return table;
}

Table performance_by_objective_table(const Labels& L, const Results& results) {
  Table table{"kinerja-anggaran-sasaran", L.title_performance_by_objective, {}, {}};
  table.columns = concat({text_column("no", L.no), text_column("objective", L.objective),
                          percent_column("capaian", L.capaian), percent_column("score", L.score)},
                         budget_columns(L));
  table.columns.push_back(percent_column("share", L.share));
  table.produce = [&L, &results](const RowVisitor& emit) {
    std::size_t number = 0;
    for (const ObjectiveResult& objective : results.objectives) {
      std::vector<Cell> cells = {ordinal(number++), Cell::of_text(objective.objective->name),
                                 percent(L, objective.performance.mean_capaian),
                                 percent(L, objective.performance.mean_score)};
      cells = concat(std::move(cells), budget_cells(L, objective.budget));
      cells.push_back(percent(L, objective.pagu_share));
      emit(Row{objective.objective->id, std::move(cells), false});
    }
    std::vector<Cell> total = {Cell::empty(), Cell::of_text(L.total),
                               percent(L, results.key_indicators.mean_capaian),
                               percent(L, results.key_indicators.mean_score)};
    total = concat(std::move(total), budget_cells(L, results.total_budget));
    total.push_back(percent(L, results.total_share));
    emit(Row{"total", std::move(total), true});
  };
  return table;
}

Table performance_by_program_table(const Labels& L, const Results& results) {
  Table table{"kinerja-anggaran-program", L.title_performance_by_program, {}, {}};
  table.columns = concat({text_column("code", L.code), text_column("program", L.program),
                          percent_column("capaian", L.capaian), percent_column("score", L.score)},
                         budget_columns(L));
  table.produce = [&L, &results](const RowVisitor& emit) {
    for (const ProgramResult& program : results.programs) {
      std::vector<Cell> cells = {
          Cell::of_text(program.program->id), Cell::of_text(program.program->name),
          percent(L, program.performance.mean_capaian), percent(L, program.performance.mean_score)};
      emit(Row{program.program->id, concat(std::move(cells), budget_cells(L, program.budget)),
               false});
    }
    std::vector<Cell> total = {Cell::empty(), Cell::of_text(L.mean_program_indicators),
                               percent(L, results.program_indicators.mean_capaian),
                               percent(L, results.program_indicators.mean_score)};
    emit(Row{"total", concat(std::move(total), budget_cells(L, results.total_budget)), true});
  };
  return table;
}

Table efficiency_by_objective_table(const Labels& L, const Results& results) {
  Table table{"efisiensi-sasaran", L.title_efficiency_by_objective, {}, {}};
  table.columns = concat({text_column("no", L.no), text_column("objective", L.objective)},
                         efficiency_columns(L));
  table.produce = [&L, &results](const RowVisitor& emit) {
    std::size_t number = 0;
    for (const ObjectiveResult& objective : results.objectives) {
      emit(Row{objective.objective->id,
               concat({ordinal(number++), Cell::of_text(objective.objective->name)},
                      efficiency_cells(L, objective.performance, objective.budget,
                                       objective.budget_efficiency)),
               false});
    }
    emit(Row{"total",
             concat({Cell::empty(), Cell::of_text(L.total)},
                    efficiency_cells(L, results.key_indicators, results.total_budget,
                                     results.key_budget_efficiency)),
             true});
  };
  return table;
}

Table efficiency_by_program_table(const Labels& L, const Results& results) {
  Table table{"efisiensi-program", L.title_efficiency_by_program, {}, {}};
  table.columns = concat({text_column("code", L.code), text_column("program", L.program)},
                         efficiency_columns(L));
  table.produce = [&L, &results](const RowVisitor& emit) {
    for (const ProgramResult& program : results.programs) {
      emit(Row{program.program->id,
               concat({Cell::of_text(program.program->id), Cell::of_text(program.program->name)},
                      efficiency_cells(L, program.performance, program.budget,
                                       program.budget_efficiency)),
               false});
    }
    emit(Row{"total",
             concat({Cell::empty(), Cell::of_text(L.total)},
                    efficiency_cells(L, results.program_indicators, results.total_budget,
                                     results.program_budget_efficiency)),
             true});
  };
  return table;
}

}  // namespace lkjip
