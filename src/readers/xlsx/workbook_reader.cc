#include "workbook_reader.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <variant>

#include "cell_numbers.h"
#include "lkjip/suggest.h"
#include "lkjip/validate.h"
#include "number_text.h"
#include "quantity_text.h"
#include "workbook_layout.h"
#include "workbook_source_map.h"

namespace lkjip {
namespace {

using workbook::CellKind;
using workbook::Column;
using workbook::Language;
using List = Place::List;

// At most this many problems are listed: a workbook with thousands says so in a last line.
constexpr std::size_t kMaxProblemsShown = 100;
// The heading row is the one of these rows with the most headings of the sheet: title rows
// above it are allowed.
constexpr std::uint32_t kHeadingRowsSearched = 10;

// What the workbook says that the model cannot hold, at a cell. `key` is the value it is about,
// when it has one: a problem of the model about the same value is its consequence, left out.
struct ReadProblem {
  CellRef cell;
  std::optional<Key> key;
  std::string message;
};

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

// Every sheet of the layout, and the column of each of its columns in the workbook.
struct Table {
  const workbook::Sheet* layout = nullptr;
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

// A decimal read from a cell: its exact text, and the decimals the cell shows.
struct CellDecimal {
  std::string decimal;
  std::optional<int> shown;
};

class WorkbookReader {
 public:
  WorkbookReader(const xlsx::Workbook& book, std::string file)
      : book_(book), file_(std::move(file)) {}

  PerformanceReport read();

  std::vector<ReadProblem>& problems() { return problems_; }
  std::vector<ReadProblem>& warnings() { return warnings_; }
  // Values that could not be read, whose problem is reported once elsewhere (an absent column).
  std::vector<Key>& unreadable() { return unreadable_; }
  std::vector<std::pair<Key, CellRef>>& cells() { return cells_; }
  // Values the model's rules cannot judge, because rows that could belong to them were left out
  // for a problem: an objective without key indicators when an indicator's owner is unknown.
  std::vector<Key> unjudged(const PerformanceReport& report) const;

 private:
  // ---- Sheets, headings, rows -------------------------------------------------------------
  void find_sheets();
  void find_headings(Table& table);
  std::vector<Row> rows_of(const Table& table);
  const Table& table(std::string_view key) const;

  CellRef cell_at(const Table& table, std::uint32_t row, std::size_t column) const {
    return CellRef{table.index, row, table.column_of[column]};
  }
  void problem(CellRef cell, std::optional<Key> key, std::string message) {
    problems_.push_back(ReadProblem{cell, key, std::move(message)});
  }
  void warning(CellRef cell, std::string message) {
    warnings_.push_back(ReadProblem{cell, std::nullopt, std::move(message)});
  }
  // Records where a row's values are: each column's cell under its field's key, the row's
  // first cell under `whole`.
  void record_row(const Table& table, const Row& row, const Place& place, Key whole);

  // ---- Values -----------------------------------------------------------------------------
  // Each reads the cell under column `c` of the row. An empty cell is nullopt, a problem when
  // the column is required; a cell that cannot be read is a problem at it, keyed `key`.
  struct At {
    const Table& table;
    const Row& row;
    std::optional<Key> key;  // of the row: its object (and item); none for a row not placed
  };
  const xlsx::Cell* cell(const At& at, std::size_t c, bool& missing);
  std::optional<std::string> text(const At& at, std::size_t c);
  std::optional<std::string> code(const At& at, std::size_t c);
  std::optional<Quantity> decimal(const At& at, std::size_t c);
  std::optional<Rupiah> rupiah(const At& at, std::size_t c);
  std::optional<long long> whole(const At& at, std::size_t c, long long min, long long max);
  std::optional<std::size_t> choice(const At& at, std::size_t c);
  std::optional<bool> yes_no(const At& at, std::size_t c);
  std::optional<CellDecimal> number(const At& at, std::size_t c, NumberColumn column,
                                    std::string_view expected);
  std::optional<Key> key_of(const At& at, std::size_t c) const;
  // A code as written, for the bookkeeping of rows left out: no problem is reported.
  static std::optional<std::string> raw_code(const Row& row, std::size_t c);
  CellRef where(const At& at, std::size_t c) const { return cell_at(at.table, at.row.number, c); }
  // A column the sheet lacks, needed by a row: one problem at the heading row (where to add
  // it), however many rows need it. The row's value is unreadable, its problem that one.
  void absent_column(const At& at, std::size_t c, std::string_view why);

  // ---- The parts of the report ------------------------------------------------------------
  void read_report_sheet(PerformanceReport& report);
  void read_objectives(PerformanceReport& report);
  void read_programs(PerformanceReport& report);
  void read_activities(PerformanceReport& report);
  void read_sub_activities(PerformanceReport& report);
  void read_indicators(PerformanceReport& report);
  void read_components();
  void read_history();
  void read_renstra();
  void read_regional();
  void read_facilities(PerformanceReport& report);
  void read_sakip(PerformanceReport& report);
  std::vector<RatingBand> read_bands(const Table& table, Field band_field);
  void read_printed(PerformanceReport& report);
  std::optional<Staff> read_staff(const At& at, std::size_t needed, std::size_t available);
  Budget read_budget(const At& at, std::size_t pagu, std::size_t spending);
  // The indicator a row of a details sheet is about, by its code in column 0; records the row.
  std::optional<Place> indicator_of(const At& at, bool views_only);
  std::vector<Indicator>& indicators_at(PerformanceReport& report, const Place& owner);
  // The codes of the rows of one kind read so far, to link rows across sheets.
  struct Codes {
    std::unordered_map<std::string, Place> places;
    // False once a row of this kind had no readable code (a problem at its cell): a code that
    // names none of them may be that row's, and is not judged (validate() does the same).
    bool complete = true;

    void add(const std::string& code, const Place& place) {
      if (code.empty()) {
        complete = false;
      } else {
        places.emplace(code, place);
      }
    }
  };
  // The place of the row this row names by its code in column `c` (its program, activity,
  // owner, indicator), or nullopt. An unknown code is a problem at the cell, unless that row was
  // itself left out for a problem; this row is then left out too, and its own code (in column
  // `id_column`) noted, so that rows naming it are left out quietly.
  std::optional<Place> linked(const At& link, std::size_t c, const Codes& codes,
                              std::string_view what,
                              std::initializer_list<std::string_view> sheet_keys,
                              std::optional<std::size_t> id_column);
  void unknown_code(const At& at, std::size_t c, const std::string& code, std::string_view what,
                    std::initializer_list<std::string_view> sheet_keys, const Codes& known);

  const xlsx::Workbook& book_;
  std::string file_;
  std::vector<Table> tables_;  // in layout order
  std::vector<ReadProblem> problems_;
  std::vector<ReadProblem> warnings_;
  std::vector<Key> unreadable_;
  std::set<std::pair<std::uint32_t, std::size_t>> absent_reported_;  // sheet, layout column
  std::vector<std::pair<Key, CellRef>> cells_;
  Codes programs_;
  Codes activities_;
  Codes owners_;  // objectives, programs, activities, subs
  Codes indicators_;
  // Codes of rows left out for a problem: rows that name them are left out quietly.
  std::unordered_set<std::string> dropped_;
  std::map<Place, IndicatorDetails> details_;
  std::size_t suggestions_left_ = kMaxProblemsShown;
  bool indicator_left_out_ = false;
};

// ---- Sheets, headings, rows -----------------------------------------------------------------

void WorkbookReader::find_sheets() {
  for (const workbook::Sheet& layout : workbook::sheets())
    tables_.push_back(Table{&layout, nullptr, 0, Language::kIndonesian, 0, {}});
  std::vector<std::string_view> missing;
  std::vector<std::uint32_t> unknown;
  for (std::uint32_t i = 0; i < book_.sheets.size(); ++i) {
    const xlsx::Sheet& sheet = book_.sheets[i];
    if (names(sheet.name, workbook::guide_sheet_name(Language::kIndonesian),
              workbook::guide_sheet_name(Language::kEnglish))) {
      continue;
    }
    const auto found = std::find_if(tables_.begin(), tables_.end(), [&](const Table& t) {
      return names(sheet.name, t.layout->indonesian, t.layout->english);
    });
    if (found == tables_.end()) {
      unknown.push_back(i);
      continue;
    }
    if (found->sheet != nullptr) {
      problem(CellRef{i}, std::nullopt,
              "this sheet is a second " +
                  quoted(workbook::text(*found->layout, Language::kIndonesian)) +
                  " sheet (the first is " + quoted(found->sheet->name) +
                  "): keep one, or rename this one if it is a sheet of your own");
      continue;
    }
    found->sheet = &sheet;
    found->index = i;
    found->language = names(sheet.name, found->layout->english, found->layout->english)
                          ? Language::kEnglish
                          : Language::kIndonesian;
  }
  // A sheet of the user's own is left alone, unless its name is a misspelt sheet of the layout.
  for (const Table& table : tables_) {
    if (table.sheet != nullptr) continue;
    missing.push_back(table.layout->indonesian);
    missing.push_back(table.layout->english);
  }
  for (std::uint32_t i : unknown) {
    if (const auto near = misspelt(book_.sheets[i].name, missing)) {
      problem(CellRef{i}, std::nullopt,
              "the sheet " + quoted(book_.sheets[i].name) + " is not read: did you mean " +
                  quoted(*near) + "? Rename it so that its rows are read");
    }
  }
  if (table("report").sheet == nullptr) {
    problem(CellRef{kNoSheet}, std::nullopt,
            "the workbook has no sheet \"Laporan\" (or \"Report\") with the unit's name, year and "
            "strategic plan period: start from the workbook of `lkjip init`");
  }
  for (Table& table : tables_) {
    if (table.sheet != nullptr && !table.layout->fields_by_row) find_headings(table);
  }
}

const Table& WorkbookReader::table(std::string_view key) const {
  for (const Table& t : tables_) {
    if (t.layout->key == key) return t;
  }
  throw std::logic_error("no table " + std::string(key));
}

void WorkbookReader::find_headings(Table& table) {
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
    problem(CellRef{table.index, 1, 1}, std::nullopt,
            "no heading row: expected the headings of this sheet (" +
                quoted(workbook::heading(columns.front(), table.language)) +
                ", ...) in one of its first rows, as `lkjip init` writes them");
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
        problem(CellRef{table.index, cell.row, cell.column}, std::nullopt,
                "a second column " + quoted(cell.text) + " (the first is column " +
                    xlsx::cell_name(1, table.column_of[c])
                        .substr(0, xlsx::cell_name(1, table.column_of[c]).size() - 1) +
                    "): keep one");
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
      problem(at, std::nullopt,
              "the heading " + quoted(heading) + " is not one of this sheet's: did you mean " +
                  quoted(*near) + "?");
    } else {
      warning(at, "the column " + quoted(heading) + " is not one of this sheet's: it is not read");
    }
  }
}

std::vector<Row> WorkbookReader::rows_of(const Table& table) {
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

void WorkbookReader::record_row(const Table& table, const Row& row, const Place& place, Key whole) {
  std::uint32_t first = 0;
  for (std::size_t c = 0; c < table.layout->columns.size(); ++c) {
    if (table.column_of[c] == 0) continue;
    if (first == 0 || table.column_of[c] < first) first = table.column_of[c];
  }
  cells_.emplace_back(whole, CellRef{table.index, row.number, first});
  for (std::size_t c = 0; c < table.layout->columns.size(); ++c) {
    const Field field = table.layout->columns[c].field;
    if (field == Field::kWhole || field == whole.field || table.column_of[c] == 0) continue;
    cells_.emplace_back(Key{place, field, is_item_field(field) ? whole.item : 0},
                        cell_at(table, row.number, c));
  }
}

void WorkbookReader::absent_column(const At& at, std::size_t c, std::string_view why) {
  if (const std::optional<Key> key = key_of(at, c)) unreadable_.push_back(*key);
  if (!absent_reported_.emplace(at.table.index, c).second) return;
  const std::uint32_t last =
      *std::max_element(at.table.column_of.begin(), at.table.column_of.end());
  problem(CellRef{at.table.index, at.table.heading_row, last + 1}, std::nullopt,
          "the sheet has no column " +
              quoted(workbook::heading(at.table.layout->columns[c], at.table.language)) +
              std::string(why) + ": add it (row " + std::to_string(at.row.number) +
              " is the first that needs it)");
}

// ---- Values ---------------------------------------------------------------------------------

std::optional<Key> WorkbookReader::key_of(const At& at, std::size_t c) const {
  if (!at.key) return std::nullopt;
  const Field field = at.table.layout->columns[c].field;
  if (field == Field::kWhole) return at.key;
  return Key{at.key->object, field, is_item_field(field) ? at.key->item : 0};
}

std::optional<std::string> WorkbookReader::raw_code(const Row& row, std::size_t c) {
  const xlsx::Cell* cell = row.cells[c];
  if (cell == nullptr) return std::nullopt;
  if (cell->type == xlsx::CellType::kNumber) return xlsx::typed_decimal(cell->text);
  return trimmed(cell->text);
}

const xlsx::Cell* WorkbookReader::cell(const At& at, std::size_t c, bool& missing) {
  const Column& column = at.table.layout->columns[c];
  const xlsx::Cell* found = at.row.cells[c];
  missing = false;
  if (found == nullptr) {
    if (!column.required) return nullptr;
    missing = true;
    if (at.table.column_of[c] == 0) {
      absent_column(at, c, ", which every row needs");
    } else {
      problem(where(at, c), key_of(at, c),
              quoted(workbook::heading(column, at.table.language)) +
                  " is required and this cell is empty");
    }
    return nullptr;
  }
  if (found->type == xlsx::CellType::kError) {
    problem(where(at, c), key_of(at, c),
            "the cell shows the error " + clipped(found->text) +
                ": correct its formula or type the value");
    missing = true;
    return nullptr;
  }
  if (found->uncalculated) {
    problem(where(at, c), key_of(at, c),
            "the formula of this cell has no computed value: open and save the workbook in Excel "
            "or LibreOffice, or type the value");
    missing = true;
    return nullptr;
  }
  return found;
}

std::optional<std::string> WorkbookReader::text(const At& at, std::size_t c) {
  bool missing = false;
  const xlsx::Cell* found = cell(at, c, missing);
  if (found == nullptr) return std::nullopt;
  if (found->type == xlsx::CellType::kNumber) {
    if (auto typed = xlsx::typed_decimal(found->text)) return typed;
  }
  if (found->type == xlsx::CellType::kBoolean || found->type == xlsx::CellType::kDate) {
    problem(where(at, c), key_of(at, c),
            "expected text, found " +
                std::string(found->type == xlsx::CellType::kDate ? "a date" : "TRUE or FALSE"));
    return std::nullopt;
  }
  return found->text;
}

// A code names a row and links rows: surrounding blanks are not part of it.
std::optional<std::string> WorkbookReader::code(const At& at, std::size_t c) {
  std::optional<std::string> read = text(at, c);
  if (read) *read = trimmed(*read);
  return read;
}

std::optional<CellDecimal> WorkbookReader::number(const At& at, std::size_t c, NumberColumn column,
                                                  std::string_view expected) {
  bool missing = false;
  const xlsx::Cell* found = cell(at, c, missing);
  if (found == nullptr) return std::nullopt;
  const CellRef place = where(at, c);
  switch (found->type) {
    case xlsx::CellType::kNumber: {
      std::optional<std::string> typed = xlsx::typed_decimal(found->text);
      if (!typed) {
        problem(place, key_of(at, c),
                "expected " + std::string(expected) + ", found " + quoted(found->text));
        return std::nullopt;
      }
      const std::string_view format = xlsx::format_code(book_, *found);
      if (xlsx::shows_date(format)) {
        problem(place, key_of(at, c),
                "expected " + std::string(expected) +
                    ", found a date or time (the cell is formatted as one, as Excel does when "
                    "3/4 is typed): format the cell as a number and type the value again");
        return std::nullopt;
      }
      std::optional<int> shown = xlsx::shown_decimals(format);
      if (xlsx::shows_percent(format)) {
        if (column != NumberColumn::kDecimal) {
          problem(place, key_of(at, c),
                  "expected " + std::string(expected) +
                      ", found a percentage: format the cell as a number");
          return std::nullopt;
        }
        const std::optional<Quantity> fraction = exact_quantity(*typed);
        if (!fraction) {
          problem(place, key_of(at, c), quantity_refusal(*typed));
          return std::nullopt;
        }
        const int decimals = std::max(0, fraction->decimals - 2);
        const std::string percent =
            (fraction->value * Rational(100)).round_half_up(decimals).render('.', '\0');
        warning(place, "read the percentage " + percent + "% as the number " + percent +
                           " (the figure, not the fraction " + *typed + ")");
        return CellDecimal{percent, shown};
      }
      return CellDecimal{std::move(*typed), shown};
    }
    case xlsx::CellType::kSharedString:
    case xlsx::CellType::kInlineString:
    case xlsx::CellType::kFormulaString: {
      auto reading = read_number_text(found->text, column);
      if (auto* refusal = std::get_if<NumberRefusal>(&reading)) {
        problem(place, key_of(at, c), refusal->message);
        return std::nullopt;
      }
      auto& read = std::get<NumberReading>(reading);
      if (!read.understood.empty()) warning(place, read.understood);
      return CellDecimal{std::move(read.decimal), std::nullopt};
    }
    default:
      problem(place, key_of(at, c),
              "expected " + std::string(expected) + ", found " +
                  (found->type == xlsx::CellType::kDate ? "a date" : "TRUE or FALSE"));
      return std::nullopt;
  }
}

std::optional<Quantity> WorkbookReader::decimal(const At& at, std::size_t c) {
  std::optional<CellDecimal> read = number(at, c, NumberColumn::kDecimal, "a number");
  if (!read) return std::nullopt;
  std::optional<Quantity> quantity = exact_quantity(read->decimal);
  if (!quantity) {
    std::string message = quantity_refusal(read->decimal);
    // A computed value (=2/3) has all the digits a cell holds: the report prints it rounded.
    if (written_decimals(read->decimal) > kMaxDecimals) {
      message += ": round it to the decimals the report prints, with =ROUND(...;2) or by typing "
                 "the value as printed";
    }
    problem(where(at, c), key_of(at, c), std::move(message));
    return std::nullopt;
  }
  // The decimals the cell shows are the report's printed precision; a value with more is read
  // whole, never rounded to what the cell shows.
  if (read->shown) {
    if (*read->shown < quantity->decimals) {
      warning(where(at, c), "the cell holds " + read->decimal + " but shows " +
                                std::to_string(*read->shown) + " decimals: read as " +
                                read->decimal + "; show all its decimals, or type it as shown");
    } else {
      quantity->decimals = std::min(*read->shown, kMaxDecimals);
    }
  }
  return quantity;
}

std::optional<Rupiah> WorkbookReader::rupiah(const At& at, std::size_t c) {
  std::optional<CellDecimal> read =
      number(at, c, NumberColumn::kRupiah, "a whole number of rupiah");
  if (!read) return std::nullopt;
  const std::string& text = read->decimal;
  if (text.find('.') != std::string::npos) {
    problem(where(at, c), key_of(at, c),
            "expected a whole number of rupiah, found " + text + ": rupiah have no sen here");
    return std::nullopt;
  }
  if (text.front() == '-') {
    problem(where(at, c), key_of(at, c), "expected a non-negative amount of rupiah, found " + text);
    return std::nullopt;
  }
  Rupiah value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) {
    problem(where(at, c), key_of(at, c),
            "amount exceeds the largest supported (" + std::to_string(kMaxRupiah) + " rupiah)");
    return std::nullopt;
  }
  return value;
}

std::optional<long long> WorkbookReader::whole(const At& at, std::size_t c, long long min,
                                               long long max) {
  std::optional<CellDecimal> read = number(at, c, NumberColumn::kWhole, "a whole number");
  if (!read) return std::nullopt;
  const std::string& text = read->decimal;
  long long value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < min || value > max) {
    problem(where(at, c), key_of(at, c),
            "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max) +
                ", found " + text);
    return std::nullopt;
  }
  return value;
}

std::optional<std::size_t> WorkbookReader::choice(const At& at, std::size_t c) {
  const Column& column = at.table.layout->columns[c];
  const std::optional<std::string> read = text(at, c);
  if (!read) return std::nullopt;
  std::string expected;
  for (std::size_t i = 0; i < column.choices.size(); ++i) {
    const workbook::Choice& option = column.choices[i];
    if (names(*read, option.indonesian, option.english) || folded(*read) == option.json) return i;
    if (!expected.empty()) expected += " or ";
    expected += quoted(workbook::label(option, at.table.language));
  }
  problem(where(at, c), key_of(at, c),
          "expected " + expected + " (or an empty cell), found " + quoted(*read) +
              ": choose from the cell's list");
  return std::nullopt;
}

std::optional<bool> WorkbookReader::yes_no(const At& at, std::size_t c) {
  bool missing = false;
  const xlsx::Cell* found = cell(at, c, missing);
  if (found == nullptr) return std::nullopt;
  if (found->type == xlsx::CellType::kBoolean) return found->text == "1";
  if (names(found->text, "ya", "yes") || names(found->text, "benar", "true")) return true;
  if (names(found->text, "tidak", "no") || names(found->text, "salah", "false")) return false;
  problem(where(at, c), key_of(at, c),
          "expected \"Ya\" or \"Tidak\" (\"Yes\" or \"No\"), found " + quoted(found->text));
  return std::nullopt;
}

// ---- The parts of the report ----------------------------------------------------------------

void WorkbookReader::read_report_sheet(PerformanceReport& report) {
  const Table& table = this->table("report");
  const auto& fields = table.layout->columns;
  if (table.sheet == nullptr) {  // a problem says so: none about its fields
    for (const Column& field : fields)
      unreadable_.push_back(Key{Place(), field.field});
    return;
  }
  cells_.emplace_back(Key{Place(), Field::kWhole}, CellRef{table.index});
  // A field per row: its label in column A, its value in column B.
  std::vector<std::uint32_t> row_of(fields.size(), 0);
  std::vector<std::pair<std::uint32_t, std::string>> unknown;  // row, label
  for (const xlsx::Cell& cell : table.sheet->cells) {
    if (cell.column != 1 || is_blank(cell.text)) continue;
    bool known = false;
    for (std::size_t f = 0; f < fields.size(); ++f) {
      if (!names(cell.text, fields[f].indonesian, fields[f].english)) continue;
      known = true;
      if (row_of[f] != 0) {
        problem(CellRef{table.index, cell.row, 1}, std::nullopt,
                "a second row " + quoted(cell.text) + " (the first is row " +
                    std::to_string(row_of[f]) + "): keep one");
      } else {
        row_of[f] = cell.row;
      }
    }
    const bool heading = names(cell.text, "isian", "field");
    if (!known && !heading) unknown.emplace_back(cell.row, cell.text);
  }
  // A row of the user's own is not read (a warning says so), unless its label is a misspelt
  // label of a row the sheet lacks: that row is then not missing, only misspelt.
  std::vector<std::string_view> missing;
  std::vector<std::size_t> missing_field;
  for (std::size_t f = 0; f < fields.size(); ++f) {
    if (row_of[f] != 0) continue;
    for (Language language : {Language::kIndonesian, Language::kEnglish}) {
      missing.push_back(workbook::heading(fields[f], language));
      missing_field.push_back(f);
    }
  }
  std::vector<bool> misspelt_row(fields.size(), false);
  for (const auto& [row, label] : unknown) {
    const CellRef at{table.index, row, 1};
    const auto near = misspelt(label, missing);
    if (!near) {
      warning(at, "the row " + quoted(label) + " is not one of this sheet's: it is not read");
      continue;
    }
    const std::size_t f = missing_field[static_cast<std::size_t>(
        std::find(missing.begin(), missing.end(), *near) - missing.begin())];
    misspelt_row[f] = true;
    problem(at, Key{Place(), fields[f].field},
            "the row " + quoted(label) + " is not one of this sheet's: did you mean " +
                quoted(*near) + "?");
  }
  // Each field read as a one-cell row of its own, so that the readers of values serve it too.
  Table by_field = table;
  by_field.column_of.assign(fields.size(), 2);
  for (std::size_t f = 0; f < fields.size(); ++f) {
    Row row{row_of[f] != 0 ? row_of[f] : 1, std::vector<const xlsx::Cell*>(fields.size(), nullptr)};
    if (row_of[f] != 0) {
      const xlsx::Cell* value = xlsx::find_cell(*table.sheet, row_of[f], 2);
      if (value != nullptr && !is_empty(*value)) row.cells[f] = value;
      cells_.emplace_back(Key{Place(), fields[f].field}, CellRef{table.index, row_of[f], 2});
    } else if (misspelt_row[f]) {
      continue;
    } else if (fields[f].required) {
      problem(CellRef{table.index}, Key{Place(), fields[f].field},
              "no row " + quoted(workbook::heading(fields[f], table.language)) +
                  ": add it, its label in column A and its value in column B");
      continue;
    }
    const At at{by_field, row, Key{Place(), fields[f].field}};
    const std::string_view key = fields[f].key;
    if (key == "unit_name") {
      report.unit.name = text(at, f).value_or("");
    } else if (key == "region") {
      report.unit.region = text(at, f).value_or("");
    } else if (key == "year") {
      report.year = static_cast<int>(whole(at, f, 1946, 2200).value_or(0));
    } else if (key == "renstra_from") {
      report.renstra_from = static_cast<int>(whole(at, f, 1945, 2200).value_or(0));
    } else if (key == "renstra_to") {
      report.renstra_to = static_cast<int>(whole(at, f, 1945, 2200).value_or(0));
    } else if (key == "score_floor" || key == "score_cap") {
      std::optional<Quantity> bound = decimal(at, f);
      if (!bound) continue;
      if (bound->decimals > kPercentDecimals) {
        problem(where(at, f), key_of(at, f),
                "expected at most " + std::to_string(kPercentDecimals) +
                    " decimals: scores are rated as printed");
      }
      if (key == "score_floor") {
        report.settings.score_floor = std::move(*bound);
        report.settings.score_floor_given = true;
      } else {
        report.settings.score_cap = std::move(*bound);
        report.settings.score_cap_given = true;
      }
    } else if (key == "sakip_total") {
      if (auto total = decimal(at, f)) {
        if (!report.sakip) report.sakip = SakipEvaluation{};
        report.sakip->stated_total = std::move(*total);
      }
    } else if (key == "sakip_predicate") {
      if (auto predicate = text(at, f)) {
        if (!report.sakip) report.sakip = SakipEvaluation{};
        report.sakip->stated_predicate = std::move(*predicate);
      }
    }
  }
}

std::optional<Staff> WorkbookReader::read_staff(const At& at, std::size_t needed,
                                                std::size_t available) {
  const bool given = at.row.cells[needed] != nullptr || at.row.cells[available] != nullptr;
  if (!given) return std::nullopt;
  Staff staff;
  for (std::size_t c : {needed, available}) {
    if (at.table.column_of[c] == 0) {
      absent_column(at, c, " (staff needed and staff available are given together)");
      continue;
    }
    if (at.row.cells[c] == nullptr) {
      problem(where(at, c), key_of(at, c),
              "staff needed and staff available are given together: this cell is empty");
      continue;
    }
    const auto count = whole(at, c, 0, 1'000'000'000'000LL);
    (c == needed ? staff.needed : staff.available) = Quantity{Rational(count.value_or(0)), 0};
  }
  return staff;
}

Budget WorkbookReader::read_budget(const At& at, std::size_t pagu, std::size_t spending) {
  Budget budget;
  if (auto amount = rupiah(at, pagu)) budget.pagu = Amount{*amount};
  if (auto amount = rupiah(at, spending)) budget.spending = Amount{*amount};
  return budget;
}

// The index of a layout column by its key.
std::size_t column(const Table& table, std::string_view key) {
  const auto& columns = table.layout->columns;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (columns[c].key == key) return c;
  }
  throw std::logic_error("no column " + std::string(key));
}

void WorkbookReader::unknown_code(const At& at, std::size_t c, const std::string& code,
                                  std::string_view what,
                                  std::initializer_list<std::string_view> sheet_keys,
                                  const Codes& known) {
  std::string sheets;
  for (std::string_view key : sheet_keys) {
    if (!sheets.empty()) sheets += ", ";
    sheets += quoted(workbook::text(*table(key).layout, at.table.language));
  }
  std::string message = "no " + std::string(what) + " has the code " + quoted(code) +
                        (sheet_keys.size() > 1 ? " (sheets " : " (sheet ") + sheets + ")";
  // Only as many as can be shown: a suggestion costs a look at every known code.
  if (suggestions_left_ > 0) {
    --suggestions_left_;
    std::vector<std::string_view> codes;
    for (const auto& [each, place] : known.places)
      codes.push_back(each);
    if (const auto near = closest(code, codes)) message += ": did you mean " + quoted(*near) + "?";
  }
  problem(where(at, c), std::nullopt, message);
}

std::optional<Place> WorkbookReader::linked(const At& link, std::size_t c, const Codes& codes,
                                            std::string_view what,
                                            std::initializer_list<std::string_view> sheet_keys,
                                            std::optional<std::size_t> id_column) {
  const std::optional<std::string> named = code(link, c);
  const auto found = named ? codes.places.find(*named) : codes.places.end();
  if (found != codes.places.end()) return found->second;
  if (named && codes.complete && !dropped_.contains(*named)) {
    unknown_code(link, c, *named, what, sheet_keys, codes);
  }
  if (id_column) {
    if (auto id = raw_code(link.row, *id_column)) dropped_.insert(std::move(*id));
  }
  return std::nullopt;
}

void WorkbookReader::read_objectives(PerformanceReport& report) {
  const Table& table = this->table("objectives");
  if (table.sheet != nullptr)
    cells_.emplace_back(Key{Place(), Field::kObjectives}, CellRef{table.index});
  for (const Row& row : rows_of(table)) {
    const Place place = Place().item(List::kObjectives, report.objectives.size());
    const At at{table, row, Key{place, Field::kWhole}};
    record_row(table, row, place, *at.key);
    Objective objective;
    objective.source = place;
    objective.id = code(at, column(table, "id")).value_or("");
    objective.name = text(at, column(table, "name")).value_or("");
    objective.staff =
        read_staff(at, column(table, "staff_needed"), column(table, "staff_available"));
    owners_.add(objective.id, place);
    report.objectives.push_back(std::move(objective));
  }
}

void WorkbookReader::read_programs(PerformanceReport& report) {
  const Table& table = this->table("programs");
  if (table.sheet != nullptr)
    cells_.emplace_back(Key{Place(), Field::kPrograms}, CellRef{table.index});
  for (const Row& row : rows_of(table)) {
    const Place place = Place().item(List::kPrograms, report.programs.size());
    const At at{table, row, Key{place, Field::kWhole}};
    record_row(table, row, place, *at.key);
    Program program;
    program.source = place;
    program.id = code(at, column(table, "id")).value_or("");
    program.objective_id = code(at, column(table, "objective")).value_or("");
    program.name = text(at, column(table, "name")).value_or("");
    program.aim = text(at, column(table, "aim")).value_or("");
    program.budget = read_budget(at, column(table, "pagu"), column(table, "spending"));
    program.staff = read_staff(at, column(table, "staff_needed"), column(table, "staff_available"));
    programs_.add(program.id, place);
    owners_.add(program.id, place);
    report.programs.push_back(std::move(program));
  }
}

void WorkbookReader::read_activities(PerformanceReport& report) {
  const Table& table = this->table("activities");
  for (const Row& row : rows_of(table)) {
    const std::optional<Place> program =
        linked(At{table, row, std::nullopt}, column(table, "program"), programs_, "program",
               {"programs"}, column(table, "id"));
    if (!program) continue;
    Program& owner = report.programs[program->index_at(0)];
    const Place place = owner.source.item(List::kActivities, owner.activities.size());
    const At at{table, row, Key{place, Field::kWhole}};
    record_row(table, row, place, *at.key);
    Activity activity;
    activity.source = place;
    activity.id = code(at, column(table, "id")).value_or("");
    activity.name = text(at, column(table, "name")).value_or("");
    activity.aim = text(at, column(table, "aim")).value_or("");
    activity.budget = read_budget(at, column(table, "pagu"), column(table, "spending"));
    activities_.add(activity.id, place);
    owners_.add(activity.id, place);
    owner.activities.push_back(std::move(activity));
  }
}

void WorkbookReader::read_sub_activities(PerformanceReport& report) {
  const Table& table = this->table("sub_activities");
  for (const Row& row : rows_of(table)) {
    const std::optional<Place> activity =
        linked(At{table, row, std::nullopt}, column(table, "activity"), activities_, "activity",
               {"activities"}, column(table, "id"));
    if (!activity) continue;
    Activity& owner = report.programs[activity->index_at(0)].activities[activity->index_at(1)];
    const Place place = owner.source.item(List::kSubActivities, owner.sub_activities.size());
    const At at{table, row, Key{place, Field::kWhole}};
    record_row(table, row, place, *at.key);
    SubActivity sub;
    sub.source = place;
    sub.id = code(at, column(table, "id")).value_or("");
    sub.name = text(at, column(table, "name")).value_or("");
    sub.aim = text(at, column(table, "aim")).value_or("");
    sub.budget = read_budget(at, column(table, "pagu"), column(table, "spending"));
    owners_.add(sub.id, place);
    owner.sub_activities.push_back(std::move(sub));
  }
}

std::vector<Indicator>& WorkbookReader::indicators_at(PerformanceReport& report,
                                                      const Place& owner) {
  if (owner.list_at(0) == List::kObjectives) return report.objectives[owner.index_at(0)].indicators;
  Program& program = report.programs[owner.index_at(0)];
  if (owner.depth() == 1) return program.indicators;
  Activity& activity = program.activities[owner.index_at(1)];
  if (owner.depth() == 2) return activity.indicators;
  return activity.sub_activities[owner.index_at(2)].indicators;
}

void WorkbookReader::read_indicators(PerformanceReport& report) {
  const Table& table = this->table("indicators");
  for (const Row& row : rows_of(table)) {
    const std::optional<Place> owner =
        linked(At{table, row, std::nullopt}, column(table, "owner"), owners_,
               "objective, program, activity or sub-activity",
               {"objectives", "programs", "activities", "sub_activities"}, column(table, "id"));
    if (!owner) {
      indicator_left_out_ = true;
      continue;
    }
    std::vector<Indicator>& list = indicators_at(report, *owner);
    const Place place = owner->item(List::kIndicators, list.size());
    const At at{table, row, Key{place, Field::kWhole}};
    record_row(table, row, place, *at.key);
    Indicator indicator;
    indicator.source = place;
    indicator.id = code(at, column(table, "id")).value_or("");
    indicator.name = text(at, column(table, "name")).value_or("");
    indicator.unit = text(at, column(table, "unit")).value_or("");
    indicator.target = decimal(at, column(table, "target"));
    indicator.actual = decimal(at, column(table, "actual"));
    if (choice(at, column(table, "polarity")) == std::size_t{1}) {
      indicator.polarity = Polarity::kLowerIsBetter;
    }
    if (choice(at, column(table, "method")) == std::size_t{0}) {
      indicator.lower_method = LowerIsBetterMethod::kTargetOverActual;
    }
    if (auto note = text(at, column(table, "note"))) details_[place].note = std::move(*note);
    indicators_.add(indicator.id, place);
    list.push_back(std::move(indicator));
  }
}

std::optional<Place> WorkbookReader::indicator_of(const At& at, bool views_only) {
  const std::optional<Place> found =
      linked(at, 0, indicators_, "indicator", {"indicators"}, std::nullopt);
  if (!found) return std::nullopt;
  // Earlier years, Renstra and regional figures are compared for key and program indicators.
  if (views_only && found->depth() > 2) {
    problem(where(at, 0), std::nullopt,
            "the indicator " + quoted(code(at, 0).value_or("")) +
                " is an activity's or a sub-activity's: this sheet is for key indicators and "
                "program indicators only");
    return std::nullopt;
  }
  return found;
}

void WorkbookReader::read_components() {
  const Table& table = this->table("components");
  for (const Row& row : rows_of(table)) {
    const At link{table, row, std::nullopt};
    const std::optional<Place> indicator = indicator_of(link, false);
    if (!indicator) continue;
    IndicatorDetails& details = details_[*indicator];
    const auto item = static_cast<std::uint32_t>(details.components.size());
    const At at{table, row, Key{*indicator, Field::kComponent, item}};
    record_row(table, row, *indicator, *at.key);
    IndexComponent component;
    component.name = text(at, column(table, "name")).value_or("");
    component.weight = decimal(at, column(table, "weight")).value_or(Quantity{});
    component.value = decimal(at, column(table, "value"));
    details.components.push_back(std::move(component));
  }
}

void WorkbookReader::read_history() {
  const Table& table = this->table("history");
  for (const Row& row : rows_of(table)) {
    const At link{table, row, std::nullopt};
    const std::optional<Place> indicator = indicator_of(link, true);
    if (!indicator) continue;
    IndicatorDetails& details = details_[*indicator];
    const auto item = static_cast<std::uint32_t>(details.history.size());
    const At at{table, row, Key{*indicator, Field::kPastYear, item}};
    record_row(table, row, *indicator, *at.key);
    PastYear past;
    past.year = static_cast<int>(whole(at, column(table, "year"), 1945, 2200).value_or(0));
    past.target = decimal(at, column(table, "target"));
    past.actual = decimal(at, column(table, "actual"));
    details.history.push_back(std::move(past));
  }
}

void WorkbookReader::read_renstra() {
  const Table& table = this->table("renstra");
  std::map<Place, std::uint32_t> first_row;
  for (const Row& row : rows_of(table)) {
    const At link{table, row, std::nullopt};
    const std::optional<Place> indicator = indicator_of(link, true);
    if (!indicator) continue;
    if (const auto [at, fresh] = first_row.emplace(*indicator, row.number); !fresh) {
      problem(where(link, 0), std::nullopt,
              "a second Renstra row for this indicator (the first is row " +
                  std::to_string(at->second) + "): keep one");
      continue;
    }
    const At at{table, row, Key{*indicator, Field::kRenstra}};
    record_row(table, row, *indicator, *at.key);
    RenstraTarget renstra;
    renstra.end_target = decimal(at, column(table, "end_target")).value_or(Quantity{});
    renstra.cumulative = choice(at, column(table, "kind")) == std::size_t{1};
    details_[*indicator].renstra = std::move(renstra);
  }
}

void WorkbookReader::read_regional() {
  const Table& table = this->table("regional");
  std::map<Place, std::uint32_t> first_row;
  for (const Row& row : rows_of(table)) {
    const At link{table, row, std::nullopt};
    const std::optional<Place> indicator = indicator_of(link, true);
    if (!indicator) continue;
    if (const auto [at, fresh] = first_row.emplace(*indicator, row.number); !fresh) {
      problem(where(link, 0), std::nullopt,
              "a second row for this indicator (the first is row " + std::to_string(at->second) +
                  "): keep one");
      continue;
    }
    const At at{table, row, Key{*indicator, Field::kRegional}};
    record_row(table, row, *indicator, *at.key);
    RegionalFigures figures;
    figures.kabupaten = decimal(at, column(table, "kabupaten"));
    figures.provinsi = decimal(at, column(table, "provinsi"));
    figures.nasional = decimal(at, column(table, "nasional"));
    details_[*indicator].regional = std::move(figures);
  }
}

void WorkbookReader::read_facilities(PerformanceReport& report) {
  const Table& table = this->table("facilities");
  if (table.sheet != nullptr)
    cells_.emplace_back(Key{Place(), Field::kFacilities}, CellRef{table.index});
  for (const Row& row : rows_of(table)) {
    const Place place = Place().item(List::kFacilities, report.facilities.size());
    const At at{table, row, Key{place, Field::kWhole}};
    record_row(table, row, place, *at.key);
    Facility facility;
    facility.id = "F" + std::to_string(report.facilities.size() + 1);
    facility.source = place;
    facility.name = text(at, column(table, "name")).value_or("");
    constexpr long long kMaxCount = 1'000'000'000'000LL;
    facility.available =
        Quantity{Rational(whole(at, column(table, "available"), 0, kMaxCount).value_or(0)), 0};
    facility.needed =
        Quantity{Rational(whole(at, column(table, "needed"), 0, kMaxCount).value_or(0)), 0};
    report.facilities.push_back(std::move(facility));
  }
}

std::vector<RatingBand> WorkbookReader::read_bands(const Table& table, Field band_field) {
  std::vector<RatingBand> bands;
  for (const Row& row : rows_of(table)) {
    const At at{table, row, Key{Place(), band_field, static_cast<std::uint32_t>(bands.size())}};
    record_row(table, row, Place(), *at.key);
    RatingBand band;
    band.label = text(at, column(table, "label")).value_or("");
    for (std::string_view bound : {"min", "max"}) {
      const std::size_t c = column(table, bound);
      std::optional<Quantity> value = decimal(at, c);
      if (!value) continue;
      if (value->decimals > kPercentDecimals) {
        problem(where(at, c), at.key,
                "expected at most " + std::to_string(kPercentDecimals) +
                    " decimals: scores are rated as printed");
      }
      (bound == "min" ? band.min : band.max) = std::move(value->value);
    }
    if (auto in = yes_no(at, column(table, "include_min"))) band.include_min = *in;
    if (auto in = yes_no(at, column(table, "include_max"))) band.include_max = *in;
    bands.push_back(std::move(band));
  }
  return bands;
}

void WorkbookReader::read_sakip(PerformanceReport& report) {
  const Table& table = this->table("sakip");
  if (table.sheet != nullptr) {
    cells_.emplace_back(Key{Place(), Field::kSakipEvaluation}, CellRef{table.index});
    cells_.emplace_back(Key{Place(), Field::kSakipComponents}, CellRef{table.index});
  }
  std::vector<SakipComponent> components;
  for (const Row& row : rows_of(table)) {
    const Place place = Place().item(List::kSakipComponents, components.size());
    const At at{table, row, Key{place, Field::kWhole}};
    record_row(table, row, place, *at.key);
    SakipComponent component;
    component.source = place;
    component.name = text(at, column(table, "name")).value_or("");
    component.weight = decimal(at, column(table, "weight")).value_or(Quantity{});
    component.score = decimal(at, column(table, "score")).value_or(Quantity{});
    components.push_back(std::move(component));
  }
  const Table& scale = this->table("predicate_scale");
  if (scale.sheet != nullptr)
    cells_.emplace_back(Key{Place(), Field::kPredicateScale}, CellRef{scale.index});
  std::vector<RatingBand> bands = read_bands(scale, Field::kPredicateBand);
  if (components.empty() && bands.empty() && !report.sakip) return;
  if (!report.sakip) report.sakip = SakipEvaluation{};
  report.sakip->components = std::move(components);
  report.sakip->predicate_scale_given = !bands.empty();
  report.sakip->predicate_scale =
      bands.empty() ? default_sakip_predicate_scale() : std::move(bands);
}

void WorkbookReader::read_printed(PerformanceReport& report) {
  const Table& table = this->table("printed");
  if (table.sheet != nullptr)
    cells_.emplace_back(Key{Place(), Field::kPrintedFigures}, CellRef{table.index});
  const std::size_t value_column = column(table, "value");
  for (const Row& row : rows_of(table)) {
    const Place place = Place().item(List::kPrinted, report.printed.size());
    const At at{table, row, Key{place, Field::kWhole}};
    record_row(table, row, place, *at.key);
    PrintedFigure figure;
    figure.source = place;
    figure.figure = code(at, column(table, "figure")).value_or("");
    // A printed rating or predicate is text; a number typed as text is a number.
    bool missing = false;
    const xlsx::Cell* value = cell(at, value_column, missing);
    const bool is_text = value != nullptr && value->type != xlsx::CellType::kNumber &&
                         value->type != xlsx::CellType::kBoolean &&
                         value->type != xlsx::CellType::kError &&
                         json_number_hint(value->text, NumberColumn::kDecimal).empty();
    if (is_text) {
      figure.text = value->text;
    } else if (value != nullptr) {
      figure.number = decimal(at, value_column);
    }
    figure.where = text(at, column(table, "where")).value_or("");
    figure.capped = yes_no(at, column(table, "capped")).value_or(false);
    figure.note = text(at, column(table, "note")).value_or("");
    report.printed.push_back(std::move(figure));
  }
}

PerformanceReport WorkbookReader::read() {
  PerformanceReport report;
  report.settings.rating_scale = default_rating_scale();
  find_sheets();
  read_report_sheet(report);
  read_objectives(report);
  read_programs(report);
  read_activities(report);
  read_sub_activities(report);
  read_indicators(report);
  read_components();
  read_history();
  read_renstra();
  read_regional();
  for (auto& [place, details] : details_) {
    std::vector<Indicator>& list = indicators_at(report, place.parent());
    list[place.index_at(place.depth() - 1)].details =
        std::make_shared<const IndicatorDetails>(std::move(details));
  }
  read_facilities(report);
  read_sakip(report);
  const Table& scale = table("rating_scale");
  if (scale.sheet != nullptr)
    cells_.emplace_back(Key{Place(), Field::kRatingScale}, CellRef{scale.index});
  if (std::vector<RatingBand> bands = read_bands(scale, Field::kRatingBand); !bands.empty()) {
    report.settings.rating_scale = std::move(bands);
    report.settings.rating_scale_given = true;
  }
  read_printed(report);
  return report;
}

// ---- Problems, at once ----------------------------------------------------------------------

std::vector<Key> WorkbookReader::unjudged(const PerformanceReport& report) const {
  std::vector<Key> keys;
  if (!indicator_left_out_) return keys;
  for (const Objective& objective : report.objectives)
    keys.push_back(Key{objective.source, Field::kIndicators});
  return keys;
}

std::vector<std::string> sheet_names(const xlsx::Workbook& book) {
  std::vector<std::string> names;
  for (const xlsx::Sheet& sheet : book.sheets)
    names.push_back(sheet.name);
  return names;
}

// The problems at their cells, in the workbook's order.
std::vector<Problem> placed(const WorkbookSourceMap& sources, std::vector<ReadProblem> problems) {
  std::stable_sort(problems.begin(), problems.end(),
                   [](const ReadProblem& a, const ReadProblem& b) { return a.cell < b.cell; });
  std::vector<Problem> out;
  for (ReadProblem& problem : problems)
    out.push_back(Problem{sources.location(problem.cell), std::move(problem.message)});
  return out;
}

}  // namespace

WorkbookReading read_report_workbook(const xlsx::Workbook& book, const std::string& file) {
  WorkbookReader reader(book, file);
  WorkbookReading reading;
  reading.report = reader.read();
  auto sources =
      std::make_shared<WorkbookSourceMap>(file, sheet_names(book), std::move(reader.cells()));
  std::vector<ReadProblem> problems = std::move(reader.problems());
  // The model's rules; one broken where a value could not be read is a consequence, left out.
  std::vector<Key> unreadable = reader.unjudged(reading.report);
  unreadable.insert(unreadable.end(), reader.unreadable().begin(), reader.unreadable().end());
  for (const ReadProblem& problem : problems) {
    if (problem.key) unreadable.push_back(*problem.key);
  }
  for (ModelProblem& found : validate(reading.report, *sources)) {
    const bool consequence = std::any_of(unreadable.begin(), unreadable.end(),
                                         [&](const Key& k) { return overlapping(k, found.key); });
    if (consequence) continue;
    const std::optional<CellRef> cell = sources->find(found.key);
    problems.push_back(
        ReadProblem{cell.value_or(CellRef{kNoSheet}), found.key, std::move(found.message)});
  }
  if (!problems.empty()) {
    std::vector<Problem> all = placed(*sources, std::move(problems));
    if (all.size() > kMaxProblemsShown) {
      const std::size_t more = all.size() - kMaxProblemsShown;
      all.resize(kMaxProblemsShown);
      all.push_back(Problem{Location{file, {}, {}, {}},
                            std::to_string(more) +
                                " more problems not shown; correct these and read the file again"});
    }
    throw InputError(std::move(all));
  }
  reading.warnings = placed(*sources, std::move(reader.warnings()));
  reading.sources = std::move(sources);
  return reading;
}

WorkbookReading read_report_workbook_file(const std::string& path) {
  xlsx::Workbook book;
  try {
    book = xlsx::read_workbook_file(path);
  } catch (const xlsx::WorkbookError& error) {
    throw InputError(Location{path, {}, {}, {}}, error.what());
  }
  return read_report_workbook(book, path);
}

}  // namespace lkjip
