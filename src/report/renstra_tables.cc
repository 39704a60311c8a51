// The strategic plan's targets per year (renstra-tahunan): the agreement's target of the year,
// the plan's target of each year, this year's capaian against the plan's target of the year,
// and the progress to the end target.
#include <memory>
#include <string>

#include "cells.h"
#include "lkjip/labels.h"
#include "tables.h"

namespace lkjip {

using namespace cells;

namespace {

// The decimals of the plan's target of `year`: as written.
int plan_decimals(const Indicator& indicator, int year) {
  for (const RenstraYearTarget& target : details_of(indicator).renstra->targets) {
    if (target.year == year) return target.target.decimals;
  }
  return 0;
}

}  // namespace

Table renstra_years_table(const Labels& L, const Results& results,
                          const PerformanceReport& report) {
  Table table;
  table.title = L.title_renstra_years;
  const std::string year = std::to_string(report.year);
  table.columns = {text_column("code", L.code), text_column("indicator", L.indicator),
                   text_column("unit", L.unit),
                   number_column("agreement_target", std::string(L.agreement_target) + " " + year)};
  for (int plan_year = report.renstra_from; plan_year != 0 && plan_year <= report.renstra_to;
       ++plan_year) {
    table.columns.push_back(
        number_column("renstra_" + std::to_string(plan_year),
                      std::string(L.renstra_target) + " " + std::to_string(plan_year)));
  }
  for (Column column :
       {number_column("actual", L.actual), percent_column("capaian_renstra", L.capaian_renstra),
        number_column("end_target", L.end_target), percent_column("progress", L.progress)}) {
    table.columns.push_back(std::move(column));
  }
  // Rows are produced as the table is written: the figures are kept with the table until then.
  const auto rows = std::make_shared<const std::vector<RenstraYearsResult>>(
      evaluate_renstra_years(report, results));
  table.without_data = rows->empty();
  table.produce = [&L, rows](const RowVisitor& emit) {
    for (const RenstraYearsResult& row : *rows) {
      const Indicator& indicator = *row.indicator;
      std::vector<Cell> cells = {Cell::of_text(indicator.id), Cell::of_text(indicator.name),
                                 Cell::of_text(indicator.unit),
                                 target_cell(L, indicator, row.agreement_target)};
      for (std::size_t i = 0; i < row.years.size(); ++i)
        cells.push_back(number(L, row.plan_targets[i], plan_decimals(indicator, row.years[i])));
      cells.push_back(actual_cell(L, indicator, row.actual));
      cells.push_back(percent(L, row.capaian));
      cells.push_back(
          number(L, row.end_target, details_of(indicator).renstra->end_target.decimals));
      cells.push_back(percent(L, row.progress));
      emit(Row{indicator.id.str(), std::move(cells), false});
    }
  };
  return table;
}

}  // namespace lkjip
