#include "lkjip/figures.h"

namespace lkjip {
namespace {

bool is_figure(const Cell& cell) {
  return cell.state == Cell::State::kNumber || cell.state == Cell::State::kUnavailable ||
         cell.scale != nullptr || cell.category;
}

}  // namespace

void for_each_figure_name(const Document& document,
                          const std::function<void(const std::string& name)>& take) {
  for (const Table& table : document.tables) {
    if (table.without_data) continue;
    table.for_each_row([&](const Row& row) {
      for (std::size_t c = 0; c < row.cells.size(); ++c) {
        if (is_figure(row.cells[c])) take(figure_name(table, row, table.columns[c]));
      }
    });
  }
}

std::vector<std::string> figure_names(const Document& document) {
  std::vector<std::string> names;
  for_each_figure_name(document, [&](const std::string& name) { names.push_back(name); });
  return names;
}

std::optional<FigureRef> find_figure(const Document& document, const std::string& name) {
  for (const Table& table : document.tables) {
    for (const Row& row : table.rows) {
      for (std::size_t c = 0; c < row.cells.size(); ++c) {
        if (is_figure(row.cells[c]) && figure_name(table, row, table.columns[c]) == name) {
          return FigureRef{&table, &row, &table.columns[c], &row.cells[c]};
        }
      }
    }
  }
  return std::nullopt;
}

}  // namespace lkjip
