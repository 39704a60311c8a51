// The comparison and resource tables: trend, Renstra progress, regional comparison, budget
// allocation, staff, facilities and the SAKIP evaluation (Tabel 3.4-3.9, 3.11, 3.16-3.19).
#include <algorithm>
#include <memory>
#include <utility>

#include "cells.h"
#include "lkjip/labels.h"
#include "tables.h"

namespace lkjip {
namespace {

using namespace cells;

// Decimals of a difference: those of the more precise operand (72 -> 73,87 prints 1,87).
int difference_decimals(int a, int b) {
  return std::max(a, b);
}

std::optional<Quantity> actual_of_year(const Indicator& indicator, int year) {
  for (const PastYear& past : details_of(indicator).history) {
    if (past.year == year) return past.actual;
  }
  return std::nullopt;
}

int decimals_in_year(const Indicator& indicator, int year, int report_year) {
  if (year == report_year) return decimals_of(indicator.actual);
  return decimals_of(actual_of_year(indicator, year));
}

std::vector<Cell> indicator_heading(const Indicator& indicator) {
  return {Cell::of_text(indicator.id), Cell::of_text(indicator.name),
          Cell::of_text(indicator.unit)};
}

std::vector<Column> indicator_heading_columns(const Labels& L) {
  return {text_column("code", L.code), text_column("indicator", L.indicator),
          text_column("unit", L.unit)};
}

// Rows are produced as the table is written: the progress is kept with the table until then.
Table progress_table(const Labels& L, const char* title, ProgressResults computed, Traces traces) {
  const auto kept = std::make_shared<const ProgressResults>(std::move(computed));
  Table table;
  table.title = title;
  table.columns = concat(indicator_heading_columns(L), {number_column("end_target", L.end_target),
                                                        number_column("actual", L.actual),
                                                        percent_column("progress", L.progress)});
  table.produce = [&L, kept, traces](const RowVisitor& emit) {
    for (const ProgressResult& result : kept->rows) {
      const Indicator& indicator = *result.indicator;
      const Quantity& end_target = details_of(indicator).renstra->end_target;
      emit(Row{indicator.id.str(),
               concat(indicator_heading(indicator),
                      {number(L,
                              given(end_target, indicator.id,
                                    Key{indicator.source, Field::kRenstraEndTarget}, traces),
                              end_target.decimals),
                       number(L, result.actual, decimals_of(indicator.actual)),
                       percent(L, result.progress)}),
               false});
    }
    emit(Row{"mean",
             {Cell::empty(), Cell::of_text(L.mean_progress), Cell::empty(), Cell::empty(),
              Cell::empty(), percent(L, kept->mean)},
             true});
  };
  table.without_data = kept->rows.empty();
  return table;
}

std::vector<Column> staff_columns(const Labels& L) {
  return {percent_column("score", L.score),
          number_column("needed", L.staff_needed),
          number_column("available", L.staff_available),
          percent_column("availability", L.staff_share),
          percent_column("efficiency", L.resource_gap),
          percent_column("capaian", L.capaian),
          percent_column("efficiency_raw", L.gap_raw)};
}

std::vector<Cell> staff_cells(const Labels& L, const PerformanceResult& performance,
                              const StaffResult& staff) {
  return {percent(L, performance.mean_score),
          number(L, staff.needed, 0),
          number(L, staff.available, 0),
          percent(L, staff.availability),
          percent(L, staff.efficiency.gap_from_score),
          percent(L, performance.mean_capaian),
          percent(L, staff.efficiency.gap_from_raw)};
}

Cell agreement(const Labels& L, const std::optional<bool>& agrees) {
  if (!agrees) return Cell::empty();
  return Cell::of_text(*agrees ? L.agrees : L.disagrees);
}

}  // namespace

Table trend_table(const Labels& L, const Results& results, const PerformanceReport& report) {
  Table table;
  table.title = L.title_trend;
  table.columns = indicator_heading_columns(L);
  // Rows are produced as the table is written, each trend made for its row and let go: the plan
  // is kept with the table until then.
  const auto plan = std::make_shared<const TrendPlan>(plan_trends(report, results));
  table.without_data = plan->indicators.empty();
  if (plan->indicators.empty()) return table;
  const std::vector<int>& years = plan->years;
  for (int year : years) {
    table.columns.push_back(number_column("actual_" + std::to_string(year),
                                          std::string(L.actual) + " " + std::to_string(year)));
  }
  auto change_column = [&](int from, int to) {
    return number_column("change_" + std::to_string(from) + "_" + std::to_string(to),
                         std::to_string(from) + "→" + std::to_string(to));
  };
  for (std::size_t i = 0; i + 1 < years.size(); ++i) {
    table.columns.push_back(change_column(years[i], years[i + 1]));
  }
  if (years.size() > 2) table.columns.push_back(change_column(years.front(), years.back()));

  table.produce = [&L, &report, plan](const RowVisitor& emit) {
    const std::vector<int>& trend_years = plan->years;
    for (const IndicatorResult* indicator_result : plan->indicators) {
      const TrendResult trend = evaluate_trend(*plan, *indicator_result);
      const Indicator& indicator = *trend.indicator;
      std::vector<int> decimals;
      for (int year : trend_years)
        decimals.push_back(decimals_in_year(indicator, year, report.year));
      std::vector<Cell> cells = indicator_heading(indicator);
      for (std::size_t i = 0; i < trend_years.size(); ++i) {
        cells.push_back(number(L, trend.actuals[i], decimals[i]));
      }
      for (std::size_t i = 0; i < trend.changes.size(); ++i) {
        cells.push_back(
            number(L, trend.changes[i], difference_decimals(decimals[i], decimals[i + 1])));
      }
      if (trend_years.size() > 2) {
        cells.push_back(number(L, trend.overall_change,
                               difference_decimals(decimals.front(), decimals.back())));
      }
      emit(Row{indicator.id.str(), std::move(cells), false});
    }
  };
  return table;
}

Table key_progress_table(const Labels& L, const Results& results, const PerformanceReport& report) {
  return progress_table(L, L.title_key_progress,
                        evaluate_progress(report, results, IndicatorGroup::kKey), results.traces);
}

Table program_progress_table(const Labels& L, const Results& results,
                             const PerformanceReport& report) {
  return progress_table(L, L.title_program_progress,
                        evaluate_progress(report, results, IndicatorGroup::kProgram),
                        results.traces);
}

Table regional_table(const Labels& L, const Results& results, const PerformanceReport&) {
  Table table;
  table.title = L.title_regional;
  table.columns = concat(
      indicator_heading_columns(L),
      {number_column("actual", L.regional_actual), number_column("kabupaten", L.kabupaten),
       number_column("provinsi", L.provinsi), number_column("nasional", L.nasional),
       number_column("to_kabupaten", L.to_kabupaten), number_column("to_provinsi", L.to_provinsi),
       number_column("to_nasional", L.to_nasional)});
  const auto rows = std::make_shared<const std::vector<RegionalResult>>(evaluate_regional(results));
  table.produce = [&L, rows](const RowVisitor& emit) {
    for (const RegionalResult& result : *rows) {
      const Indicator& indicator = *result.indicator;
      const RegionalFigures& figures = *details_of(indicator).regional;
      const int own = decimals_of(indicator.actual);
      emit(Row{indicator.id.str(),
               concat(indicator_heading(indicator),
                      {number(L, result.actual, own),
                       number(L, result.kabupaten, decimals_of(figures.kabupaten)),
                       number(L, result.provinsi, decimals_of(figures.provinsi)),
                       number(L, result.nasional, decimals_of(figures.nasional)),
                       number(L, result.to_kabupaten,
                              difference_decimals(own, decimals_of(figures.kabupaten))),
                       number(L, result.to_provinsi,
                              difference_decimals(own, decimals_of(figures.provinsi))),
                       number(L, result.to_nasional,
                              difference_decimals(own, decimals_of(figures.nasional)))}),
               false});
    }
  };
  table.without_data = rows->empty();
  return table;
}

Table allocation_table(const Labels& L, const Results& results, const PerformanceReport& report) {
  Table table;
  table.title = L.title_allocation;
  table.without_data = report.objectives.empty() || report.programs.empty();
  table.columns = {text_column("no", L.no), text_column("objective", L.objective),
                   rupiah_column("pagu", L.allocation_pagu),
                   percent_column("share", L.allocation_share)};
  std::size_t number = 0;
  for (const ObjectiveResult& objective : results.objectives) {
    table.rows.push_back(Row{objective.objective->id.str(),
                             {ordinal(number++), Cell::of_text(objective.objective->name),
                              rupiah(L, objective.budget.pagu), percent(L, objective.pagu_share)},
                             false});
  }
  table.rows.push_back(Row{"total",
                           {Cell::empty(), Cell::of_text(L.total),
                            rupiah(L, results.total_budget.pagu), percent(L, results.total_share)},
                           true});
  return table;
}

Table staff_by_objective_table(const Labels& L, const Results& results, const PerformanceReport&) {
  Table table;
  table.title = L.title_staff_by_objective;
  table.columns =
      concat({text_column("no", L.no), text_column("objective", L.objective)}, staff_columns(L));
  std::size_t number = 0;
  bool any = false;
  for (const ObjectiveResult& objective : results.objectives) {
    any = any || objective.objective->staff.has_value();
    table.rows.push_back(Row{objective.objective->id.str(),
                             concat({ordinal(number++), Cell::of_text(objective.objective->name)},
                                    staff_cells(L, objective.performance, objective.staff)),
                             false});
  }
  table.rows.push_back(Row{
      "total",
      concat({Cell::empty(), Cell::of_text(L.total)},
             staff_cells(L, results.key_indicators, staff_total(results, IndicatorGroup::kKey))),
      true});
  table.without_data = !any;
  return table;
}

Table staff_by_program_table(const Labels& L, const Results& results, const PerformanceReport&) {
  Table table;
  table.title = L.title_staff_by_program;
  table.columns =
      concat({text_column("code", L.code), text_column("program", L.program)}, staff_columns(L));
  table.produce = [&L, &results](const RowVisitor& emit) {
    for (const ProgramResult& program : results.programs) {
      emit(Row{program.program->id.str(),
               concat({Cell::of_text(program.program->id), Cell::of_text(program.program->name)},
                      staff_cells(L, program.performance, program.staff)),
               false});
    }
    emit(Row{"total",
             concat({Cell::empty(), Cell::of_text(L.total)},
                    staff_cells(L, results.program_indicators,
                                staff_total(results, IndicatorGroup::kProgram))),
             true});
  };
  table.without_data =
      std::none_of(results.programs.begin(), results.programs.end(),
                   [](const ProgramResult& program) { return program.program->staff.has_value(); });
  return table;
}

Table facilities_table(const Labels& L, const Results& results, const PerformanceReport& report) {
  Table table;
  table.title = L.title_facilities;
  table.columns = {text_column("no", L.no),
                   text_column("item", L.item),
                   number_column("available", L.item_available),
                   number_column("needed", L.item_needed),
                   number_column("counted", L.item_counted),
                   percent_column("availability", L.item_share)};
  const FacilitiesResult total = evaluate_facilities(report, results);
  for (std::size_t i = 0; i < report.facilities.size(); ++i) {
    const Facility& facility = report.facilities[i];
    table.rows.push_back(Row{facility.id.str(),
                             {ordinal(i), Cell::of_text(facility.name),
                              number(L,
                                     given(facility.available, facility.id,
                                           Key{facility.source, Field::kAvailable}, results.traces),
                                     0),
                              number(L,
                                     given(facility.needed, facility.id,
                                           Key{facility.source, Field::kNeeded}, results.traces),
                                     0),
                              number(L, total.counted_items[i], 0), percent(L, total.items[i])},
                             false});
  }
  table.rows.push_back(
      Row{"total",
          {Cell::empty(), Cell::of_text(L.total), number(L, total.available, 0),
           number(L, total.needed, 0), number(L, total.counted, 0), percent(L, total.availability)},
          true});
  table.without_data = report.facilities.empty();
  return table;
}

Table facilities_efficiency_table(const Labels& L, const Results& results,
                                  const PerformanceReport& report) {
  Table table;
  table.title = L.title_facilities_efficiency;
  table.columns = {text_column("row", L.item),
                   percent_column("score", L.score),
                   percent_column("availability", L.facilities_share),
                   percent_column("efficiency", L.resource_gap),
                   percent_column("capaian", L.capaian),
                   percent_column("efficiency_raw", L.gap_raw)};
  const FacilitiesResult facilities = evaluate_facilities(report, results);
  table.rows.push_back(
      Row{"total",
          {Cell::of_text(L.key_indicators_row), percent(L, results.key_indicators.mean_score),
           percent(L, facilities.availability), percent(L, facilities.efficiency.gap_from_score),
           percent(L, results.key_indicators.mean_capaian),
           percent(L, facilities.efficiency.gap_from_raw)},
          false});
  table.without_data = report.facilities.empty();
  return table;
}

Table sakip_table(const Labels& L, const Results& results, const PerformanceReport& report) {
  Table table;
  table.title = L.title_sakip;
  table.columns = {text_column("no", L.no),
                   text_column("component", L.component),
                   number_column("weight", L.weight),
                   number_column("score", L.component_score),
                   percent_column("percent", L.component_percent),
                   text_column("predicate", L.rating),
                   text_column("agreement", L.agreement)};
  table.without_data = !report.sakip;
  if (table.without_data) return table;
  const SakipEvaluation& sakip = *report.sakip;
  const SakipResult result = evaluate_sakip(sakip, results.traces);
  int weight_decimals = 0;
  int score_decimals = 0;
  for (std::size_t i = 0; i < sakip.components.size(); ++i) {
    const SakipComponent& component = sakip.components[i];
    weight_decimals = std::max(weight_decimals, component.weight.decimals);
    score_decimals = std::max(score_decimals, component.score.decimals);
    table.rows.push_back(
        Row{"C" + std::to_string(i + 1),
            {ordinal(i), Cell::of_text(component.name),
             number(L,
                    given(component.weight, component.name, Key{component.source, Field::kWeight},
                          results.traces),
                    component.weight.decimals),
             number(L,
                    given(component.score, component.name, Key{component.source, Field::kScore},
                          results.traces),
                    component.score.decimals),
             percent(L, result.component_percents[i]), Cell::empty(), Cell::empty()},
            false});
  }
  table.rows.push_back(
      Row{"total",
          {Cell::empty(), Cell::of_text(L.total), number(L, result.total_weight, weight_decimals),
           number(L, result.total_score, score_decimals), Cell::empty(),
           rating(L, result.predicate, result.total_score, *result.predicate_scale), Cell::empty()},
          true});
  if (sakip.stated_total) {
    table.rows.push_back(
        Row{"stated_total",
            {Cell::empty(), Cell::of_text(L.stated_total), Cell::empty(),
             number(L,
                    given(*sakip.stated_total, "stated_total", Key{Place(), Field::kStatedTotal},
                          results.traces),
                    sakip.stated_total->decimals),
             Cell::empty(), Cell::empty(), agreement(L, result.stated_total_agrees)},
            false});
  }
  if (sakip.stated_predicate) {
    table.rows.push_back(Row{"stated_predicate",
                             {Cell::empty(), Cell::of_text(L.stated_predicate), Cell::empty(),
                              Cell::empty(), Cell::empty(), Cell::of_text(*sakip.stated_predicate),
                              agreement(L, result.stated_predicate_agrees)},
                             false});
  }
  return table;
}

}  // namespace lkjip
