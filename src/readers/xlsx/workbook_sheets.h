// The layout's sheets and columns found in a workbook someone filled in: sheets by name and
// columns by heading, in Indonesian or English, a misspelt one named; and the rows of data under
// the headings. Internal to the workbook reader.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lkjip/key.h"
#include "workbook_cells.h"
#include "workbook_layout.h"
#include "workbook_source_map.h"

namespace lkjip::workbook {

// What the workbook says that the model cannot hold, at a cell. `key` is the value it is about,
// when it has one: a problem of the model about the same value is its consequence, left out.
struct ReadProblem {
  CellRef cell;
  std::optional<Key> key;
  Text message;
};

// What reading a workbook found: its problems, its warnings, and the values that could not be
// read whose problem is reported once for many (a column the sheet lacks).
class ReadProblems {
 public:
  void problem(CellRef cell, std::optional<Key> key, Text message);
  void warning(CellRef cell, Text message);
  void unreadable(Key key);

  std::vector<ReadProblem>& problems() { return problems_; }
  std::vector<ReadProblem>& warnings() { return warnings_; }
  const std::vector<Key>& unreadable() const { return unreadable_; }

 private:
  std::vector<ReadProblem> problems_;
  std::vector<ReadProblem> warnings_;
  std::vector<Key> unreadable_;
};

// ---- Words as people type them ----------------------------------------------------------------
bool is_blank(std::string_view text);
std::string trimmed(std::string_view text);
// Headings, labels and choices compare without case, surrounding blanks or a trailing "*".
std::string folded(std::string_view text);
bool names(std::string_view text, std::string_view indonesian, std::string_view english);
// The name, of `candidates`, that `text` misspells (compared folded), if one is near enough.
std::optional<std::string_view> misspelt(std::string_view text,
                                         const std::vector<std::string_view>& candidates);
// A cell that holds nothing to read: blank text, or a formula whose result is blank (a row
// filled down with =IF(A2="";"";...)). A number is never empty; a formula never calculated is
// not either: its value is unknown, and reading it says so.
bool is_empty(const xlsx::Cell& cell);
// A value echoed in a message: quoted, clipped.
std::string quoted(std::string_view text);

// ---- Sheets and rows --------------------------------------------------------------------------
// A sheet of the layout, and the column of each of its columns in the workbook.
struct Table {
  const Sheet* layout = nullptr;
  const xlsx::Sheet* sheet = nullptr;  // null when the workbook has no such sheet
  std::uint32_t index = 0;             // the sheet's index in the workbook
  Language language = Language::kIndonesian;
  std::uint32_t heading_row = 0;
  std::vector<std::uint32_t> column_of;  // per layout column; 0 when absent
};

// A row of data: the cell under each layout column, null when empty.
struct Row {
  std::uint32_t number = 0;
  std::vector<const xlsx::Cell*> cells;
};

// Every sheet of the layout, in layout order, with its sheet in the workbook and its columns
// found by their headings (a sheet of the user's own is left alone, a misspelt one is a problem).
std::vector<Table> find_tables(const xlsx::Workbook& book, ReadProblems& problems);
const Table& table_of(const std::vector<Table>& tables, std::string_view key);
// The index of a layout column by its key.
std::size_t column(const Table& table, std::string_view key);
// The rows below the heading row that hold something under a column of the layout.
std::vector<Row> rows_of(const Table& table);

}  // namespace lkjip::workbook
