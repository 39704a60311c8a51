// The input workbook's layout: its sheets, their columns, headings in Indonesian and English,
// what each cell holds. One declaration that the workbook writer (`lkjip init`, `convert`) lays
// out and the workbook reader reads by, so that the two cannot disagree. Internal to the readers.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "lkjip/key.h"
#include "lkjip/language.h"

namespace lkjip::workbook {

using Language = lkjip::Language;

// What a cell holds, which decides how it is written, checked and read.
enum class CellKind {
  kText,
  kId,       // a code: names a row, links rows across sheets ("P1", "P1.K1") or a figure
  kDecimal,  // a target, an actual, a weight: exact, with the decimals it is shown with
  kRupiah,   // whole rupiah
  kWhole,    // a count or a year
  kChoice,   // one of a few values, from a drop-down list
  kYesNo,
};

// One value of a drop-down list: as people read it in each language, and as the JSON format
// writes it.
struct Choice {
  std::string_view indonesian;
  std::string_view english;
  std::string_view json;
};

struct Column {
  std::string_view key;  // stable, for the code: "target"
  // The model's field its cells hold, which names them in messages; kWhole for a code that
  // places the row under another (the program of an activity) or a field without its own
  // key (a band's bounds: the band is one item).
  Field field;
  std::string_view indonesian;
  std::string_view english;
  CellKind kind = CellKind::kText;
  bool required = false;
  double width = 12;
  std::string_view help_indonesian = {};  // a note on the heading
  std::string_view help_english = {};
  std::span<const Choice> choices = {};
};

// A sheet of rows under a heading row, or (the report sheet) one field per row: its label in
// the first column and its value in the second.
struct Sheet {
  std::string_view key;  // stable, for the code: "programs"
  std::string_view indonesian;
  std::string_view english;
  std::string_view purpose_indonesian;  // one line in the guide sheet
  std::string_view purpose_english;
  std::span<const Column> columns;
  bool fields_by_row = false;
};

// Where `lkjip init` writes a sheet's headings (1-based); the reader also finds them a few rows
// lower, under a title.
inline constexpr std::uint32_t kHeadingRow = 1;

// The report sheet (fields_by_row): under a heading row, a field per row, its label in one
// column, its value in the next, a note in the last (1-based columns).
enum class FieldColumn : std::uint32_t { kLabel = 1, kValue = 2, kNote = 3 };
std::string_view field_heading(FieldColumn column, Language language);

// A yes-or-no cell's labels, in the drop-down list and as read ("Ya"/"Tidak", "Yes"/"No").
std::string_view yes_no_label(bool yes, Language language);

// The data sheets in workbook order (after the guide sheet).
std::span<const Sheet> sheets();
const Sheet& sheet(std::string_view key);

std::string_view text(const Sheet& sheet, Language language);
std::string_view heading(const Column& column, Language language);
std::string_view help(const Column& column, Language language);
std::string_view label(const Choice& choice, Language language);

// The guide sheet: its name and its lines, in the language.
std::string_view guide_sheet_name(Language language);
std::vector<std::string_view> guide_lines(Language language);

// The polarity and method choices of an indicator, and Renstra's kind of progress.
std::span<const Choice> polarity_choices();
std::span<const Choice> method_choices();
std::span<const Choice> renstra_kind_choices();
// The parts of the year: the whole year, its quarters, its months (the report's period; an
// indicator's periods are all but the first).
std::span<const Choice> period_choices();

}  // namespace lkjip::workbook
