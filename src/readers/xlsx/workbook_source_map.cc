#include "workbook_source_map.h"

#include <algorithm>

#include "workbook_cells.h"

namespace lkjip {
WorkbookSourceMap::WorkbookSourceMap(std::string file, std::vector<std::string> sheet_names,
                                     std::vector<std::pair<Key, CellRef>> cells)
    : file_(std::move(file)), sheet_names_(std::move(sheet_names)), cells_(std::move(cells)) {
  std::stable_sort(cells_.begin(), cells_.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  cells_.erase(std::unique(cells_.begin(), cells_.end(),
                           [](const auto& a, const auto& b) { return a.first == b.first; }),
               cells_.end());
}

std::optional<CellRef> WorkbookSourceMap::exact(const Key& key) const {
  const auto found =
      std::lower_bound(cells_.begin(), cells_.end(), key,
                       [](const auto& entry, const Key& k) { return entry.first < k; });
  if (found == cells_.end() || found->first != key) return std::nullopt;
  return found->second;
}

std::optional<CellRef> WorkbookSourceMap::find(const Key& key) const {
  if (auto cell = exact(key)) return cell;
  if (const Field row = record_of(key.field); row != Field::kWhole && row != key.field) {
    if (auto cell = exact(Key{key.object, row, is_item_field(row) ? key.item : 0})) return cell;
  }
  for (Place place = key.object; place.depth() > 0; place = place.parent()) {
    if (auto cell = exact(Key{place, Field::kWhole})) return cell;
  }
  return exact(Key{Place(), Field::kWhole});
}

std::string WorkbookSourceMap::spell(const CellRef& cell) const {
  std::string text = cell.sheet < sheet_names_.size() ? sheet_names_[cell.sheet] : std::string();
  if (cell.row > 0 && cell.column > 0) text += "!" + xlsx::cell_name(cell.row, cell.column);
  return text;
}

std::string WorkbookSourceMap::name(const Key& key) const {
  const std::optional<CellRef> cell = find(key);
  return cell ? spell(*cell) : file_;
}

Location WorkbookSourceMap::location(const std::optional<CellRef>& cell) const {
  Location where;
  where.file = file_;
  if (cell && cell->sheet < sheet_names_.size()) where.cell = spell(*cell);
  return where;
}

std::vector<Location> WorkbookSourceMap::locate(const std::vector<Key>& keys) const {
  std::vector<Location> locations;
  locations.reserve(keys.size());
  for (const Key& key : keys)
    locations.push_back(location(find(key)));
  return locations;
}

}  // namespace lkjip
