// The performance tree (pohon kinerja): each objective, its key indicators, and under each
// indicator those that support it, one level down, with their target, actual and capaian.
#include <memory>
#include <utility>

#include "cells.h"
#include "lkjip/labels.h"
#include "tables.h"

namespace lkjip {
namespace {

using namespace cells;

const char* level_label(const Labels& L, TreeLevel level) {
  switch (level) {
    case TreeLevel::kKey:
      return L.level_key;
    case TreeLevel::kProgram:
      return L.level_program;
    case TreeLevel::kActivity:
      return L.level_activity;
    case TreeLevel::kSubActivity:
      break;
  }
  return L.level_sub_activity;
}

Row tree_row(const Labels& L, const TreeNode& node) {
  const Cell parent = node.parent_id ? Cell::of_text(*node.parent_id) : Cell::empty();
  if (node.objective) {
    const Objective& objective = *node.objective;
    return Row{objective.id.str(),
               {Cell::of_text(objective.id), parent, Cell::of_text(L.level_objective),
                Cell::of_text(objective.name), Cell::empty(), Cell::empty(), Cell::empty(),
                percent(L, node.objective_result->performance.mean_capaian)},
               false,
               node.depth};
  }
  const IndicatorResult& result = node.indicator;
  const Indicator& indicator = *result.indicator;
  return Row{indicator.id.str(),
             {Cell::of_text(indicator.id), parent, Cell::of_text(level_label(L, node.level)),
              Cell::of_text(indicator.name), Cell::of_text(indicator.unit),
              target_cell(L, indicator, result.target), actual_cell(L, indicator, result.actual),
              percent(L, result.capaian)},
             false,
             node.depth};
}

}  // namespace

Table tree_table(const Labels& L, const Results& results, const PerformanceReport& report) {
  Table table;
  table.title = L.title_tree;
  table.columns = {text_column("code", L.code),       text_column("parent", L.parent_code),
                   text_column("level", L.level),     text_column("name", L.tree_name),
                   text_column("unit", L.unit),       number_column("target", L.target),
                   number_column("actual", L.actual), percent_column("capaian", L.capaian)};
  table.tree = true;
  // Printed when some indicator names the one it supports; built only when written.
  table.without_data = !gives_tree(report);
  table.produce = [&L, &results, &report](const RowVisitor& emit) {
    for (const TreeNode& node : evaluate_tree(report, results))
      emit(tree_row(L, node));
  };
  return table;
}

}  // namespace lkjip
