#include "workbook_reader.h"

#include <algorithm>
#include <map>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "lkjip/input_messages.h"
#include "lkjip/suggest.h"
#include "lkjip/validate.h"
#include "number_text.h"
#include "printed_value.h"
#include "reader_messages.h"
#include "workbook_layout.h"
#include "workbook_sheets.h"
#include "workbook_source_map.h"
#include "workbook_values.h"

namespace lkjip {
namespace {

using workbook::At;
using workbook::CellValues;
using workbook::column;
using workbook::Column;
using workbook::is_blank;
using workbook::is_empty;
using workbook::Language;
using workbook::misspelt;
using workbook::names;
using workbook::quoted;
using workbook::ReadProblem;
using workbook::Row;
using workbook::rows_of;
using workbook::Table;
using List = Place::List;

// At most this many problems are listed: a workbook with thousands says so in a last line.
constexpr std::size_t kMaxProblemsShown = 100;

// The parts of the report, each read from its sheet's rows into the model; rows linked to
// others by their codes.
class WorkbookReader {
 public:
  WorkbookReader(const xlsx::Workbook& book)
      : tables_(workbook::find_tables(book, problems_)), values_(book, problems_) {}

  PerformanceReport read();

  workbook::ReadProblems& problems() { return problems_; }
  std::vector<std::pair<Key, CellRef>>& cells() { return cells_; }
  // Values the model's rules cannot judge, because rows that could belong to them were left out
  // for a problem: an objective without key indicators when an indicator's owner is unknown.
  std::vector<Key> unjudged(const PerformanceReport& report) const;

 private:
  const Table& table(std::string_view key) const { return workbook::table_of(tables_, key); }
  // Records where a row's values are: each column's cell under its field's key, the row's
  // first cell under `whole`.
  void record_row(const Table& table, const Row& row, const Place& place, Key whole);
  // Room for every cell record_row() can make, at once. Grown by doubling, the list held up to
  // twice what it needed, while the workbook's cells were held too: the peak of a large
  // workbook's reading. Room never used costs no memory, as its pages are never touched.
  void reserve_cells();

  // ---- The parts of the report ------------------------------------------------------------
  void read_report_sheet(PerformanceReport& report);
  void read_objectives(PerformanceReport& report);
  void read_programs(PerformanceReport& report);
  void read_activities(PerformanceReport& report);
  void read_sub_activities(PerformanceReport& report);
  void read_indicators(PerformanceReport& report);
  void read_components();
  void read_periods();
  void read_spending_periods(PerformanceReport& report);
  Budget& budget_at(PerformanceReport& report, const Place& level);
  void read_categories();
  void read_history();
  void read_renstra();
  void read_renstra_targets();
  void read_regional();
  void read_facilities(PerformanceReport& report);
  void read_sakip(PerformanceReport& report);
  std::vector<RatingBand> read_bands(const Table& table, Field band_field);
  RatingBand read_band(const At& at);
  void read_printed(PerformanceReport& report);
  void read_claims(PerformanceReport& report);
  void read_stated_scales(PerformanceReport& report);
  std::optional<Staff> read_staff(const At& at, std::size_t needed, std::size_t available);
  // The record whose values are under `columns` of the row, when any of them is given: then
  // each of them is needed, as `together` says ("staff needed and staff available are given
  // together").
  template <class Record>
  std::optional<Record> read_together(const At& at, const std::vector<std::size_t>& columns,
                                      const Text& together);
  // Reads each cell of the row whose column's field is a value of the record (a code, a name,
  // a target ...) into it; `except`: the fields its reader reads its own way.
  template <class Record>
  void read_values(const At& at, Record& record, std::initializer_list<Field> except = {});
  // Reads the cells of the row under `columns` (those of a part of the record: part_columns())
  // into `record`.
  template <class Record>
  void read_columns(const At& at, Record& record, const std::vector<std::size_t>& columns);
  // A qualitative indicator needs its scale's name: a problem at its cell when that is empty.
  void check_scale_name(const Place& indicator);
  // The cell recorded for a key, looked for one by one (only where a problem needs it).
  std::optional<CellRef> recorded(const Key& key) const;
  // The indicator a row of a details sheet is about, by its code in column 0; records the row.
  std::optional<Place> indicator_of(const At& at, bool views_only);
  std::vector<Indicator>& indicators_at(PerformanceReport& report, const Place& owner);
  // The codes of the rows of one kind read so far, to link rows across sheets.
  struct Codes {
    std::unordered_map<std::string, Place> places;
    // False once a row of this kind had no readable code (a problem at its cell): a code that
    // names none of them may be that row's, and is not judged (validate() does the same).
    bool complete = true;

    void add(std::string_view code, const Place& place) {
      if (code.empty()) {
        complete = false;
      } else {
        places.emplace(std::string(code), place);
      }
    }
  };
  // The place of the row this row names by its code in column `c` (its program, activity,
  // owner, indicator), or nullopt. An unknown code is a problem at the cell, unless that row was
  // itself left out for a problem; this row is then left out too, and its own code (in column
  // `id_column`) noted, so that rows naming it are left out quietly.
  std::optional<Place> linked(const At& link, std::size_t c, const Codes& codes, ReaderMessage what,
                              std::initializer_list<std::string_view> sheet_keys,
                              std::optional<std::size_t> id_column);
  void unknown_code(const At& at, std::size_t c, const std::string& code, ReaderMessage what,
                    std::initializer_list<std::string_view> sheet_keys, const Codes& known);

  workbook::ReadProblems problems_;  // before the tables and values, which report into it
  std::vector<Table> tables_;        // in layout order
  CellValues values_;
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

// ---- The parts of the report ----------------------------------------------------------------

// The layout columns whose fields are values of `part` of the sheet's record: kWhole for the
// record's own, or one of the parts a row may give (an indicator's target range, ratio ...).
std::vector<std::size_t> part_columns(const Table& table, Field part) {
  std::vector<std::size_t> columns;
  for (std::size_t c = 0; c < table.layout->columns.size(); ++c) {
    const Field field = table.layout->columns[c].field;
    if (is_value_field(field) && record_of(field) == part) columns.push_back(c);
  }
  return columns;
}

bool any_given(const Row& row, const std::vector<std::size_t>& columns) {
  return std::any_of(columns.begin(), columns.end(),
                     [&](std::size_t c) { return row.cells[c] != nullptr; });
}

// "\"Pembilang\", \"Penyebut\" and \"Per\" are given together".
Text given_together(const Table& table, const std::vector<std::size_t>& columns) {
  Text names;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (i > 0)
      names = joined(names, i + 1 == columns.size() ? say(ReaderMessage::kAnd) : verbatim(", "));
    names = joined(
        names,
        verbatim(quoted(workbook::heading(table.layout->columns[columns[i]], table.language))));
  }
  return say(ReaderMessage::kGivenTogether, names);
}

void WorkbookReader::record_row(const Table& table, const Row& row, const Place& place, Key whole) {
  const auto& columns = table.layout->columns;
  std::uint32_t first = 0;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (table.column_of[c] == 0) continue;
    if (first == 0 || table.column_of[c] < first) first = table.column_of[c];
  }
  cells_.emplace_back(whole, CellRef{table.index, row.number, first});
  // A part the row may give (an indicator's target range, ratio, qualitative figures) has its
  // cells only where it is given, the part itself at its first one.
  std::vector<Field> parts_given;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const Field part = record_of(columns[c].field);
    if (row.cells[c] != nullptr && part != Field::kWhole && part != whole.field)
      parts_given.push_back(part);
  }
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const Field field = columns[c].field;
    if (field == Field::kWhole || field == whole.field || table.column_of[c] == 0) continue;
    const CellRef cell{table.index, row.number, table.column_of[c]};
    if (const Field part = record_of(field); part != Field::kWhole && part != whole.field) {
      if (std::find(parts_given.begin(), parts_given.end(), part) == parts_given.end()) continue;
      cells_.emplace_back(Key{place, part}, cell);
    }
    cells_.emplace_back(Key{place, field, is_item_field(field) ? whole.item : 0}, cell);
  }
}

void WorkbookReader::read_report_sheet(PerformanceReport& report) {
  const Table& table = this->table("report");
  const auto& fields = table.layout->columns;
  if (table.sheet == nullptr) {  // a problem says so: none about its fields
    for (const Column& field : fields)
      problems_.unreadable(Key{Place(), field.field});
    return;
  }
  cells_.emplace_back(Key{Place(), Field::kWhole}, CellRef{table.index});
  // A field per row: its label in one column, its value in the next.
  constexpr auto kLabel = static_cast<std::uint32_t>(workbook::FieldColumn::kLabel);
  constexpr auto kValue = static_cast<std::uint32_t>(workbook::FieldColumn::kValue);
  std::vector<std::uint32_t> row_of(fields.size(), 0);
  std::vector<std::pair<std::uint32_t, std::string>> unknown;  // row, label
  for (const xlsx::Cell& cell : table.sheet->cells) {
    if (cell.column != kLabel || is_blank(cell.text)) continue;
    bool known = false;
    for (std::size_t f = 0; f < fields.size(); ++f) {
      if (!names(cell.text, fields[f].indonesian, fields[f].english)) continue;
      known = true;
      if (row_of[f] != 0) {
        problems_.problem(CellRef{table.index, cell.row, kLabel}, std::nullopt,
                          say(ReaderMessage::kSecondRow, quoted(cell.text), row_of[f]));
      } else {
        row_of[f] = cell.row;
      }
    }
    const bool heading = names(
        cell.text, workbook::field_heading(workbook::FieldColumn::kLabel, Language::kIndonesian),
        workbook::field_heading(workbook::FieldColumn::kLabel, Language::kEnglish));
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
    const CellRef at{table.index, row, kLabel};
    const auto near = misspelt(label, missing);
    if (!near) {
      problems_.warning(at, say(ReaderMessage::kRowNotRead, quoted(label)));
      continue;
    }
    const std::size_t f = missing_field[static_cast<std::size_t>(
        std::find(missing.begin(), missing.end(), *near) - missing.begin())];
    misspelt_row[f] = true;
    problems_.problem(at, Key{Place(), fields[f].field},
                      say(ReaderMessage::kRowMisspelt, quoted(label), quoted(*near)));
  }
  // Each field read as a one-cell row of its own, so that the readers of values serve it too.
  Table by_field = table;
  by_field.column_of.assign(fields.size(), kValue);
  for (std::size_t f = 0; f < fields.size(); ++f) {
    Row row{row_of[f] != 0 ? row_of[f] : 1, std::vector<const xlsx::Cell*>(fields.size(), nullptr)};
    if (row_of[f] != 0) {
      const xlsx::Cell* value = xlsx::find_cell(*table.sheet, row_of[f], kValue);
      if (value != nullptr && !is_empty(*value)) row.cells[f] = value;
      cells_.emplace_back(Key{Place(), fields[f].field}, CellRef{table.index, row_of[f], kValue});
    } else if (misspelt_row[f]) {
      continue;
    } else if (fields[f].required) {
      problems_.problem(
          CellRef{table.index}, Key{Place(), fields[f].field},
          say(ReaderMessage::kNoRow, quoted(workbook::heading(fields[f], table.language)),
              xlsx::column_letters(kLabel), xlsx::column_letters(kValue)));
      continue;
    }
    const At at{by_field, row, Key{Place(), fields[f].field}};
    const Field field = fields[f].field;
    std::optional<FieldValue> value = values_.value(at, f, field);
    if (!value) continue;
    // What is rated is a score as printed: a finer floor or cap could leave one without a band;
    // what is classified is a capaian as printed.
    const auto* bound = std::get_if<Quantity>(&*value);
    const bool score_bound = field == Field::kScoreFloor || field == Field::kScoreCap;
    const bool threshold = field == Field::kMetFrom || field == Field::kExceededAbove;
    if ((score_bound || threshold) && bound->decimals > kPercentDecimals) {
      problems_.problem(
          values_.where(at, f), values_.key_of(at, f),
          say(score_bound ? ReaderMessage::kCellScoreDecimals : ReaderMessage::kCellCapaianDecimals,
              kPercentDecimals));
    }
    set(report, field, std::move(*value));
  }
  // The classification's thresholds are given together, or neither (the defaults).
  const std::size_t met = column(table, "met_from");
  const std::size_t exceeded = column(table, "exceeded_above");
  const auto given = [&](std::size_t f) {
    if (row_of[f] == 0) return false;
    const xlsx::Cell* value = xlsx::find_cell(*table.sheet, row_of[f], kValue);
    return value != nullptr && !is_empty(*value);
  };
  if (given(met) != given(exceeded)) {
    const std::size_t empty = given(met) ? exceeded : met;
    const Text together =
        say(ReaderMessage::kGivenTogether,
            joined(joined(verbatim(quoted(workbook::heading(fields[met], table.language))),
                          say(ReaderMessage::kAnd)),
                   verbatim(quoted(workbook::heading(fields[exceeded], table.language)))));
    if (row_of[empty] != 0) {
      problems_.problem(CellRef{table.index, row_of[empty], kValue},
                        Key{Place(), fields[empty].field},
                        say(ReaderMessage::kTogetherEmpty, together));
    } else if (!misspelt_row[empty]) {
      problems_.problem(CellRef{table.index}, Key{Place(), fields[empty].field},
                        say(ReaderMessage::kTogetherAddRow, together,
                            quoted(workbook::heading(fields[empty], table.language))));
    }
  }
}

std::optional<Staff> WorkbookReader::read_staff(const At& at, std::size_t needed,
                                                std::size_t available) {
  return read_together<Staff>(at, {needed, available}, say(ReaderMessage::kStaffTogether));
}

template <class Record>
std::optional<Record> WorkbookReader::read_together(const At& at,
                                                    const std::vector<std::size_t>& columns,
                                                    const Text& together) {
  if (!any_given(at.row, columns)) return std::nullopt;
  Record record{};
  for (std::size_t c : columns) {
    if (at.table.column_of[c] == 0) {
      values_.absent_column(at, c, joined(joined(verbatim(" ("), together), verbatim(")")));
      continue;
    }
    if (at.row.cells[c] == nullptr) {
      problems_.problem(values_.where(at, c), values_.key_of(at, c),
                        say(ReaderMessage::kTogetherEmpty, together));
      continue;
    }
    const Field field = at.table.layout->columns[c].field;
    if (std::optional<FieldValue> value = values_.value(at, c, field)) {
      set(record, field, std::move(*value));
    }
  }
  return record;
}

template <class Record>
void WorkbookReader::read_columns(const At& at, Record& record,
                                  const std::vector<std::size_t>& columns) {
  for (std::size_t c : columns) {
    const Field field = at.table.layout->columns[c].field;
    if (std::optional<FieldValue> value = values_.value(at, c, field)) {
      set(record, field, std::move(*value));
    }
  }
}

template <class Record>
void WorkbookReader::read_values(const At& at, Record& record,
                                 std::initializer_list<Field> except) {
  const std::span<const workbook::Column> columns = at.table.layout->columns;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const Field field = columns[c].field;
    if (!is_value_field(field) || std::find(except.begin(), except.end(), field) != except.end()) {
      continue;
    }
    if (std::optional<FieldValue> value = values_.value(at, c, field)) {
      set(record, field, std::move(*value));
    }
  }
}

void WorkbookReader::unknown_code(const At& at, std::size_t c, const std::string& code,
                                  ReaderMessage what,
                                  std::initializer_list<std::string_view> sheet_keys,
                                  const Codes& known) {
  std::string sheets;
  for (std::string_view key : sheet_keys) {
    if (!sheets.empty()) sheets += ", ";
    sheets += quoted(workbook::text(*table(key).layout, at.table.language));
  }
  Text suggestion;
  // Only as many as can be shown: a suggestion costs a look at every known code.
  if (suggestions_left_ > 0) {
    --suggestions_left_;
    std::vector<std::string_view> codes;
    for (const auto& [each, place] : known.places)
      codes.push_back(each);
    if (const auto near = closest(code, codes)) {
      suggestion = say(ReaderMessage::kColonDidYouMean, quoted(*near));
    }
  }
  problems_.problem(
      values_.where(at, c), std::nullopt,
      say(ReaderMessage::kUnknownCode, say(what), quoted(code),
          say(sheet_keys.size() > 1 ? ReaderMessage::kSheetMany : ReaderMessage::kSheetOne, sheets),
          suggestion));
}

std::optional<Place> WorkbookReader::linked(const At& link, std::size_t c, const Codes& codes,
                                            ReaderMessage what,
                                            std::initializer_list<std::string_view> sheet_keys,
                                            std::optional<std::size_t> id_column) {
  const std::optional<std::string> named = values_.code(link, c);
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
    read_values(at, objective, {Field::kStaffNeeded, Field::kStaffAvailable});
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
    read_values(at, program, {Field::kStaffNeeded, Field::kStaffAvailable});
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
        linked(At{table, row, std::nullopt}, column(table, "program"), programs_,
               ReaderMessage::kWhatProgram, {"programs"}, column(table, "id"));
    if (!program) continue;
    Program& owner = report.programs[program->index_at(0)];
    const Place place = owner.source.item(List::kActivities, owner.activities.size());
    const At at{table, row, Key{place, Field::kWhole}};
    record_row(table, row, place, *at.key);
    Activity activity;
    activity.source = place;
    read_values(at, activity);
    activities_.add(activity.id, place);
    owners_.add(activity.id, place);
    owner.activities.push_back(std::move(activity));
  }
}

void WorkbookReader::read_sub_activities(PerformanceReport& report) {
  const Table& table = this->table("sub_activities");
  for (const Row& row : rows_of(table)) {
    const std::optional<Place> activity =
        linked(At{table, row, std::nullopt}, column(table, "activity"), activities_,
               ReaderMessage::kWhatActivity, {"activities"}, column(table, "id"));
    if (!activity) continue;
    Activity& owner = report.programs[activity->index_at(0)].activities[activity->index_at(1)];
    const Place place = owner.source.item(List::kSubActivities, owner.sub_activities.size());
    const At at{table, row, Key{place, Field::kWhole}};
    record_row(table, row, place, *at.key);
    SubActivity sub;
    sub.source = place;
    read_values(at, sub);
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
  const std::vector<std::size_t> own = part_columns(table, Field::kWhole);
  const std::vector<std::size_t> range = part_columns(table, Field::kTargetRange);
  const std::vector<std::size_t> ratio = part_columns(table, Field::kRatio);
  const std::vector<std::size_t> qualitative = part_columns(table, Field::kQualitative);
  const Text range_together = given_together(table, range);
  const Text ratio_together = given_together(table, ratio);
  for (const Row& row : rows_of(table)) {
    const std::optional<Place> owner = linked(
        At{table, row, std::nullopt}, column(table, "owner"), owners_, ReaderMessage::kWhatOwner,
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
    read_columns(at, indicator, own);
    // Its parts: what stands for its target or its actual.
    if (auto figures = read_together<TargetRange>(at, range, range_together))
      details_[place].target_range = std::move(*figures);
    if (auto counts = read_together<RatioCounts>(at, ratio, ratio_together))
      details_[place].ratio = std::move(*counts);
    if (any_given(row, qualitative)) {
      QualitativeFigures figures;
      read_columns(at, figures, qualitative);
      details_[place].qualitative = std::move(figures);
    }
    indicators_.add(indicator.id, place);
    list.push_back(std::move(indicator));
  }
}

std::optional<Place> WorkbookReader::indicator_of(const At& at, bool views_only) {
  const std::optional<Place> found =
      linked(at, 0, indicators_, ReaderMessage::kWhatIndicator, {"indicators"}, std::nullopt);
  if (!found) return std::nullopt;
  // Earlier years, Renstra and regional figures are compared for key and program indicators.
  if (views_only && found->depth() > 2) {
    problems_.problem(
        values_.where(at, 0), std::nullopt,
        say(ReaderMessage::kIndicatorNotCompared, quoted(values_.code(at, 0).value_or(""))));
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
    read_values(at, component);
    details.components.push_back(std::move(component));
  }
}

void WorkbookReader::read_periods() {
  const Table& table = this->table("periods");
  for (const Row& row : rows_of(table)) {
    const At link{table, row, std::nullopt};
    const std::optional<Place> indicator = indicator_of(link, false);
    if (!indicator) continue;
    IndicatorDetails& details = details_[*indicator];
    const auto item = static_cast<std::uint32_t>(details.periods.size());
    const At at{table, row, Key{*indicator, Field::kPeriodEntry, item}};
    record_row(table, row, *indicator, *at.key);
    PeriodFigures figures;
    read_values(at, figures);  // their order and kind: validate() says
    details.periods.push_back(std::move(figures));
  }
}

Budget& WorkbookReader::budget_at(PerformanceReport& report, const Place& level) {
  Program& program = report.programs[level.index_at(0)];
  if (level.depth() == 1) return program.budget;
  Activity& activity = program.activities[level.index_at(1)];
  if (level.depth() == 2) return activity.budget;
  return activity.sub_activities[level.index_at(2)].budget;
}

void WorkbookReader::read_spending_periods(PerformanceReport& report) {
  const Table& table = this->table("spending_periods");
  for (const Row& row : rows_of(table)) {
    const At link{table, row, std::nullopt};
    const std::optional<Place> level =
        linked(link, column(table, "level"), owners_, ReaderMessage::kWhatLevel,
               {"programs", "activities", "sub_activities"}, std::nullopt);
    if (!level) continue;
    if (level->list_at(0) != List::kPrograms) {
      problems_.problem(
          values_.where(link, 0), std::nullopt,
          say(ReaderMessage::kCodeIsObjective, quoted(values_.code(link, 0).value_or(""))));
      continue;
    }
    Budget& budget = budget_at(report, *level);
    const auto item = static_cast<std::uint32_t>(budget.periods.size());
    const At at{table, row, Key{*level, Field::kSpendingPeriod, item}};
    record_row(table, row, *level, *at.key);
    SpendingPeriod period;
    read_values(at, period);  // their order and kind: validate() says
    budget.periods.push_back(std::move(period));
  }
}

void WorkbookReader::read_categories() {
  const Table& table = this->table("categories");
  for (const Row& row : rows_of(table)) {
    const At link{table, row, std::nullopt};
    const std::optional<Place> indicator = indicator_of(link, false);
    if (!indicator) continue;
    IndicatorDetails& details = details_[*indicator];
    // A category makes the indicator qualitative, whether its row says so or not.
    if (!details.qualitative) details.qualitative = QualitativeFigures{};
    std::vector<ScaleCategory>& scale = details.qualitative->scale;
    const auto item = static_cast<std::uint32_t>(scale.size());
    const At at{table, row, Key{*indicator, Field::kCategory, item}};
    record_row(table, row, *indicator, *at.key);
    ScaleCategory category;
    read_values(at, category);
    scale.push_back(std::move(category));
  }
}

std::optional<CellRef> WorkbookReader::recorded(const Key& key) const {
  const auto found = std::find_if(cells_.begin(), cells_.end(),
                                  [&](const auto& entry) { return entry.first == key; });
  if (found == cells_.end()) return std::nullopt;
  return found->second;
}

void WorkbookReader::check_scale_name(const Place& indicator) {
  const Table& table = this->table("indicators");
  const std::optional<CellRef> first = recorded(Key{indicator, Field::kWhole});  // its row
  if (!first) return;
  const Row row{first->row, std::vector<const xlsx::Cell*>(table.layout->columns.size(), nullptr)};
  const At at{table, row, Key{indicator, Field::kWhole}};
  const std::size_t c = column(table, "scale_name");
  if (table.column_of[c] == 0) {
    values_.absent_column(at, c, say(ReaderMessage::kQualitativeColumnNeeds));
    return;
  }
  // A name that could not be read has its problem already.
  const xlsx::Cell* name = xlsx::find_cell(*table.sheet, row.number, table.column_of[c]);
  if (name != nullptr && !is_empty(*name)) return;
  problems_.problem(values_.where(at, c), values_.key_of(at, c),
                    say(ReaderMessage::kQualitativeNeeds,
                        quoted(workbook::heading(table.layout->columns[c], table.language)),
                        quoted(workbook::text(*this->table("categories").layout, table.language))));
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
    read_values(at, past);
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
      problems_.problem(values_.where(link, 0), std::nullopt,
                        say(ReaderMessage::kSecondRenstraRow, at->second));
      continue;
    }
    const At at{table, row, Key{*indicator, Field::kRenstra}};
    record_row(table, row, *indicator, *at.key);
    RenstraTarget renstra;
    read_values(at, renstra);
    details_[*indicator].renstra = std::move(renstra);
  }
}

void WorkbookReader::read_renstra_targets() {
  const Table& table = this->table("renstra_targets");
  for (const Row& row : rows_of(table)) {
    const At link{table, row, std::nullopt};
    const std::optional<Place> indicator = indicator_of(link, true);
    if (!indicator) continue;
    IndicatorDetails& details = details_[*indicator];
    if (!details.renstra) {
      problems_.problem(
          values_.where(link, 0), std::nullopt,
          say(ReaderMessage::kNoRenstraRow,
              quoted(workbook::text(*this->table("renstra").layout, table.language))));
      continue;
    }
    std::vector<RenstraYearTarget>& targets = details.renstra->targets;
    const auto item = static_cast<std::uint32_t>(targets.size());
    const At at{table, row, Key{*indicator, Field::kRenstraYearEntry, item}};
    record_row(table, row, *indicator, *at.key);
    RenstraYearTarget target;
    read_values(at, target);  // the years' order and period: validate() says
    targets.push_back(std::move(target));
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
      problems_.problem(values_.where(link, 0), std::nullopt,
                        say(ReaderMessage::kSecondIndicatorRow, at->second));
      continue;
    }
    const At at{table, row, Key{*indicator, Field::kRegional}};
    record_row(table, row, *indicator, *at.key);
    RegionalFigures figures;
    read_values(at, figures);
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
    read_values(at, facility);
    report.facilities.push_back(std::move(facility));
  }
}

RatingBand WorkbookReader::read_band(const At& at) {
  const Table& table = at.table;
  RatingBand band;
  band.label = values_.text(at, column(table, "label")).value_or("");
  for (std::string_view bound : {"min", "max"}) {
    const std::size_t c = column(table, bound);
    std::optional<Quantity> value = values_.decimal(at, c);
    if (!value) continue;
    if (value->decimals > kPercentDecimals) {
      problems_.problem(values_.where(at, c), at.key,
                        say(ReaderMessage::kCellScoreDecimals, kPercentDecimals));
    }
    (bound == "min" ? band.min : band.max) = std::move(value->value);
  }
  if (auto in = values_.yes_no(at, column(table, "include_min"))) band.include_min = *in;
  if (auto in = values_.yes_no(at, column(table, "include_max"))) band.include_max = *in;
  return band;
}

std::vector<RatingBand> WorkbookReader::read_bands(const Table& table, Field band_field) {
  std::vector<RatingBand> bands;
  for (const Row& row : rows_of(table)) {
    const At at{table, row, Key{Place(), band_field, static_cast<std::uint32_t>(bands.size())}};
    record_row(table, row, Place(), *at.key);
    bands.push_back(read_band(at));
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
    read_values(at, component);
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

namespace {

// "a, b, c": each name without the blanks around it (an empty one is validate()'s to refuse).
std::vector<std::string> split_names(const std::string& text) {
  std::vector<std::string> names;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    const std::string name = text.substr(start, end - start);
    const std::size_t first = name.find_first_not_of(" \t\r\n");
    const std::size_t last = name.find_last_not_of(" \t\r\n");
    names.push_back(first == std::string::npos ? std::string()
                                               : name.substr(first, last - first + 1));
    start = end + 1;
  }
  return names;
}

}  // namespace

void WorkbookReader::read_printed(PerformanceReport& report) {
  const Table& table = this->table("printed");
  if (table.sheet != nullptr)
    cells_.emplace_back(Key{Place(), Field::kPrintedFigures}, CellRef{table.index});
  const std::size_t value_column = column(table, "value");
  const std::size_t decimals_column = column(table, "decimals");
  for (const Row& row : rows_of(table)) {
    const Place place = Place().item(List::kPrinted, report.printed.size());
    const At at{table, row, Key{place, Field::kWhole}};
    record_row(table, row, place, *at.key);
    PrintedFigure figure;
    figure.source = place;
    read_values(at, figure, {Field::kPrintedValue});
    // A number, or a text: the report's notation of a number ("95,30", "Rp 2.696.606.251"),
    // read by the one grammar of printed texts, or a rating or predicate; the words of a name, a
    // unit or a fact (the columns read above say which) as they are.
    const xlsx::Cell* value = values_.cell(at, value_column);
    std::string value_text;
    const bool is_text = value != nullptr && (value->type == xlsx::CellType::kSharedString ||
                                              value->type == xlsx::CellType::kInlineString ||
                                              value->type == xlsx::CellType::kFormulaString);
    if (is_text && is_printed_words(figure)) {
      figure.text = value->text;  // a name, a unit, a fact: words, never a number
    } else if (is_text) {
      if (Text refused = read_printed_value_text(value->text, figure); !refused.english.empty()) {
        problems_.problem(values_.where(at, value_column), values_.key_of(at, value_column),
                          std::move(refused));
      } else if (figure.number) {
        value_text = value->text;
      }
    } else if (value != nullptr) {
      figure.number = values_.decimal(at, value_column);
    }
    if (Text problem = settle_printed_decimals(figure, value_text); !problem.english.empty()) {
      problems_.problem(values_.where(at, decimals_column), values_.key_of(at, decimals_column),
                        std::move(problem));
    }
    // An aggregate's figures: names separated by commas.
    if (const std::optional<std::string> names = values_.text(at, column(table, "of"))) {
      figure.of = split_names(*names);
    }
    report.printed.push_back(std::move(figure));
  }
}

void WorkbookReader::read_claims(PerformanceReport& report) {
  const Table& table = this->table("claims");
  if (table.sheet != nullptr)
    cells_.emplace_back(Key{Place(), Field::kClaims}, CellRef{table.index});
  const std::size_t value_column = column(table, "value");
  for (const Row& row : rows_of(table)) {
    const Place place = Place().item(List::kClaims, report.claims.size());
    const At at{table, row, Key{place, Field::kWhole}};
    record_row(table, row, place, *at.key);
    Claim claim;
    claim.source = place;
    read_values(at, claim, {Field::kClaimValue});
    // A claimed class, direction or predicate is text; a number typed as text is a number.
    const xlsx::Cell* value = values_.cell(at, value_column);
    const bool is_text = value != nullptr && value->type != xlsx::CellType::kNumber &&
                         value->type != xlsx::CellType::kBoolean &&
                         value->type != xlsx::CellType::kError &&
                         json_number_hint(value->text, NumberColumn::kDecimal).english.empty();
    if (is_text) {
      claim.text = value->text;
    } else if (value != nullptr) {
      claim.number = values_.decimal(at, value_column);
    }
    report.claims.push_back(std::move(claim));
  }
}

// A row per band; rows that follow one another with the same place and the same "of" are one
// scale's bands, in the order printed. Bands are read as the rating scale's are.
void WorkbookReader::read_stated_scales(PerformanceReport& report) {
  const Table& table = this->table("stated_scales");
  if (table.sheet != nullptr)
    cells_.emplace_back(Key{Place(), Field::kStatedScales}, CellRef{table.index});
  for (const Row& row : rows_of(table)) {
    StatedScale read;
    read.source = Place().item(List::kStatedScales, report.stated_scales.size());
    read_values(At{table, row, Key{read.source, Field::kWhole}}, read);
    const bool same = !report.stated_scales.empty() &&
                      report.stated_scales.back().where == read.where &&
                      report.stated_scales.back().of == read.of;
    if (!same) report.stated_scales.push_back(std::move(read));
    StatedScale& scale = report.stated_scales.back();
    const At at{
        table, row,
        Key{scale.source, Field::kStatedBand, static_cast<std::uint32_t>(scale.bands.size())}};
    record_row(table, row, scale.source, *at.key);
    if (scale.bands.empty()) {
      if (const std::optional<CellRef> first = recorded(*at.key)) {
        cells_.emplace_back(Key{scale.source, Field::kWhole}, *first);
        cells_.emplace_back(Key{scale.source, Field::kStatedBands}, *first);
      }
    }
    scale.bands.push_back(read_band(at));
  }
}

void WorkbookReader::reserve_cells() {
  std::size_t room = 64;  // the sheets' own
  for (const Table& table : tables_) {
    if (table.sheet == nullptr || table.sheet->cells.empty()) continue;
    const std::uint32_t last_row = table.sheet->cells.back().row;
    const std::size_t rows = last_row > table.heading_row ? last_row - table.heading_row : 0;
    std::size_t per_row = 1;   // the row's first cell
    std::vector<Field> parts;  // each once: a part is recorded at its first cell
    for (std::size_t c = 0; c < table.column_of.size(); ++c) {
      if (table.column_of[c] == 0) continue;
      ++per_row;
      const Field part = record_of(table.layout->columns[c].field);
      if (part != Field::kWhole && std::find(parts.begin(), parts.end(), part) == parts.end()) {
        parts.push_back(part);
      }
    }
    room += rows * (per_row + parts.size());
  }
  cells_.reserve(room);
}

PerformanceReport WorkbookReader::read() {
  reserve_cells();
  PerformanceReport report;
  report.settings.rating_scale = default_rating_scale();
  read_report_sheet(report);
  read_objectives(report);
  read_programs(report);
  read_activities(report);
  read_sub_activities(report);
  read_spending_periods(report);
  read_indicators(report);
  read_components();
  read_periods();
  read_categories();
  read_history();
  read_renstra();
  read_renstra_targets();
  read_regional();
  for (auto& [place, details] : details_) {
    std::vector<Indicator>& list = indicators_at(report, place.parent());
    Indicator& indicator = list[place.index_at(place.depth() - 1)];
    // What set() put in the indicator's own details, read with its row.
    const IndicatorDetails& own = details_of(indicator);
    details.note = own.note;
    details.period_rule = own.period_rule;
    details.decimals = own.decimals;
    if (details.qualitative && details.qualitative->scale_name.empty()) check_scale_name(place);
    // An indicator with periods and no rule is told to state it: at its rule's cell.
    if (!details.periods.empty() && details.period_rule == PeriodRule::kNone) {
      if (const auto rule = recorded(Key{place, Field::kPeriodRule}))
        cells_.emplace_back(Key{place, Field::kPeriods}, *rule);
    }
    indicator.details = std::make_shared<const IndicatorDetails>(std::move(details));
  }
  read_facilities(report);
  read_sakip(report);
  const Table& scale = this->table("rating_scale");
  if (scale.sheet != nullptr)
    cells_.emplace_back(Key{Place(), Field::kRatingScale}, CellRef{scale.index});
  if (std::vector<RatingBand> bands = read_bands(scale, Field::kRatingBand); !bands.empty()) {
    report.settings.rating_scale = std::move(bands);
    report.settings.rating_scale_given = true;
  }
  read_printed(report);
  read_claims(report);
  read_stated_scales(report);
  return report;
}

// ---- Problems, at once ----------------------------------------------------------------------

std::vector<Key> WorkbookReader::unjudged(const PerformanceReport& report) const {
  std::vector<Key> keys;
  if (!indicator_left_out_) return keys;
  for (const Objective& objective : report.objectives)
    keys.push_back(Key{objective.source, Field::kIndicators});
  // An indicator that supports one left out (the performance tree) cannot be judged either.
  for_each_indicator(report, [&](std::string_view, const Indicator& indicator) {
    if (!indicator.supports.empty() && dropped_.contains(indicator.supports.str())) {
      keys.push_back(Key{indicator.source, Field::kSupports});
    }
  });
  // So does a claim about one left out.
  for (const Claim& claim : report.claims) {
    for (const std::string& id : claim.indicators) {
      if (dropped_.contains(id)) {
        keys.push_back(Key{claim.source, Field::kClaimIndicators});
        break;
      }
    }
  }
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

// What reading the rows found, with the workbook's cells let go.
struct RowsRead {
  std::vector<std::pair<Key, CellRef>> cells;
  std::vector<ReadProblem> problems;
  std::vector<ReadProblem> warnings;
  std::vector<Key> unreadable;  // values whose problem is another's: their rules are not judged
};

RowsRead read_rows(const xlsx::Workbook& book, PerformanceReport& report) {
  WorkbookReader reader(book);
  report = reader.read();
  RowsRead rows;
  rows.unreadable = reader.unjudged(report);
  const std::vector<Key>& absent = reader.problems().unreadable();
  rows.unreadable.insert(rows.unreadable.end(), absent.begin(), absent.end());
  rows.cells = std::move(reader.cells());
  rows.problems = std::move(reader.problems().problems());
  rows.warnings = std::move(reader.problems().warnings());
  return rows;
}

}  // namespace

WorkbookReading read_report_workbook(xlsx::Workbook book, const std::string& file) {
  WorkbookReading reading;
  RowsRead rows = read_rows(book, reading.report);
  std::vector<std::string> sheets = sheet_names(book);
  // The cells are in the model now: a large workbook's are let go before the source map sorts
  // its own and the model's rules are checked (they were the peak of its memory).
  book = xlsx::Workbook();
  auto sources =
      std::make_shared<WorkbookSourceMap>(file, std::move(sheets), std::move(rows.cells));
  std::vector<ReadProblem> problems = std::move(rows.problems);
  // The model's rules; one broken where a value could not be read is a consequence, left out.
  std::vector<Key>& unreadable = rows.unreadable;
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
      all.push_back(Problem{Location{file, {}, {}, {}}, say(InputMessage::kMoreProblems, more)});
    }
    throw InputError(std::move(all));
  }
  reading.warnings = placed(*sources, std::move(rows.warnings));
  reading.sources = std::move(sources);
  return reading;
}

WorkbookReading read_report_workbook_file(const std::string& path) {
  xlsx::Workbook book;
  try {
    book = xlsx::read_workbook_file(path);
  } catch (const xlsx::WorkbookError& error) {
    throw InputError(Location{path, {}, {}, {}}, error.text);
  }
  return read_report_workbook(std::move(book), path);
}

WorkbookReading read_report_workbook_bytes(std::string_view bytes, const std::string& file) {
  xlsx::Workbook book;
  try {
    book = xlsx::read_workbook_bytes(bytes);
  } catch (const xlsx::WorkbookError& error) {
    throw InputError(Location{file, {}, {}, {}}, error.text);
  }
  return read_report_workbook(std::move(book), file);
}

}  // namespace lkjip
