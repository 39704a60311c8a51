// The comparison and resource tables: trend, Renstra progress, regional comparison, budget
// allocation, staff, facilities and the SAKIP evaluation (Tabel 3.4-3.9, 3.11, 3.16-3.19).
#include <algorithm>

#include "cells.h"
#include "labels.h"
#include "tables.h"

namespace lkjip {
namespace {

namespace L = labels;
using namespace cells;

// Decimals of a difference: those of the more precise operand (72 -> 73,87 prints 1,87).
int difference_decimals(int a, int b) {
  return std::max(a, b);
}

std::optional<Quantity> actual_of_year(const Indicator& indicator, int year) {
  for (const PastYear& past : indicator.history) {
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

std::vector<Column> indicator_heading_columns() {
  return {text_column("code", L::kCode), text_column("indicator", L::kIndicator),
          text_column("unit", L::kUnit)};
}

Table progress_table(std::string name, const char* title,
                     const std::vector<ProgressResult>& progress, const Figure& mean) {
  Table table{std::move(name), title, {}, {}};
  table.columns = concat(indicator_heading_columns(), {number_column("end_target", L::kEndTarget),
                                                       number_column("actual", L::kActual),
                                                       percent_column("progress", L::kProgress)});
  for (const ProgressResult& result : progress) {
    const Indicator& indicator = *result.indicator;
    table.rows.push_back(
        Row{indicator.id,
            concat(indicator_heading(indicator),
                   {number(given(indicator.renstra->end_target, indicator.id),
                           indicator.renstra->end_target.decimals),
                    number(effective_actual(indicator), decimals_of(indicator.actual)),
                    percent(result.progress)}),
            false});
  }
  table.rows.push_back(Row{"mean",
                           {Cell::empty(), Cell::of_text(L::kMeanProgress), Cell::empty(),
                            Cell::empty(), Cell::empty(), percent(mean)},
                           true});
  table.without_data = progress.empty();
  return table;
}

std::vector<Column> staff_columns() {
  return {percent_column("score", L::kScore),
          number_column("needed", L::kStaffNeeded),
          number_column("available", L::kStaffAvailable),
          percent_column("availability", L::kStaffShare),
          percent_column("efficiency", L::kResourceGap),
          percent_column("capaian", L::kCapaian),
          percent_column("efficiency_raw", L::kGapRaw)};
}

std::vector<Cell> staff_cells(const PerformanceResult& performance, const StaffResult& staff) {
  return {percent(performance.mean_score),
          number(staff.needed, 0),
          number(staff.available, 0),
          percent(staff.availability),
          percent(staff.efficiency.gap_from_score),
          percent(performance.mean_capaian),
          percent(staff.efficiency.gap_from_raw)};
}

Cell agreement(const std::optional<bool>& agrees) {
  if (!agrees) return Cell::empty();
  return Cell::of_text(*agrees ? L::kAgrees : L::kDisagrees);
}

}  // namespace

Table trend_table(const Results& results, const PerformanceReport& report) {
  Table table{"tren", L::kTitleTrend, indicator_heading_columns(), {}};
  table.without_data = results.trends.empty();
  if (results.trends.empty()) return table;
  const std::vector<int>& years = results.trends.front().years;
  for (int year : years) {
    table.columns.push_back(number_column("actual_" + std::to_string(year),
                                          std::string(L::kActual) + " " + std::to_string(year)));
  }
  auto change_column = [&](int from, int to) {
    return number_column("change_" + std::to_string(from) + "_" + std::to_string(to),
                         std::to_string(from) + "→" + std::to_string(to));
  };
  for (std::size_t i = 0; i + 1 < years.size(); ++i) {
    table.columns.push_back(change_column(years[i], years[i + 1]));
  }
  if (years.size() > 2) table.columns.push_back(change_column(years.front(), years.back()));

  for (const TrendResult& trend : results.trends) {
    const Indicator& indicator = *trend.indicator;
    std::vector<int> decimals;
    for (int year : years)
      decimals.push_back(decimals_in_year(indicator, year, report.year));
    std::vector<Cell> cells = indicator_heading(indicator);
    for (std::size_t i = 0; i < years.size(); ++i) {
      cells.push_back(number(trend.actuals[i], decimals[i]));
    }
    for (std::size_t i = 0; i < trend.changes.size(); ++i) {
      cells.push_back(number(trend.changes[i], difference_decimals(decimals[i], decimals[i + 1])));
    }
    if (years.size() > 2) {
      cells.push_back(
          number(trend.overall_change, difference_decimals(decimals.front(), decimals.back())));
    }
    table.rows.push_back(Row{indicator.id, std::move(cells), false});
  }
  return table;
}

Table key_progress_table(const Results& results) {
  return progress_table("renstra-iku", L::kTitleKeyProgress, results.key_progress,
                        results.key_progress_mean);
}

Table program_progress_table(const Results& results) {
  return progress_table("renstra-program", L::kTitleProgramProgress, results.program_progress,
                        results.program_progress_mean);
}

Table regional_table(const Results& results) {
  Table table{"pembanding", L::kTitleRegional, {}, {}};
  table.columns = concat(
      indicator_heading_columns(),
      {number_column("actual", L::kRegionalActual), number_column("kabupaten", L::kKabupaten),
       number_column("provinsi", L::kProvinsi), number_column("nasional", L::kNasional),
       number_column("to_kabupaten", L::kToKabupaten), number_column("to_provinsi", L::kToProvinsi),
       number_column("to_nasional", L::kToNasional)});
  for (const RegionalResult& result : results.regional) {
    const Indicator& indicator = *result.indicator;
    const RegionalFigures& figures = *indicator.regional;
    const int own = decimals_of(indicator.actual);
    table.rows.push_back(Row{
        indicator.id,
        concat(
            indicator_heading(indicator),
            {number(result.actual, own), number(result.kabupaten, decimals_of(figures.kabupaten)),
             number(result.provinsi, decimals_of(figures.provinsi)),
             number(result.nasional, decimals_of(figures.nasional)),
             number(result.to_kabupaten, difference_decimals(own, decimals_of(figures.kabupaten))),
             number(result.to_provinsi, difference_decimals(own, decimals_of(figures.provinsi))),
             number(result.to_nasional, difference_decimals(own, decimals_of(figures.nasional)))}),
        false});
  }
  table.without_data = results.regional.empty();
  return table;
}

Table allocation_table(const Results& results) {
  Table table{"alokasi", L::kTitleAllocation, {}, {}};
  table.columns = {text_column("no", L::kNo), text_column("objective", L::kObjective),
                   rupiah_column("pagu", L::kAllocationPagu),
                   percent_column("share", L::kAllocationShare)};
  std::size_t number = 0;
  for (const ObjectiveResult& objective : results.objectives) {
    table.rows.push_back(Row{objective.objective->id,
                             {ordinal(number++), Cell::of_text(objective.objective->name),
                              rupiah(objective.budget.pagu), percent(objective.pagu_share)},
                             false});
  }
  table.rows.push_back(Row{"total",
                           {Cell::empty(), Cell::of_text(L::kTotal),
                            rupiah(results.total_budget.pagu), percent(results.total_share)},
                           true});
  return table;
}

Table staff_by_objective_table(const Results& results) {
  Table table{"sdm-sasaran", L::kTitleStaffByObjective, {}, {}};
  table.columns =
      concat({text_column("no", L::kNo), text_column("objective", L::kObjective)}, staff_columns());
  std::size_t number = 0;
  bool any = false;
  for (const ObjectiveResult& objective : results.objectives) {
    any = any || objective.objective->staff.has_value();
    table.rows.push_back(Row{objective.objective->id,
                             concat({ordinal(number++), Cell::of_text(objective.objective->name)},
                                    staff_cells(objective.performance, objective.staff)),
                             false});
  }
  table.rows.push_back(
      Row{"total",
          concat({Cell::empty(), Cell::of_text(L::kTotal)},
                 staff_cells(results.key_indicators, results.objective_staff_total)),
          true});
  table.without_data = !any;
  return table;
}

Table staff_by_program_table(const Results& results) {
  Table table{"sdm-program", L::kTitleStaffByProgram, {}, {}};
  table.columns =
      concat({text_column("code", L::kCode), text_column("program", L::kProgram)}, staff_columns());
  bool any = false;
  for (const ProgramResult& program : results.programs) {
    any = any || program.program->staff.has_value();
    table.rows.push_back(
        Row{program.program->id,
            concat({Cell::of_text(program.program->id), Cell::of_text(program.program->name)},
                   staff_cells(program.performance, program.staff)),
            false});
  }
  table.rows.push_back(
      Row{"total",
          concat({Cell::empty(), Cell::of_text(L::kTotal)},
                 staff_cells(results.program_indicators, results.program_staff_total)),
          true});
  table.without_data = !any;
  return table;
}

Table facilities_table(const Results& results, const PerformanceReport& report) {
  Table table{"sarpras", L::kTitleFacilities, {}, {}};
  table.columns = {text_column("no", L::kNo), text_column("item", L::kItem),
                   number_column("available", L::kItemAvailable),
                   number_column("needed", L::kItemNeeded),
                   percent_column("availability", L::kItemShare)};
  for (std::size_t i = 0; i < report.facilities.size(); ++i) {
    const Facility& facility = report.facilities[i];
    table.rows.push_back(
        Row{facility.id,
            {ordinal(i), Cell::of_text(facility.name),
             number(given(facility.available, facility.id), 0),
             number(given(facility.needed, facility.id), 0), percent(results.facilities.items[i])},
            false});
  }
  const FacilitiesResult& total = results.facilities;
  table.rows.push_back(Row{"total",
                           {Cell::empty(), Cell::of_text(L::kTotal), number(total.available, 0),
                            number(total.needed, 0), percent(total.availability)},
                           true});
  table.without_data = report.facilities.empty();
  return table;
}

Table facilities_efficiency_table(const Results& results, const PerformanceReport& report) {
  Table table{"efisiensi-sarpras", L::kTitleFacilitiesEfficiency, {}, {}};
  table.columns = {text_column("row", L::kItem),
                   percent_column("score", L::kScore),
                   percent_column("availability", L::kFacilitiesShare),
                   percent_column("efficiency", L::kResourceGap),
                   percent_column("capaian", L::kCapaian),
                   percent_column("efficiency_raw", L::kGapRaw)};
  const FacilitiesResult& facilities = results.facilities;
  table.rows.push_back(Row{
      "total",
      {Cell::of_text(L::kKeyIndicatorsRow), percent(results.key_indicators.mean_score),
       percent(facilities.availability), percent(facilities.efficiency.gap_from_score),
       percent(results.key_indicators.mean_capaian), percent(facilities.efficiency.gap_from_raw)},
      false});
  table.without_data = report.facilities.empty();
  return table;
}

Table sakip_table(const Results& results, const PerformanceReport& report) {
  Table table{"sakip", L::kTitleSakip, {}, {}};
  table.columns = {text_column("no", L::kNo),
                   text_column("component", L::kComponent),
                   number_column("weight", L::kWeight),
                   number_column("score", L::kComponentScore),
                   percent_column("percent", L::kComponentPercent),
                   text_column("predicate", L::kRating),
                   text_column("agreement", L::kAgreement)};
  table.without_data = !report.sakip || !results.sakip;
  if (table.without_data) return table;
  const SakipEvaluation& sakip = *report.sakip;
  const SakipResult& result = *results.sakip;
  int weight_decimals = 0;
  int score_decimals = 0;
  for (std::size_t i = 0; i < sakip.components.size(); ++i) {
    const SakipComponent& component = sakip.components[i];
    weight_decimals = std::max(weight_decimals, component.weight.decimals);
    score_decimals = std::max(score_decimals, component.score.decimals);
    table.rows.push_back(
        Row{"C" + std::to_string(i + 1),
            {ordinal(i), Cell::of_text(component.name),
             number(given(component.weight, component.name), component.weight.decimals),
             number(given(component.score, component.name), component.score.decimals),
             percent(result.component_percents[i]), Cell::empty(), Cell::empty()},
            false});
  }
  table.rows.push_back(
      Row{"total",
          {Cell::empty(), Cell::of_text(L::kTotal), number(result.total_weight, weight_decimals),
           number(result.total_score, score_decimals), Cell::empty(),
           rating(result.predicate, result.total_score, *result.predicate_scale), Cell::empty()},
          true});
  if (sakip.stated_total) {
    table.rows.push_back(
        Row{"stated_total",
            {Cell::empty(), Cell::of_text(L::kStatedTotal), Cell::empty(),
             number(given(*sakip.stated_total, "stated_total"), sakip.stated_total->decimals),
             Cell::empty(), Cell::empty(), agreement(result.stated_total_agrees)},
            false});
  }
  if (sakip.stated_predicate) {
    table.rows.push_back(Row{"stated_predicate",
                             {Cell::empty(), Cell::of_text(L::kStatedPredicate), Cell::empty(),
                              Cell::empty(), Cell::empty(), Cell::of_text(*sakip.stated_predicate),
                              agreement(result.stated_predicate_agrees)},
                             false});
  }
  return table;
}

}  // namespace lkjip
