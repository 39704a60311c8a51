#include "workbook_writer.h"

#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "lkjip/fields.h"
#include "lkjip/loader.h"
#include "workbook_cells.h"
#include "workbook_layout.h"

using namespace lkjip;

namespace {

const xlsx::Sheet& sheet_named(const xlsx::Workbook& book, const std::string& name) {
  for (const xlsx::Sheet& sheet : book.sheets) {
    if (sheet.name == name) return sheet;
  }
  FAIL("no sheet " << name);
  throw;
}

std::string text_at(const xlsx::Sheet& sheet, std::uint32_t row, std::uint32_t column) {
  const xlsx::Cell* cell = xlsx::find_cell(sheet, row, column);
  return cell == nullptr ? std::string() : cell->text;
}

}  // namespace

TEST_CASE("the empty workbook has the guide, then a sheet per part with its headings") {
  const xlsx::Workbook book =
      xlsx::read_workbook_bytes(write_report_workbook(nullptr, workbook::Language::kIndonesian));
  REQUIRE(book.sheets.size() == workbook::sheets().size() + 1);
  CHECK(book.sheets[0].name == "Petunjuk");
  CHECK(text_at(book.sheets[0], 1, 1) == "Cara mengisi buku kerja ini");
  for (std::size_t s = 0; s < workbook::sheets().size(); ++s) {
    const workbook::Sheet& layout = workbook::sheets()[s];
    const xlsx::Sheet& sheet = book.sheets[s + 1];
    CHECK(sheet.name == layout.indonesian);
    if (layout.fields_by_row) {
      for (std::size_t f = 0; f < layout.columns.size(); ++f) {
        CHECK(text_at(sheet, static_cast<std::uint32_t>(f + 2), 1) == layout.columns[f].indonesian);
      }
      continue;
    }
    for (std::size_t c = 0; c < layout.columns.size(); ++c) {
      CHECK(text_at(sheet, 1, static_cast<std::uint32_t>(c + 1)) == layout.columns[c].indonesian);
    }
    CHECK(xlsx::find_cell(sheet, 2, 1) == nullptr);  // no row of data
  }
  const xlsx::Workbook english =
      xlsx::read_workbook_bytes(write_report_workbook(nullptr, workbook::Language::kEnglish));
  CHECK(english.sheets[0].name == "Guide");
  CHECK(english.sheets[3].name == "Programs");
  CHECK(text_at(english.sheets[3], 1, 5) == "Budget (Rp)");
}

TEST_CASE("the seed's workbook holds its values as numbers and texts, linked by their codes") {
  const PerformanceReport seed = load_report_file(LKJIP_SEED_DATA);
  const xlsx::Workbook book =
      xlsx::read_workbook_bytes(write_report_workbook(&seed, workbook::Language::kIndonesian));
  const xlsx::Sheet& report = sheet_named(book, "Laporan");
  CHECK(text_at(report, 2, 2) == "Kecamatan Kesamben");
  CHECK(text_at(report, 4, 2) == "2024");
  const xlsx::Sheet& programs = sheet_named(book, "Program");
  CHECK(text_at(programs, 2, 1) == "P1");
  CHECK(text_at(programs, 2, 2) == "SS1");
  const xlsx::Cell* pagu = xlsx::find_cell(programs, 2, 5);
  REQUIRE(pagu != nullptr);
  CHECK(pagu->type == xlsx::CellType::kNumber);
  CHECK(pagu->text == "2535641951");
  const xlsx::Sheet& indicators = sheet_named(book, "Indikator");
  CHECK(text_at(indicators, 2, 1) == "AKIP");
  CHECK(text_at(indicators, 2, 2) == "SS1");
  const xlsx::Cell* target = xlsx::find_cell(indicators, 2, 5);
  REQUIRE(target != nullptr);
  CHECK(target->type == xlsx::CellType::kNumber);
  CHECK(target->text == "73.75");
  // Every indicator of the report has its row.
  std::size_t rows = 0;
  for (const xlsx::Cell& cell : indicators.cells)
    rows += cell.column == 1 && cell.row > 1;
  std::size_t expected = 0;
  for (const Objective& o : seed.objectives)
    expected += o.indicators.size();
  for (const Program& p : seed.programs) {
    expected += p.indicators.size();
    for (const Activity& a : p.activities) {
      expected += a.indicators.size();
      for (const SubActivity& s : a.sub_activities)
        expected += s.indicators.size();
    }
  }
  CHECK(rows == expected);
  const xlsx::Sheet& printed = sheet_named(book, "Tercetak");
  CHECK(text_at(printed, 2, 1) == seed.printed[0].figure);
}

TEST_CASE("a value Excel cannot hold exactly as a number is written as its text") {
  PerformanceReport report = load_report_file(LKJIP_SEED_DATA);
  report.objectives[0].indicators[0].target =
      Quantity{*Rational::parse_decimal("1234567890.1234567"), 7};
  const xlsx::Workbook book =
      xlsx::read_workbook_bytes(write_report_workbook(&report, workbook::Language::kIndonesian));
  const xlsx::Cell* target = xlsx::find_cell(sheet_named(book, "Indikator"), 2, 5);
  REQUIRE(target != nullptr);
  CHECK(target->type != xlsx::CellType::kNumber);
  CHECK(target->text == "1234567890.1234567");
}

TEST_CASE("every value of the model has a column of the input workbook, its choices named") {
  std::set<Field> columns;
  for (const workbook::Sheet& sheet : workbook::sheets()) {
    for (const workbook::Column& column : sheet.columns) {
      columns.insert(column.field);
      if (column.kind != workbook::CellKind::kChoice) continue;
      // Each drop-down entry is one of the model's choices of the field.
      for (const workbook::Choice& choice : column.choices) {
        CHECK(choice_index(column.field, choice.json) < choices(column.field).size());
      }
    }
  }
  // Issue 13's values, which the JSON format reads, get their columns in the next change.
  const std::set<Field> pending = {
      Field::kPeriodName,      Field::kPeriodTarget,       Field::kPeriodActual,
      Field::kPeriodRule,      Field::kRangeMin,           Field::kRangeMax,
      Field::kScaleName,       Field::kTargetCategory,     Field::kActualCategory,
      Field::kCategoryName,    Field::kCategoryValue,      Field::kNumerator,
      Field::kDenominator,     Field::kRatioPer,           Field::kDecimals,
      Field::kReportingPeriod, Field::kZeroRule,           Field::kMetFrom,
      Field::kExceededAbove,   Field::kSpendingPeriodName, Field::kPeriodSpending};
  for (int f = 0; f <= static_cast<int>(Field::kLastField); ++f) {
    const auto field = static_cast<Field>(f);
    INFO("field " << f);
    if (is_value_field(field) && !pending.count(field)) CHECK(columns.count(field) == 1);
  }
}
