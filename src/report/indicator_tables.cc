// The tables of indicators measured otherwise than once a year: capaian per period and to date,
// earlier years' capaian, and the classification of capaian against the target (Tabel 3.2).
#include <algorithm>
#include <memory>
#include <utility>

#include "cells.h"
#include "lkjip/labels.h"
#include "tables.h"

namespace lkjip {
namespace {

using namespace cells;

// The entry the file gives for a period, or nullptr.
const PeriodFigures* entry_of(const Indicator& indicator, const Period& period) {
  for (const PeriodFigures& entry : details_of(indicator).periods) {
    if (entry.period == period) return &entry;
  }
  return nullptr;
}

std::string joined_ids(const std::vector<const Indicator*>& indicators) {
  std::string out;
  for (const Indicator* indicator : indicators) {
    if (!out.empty()) out += ", ";
    out += indicator->id;
  }
  return out;
}

}  // namespace

Table periods_table(const Labels& L, const Results& results, const PerformanceReport& report) {
  Table table;
  table.title = L.title_periods;
  table.columns = {text_column("code", L.code),
                   text_column("indicator", L.indicator),
                   text_column("period", L.period),
                   number_column("target", L.target),
                   number_column("actual", L.actual),
                   percent_column("capaian", L.capaian),
                   number_column("target_to_date", L.target_to_date),
                   number_column("actual_to_date", L.actual_to_date),
                   percent_column("capaian_to_date", L.capaian_to_date)};
  // Rows are produced as the table is written: the periods are kept with the table until then.
  const auto periods =
      std::make_shared<const std::vector<IndicatorPeriods>>(evaluate_periods(report, results));
  table.without_data = periods->empty();
  table.produce = [&L, periods](const RowVisitor& emit) {
    for (const IndicatorPeriods& indicator_periods : *periods) {
      const Indicator& indicator = *indicator_periods.indicator;
      const int decimals = computed_decimals(indicator);
      const std::vector<PeriodFigures>& given = details_of(indicator).periods;
      // The target to date is the year's unless the periods give targets.
      const int target_to_date_decimals =
          std::any_of(given.begin(), given.end(), [](const PeriodFigures& p) { return p.target; })
              ? decimals
              : decimals_of(indicator.target);
      bool first = true;
      for (const PeriodResult& row : indicator_periods.rows) {
        // A range target is the year's, for every period.
        const bool range = details_of(indicator).target_range.has_value();
        // A period's own values as written; its target, when it gives none, the year's.
        const PeriodFigures* entry = entry_of(indicator, row.period);
        const int target_decimals =
            decimals_of(entry && entry->target ? entry->target : indicator.target);
        const int actual_decimals = entry && entry->actual ? entry->actual->decimals : decimals;
        emit(Row{
            indicator.id + "." + period_name(row.period),
            {first ? Cell::of_text(indicator.id) : Cell::empty(),
             first ? Cell::of_text(indicator.name) : Cell::empty(),
             Cell::of_text(period_label(L, row.period)),
             range ? target_cell(L, indicator, row.target) : number(L, row.target, target_decimals),
             number(L, row.actual, actual_decimals), percent(L, row.capaian),
             range ? target_cell(L, indicator, row.target_to_date)
                   : number(L, row.target_to_date, target_to_date_decimals),
             number(L, row.actual_to_date, decimals), percent(L, row.capaian_to_date)},
            false});
        first = false;
      }
    }
  };
  return table;
}

Table capaian_history_table(const Labels& L, const Results& results,
                            const PerformanceReport& report) {
  Table table;
  table.title = L.title_capaian_history;
  table.columns = {text_column("code", L.code),
                   text_column("indicator", L.indicator),
                   text_column("year", L.year),
                   number_column("target", L.target),
                   number_column("actual", L.actual),
                   percent_column("capaian", L.capaian),
                   number_column("actual_change", L.actual_change),
                   percent_column("capaian_change", L.capaian_change)};
  const auto history = std::make_shared<const std::vector<CapaianHistory>>(
      evaluate_capaian_history(report, results));
  table.without_data = history->empty();
  table.produce = [&L, history](const RowVisitor& emit) {
    for (const CapaianHistory& indicator_history : *history) {
      const Indicator& indicator = *indicator_history.indicator;
      const std::vector<PastYear>& past = details_of(indicator).history;
      for (std::size_t i = 0; i < indicator_history.years.size(); ++i) {
        const bool this_year = i == past.size();
        const int target_decimals = this_year ? indicator_decimals(indicator, indicator.target)
                                              : decimals_of(past[i].target);
        const int actual_decimals = this_year ? indicator_decimals(indicator, indicator.actual)
                                              : decimals_of(past[i].actual);
        const int previous_decimals = i == 0 ? actual_decimals : decimals_of(past[i - 1].actual);
        const std::string year = std::to_string(indicator_history.years[i]);
        emit(Row{indicator.id + "." + year,
                 {i == 0 ? Cell::of_text(indicator.id) : Cell::empty(),
                  i == 0 ? Cell::of_text(indicator.name) : Cell::empty(), Cell::of_text(year),
                  this_year ? target_cell(L, indicator, indicator_history.targets[i])
                            : number(L, indicator_history.targets[i], target_decimals),
                  this_year ? actual_cell(L, indicator, indicator_history.actuals[i])
                            : number(L, indicator_history.actuals[i], actual_decimals),
                  percent(L, indicator_history.capaians[i]),
                  i == 0 ? Cell::empty()
                         : number(L, indicator_history.actual_changes[i],
                                  std::max(actual_decimals, previous_decimals)),
                  i == 0 ? Cell::empty() : percent(L, indicator_history.capaian_changes[i])},
                 false});
      }
    }
  };
  return table;
}

Table classification_table(const Labels& L, const Results& results, const PerformanceReport&) {
  Table table;
  table.title = L.title_classification;
  table.columns = {text_column("group", L.group), text_column("class", L.category),
                   number_column("count", L.count), text_column("indicators", L.indicators)};
  // Left out unless the report states its thresholds or the table is asked for by name: the
  // default thresholds (100 met, above 100 exceeded) are lkjip's, not the report's.
  table.without_data = !results.settings->classification_given;
  table.produce = [&L, &results](const RowVisitor& emit) {
    static const char* const kClassKeys[] = {"exceeded", "met", "not_met", "not_computable"};
    const std::pair<IndicatorGroup, const char*> groups[] = {{IndicatorGroup::kKey, "iku"},
                                                             {IndicatorGroup::kProgram, "program"}};
    for (const auto& [group, key] : groups) {
      const ClassificationResult classified = classify_group(results, group);
      if (classified.total == 0) continue;
      const char* group_label = group == IndicatorGroup::kKey ? L.group_key : L.group_program;
      for (std::size_t c = 0; c < classified.groups.size(); ++c) {
        const std::vector<const Indicator*>& members = classified.groups[c];
        emit(Row{std::string(key) + "." + kClassKeys[c],
                 {c == 0 ? Cell::of_text(group_label) : Cell::empty(), Cell::of_text(L.classes[c]),
                  number(L, classified.counts[c], 0),
                  members.empty() ? Cell::empty() : Cell::of_text(joined_ids(members))},
                 false});
      }
    }
  };
  return table;
}

}  // namespace lkjip
