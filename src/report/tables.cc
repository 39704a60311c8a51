// Builds the tables of chapter III from the results.
#include <algorithm>
#include <functional>

#include "labels.h"
#include "lkjip/report.h"

namespace lkjip {
namespace {

namespace L = labels;

Column text_column(std::string key, std::string label) {
  return Column{std::move(key), std::move(label), ColumnType::kText};
}
Column number_column(std::string key, std::string label) {
  return Column{std::move(key), std::move(label), ColumnType::kNumber};
}
Column percent_column(std::string key, std::string label) {
  return Column{std::move(key), std::move(label), ColumnType::kPercent};
}
Column rupiah_column(std::string key, std::string label) {
  return Column{std::move(key), std::move(label), ColumnType::kRupiah};
}

Cell percent(const Computed<Rational>& figure) {
  if (!figure.ok())
    return Cell::unavailable(L::explain(figure.why()));
  return Cell::number(figure.value(), kPercentDecimals);
}

Cell rupiah(const Computed<Rupiah>& figure) {
  if (!figure.ok())
    return Cell::unavailable(L::explain(figure.why()));
  return Cell::number(to_rational(figure.value()), 0);
}

Cell quantity(const std::optional<Quantity>& value, Reason if_missing, const std::string& id) {
  if (!value)
    return Cell::unavailable(L::explain(Unavailable{if_missing, id}));
  return Cell::number(value->value, value->decimals);
}

Cell rating(const RatingBand* band, const Computed<Rational>& score) {
  if (!score.ok())
    return Cell::unavailable(L::explain(score.why()));
  if (band == nullptr)
    return Cell::unavailable("di luar skala predikat");
  return Cell::of_text(band->label);
}

Cell ordinal(std::size_t index) {
  return Cell::of_text(std::to_string(index + 1));
}

// The cells every indicator row shares: target, actual, capaian, score, rating.
std::vector<Cell> measurement_cells(const IndicatorResult& result) {
  const Indicator& indicator = *result.indicator;
  return {Cell::of_text(indicator.name),
          Cell::of_text(indicator.unit),
          quantity(indicator.target, Reason::kTargetMissing, indicator.id),
          quantity(indicator.actual, Reason::kActualMissing, indicator.id),
          percent(result.capaian),
          percent(result.score),
          rating(result.rating, result.score)};
}

std::vector<Column> measurement_columns() {
  return {text_column("indicator", L::kIndicator), text_column("unit", L::kUnit),
          number_column("target", L::kTarget),     number_column("actual", L::kActual),
          percent_column("capaian", L::kCapaian),  percent_column("score", L::kScore),
          text_column("rating", L::kRating)};
}

std::vector<Cell> concat(std::vector<Cell> head, const std::vector<Cell>& tail) {
  head.insert(head.end(), tail.begin(), tail.end());
  return head;
}

Table key_indicator_table(const Results& results) {
  Table table{"iku", L::kTitleKeyIndicators, {}, {}};
  table.columns = {text_column("no", L::kNo), text_column("objective", L::kObjective)};
  for (Column& column : measurement_columns())
    table.columns.push_back(column);
  std::size_t number = 0;
  for (const ObjectiveResult& objective : results.objectives) {
    for (const IndicatorResult& indicator : objective.indicators) {
      table.rows.push_back(Row{indicator.indicator->id,
                               concat({ordinal(number++), Cell::of_text(objective.objective->name)},
                                      measurement_cells(indicator)),
                               false});
    }
  }
  const PerformanceResult& mean = results.key_indicators;
  table.rows.push_back(Row{"mean",
                           {Cell::empty(), Cell::of_text(L::kMeanKeyIndicators), Cell::empty(),
                            Cell::empty(), Cell::empty(), Cell::empty(), percent(mean.mean_capaian),
                            percent(mean.mean_score), rating(mean.rating, mean.mean_score)},
                           true});
  return table;
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

Table measurement_table(const Results& results) {
  Table table{"pengukuran", L::kTitleMeasurement, {}, {}};
  table.columns = {text_column("code", L::kCode), text_column("level", L::kLevel),
                   text_column("name", L::kName)};
  for (Column& column : measurement_columns())
    table.columns.push_back(column);
  visit_levels(results, [&](const char* level, const std::string& code, const std::string& name,
                            const std::vector<IndicatorResult>& indicators, const BudgetResult&) {
    bool first = true;
    for (const IndicatorResult& indicator : indicators) {
      std::vector<Cell> owner = {Cell::of_text(code), Cell::of_text(level),
                                 first ? Cell::of_text(name) : Cell::empty()};
      table.rows.push_back(Row{indicator.indicator->id,
                               concat(std::move(owner), measurement_cells(indicator)), false});
      first = false;
    }
  });
  return table;
}

std::vector<Cell> budget_cells(const BudgetResult& budget) {
  return {rupiah(budget.pagu), rupiah(budget.spending), percent(budget.absorption),
          rupiah(budget.silpa)};
}

std::vector<Column> budget_columns() {
  return {rupiah_column("pagu", L::kPagu), rupiah_column("spending", L::kSpending),
          percent_column("absorption", L::kAbsorption), rupiah_column("silpa", L::kSilpa)};
}

Table spending_table(const Results& results) {
  Table table{"anggaran", L::kTitleSpending, {}, {}};
  table.columns = {text_column("code", L::kCode), text_column("level", L::kLevel),
                   text_column("name", L::kName)};
  for (Column& column : budget_columns())
    table.columns.push_back(column);
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
  table.columns = {text_column("no", L::kNo), text_column("objective", L::kObjective),
                   percent_column("capaian", L::kCapaian), percent_column("score", L::kScore)};
  for (Column& column : budget_columns())
    table.columns.push_back(column);
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
  total.push_back(Cell::empty());
  table.rows.push_back(Row{"total", std::move(total), true});
  return table;
}

Table performance_by_program_table(const Results& results) {
  Table table{"kinerja-anggaran-program", L::kTitlePerformanceByProgram, {}, {}};
  table.columns = {text_column("code", L::kCode), text_column("program", L::kProgram),
                   percent_column("capaian", L::kCapaian), percent_column("score", L::kScore)};
  for (Column& column : budget_columns())
    table.columns.push_back(column);
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

std::vector<Column> efficiency_columns() {
  return {percent_column("score", L::kScore), percent_column("absorption", L::kAbsorption),
          percent_column("efficiency", L::kGapScore), percent_column("capaian", L::kCapaian),
          percent_column("efficiency_raw", L::kGapRaw)};
}

std::vector<Cell> efficiency_cells(const PerformanceResult& performance,
                                   const BudgetResult& budget) {
  return {percent(performance.mean_score), percent(budget.absorption),
          percent(performance.gap_from_score), percent(performance.mean_capaian),
          percent(performance.gap_from_raw)};
}

Table efficiency_by_objective_table(const Results& results) {
  Table table{"efisiensi-sasaran", L::kTitleEfficiencyByObjective, {}, {}};
  table.columns = {text_column("no", L::kNo), text_column("objective", L::kObjective)};
  for (Column& column : efficiency_columns())
    table.columns.push_back(column);
  std::size_t number = 0;
  for (const ObjectiveResult& objective : results.objectives) {
    table.rows.push_back(Row{objective.objective->id,
                             concat({ordinal(number++), Cell::of_text(objective.objective->name)},
                                    efficiency_cells(objective.performance, objective.budget)),
                             false});
  }
  table.rows.push_back(Row{"total",
                           concat({Cell::empty(), Cell::of_text(L::kTotal)},
                                  efficiency_cells(results.key_indicators, results.total_budget)),
                           true});
  return table;
}

Table efficiency_by_program_table(const Results& results) {
  Table table{"efisiensi-program", L::kTitleEfficiencyByProgram, {}, {}};
  table.columns = {text_column("code", L::kCode), text_column("program", L::kProgram)};
  for (Column& column : efficiency_columns())
    table.columns.push_back(column);
  for (const ProgramResult& program : results.programs) {
    table.rows.push_back(
        Row{program.program->id,
            concat({Cell::of_text(program.program->id), Cell::of_text(program.program->name)},
                   efficiency_cells(program.performance, program.budget)),
            false});
  }
  table.rows.push_back(
      Row{"total",
          concat({Cell::empty(), Cell::of_text(L::kTotal)},
                 efficiency_cells(results.program_indicators, results.total_budget)),
          true});
  return table;
}

}  // namespace

const std::vector<TableInfo>& table_catalogue() {
  static const std::vector<TableInfo> catalogue = {
      {"iku", "key indicators: target, actual, capaian, score, rating, means"},
      {"pengukuran", "every program, activity and sub-activity indicator"},
      {"anggaran", "pagu, spending, absorption and SILPA at every level, total"},
      {"kinerja-anggaran-sasaran", "performance and budget per strategic objective, pagu share"},
      {"kinerja-anggaran-program", "performance and budget per program"},
      {"efisiensi-sasaran", "efficiency gap (capaian - absorption) per objective, total"},
      {"efisiensi-program", "efficiency gap per program, total"},
  };
  return catalogue;
}

const std::vector<std::string_view>& table_names() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> out;
    for (const TableInfo& info : table_catalogue())
      out.push_back(info.name);
    return out;
  }();
  return names;
}

Document build_document(const PerformanceReport& report, const Results& results) {
  return Document{
      report.unit.name,
      report.unit.region,
      report.year,
      {key_indicator_table(results), measurement_table(results), spending_table(results),
       performance_by_objective_table(results), performance_by_program_table(results),
       efficiency_by_objective_table(results), efficiency_by_program_table(results)}};
}

}  // namespace lkjip

namespace lkjip {

void keep_tables(Document& document, const std::vector<std::string>& names) {
  if (names.empty())
    return;
  std::erase_if(document.tables, [&](const Table& table) {
    return std::find(names.begin(), names.end(), table.name) == names.end();
  });
}

}  // namespace lkjip
