#include "workbook_sheets.h"

#include <algorithm>
#include <map>

#include "lkjip/suggest.h"
#include "quantity_text.h"
#include "reader_messages.h"

namespace lkjip::workbook {
namespace {

// The heading row is the one of these rows with the most headings of the sheet: title rows
// above it are allowed.
constexpr std::uint32_t kHeadingRowsSearched = 10;

void find_headings(Table& table, ReadProblems& problems) {
  const auto& columns = table.layout->columns;
  table.column_of.assign(columns.size(), 0);
  if (table.sheet->cells.empty()) return;
  // The row, among the first few, with the most headings of this sheet (the first of equals): a
  // title above it may hold one of them ("Kegiatan"), never as many as the heading row.
  std::size_t most = 0;
  std::uint32_t row = 0;
  std::size_t in_row = 0;
  for (const xlsx::Cell& cell : table.sheet->cells) {
    if (cell.row > kHeadingRowsSearched) break;
    if (cell.row != row) {
      row = cell.row;
      in_row = 0;
    }
    const bool heading = std::any_of(columns.begin(), columns.end(), [&](const Column& column) {
      return names(cell.text, column.indonesian, column.english);
    });
    if (heading && ++in_row > most) {
      most = in_row;
      table.heading_row = row;
    }
  }
  if (table.heading_row == 0) {
    problems.problem(CellRef{table.index, kHeadingRow, 1}, std::nullopt,
                     say(ReaderMessage::kNoHeadingRow,
                         quoted(workbook::heading(columns.front(), table.language))));
    return;
  }
  std::vector<std::pair<std::uint32_t, std::string>> unknown;
  for (const xlsx::Cell& cell : table.sheet->cells) {
    if (cell.row != table.heading_row || is_blank(cell.text)) continue;
    bool known = false;
    for (std::size_t c = 0; c < columns.size(); ++c) {
      if (!names(cell.text, columns[c].indonesian, columns[c].english)) continue;
      known = true;
      if (table.column_of[c] != 0) {
        const std::string first = xlsx::cell_name(1, table.column_of[c]);
        problems.problem(CellRef{table.index, cell.row, cell.column}, std::nullopt,
                         say(ReaderMessage::kSecondColumn, quoted(cell.text),
                             first.substr(0, first.size() - 1)));
      } else {
        table.column_of[c] = cell.column;
      }
    }
    if (!known) unknown.emplace_back(cell.column, cell.text);
  }
  // A column of the user's own is not read (a warning says so), unless its heading is a
  // misspelt heading of a column the sheet lacks.
  std::vector<std::string_view> missing;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (table.column_of[c] != 0) continue;
    for (Language language : {Language::kIndonesian, Language::kEnglish})
      missing.push_back(workbook::heading(columns[c], language));
  }
  for (const auto& [column, heading] : unknown) {
    const CellRef at{table.index, table.heading_row, column};
    if (const auto near = misspelt(heading, missing)) {
      problems.problem(at, std::nullopt,
                       say(ReaderMessage::kHeadingMisspelt, quoted(heading), quoted(*near)));
    } else {
      problems.warning(at, say(ReaderMessage::kColumnNotRead, quoted(heading)));
    }
  }
}

}  // namespace

void ReadProblems::problem(CellRef cell, std::optional<Key> key, Text message) {
  problems_.push_back(ReadProblem{cell, std::move(key), std::move(message)});
}

void ReadProblems::warning(CellRef cell, Text message) {
  warnings_.push_back(ReadProblem{cell, std::nullopt, std::move(message)});
}

void ReadProblems::unreadable(Key key) {
  unreadable_.push_back(std::move(key));
}

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

// Headings, labels and choices compare without case, surrounding blanks or a trailing "*".
std::string folded(std::string_view text) {
  std::string out;
  bool blank = false;
  for (char c : trimmed(text)) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      blank = true;
      continue;
    }
    if (blank && !out.empty()) out += ' ';
    blank = false;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  while (!out.empty() && (out.back() == '*' || out.back() == ' '))
    out.pop_back();
  return out;
}

bool names(std::string_view text, std::string_view indonesian, std::string_view english) {
  const std::string word = folded(text);
  return word == folded(indonesian) || word == folded(english);
}

// A cell that holds nothing to read: blank text, or a formula whose result is blank (a row
// filled down with =IF(A2="";"";...)). A number is never empty; a formula never calculated is
// not either: its value is unknown, and reading it says so.
bool is_empty(const xlsx::Cell& cell) {
  return cell.type != xlsx::CellType::kNumber && !cell.uncalculated && is_blank(cell.text);
}

// The name, of `candidates`, that `text` misspells (compared folded), if one is near enough.
std::optional<std::string_view> misspelt(std::string_view text,
                                         const std::vector<std::string_view>& candidates) {
  std::vector<std::string> folded_candidates;
  for (std::string_view candidate : candidates)
    folded_candidates.push_back(folded(candidate));
  const std::vector<std::string_view> views(folded_candidates.begin(), folded_candidates.end());
  const auto near = closest(folded(text), views);
  if (!near) return std::nullopt;
  return candidates[static_cast<std::size_t>(std::find(views.begin(), views.end(), *near) -
                                             views.begin())];
}

std::string quoted(std::string_view text) {
  return "\"" + clipped(text) + "\"";
}

std::vector<Table> find_tables(const xlsx::Workbook& book, ReadProblems& problems) {
  std::vector<Table> tables;
  for (const workbook::Sheet& layout : workbook::sheets())
    tables.push_back(Table{&layout, nullptr, 0, Language::kIndonesian, 0, {}});
  std::vector<std::string_view> missing;
  std::vector<std::uint32_t> unknown;
  for (std::uint32_t i = 0; i < book.sheets.size(); ++i) {
    const xlsx::Sheet& sheet = book.sheets[i];
    if (names(sheet.name, workbook::guide_sheet_name(Language::kIndonesian),
              workbook::guide_sheet_name(Language::kEnglish))) {
      continue;
    }
    const auto found = std::find_if(tables.begin(), tables.end(), [&](const Table& t) {
      return names(sheet.name, t.layout->indonesian, t.layout->english);
    });
    if (found == tables.end()) {
      unknown.push_back(i);
      continue;
    }
    if (found->sheet != nullptr) {
      problems.problem(CellRef{i}, std::nullopt,
                       say(ReaderMessage::kSecondSheet,
                           quoted(workbook::text(*found->layout, Language::kIndonesian)),
                           quoted(found->sheet->name)));
      continue;
    }
    found->sheet = &sheet;
    found->index = i;
    found->language = names(sheet.name, found->layout->english, found->layout->english)
                          ? Language::kEnglish
                          : Language::kIndonesian;
  }
  // A sheet of the user's own is left alone, unless its name is a misspelt sheet of the layout.
  for (const Table& table : tables) {
    if (table.sheet != nullptr) continue;
    missing.push_back(table.layout->indonesian);
    missing.push_back(table.layout->english);
  }
  for (std::uint32_t i : unknown) {
    if (const auto near = misspelt(book.sheets[i].name, missing)) {
      problems.problem(
          CellRef{i}, std::nullopt,
          say(ReaderMessage::kSheetMisspelt, quoted(book.sheets[i].name), quoted(*near)));
    }
  }
  if (table_of(tables, "report").sheet == nullptr) {
    problems.problem(CellRef{kNoSheet}, std::nullopt, say(ReaderMessage::kNoReportSheet));
  }
  for (Table& table : tables) {
    if (table.sheet != nullptr && !table.layout->fields_by_row) find_headings(table, problems);
  }
  return tables;
}

const Table& table_of(const std::vector<Table>& tables, std::string_view key) {
  for (const Table& table : tables) {
    if (table.layout->key == key) return table;
  }
  throw std::logic_error("no table " + std::string(key));
}

std::size_t column(const Table& table, std::string_view key) {
  const auto& columns = table.layout->columns;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (columns[c].key == key) return c;
  }
  throw std::logic_error("no column " + std::string(key));
}

std::vector<Row> rows_of(const Table& table) {
  std::vector<Row> rows;
  if (table.sheet == nullptr || table.heading_row == 0) return rows;
  const auto& columns = table.layout->columns;
  std::map<std::uint32_t, std::size_t> layout_column;  // workbook column -> layout column
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (table.column_of[c] != 0) layout_column[table.column_of[c]] = c;
  }
  Row row;
  const auto flush = [&] {
    const bool empty = std::all_of(row.cells.begin(), row.cells.end(),
                                   [](const xlsx::Cell* cell) { return cell == nullptr; });
    if (row.number != 0 && !empty) rows.push_back(row);
  };
  for (const xlsx::Cell& cell : table.sheet->cells) {
    if (cell.row <= table.heading_row) continue;
    if (cell.row != row.number) {
      flush();
      row = Row{cell.row, std::vector<const xlsx::Cell*>(columns.size(), nullptr)};
    }
    const auto c = layout_column.find(cell.column);
    if (c == layout_column.end()) continue;
    if (!is_empty(cell)) row.cells[c->second] = &cell;
  }
  flush();
  return rows;
}

}  // namespace lkjip::workbook
