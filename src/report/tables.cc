// The tables of performance and budget: key indicators, measurement, spending, performance
// against budget and budget efficiency (Tabel 3.1, 3.3, 3.10-3.15 of the seed).
#include "tables.h"

#include <functional>
#include <optional>
#include <type_traits>
#include <vector>

#include "cells.h"
#include "lkjip/labels.h"

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
          target_cell(L, indicator, result.target),
          actual_cell(L, indicator, result.actual),
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

// A program, activity or sub-activity as a table visits it, with its figures: a program's are
// the results'; an activity's and a sub-activity's are evaluated when a table asks for them (the
// results keep none), and only those it asks for.
class VisitedLevel {
 public:
  VisitedLevel(const char* level_label, int level_depth, const ProgramResult& program)
      : label(level_label),
        depth(level_depth),
        id(program.program->id),
        name(program.program->name),
        indicators_(&program.indicators),
        budget_(&program.budget),
        program_(program.program) {}
  template <class Level>
  VisitedLevel(const char* level_label, int level_depth, const Level& level, const Results& results)
      : label(level_label),
        depth(level_depth),
        id(level.id),
        name(level.name),
        results_(&results),
        model_indicators_(&level.indicators) {
    if constexpr (std::is_same_v<Level, Activity>) {
      activity_ = &level;
    } else {
      sub_ = &level;
    }
  }

  const std::vector<IndicatorResult>& indicators() {
    if (indicators_ == nullptr) {
      indicators_ = &evaluated_indicators_.emplace(
          evaluate_indicators(*model_indicators_, *results_->settings, results_->traces));
    }
    return *indicators_;
  }
  const BudgetResult& budget() {
    if (budget_ == nullptr) {
      budget_ = &evaluated_budget_.emplace(
          activity_ ? evaluate_budget(*activity_, *results_->settings, results_->traces)
                    : evaluate_budget(*sub_, *results_->settings, results_->traces));
    }
    return *budget_;
  }
  // What the engine evaluates of the level itself: `evaluate(program)` of the program, the
  // activity or the sub-activity it is.
  template <class Evaluate>
  auto of_level(Evaluate&& evaluate) const {
    if (program_ != nullptr) return evaluate(*program_);
    return activity_ != nullptr ? evaluate(*activity_) : evaluate(*sub_);
  }
  const Budget& model_budget() const {
    return program_ ? program_->budget : activity_ ? activity_->budget : sub_->budget;
  }

  const char* label;
  int depth;
  const CompactString& id;
  const CompactString& name;

 private:
  const std::vector<IndicatorResult>* indicators_ = nullptr;  // the results' or evaluated_
  const BudgetResult* budget_ = nullptr;
  // An activity's or sub-activity's, to evaluate its figures.
  const Results* results_ = nullptr;
  const std::vector<Indicator>* model_indicators_ = nullptr;
  // The level itself: one of the three.
  const Program* program_ = nullptr;
  const Activity* activity_ = nullptr;
  const SubActivity* sub_ = nullptr;
  std::optional<std::vector<IndicatorResult>> evaluated_indicators_;
  std::optional<BudgetResult> evaluated_budget_;
};

// Calls visit(level) for every program, activity and sub-activity in report order.
void visit_levels(const Labels& L, const Results& results,
                  const std::function<void(VisitedLevel&)>& visit) {
  for (const ProgramResult& program : results.programs) {
    VisitedLevel program_level(L.level_program, 0, program);
    visit(program_level);
    for (const Activity& activity : program.program->activities) {
      VisitedLevel activity_level(L.level_activity, 1, activity, results);
      visit(activity_level);
      for (const SubActivity& sub : activity.sub_activities) {
        VisitedLevel sub_level(L.level_sub_activity, 2, sub, results);
        visit(sub_level);
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

// A table is left out of a report that lacks its inputs (a partial report), unless it is named:
// the key indicators' without any, the programs' and the budget's without programs, those of
// budget per objective without objectives or without programs.
bool has_key_indicators(const Results& results) {
  for (const ObjectiveResult& objective : results.objectives) {
    if (!objective.indicators.empty()) return true;
  }
  return false;
}

bool has_level_indicators(const PerformanceReport& report) {
  bool any = false;
  for_each_owner(report, [&](const auto& owner) {
    if constexpr (!std::is_same_v<std::decay_t<decltype(owner)>, Objective>) {
      any = any || !owner.indicators.empty();
    }
  });
  return any;
}

}  // namespace

Table key_indicator_table(const Labels& L, const Results& results, const PerformanceReport&) {
  Table table;
  table.title = L.title_key_indicators;
  table.without_data = !has_key_indicators(results);
  table.columns = concat({text_column("no", L.no), text_column("objective", L.objective)},
                         measurement_columns(L));
  table.produce = [&L, &results](const RowVisitor& emit) {
    std::size_t number = 0;
    for (const ObjectiveResult& objective : results.objectives) {
      for (const IndicatorResult& indicator : objective.indicators) {
        emit(Row{indicator.indicator->id.str(),
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

Table measurement_table(const Labels& L, const Results& results, const PerformanceReport& report) {
  Table table;
  table.title = L.title_measurement;
  table.without_data = !has_level_indicators(report);
  table.columns = concat(
      {text_column("code", L.code), text_column("level", L.level), text_column("name", L.name)},
      measurement_columns(L));
  table.produce = [&L, &results](const RowVisitor& emit) {
    visit_levels(L, results, [&](VisitedLevel& level) {
      bool first = true;
      for (const IndicatorResult& indicator : level.indicators()) {
        std::vector<Cell> owner = {Cell::of_text(level.id), Cell::of_text(level.label),
                                   first ? Cell::of_text(level.name) : Cell::empty()};
        emit(Row{indicator.indicator->id.str(),
                 concat(std::move(owner), measurement_cells(L, indicator, results)), false,
                 level.depth});
        first = false;
      }
    });
  };
  return table;
}

Table spending_table(const Labels& L, const Results& results, const PerformanceReport& report) {
  Table table;
  table.title = L.title_spending;
  table.without_data = report.programs.empty();
  table.columns = concat(
      {text_column("code", L.code), text_column("level", L.level), text_column("name", L.name)},
      budget_columns(L));
  table.produce = [&L, &results](const RowVisitor& emit) {
    visit_levels(L, results, [&](VisitedLevel& level) {
      emit(Row{
          level.id.str(),
          concat({Cell::of_text(level.id), Cell::of_text(level.label), Cell::of_text(level.name)},
                 budget_cells(L, level.budget())),
          false, level.depth});
    });
    emit(Row{"total",
             concat({Cell::empty(), Cell::empty(), Cell::of_text(L.total)},
                    budget_cells(L, results.total_budget)),
             true});
  };
  return table;
}

Table spending_periods_table(const Labels& L, const Results& results,
                             const PerformanceReport& report) {
  Table table;
  table.title = L.title_spending_periods;
  table.columns = {text_column("code", L.code),
                   text_column("level", L.level),
                   text_column("name", L.name),
                   text_column("period", L.period),
                   rupiah_column("spending", L.spending),
                   rupiah_column("spending_to_date", L.spending_to_date),
                   percent_column("absorption_to_date", L.absorption_to_date)};
  bool any = false;
  for (const Program& program : report.programs) {
    any = any || !program.budget.periods.empty();
    for (const Activity& activity : program.activities) {
      any = any || !activity.budget.periods.empty();
      for (const SubActivity& sub : activity.sub_activities)
        any = any || !sub.budget.periods.empty();
    }
  }
  table.without_data = !any;
  table.produce = [&L, &results](const RowVisitor& emit) {
    visit_levels(L, results, [&](VisitedLevel& level) {
      const std::vector<SpendingPeriodResult> rows = level.of_level([&](const auto& of) {
        return evaluate_spending_periods(of, *results.settings, results.traces);
      });
      bool first = true;
      for (const SpendingPeriodResult& row : rows) {
        emit(Row{level.id + "." + period_name(row.period),
                 {first ? Cell::of_text(level.id) : Cell::empty(),
                  first ? Cell::of_text(level.label) : Cell::empty(),
                  first ? Cell::of_text(level.name) : Cell::empty(),
                  Cell::of_text(period_label(L, row.period)), rupiah(L, row.spending),
                  rupiah(L, row.spending_to_date), percent(L, row.absorption_to_date)},
                 false,
                 level.depth});
        first = false;
      }
    });
  };
  return table;
}

Table performance_by_objective_table(const Labels& L, const Results& results,
                                     const PerformanceReport& report) {
  Table table;
  table.title = L.title_performance_by_objective;
  table.without_data = report.objectives.empty() || report.programs.empty();
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
      emit(Row{objective.objective->id.str(), std::move(cells), false});
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

Table performance_by_program_table(const Labels& L, const Results& results,
                                   const PerformanceReport& report) {
  Table table;
  table.title = L.title_performance_by_program;
  table.without_data = report.programs.empty();
  table.columns = concat({text_column("code", L.code), text_column("program", L.program),
                          percent_column("capaian", L.capaian), percent_column("score", L.score)},
                         budget_columns(L));
  table.produce = [&L, &results](const RowVisitor& emit) {
    for (const ProgramResult& program : results.programs) {
      std::vector<Cell> cells = {
          Cell::of_text(program.program->id), Cell::of_text(program.program->name),
          percent(L, program.performance.mean_capaian), percent(L, program.performance.mean_score)};
      emit(Row{program.program->id.str(), concat(std::move(cells), budget_cells(L, program.budget)),
               false});
    }
    std::vector<Cell> total = {Cell::empty(), Cell::of_text(L.mean_program_indicators),
                               percent(L, results.program_indicators.mean_capaian),
                               percent(L, results.program_indicators.mean_score)};
    emit(Row{"total", concat(std::move(total), budget_cells(L, results.total_budget)), true});
  };
  return table;
}

Table efficiency_by_objective_table(const Labels& L, const Results& results,
                                    const PerformanceReport& report) {
  Table table;
  table.title = L.title_efficiency_by_objective;
  table.without_data = report.objectives.empty() || report.programs.empty();
  table.columns = concat({text_column("no", L.no), text_column("objective", L.objective)},
                         efficiency_columns(L));
  table.produce = [&L, &results](const RowVisitor& emit) {
    std::size_t number = 0;
    for (const ObjectiveResult& objective : results.objectives) {
      emit(Row{objective.objective->id.str(),
               concat({ordinal(number++), Cell::of_text(objective.objective->name)},
                      efficiency_cells(L, objective.performance, objective.budget,
                                       objective.budget_efficiency)),
               false});
    }
    emit(Row{"total",
             concat({Cell::empty(), Cell::of_text(L.total)},
                    efficiency_cells(L, results.key_indicators, results.total_budget,
                                     budget_efficiency(results, IndicatorGroup::kKey))),
             true});
  };
  return table;
}

Table efficiency_by_program_table(const Labels& L, const Results& results,
                                  const PerformanceReport& report) {
  Table table;
  table.title = L.title_efficiency_by_program;
  table.without_data = report.programs.empty();
  table.columns = concat({text_column("code", L.code), text_column("program", L.program)},
                         efficiency_columns(L));
  table.produce = [&L, &results](const RowVisitor& emit) {
    for (const ProgramResult& program : results.programs) {
      emit(Row{program.program->id.str(),
               concat({Cell::of_text(program.program->id), Cell::of_text(program.program->name)},
                      efficiency_cells(L, program.performance, program.budget,
                                       program.budget_efficiency)),
               false});
    }
    emit(Row{"total",
             concat({Cell::empty(), Cell::of_text(L.total)},
                    efficiency_cells(L, results.program_indicators, results.total_budget,
                                     budget_efficiency(results, IndicatorGroup::kProgram))),
             true});
  };
  return table;
}

}  // namespace lkjip
