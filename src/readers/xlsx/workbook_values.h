// The values of a row's cells, each read as its column's kind says (text, code, exact decimal,
// whole rupiah, count or year, choice, yes or no) from the text the cell stores, never through a
// binary double. What cannot be read is a problem at its cell, keyed by the value it is about;
// what is read with a guess (a number typed as text, a percentage) is a warning. Internal to the
// workbook reader.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "lkjip/fields.h"
#include "lkjip/model.h"
#include "number_text.h"
#include "reader_messages.h"
#include "workbook_sheets.h"

namespace lkjip::workbook {

// A row being read: its table, and its key (its object, and item) when it is placed in the
// model; none for a row not placed yet (its link to another row is read first).
struct At {
  const Table& table;
  const Row& row;
  std::optional<Key> key;
};

// A code as written, for the bookkeeping of rows left out: no problem is reported.
std::optional<std::string> raw_code(const Row& row, std::size_t c);

class CellValues {
 public:
  CellValues(const xlsx::Workbook& book, ReadProblems& problems)
      : book_(book), problems_(problems) {}

  // Each reads the cell under layout column `c` of the row. An empty cell is nullopt, a problem
  // when the column is required; a cell that cannot be read is a problem at it.
  std::optional<std::string> text(const At& at, std::size_t c);
  // Surrounding blanks are not part of a code.
  std::optional<std::string> code(const At& at, std::size_t c);
  std::optional<Quantity> decimal(const At& at, std::size_t c);
  std::optional<Rupiah> rupiah(const At& at, std::size_t c);
  std::optional<long long> whole(const At& at, std::size_t c, long long min, long long max);
  // The index of the column's choice the cell names.
  std::optional<std::size_t> choice(const At& at, std::size_t c);
  std::optional<bool> yes_no(const At& at, std::size_t c);
  // The cell read as the value of the model's `field` (the layout column's field): as the
  // column's kind says, a choice as the model names it. nullopt as above.
  std::optional<FieldValue> value(const At& at, std::size_t c, Field field);
  // The cell, or nullptr when it is empty or holds no value (an error, a formula never
  // calculated: a problem says so).
  const xlsx::Cell* cell(const At& at, std::size_t c);

  // The key of the value under column `c` of the row.
  std::optional<Key> key_of(const At& at, std::size_t c) const;
  static CellRef where(const At& at, std::size_t c) {
    return CellRef{at.table.index, at.row.number, at.table.column_of[c]};
  }
  // A column the sheet lacks, needed by a row: one problem at the heading row (where to add
  // it), however many rows need it. The row's value is unreadable, its problem that one.
  void absent_column(const At& at, std::size_t c, const Text& why);

 private:
  // A decimal read from a cell: its exact text, and the decimals the cell shows.
  struct CellDecimal {
    std::string decimal;
    std::optional<int> shown;
  };
  std::optional<CellDecimal> number(const At& at, std::size_t c, NumberColumn column,
                                    ReaderMessage expected_words);

  const xlsx::Workbook& book_;
  ReadProblems& problems_;
  std::set<std::pair<std::uint32_t, std::size_t>> absent_reported_;  // sheet, layout column
};

}  // namespace lkjip::workbook
