#include "workbook_writer.h"

#include <zip.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <memory>
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

namespace {

// Whether a column of `cell` kind holds the values of a field of `kind`.
bool holds(workbook::CellKind cell, FieldKind kind) {
  using workbook::CellKind;
  switch (kind) {
    case FieldKind::kText:
      return cell == CellKind::kText || cell == CellKind::kId;
    case FieldKind::kDecimal:
      return cell == CellKind::kDecimal;
    case FieldKind::kRupiah:
      return cell == CellKind::kRupiah;
    case FieldKind::kYear:
    case FieldKind::kCount:
    case FieldKind::kWhole:
      return cell == CellKind::kWhole;
    case FieldKind::kChoice:
      return cell == CellKind::kChoice;
    case FieldKind::kYesNo:
      return cell == CellKind::kYesNo;
  }
  return false;
}

// The text of a part of an xlsx file ("xl/worksheets/sheet2.xml").
std::string part_of(const std::string& workbook, const std::string& name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(workbook.data(), workbook.size(), 0, &error);
  REQUIRE(source != nullptr);
  const std::unique_ptr<zip_t, decltype(&zip_discard)> archive(
      zip_open_from_source(source, ZIP_RDONLY, &error), &zip_discard);
  REQUIRE(archive != nullptr);
  zip_stat_t stat;
  REQUIRE(zip_stat(archive.get(), name.c_str(), 0, &stat) == 0);
  std::string text(stat.size, '\0');
  zip_file_t* file = zip_fopen(archive.get(), name.c_str(), 0);
  REQUIRE(file != nullptr);
  CHECK(zip_fread(file, text.data(), stat.size) == static_cast<zip_int64_t>(stat.size));
  zip_fclose(file);
  return text;
}

}  // namespace

TEST_CASE("every value of the model has a column of the input workbook, its choices named") {
  std::set<Field> columns;
  for (const workbook::Sheet& sheet : workbook::sheets()) {
    for (const workbook::Column& column : sheet.columns) {
      INFO(sheet.key << "." << column.key);
      columns.insert(column.field);
      if (is_value_field(column.field)) CHECK(holds(column.kind, kind_of(column.field)));
      if (column.kind != workbook::CellKind::kChoice) continue;
      // Each drop-down entry is one of the model's choices of the field, and each choice but
      // the default (an empty cell) has its entry.
      for (const workbook::Choice& choice : column.choices) {
        CHECK(choice_index(column.field, choice.json) < choices(column.field).size());
      }
      for (std::size_t i = 1; i < choices(column.field).size(); ++i) {
        INFO(choices(column.field)[i]);
        CHECK(std::any_of(column.choices.begin(), column.choices.end(),
                          [&](const workbook::Choice& choice) {
                            return choice.json == choices(column.field)[i];
                          }));
      }
    }
  }
  for (int f = 0; f <= static_cast<int>(Field::kLastField); ++f) {
    const auto field = static_cast<Field>(f);
    INFO("field " << f);
    if (is_value_field(field)) CHECK(columns.count(field) == 1);
  }
}

TEST_CASE("a choice's cells have its drop-down list, on the report sheet too") {
  for (const workbook::Language language :
       {workbook::Language::kIndonesian, workbook::Language::kEnglish}) {
    const std::string bytes = write_report_workbook(nullptr, language);
    for (std::size_t s = 0; s < workbook::sheets().size(); ++s) {
      const workbook::Sheet& layout = workbook::sheets()[s];
      // The guide is sheet1.
      const std::string xml =
          part_of(bytes, "xl/worksheets/sheet" + std::to_string(s + 2) + ".xml");
      for (std::size_t c = 0; c < layout.columns.size(); ++c) {
        const workbook::Column& column = layout.columns[c];
        if (column.kind != workbook::CellKind::kChoice) continue;
        INFO(layout.key << "." << column.key);
        std::string list;
        for (const workbook::Choice& choice : column.choices)
          list += (list.empty() ? "" : ",") + std::string(workbook::label(choice, language));
        // A field per row: its value's cell; a sheet of rows: the column below its heading.
        const std::string cells =
            layout.fields_by_row
                ? xlsx::cell_name(static_cast<std::uint32_t>(c + 2), 2)
                : xlsx::column_letters(static_cast<std::uint32_t>(c + 1)) +
                      "2:" + xlsx::column_letters(static_cast<std::uint32_t>(c + 1)) + "10001";
        CHECK(xml.find("sqref=\"" + cells + "\"><formula1>\"" + list + "\"</formula1>") !=
              std::string::npos);
      }
    }
  }
}

TEST_CASE("an indicator's range, qualitative figures and counts are columns of its row") {
  const std::string examples =
      std::string(LKJIP_SEED_DATA).substr(0, std::string(LKJIP_SEED_DATA).rfind('/')) +
      "/examples/";
  const auto book_of = [&](const std::string& name) {
    const PerformanceReport report = load_report_file(examples + name + ".json");
    return xlsx::read_workbook_bytes(
        write_report_workbook(&report, workbook::Language::kIndonesian));
  };
  const xlsx::Workbook range = book_of("rentang");
  const xlsx::Sheet& indicators = sheet_named(range, "Indikator");
  const auto column = [&](const std::string& heading) {
    for (std::uint32_t c = 1; c <= 40; ++c)
      if (text_at(indicators, 1, c) == heading) return c;
    FAIL("no column " << heading);
    return 0u;
  };
  CHECK(text_at(indicators, 2, column("Target")).empty());
  CHECK(text_at(indicators, 2, column("Target Minimal")) == "80");
  CHECK(text_at(indicators, 2, column("Target Maksimal")) == "90");
  CHECK(text_at(indicators, 2, column("Realisasi")) == "85");
  const xlsx::Sheet& report = sheet_named(range, "Laporan");
  CHECK(text_at(report, 13, 1) == "Tercapai mulai (%)");
  CHECK(text_at(report, 13, 2) == "100");
  CHECK(text_at(report, 14, 2) == "100");

  const xlsx::Workbook qualitative = book_of("kualitatif");
  const xlsx::Sheet& rows = sheet_named(qualitative, "Indikator");
  CHECK(text_at(rows, 2, 14) == "Opini BPK");
  CHECK(text_at(rows, 2, 15) == "WTP");
  CHECK(text_at(rows, 2, 16) == "WDP");
  const xlsx::Sheet& scales = sheet_named(qualitative, "Skala Kualitatif");
  CHECK(text_at(scales, 2, 1) == "OPINI");
  CHECK(text_at(scales, 2, 2) == "WTP");
  CHECK(text_at(scales, 2, 3) == "100");
  CHECK(text_at(scales, 12, 1) == "SAKIP");  // 4 + 7 categories
  CHECK(text_at(scales, 12, 2) == "D");

  const xlsx::Workbook periods = book_of("triwulan");
  const xlsx::Sheet& quarters = sheet_named(periods, "Periode");
  CHECK(text_at(quarters, 2, 1) == "LAYANAN");
  CHECK(text_at(quarters, 2, 2) == "Triwulan I");
  CHECK(text_at(quarters, 2, 3) == "10");
  CHECK(text_at(quarters, 2, 4) == "8");
  CHECK(text_at(quarters, 6, 3).empty());  // IKM's first quarter gives no target
  CHECK(text_at(sheet_named(periods, "Indikator"), 2, 10) == "0");  // decimals
  CHECK(text_at(sheet_named(periods, "Indikator"), 2, 11) == "Jumlah");
}

// ---- What a workbook cannot hold (issue 17) ---------------------------------------------------

TEST_CASE("a list longer than a sheet is refused, never cut", "[hostile][xlsx-limits]") {
  PerformanceReport report = load_report_file(LKJIP_SEED_DATA);
  // More facilities than any other list has rows: the heading row and 1 000 rows.
  report.facilities.resize(1000, report.facilities.front());
  CHECK_NOTHROW(write_report_workbook(&report, workbook::Language::kEnglish, 1001));
  try {
    write_report_workbook(&report, workbook::Language::kEnglish, 1000);
    FAIL("no error");
  } catch (const WorkbookLimitError& error) {
    CHECK(error.limit == WorkbookLimitError::Limit::kRows);
    CHECK(error.sheet == "Facilities");
    CHECK(error.size == 1001);
    CHECK(error.most == 1000);
  }
}

TEST_CASE("a text longer than a workbook's cell holds is refused, never left out",
          "[hostile][xlsx-limits]") {
  PerformanceReport report = load_report_file(LKJIP_SEED_DATA);
  report.programs.front().name = std::string(kWorkbookCellCharacters, 'n');
  const xlsx::Workbook book =
      xlsx::read_workbook_bytes(write_report_workbook(&report, workbook::Language::kEnglish));
  bool found = false;
  for (const xlsx::Sheet& sheet : book.sheets) {
    for (const xlsx::Cell& cell : sheet.cells)
      found = found || cell.text == report.programs.front().name;
  }
  CHECK(found);
  report.programs.front().name = report.programs.front().name + "n";
  try {
    write_report_workbook(&report, workbook::Language::kEnglish);
    FAIL("no error");
  } catch (const WorkbookLimitError& error) {
    CHECK(error.limit == WorkbookLimitError::Limit::kCellText);
    CHECK(error.sheet == "Programs");
    CHECK(error.size == kWorkbookCellCharacters + 1);
  }
}
