#include "check_methods.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "lkjip/engine.h"
#include "lkjip/figures.h"

namespace lkjip {
namespace {

const Table* table_named(const Document& document, std::string_view name) {
  for (const Table& table : document.tables) {
    if (table.name == name) return &table;
  }
  return nullptr;
}

std::optional<std::size_t> column_index(const Table& table, std::string_view key) {
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    if (table.columns[i].key == key) return i;
  }
  return std::nullopt;
}

const Row* row_keyed(const Table& table, std::string_view key) {
  for (const Row& row : table.rows) {
    if (row.key == key) return &row;
  }
  return nullptr;
}

// A number cell as a figure; nothing when the cell holds no number.
std::optional<Figure> figure_of(const Row& row, std::optional<std::size_t> column) {
  if (!column || *column >= row.cells.size()) return std::nullopt;
  const Cell& cell = row.cells[*column];
  if (cell.state != Cell::State::kNumber) return std::nullopt;
  return Figure(cell.value);
}

// What a method would print for a figure: nothing where it does not apply.
using MethodValue = std::function<std::optional<Rational>(const FigureNameParts&)>;

struct Method {
  FindingCode code;
  MethodValue value_of;
  Message describe;  // {0} count, {1} figures, {2} the method's detail
  std::string detail;
  Key key;
};

// The same report with scores not capped: every mean and efficiency made from raw capaian. Only
// a mean, a total or an efficiency can be made of them; the report is evaluated again (once)
// only for such a figure.
MethodValue uncapped_values(const PerformanceReport& report, std::optional<Document>& kept) {
  return [&report, &kept](const FigureNameParts& name) -> std::optional<Rational> {
    const bool made_of_scores =
        name.row == "mean" || name.row == "total" || name.column == "efficiency";
    if (!made_of_scores) return std::nullopt;
    if (!kept) {
      PerformanceReport uncapped = report;
      uncapped.printed.clear();
      uncapped.settings.score_cap.value = Rational(1000000000);  // no capaian reaches it
      const Results results = evaluate(uncapped, Traces::kDrop);
      kept = build_document(uncapped, results);
    }
    const std::optional<FigureRef> found =
        find_figure(*kept, std::string(name.table) + "/" + std::string(name.row) + "/" +
                               std::string(name.column));
    if (!found || found->cell->state != Cell::State::kNumber) return std::nullopt;
    return found->cell->value;
  };
}

// The rows' absorption (not the total's), each program counted once or once per indicator.
std::optional<Figure> unweighted_absorption(const PerformanceReport& report, const Table& table,
                                            bool per_indicator) {
  const std::optional<std::size_t> column = column_index(table, "absorption");
  std::vector<Figure> parts;
  for (const Row& row : table.rows) {
    if (row.is_total) continue;
    const std::optional<Figure> part = figure_of(row, column);
    if (!part) return std::nullopt;
    std::size_t times = 1;
    if (per_indicator) {
      const auto program = std::find_if(report.programs.begin(), report.programs.end(),
                                        [&](const Program& p) { return p.id == row.key; });
      if (program == report.programs.end()) return std::nullopt;
      times = std::max<std::size_t>(1, program->indicators.size());
    }
    for (std::size_t i = 0; i < times; ++i)
      parts.push_back(*part);
  }
  if (parts.empty()) return std::nullopt;
  const Figure mean = mean_as_printed(parts, table.name);
  return mean.ok() ? std::optional<Figure>(mean) : std::nullopt;
}

// A total absorption as the mean of its rows' percentages, and the total efficiency from it.
MethodValue unweighted_values(const PerformanceReport& report, const Document& document,
                              bool per_indicator) {
  return [&report, &document,
          per_indicator](const FigureNameParts& name) -> std::optional<Rational> {
    if (name.row != "total" || (name.column != "absorption" && name.column != "efficiency")) {
      return std::nullopt;
    }
    const Table* table = table_named(document, name.table);
    if (table == nullptr) return std::nullopt;
    const std::optional<Figure> absorption = unweighted_absorption(report, *table, per_indicator);
    if (!absorption) return std::nullopt;
    if (name.column == "absorption") return absorption->value();
    const Row* total = row_keyed(*table, "total");
    const std::optional<Figure> score =
        total ? figure_of(*total, column_index(*table, "score")) : std::nullopt;
    if (!score) return std::nullopt;
    const Figure gap = efficiency_gap(*score, *absorption, table->name);
    return gap.ok() ? std::optional<Rational>(gap.value()) : std::nullopt;
  };
}

// A row's efficiency as the cap minus the resource it uses (availability or absorption).
MethodValue cap_minus_resource_values(const PerformanceReport& report, const Document& document) {
  return [&report, &document](const FigureNameParts& name) -> std::optional<Rational> {
    if (name.row == "total" || name.column != "efficiency") return std::nullopt;
    const Table* table = table_named(document, name.table);
    const Row* row = table ? row_keyed(*table, name.row) : nullptr;
    if (row == nullptr) return std::nullopt;
    std::optional<Figure> resource = figure_of(*row, column_index(*table, "availability"));
    if (!resource) resource = figure_of(*row, column_index(*table, "absorption"));
    if (!resource) return std::nullopt;
    const Figure gap =
        efficiency_gap(Figure(report.settings.score_cap.value), *resource, table->name);
    return gap.ok() ? std::optional<Rational>(gap.value()) : std::nullopt;
  };
}

// Up to five names, then "…".
std::string named(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size() && i < 5; ++i)
    out += (i == 0 ? "" : ", ") + names[i];
  if (names.size() > 5) out += ", …";
  return out;
}

}  // namespace

void check_methods(const PerformanceReport& report, const Document& document,
                   const std::vector<DifferingFigure>& differing, Findings& findings) {
  if (differing.empty()) return;
  std::optional<Document> uncapped;
  const std::string cap = as_printed(report.settings.score_cap);
  std::vector<Method> methods = {
      {FindingCode::kMethodUncappedMean, uncapped_values(report, uncapped),
       Message::kMethodUncappedMean, cap, Key{Place(), Field::kScoreCap}},  // the stated cap
      {FindingCode::kMethodUnweightedMean, unweighted_values(report, document, false),
       Message::kMethodUnweightedMean, findings.say(Message::kWordEachRowOnce),
       Key{Place(), Field::kPrintedFigures}},
      {FindingCode::kMethodUnweightedMean, unweighted_values(report, document, true),
       Message::kMethodUnweightedMean, findings.say(Message::kWordEachIndicatorRow),
       Key{Place(), Field::kPrintedFigures}},
      {FindingCode::kMethodEfficiencyFormula, cap_minus_resource_values(report, document),
       Message::kMethodEfficiencyFormula, cap, Key{Place(), Field::kPrintedFigures}},
  };
  std::vector<bool> explained(differing.size(), false);
  for (const Method& method : methods) {
    std::vector<std::string> names;
    std::size_t count = 0;
    std::optional<Key> first;
    for (std::size_t i = 0; i < differing.size(); ++i) {
      const PrintedFigure& printed = *differing[i].printed;
      if (explained[i] || !printed.number) continue;
      const std::optional<FigureNameParts> name = split_figure_name(printed.figure);
      if (!name) continue;
      const std::optional<Rational> value = method.value_of(*name);
      if (!value || !agrees_as_printed(*value, *printed.number)) continue;
      explained[i] = true;
      ++count;
      if (!first) first = Key{printed.source};
      if (std::find(names.begin(), names.end(), printed.figure) == names.end()) {
        names.push_back(printed.figure);
      }
      findings.all()[differing[i].finding].message +=
          findings.say(Message::kExplainedByMethod, finding_code_name(method.code));
    }
    if (count == 0) continue;
    // The rule the report states, where the data file gives it; else the first figure.
    const bool stated =
        method.code == FindingCode::kMethodUncappedMean && report.settings.score_cap_given;
    const Key key = stated ? method.key : *first;
    findings.add(method.code, Finding::Severity::kError, key,
                 findings.say(method.describe, count, named(names), method.detail));
  }
}

}  // namespace lkjip
