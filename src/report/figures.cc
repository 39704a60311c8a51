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
  // name == figure_name(table, row, column), matched piece by piece without making each cell's
  // name (check looks up every printed figure: 700 x 2 000 names made for the seed).
  const auto after = [](std::string_view text, std::string_view prefix) {
    if (text.size() <= prefix.size() || !text.starts_with(prefix) || text[prefix.size()] != '/')
      return std::optional<std::string_view>();
    return std::optional<std::string_view>(text.substr(prefix.size() + 1));
  };
  for (const Table& table : document.tables) {
    const auto in_table = after(name, table.name);
    if (!in_table) continue;
    for (const Row& row : table.rows) {
      const auto column_key = after(*in_table, row.key);
      if (!column_key) continue;
      for (std::size_t c = 0; c < row.cells.size(); ++c) {
        if (is_figure(row.cells[c]) && table.columns[c].key == *column_key) {
          return FigureRef{&table, &row, &table.columns[c], &row.cells[c]};
        }
      }
    }
  }
  return std::nullopt;
}

}  // namespace lkjip
