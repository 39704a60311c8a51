// Where the values of an input workbook are: each Key spelled as its sheet and cell
// ("Program!E7"). The reader records the cell of every value it reads; a key it did not read
// (a field the workbook has no column for) is spelled by its row, its owner's row, or its sheet.
// Internal to the workbook reader.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "lkjip/key.h"
#include "lkjip/source_map.h"

namespace lkjip {

// A cell of the workbook: its sheet (an index into the sheet names), row and column, 1-based.
// Row 0 is the sheet as a whole; sheet kNoSheet the workbook.
inline constexpr std::uint32_t kNoSheet = UINT32_MAX;  // the workbook as a whole

struct CellRef {
  std::uint32_t sheet = 0;
  std::uint32_t row = 0;
  std::uint32_t column = 0;

  friend auto operator<=>(const CellRef&, const CellRef&) = default;
};

class WorkbookSourceMap : public SourceMap {
 public:
  // `cells` in any order; the first cell recorded for a key is its place.
  WorkbookSourceMap(std::string file, std::vector<std::string> sheet_names,
                    std::vector<std::pair<Key, CellRef>> cells);

  std::string name(const Key& key) const override;
  std::vector<Location> locate(const std::vector<Key>& keys) const override;

  // The cell of a key's value, or of the nearest row or sheet that holds it; nullopt when the
  // workbook has no place for it at all.
  std::optional<CellRef> find(const Key& key) const;
  // "Program!E7"; "Program" for the sheet as a whole.
  std::string spell(const CellRef& cell) const;
  Location location(const std::optional<CellRef>& cell) const;

 private:
  std::optional<CellRef> exact(const Key& key) const;

  std::string file_;
  std::vector<std::string> sheet_names_;
  std::vector<std::pair<Key, CellRef>> cells_;  // sorted by key
};

}  // namespace lkjip
