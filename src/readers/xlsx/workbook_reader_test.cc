#include "workbook_reader.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "cell_numbers.h"
#include "lkjip/input_writers.h"
#include "lkjip/loader.h"
#include "workbook_writer.h"

using namespace lkjip;

namespace {

xlsx::Sheet& sheet_named(xlsx::Workbook& book, const std::string& name) {
  for (xlsx::Sheet& sheet : book.sheets) {
    if (sheet.name == name) return sheet;
  }
  FAIL("no sheet " << name);
  throw;
}

// Puts a cell in the sheet (replacing the one at its place), keeping the cells in order.
void put(xlsx::Workbook& book, const std::string& sheet_name, const std::string& cell_name,
         xlsx::CellType type, std::string text, std::uint32_t format = 0) {
  xlsx::Sheet& sheet = sheet_named(book, sheet_name);
  const auto [row, column] = *xlsx::parse_cell_name(cell_name);
  xlsx::Cell cell{
      .row = row, .column = column, .type = type, .format = format, .text = std::move(text)};
  const auto at = std::lower_bound(sheet.cells.begin(), sheet.cells.end(), cell,
                                   [](const xlsx::Cell& a, const xlsx::Cell& b) {
                                     return a.row != b.row ? a.row < b.row : a.column < b.column;
                                   });
  if (at != sheet.cells.end() && at->row == row && at->column == column) {
    *at = std::move(cell);
  } else {
    sheet.cells.insert(at, std::move(cell));
  }
}

void put_text(xlsx::Workbook& book, const std::string& sheet, const std::string& cell,
              std::string text) {
  put(book, sheet, cell, xlsx::CellType::kSharedString, std::move(text));
}

void put_number(xlsx::Workbook& book, const std::string& sheet, const std::string& cell,
                std::string stored, std::uint32_t format = 0) {
  put(book, sheet, cell, xlsx::CellType::kNumber, std::move(stored), format);
}

std::uint32_t add_format(xlsx::Workbook& book, const std::string& code) {
  book.formats.push_back(code);
  return static_cast<std::uint32_t>(book.formats.size() - 1);
}

std::string text_at(xlsx::Workbook& book, const std::string& sheet, const std::string& cell) {
  const auto [row, column] = *xlsx::parse_cell_name(cell);
  const xlsx::Cell* found = xlsx::find_cell(sheet_named(book, sheet), row, column);
  return found == nullptr ? std::string() : found->text;
}

const PerformanceReport& seed() {
  static const PerformanceReport report = load_report_file(LKJIP_SEED_DATA);
  return report;
}

xlsx::Workbook seed_book(workbook::Language language = workbook::Language::kIndonesian) {
  return xlsx::read_workbook_bytes(write_report_workbook(&seed(), language));
}

// Every line of the error, or the empty list when the workbook reads.
std::vector<std::string> problems_of(const xlsx::Workbook& book) {
  try {
    read_report_workbook(book, "seed.xlsx");
  } catch (const InputError& error) {
    std::vector<std::string> lines;
    for (const Problem& problem : error.problems())
      lines.push_back(render(problem));
    return lines;
  }
  return {};
}

std::string warnings_of(const WorkbookReading& reading) {
  std::string out;
  for (const Problem& warning : reading.warnings)
    out += render(warning, "warning") + "\n";
  return out;
}

const Indicator& first_key_indicator(const PerformanceReport& report) {
  return report.objectives.at(0).indicators.at(0);
}

}  // namespace

TEST_CASE("a number cell's stored text is the decimal typed: 15 significant digits") {
  CHECK(xlsx::typed_decimal("73.849999999999994") == "73.85");
  CHECK(xlsx::typed_decimal("8.4120000000000005E+1") == "84.12");
  CHECK(xlsx::typed_decimal("2696606251") == "2696606251");
  CHECK(xlsx::typed_decimal("0.30000000000000004") == "0.3");
  CHECK(xlsx::typed_decimal("99.999999999999999") == "100");
  CHECK(xlsx::typed_decimal("-0.5") == "-0.5");
  CHECK(xlsx::typed_decimal("-0") == "0");
  CHECK(xlsx::typed_decimal("1E-3") == "0.001");
  CHECK(xlsx::typed_decimal("1.5e3") == "1500");
  CHECK(xlsx::typed_decimal("123456789012345678") == "123456789012346000");
  CHECK(xlsx::typed_decimal("") == std::nullopt);
  CHECK(xlsx::typed_decimal("12abc") == std::nullopt);
  CHECK(xlsx::typed_decimal("1e") == std::nullopt);
  CHECK(xlsx::typed_decimal("1e99999") == std::nullopt);
}

TEST_CASE("a format shows a percentage only for a % outside quotes and brackets") {
  CHECK(xlsx::shows_percent("0.00%"));
  CHECK(xlsx::shows_percent("0%;[Red]-0%"));
  CHECK_FALSE(xlsx::shows_percent("0.00\"%\""));
  CHECK_FALSE(xlsx::shows_percent("0.00\\%"));
  CHECK_FALSE(xlsx::shows_percent("[$%-421]0.00"));
  CHECK_FALSE(xlsx::shows_percent("#,##0;-#,##0%"));
  CHECK_FALSE(xlsx::shows_percent("General"));
}

TEST_CASE("a format shows a date or a time for y, m, d, h or s outside quotes and brackets") {
  CHECK(xlsx::shows_date("m/d/yy"));
  CHECK(xlsx::shows_date("dd/mm/yyyy"));
  CHECK(xlsx::shows_date("[$-421]dd mmmm yyyy"));
  CHECK(xlsx::shows_date("h:mm"));
  CHECK(xlsx::shows_date("[h]:mm:ss"));
  CHECK_FALSE(xlsx::shows_date("General"));
  CHECK_FALSE(xlsx::shows_date("#,##0.00"));
  CHECK_FALSE(xlsx::shows_date("0.00\" hari\""));
  CHECK_FALSE(xlsx::shows_date("[Red]0.00"));
  CHECK_FALSE(xlsx::shows_date("0.00E+00"));
  CHECK_FALSE(xlsx::shows_date("0;\"d\"m"));
}

TEST_CASE(
    "a number shown as a date, or a printed value with an uncalculated formula, is an "
    "error at its cell") {
  xlsx::Workbook book = seed_book();
  put_number(book, "Indikator", "F2", "45385", add_format(book, "m/d/yy"));
  put(book, "Tercetak", "B2", xlsx::CellType::kFormulaString, "");
  for (xlsx::Cell& cell : sheet_named(book, "Tercetak").cells) {
    cell.has_formula = cell.row == 2 && cell.column == 2;
    cell.uncalculated = cell.has_formula;
  }
  const std::vector<std::string> problems = problems_of(book);
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].rfind("seed.xlsx:Indikator!F2: error: expected a number, found a date or time",
                          0) == 0);
  CHECK(problems[1].rfind("seed.xlsx:Tercetak!B2: error: the formula of this cell has no computed "
                          "value",
                          0) == 0);
}

TEST_CASE("a row whose formulas give empty text is an empty row, not a row of errors") {
  xlsx::Workbook book = seed_book();
  // Filled down below the data: =IF(Sasaran!A9="";"";Sasaran!A9) in every column.
  const xlsx::Sheet& objectives = sheet_named(book, "Sasaran");
  const std::uint32_t below = objectives.cells.back().row + 3;
  for (const char* column : {"A", "B", "C", "D", "E"}) {
    const std::string cell = column + std::to_string(below);
    put(book, "Sasaran", cell, xlsx::CellType::kFormulaString, "");
    xlsx::Cell& formula = sheet_named(book, "Sasaran").cells.back();
    REQUIRE(formula.row == below);
    formula.has_formula = true;
  }
  const WorkbookReading reading = read_report_workbook(book, "seed.xlsx");
  CHECK(input_json(reading.report) == input_json(seed()));
  CHECK(reading.warnings.empty());
}

TEST_CASE("a title row above the headings is not taken for them") {
  xlsx::Workbook book = seed_book();
  xlsx::Sheet& activities = sheet_named(book, "Kegiatan");
  for (xlsx::Cell& cell : activities.cells)
    cell.row += 2;
  // "Kegiatan" is also the heading of a column of this sheet (the activity's name).
  put_text(book, "Kegiatan", "A1", "Kegiatan");
  put_text(book, "Kegiatan", "A2", "Kecamatan Kesamben, 2024");
  const WorkbookReading reading = read_report_workbook(book, "seed.xlsx");
  CHECK(input_json(reading.report) == input_json(seed()));
  CHECK(reading.sources->name(
            Key{Place().item(Place::List::kPrograms, 0).item(Place::List::kActivities, 0),
                Field::kWhole}) == "Kegiatan!A4");
}

// Removes a column of a sheet: its heading and every cell under it.
void remove_column(xlsx::Workbook& book, const std::string& sheet, std::uint32_t column) {
  std::erase_if(sheet_named(book, sheet).cells,
                [&](const xlsx::Cell& cell) { return cell.column == column; });
}

std::string all_lines(const std::vector<std::string>& lines) {
  std::string all;
  for (const std::string& line : lines)
    all += line + "\n";
  return all;
}

TEST_CASE("a row without its code is one problem, not one for every row that names it") {
  xlsx::Workbook book = seed_book();
  put_text(book, "Program", "A2", " ");
  const std::vector<std::string> problems = problems_of(book);
  INFO(all_lines(problems));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] == "seed.xlsx:Program!A2: error: \"Kode\" is required and this cell is empty");
}

TEST_CASE("a column the sheet lacks is one problem at its heading row, however many rows need it") {
  xlsx::Workbook book = seed_book();
  REQUIRE(text_at(book, "Sasaran", "B1") == "Sasaran Strategis");
  REQUIRE(text_at(book, "Program", "H1") == "SDM Tersedia");
  remove_column(book, "Sasaran", 2);
  remove_column(book, "Program", 8);
  const std::vector<std::string> problems = problems_of(book);
  INFO(all_lines(problems));
  REQUIRE(problems.size() == 2);
  CHECK(problems[0] ==
        "seed.xlsx:Sasaran!E1: error: the sheet has no column \"Sasaran Strategis\", which every "
        "row needs: add it (row 2 is the first that needs it)");
  CHECK(problems[1] ==
        "seed.xlsx:Program!H1: error: the sheet has no column \"SDM Tersedia\" (staff needed and "
        "staff available are given together): add it (row 2 is the first that needs it)");
}

TEST_CASE(
    "a misspelt label of the report sheet names the right one; a missing sheet is one problem") {
  xlsx::Workbook book = seed_book();
  put_text(book, "Laporan", "A4", "Tahun laporn");
  std::vector<std::string> problems = problems_of(book);
  INFO(all_lines(problems));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] ==
        "seed.xlsx:Laporan!A4: error: the row \"Tahun laporn\" is not one of this sheet's: did "
        "you mean \"Tahun laporan\"?");

  book = seed_book();
  sheet_named(book, "Laporan").name = "Catatan saya";
  problems = problems_of(book);
  INFO(all_lines(problems));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].rfind("seed.xlsx: error: the workbook has no sheet \"Laporan\"", 0) == 0);
}

TEST_CASE("an indicator left out for its unknown owner leaves no other problem behind") {
  xlsx::Workbook book = seed_book();
  const std::string owner = text_at(book, "Indikator", "B2");
  REQUIRE(owner.rfind("SS", 0) == 0);
  // Every key indicator of that objective names an unknown owner.
  std::size_t changed = 0;
  for (xlsx::Cell& cell : sheet_named(book, "Indikator").cells) {
    if (cell.column == 2 && cell.text == owner) {
      cell.type = xlsx::CellType::kSharedString;
      cell.text = "SSX";
      ++changed;
    }
  }
  const std::vector<std::string> problems = problems_of(book);
  INFO(all_lines(problems));
  REQUIRE(problems.size() == changed);
  for (const std::string& line : problems)
    CHECK(line.find("no objective, program, activity or sub-activity has the code \"SSX\"") !=
          std::string::npos);
}

TEST_CASE("an unknown owner code names the four sheets that hold owners") {
  xlsx::Workbook book = seed_book();
  put_text(book, "Indikator", "B4", "P1.K99");
  const std::vector<std::string> problems = problems_of(book);
  REQUIRE_FALSE(problems.empty());
  CHECK(problems[0].find("no objective, program, activity or sub-activity has the code "
                         "\"P1.K99\" (sheets \"Sasaran\", \"Program\", \"Kegiatan\", "
                         "\"Sub Kegiatan\")") != std::string::npos);
}

TEST_CASE("the seed's workbook reads back as the seed, in either language") {
  for (const workbook::Language language :
       {workbook::Language::kIndonesian, workbook::Language::kEnglish}) {
    const WorkbookReading reading = read_report_workbook(seed_book(language), "seed.xlsx");
    CHECK(input_json(reading.report) == input_json(seed()));
    CHECK(reading.warnings.empty());
  }
}

TEST_CASE("the source map names each value's sheet and cell") {
  const WorkbookReading reading = read_report_workbook(seed_book(), "seed.xlsx");
  const SourceMap& sources = *reading.sources;
  const Place program = Place().item(Place::List::kPrograms, 1);
  CHECK(sources.name(Key{program, Field::kPagu}) == "Program!E3");
  CHECK(sources.name(Key{program, Field::kWhole}) == "Program!A3");
  // No column of its own: the row's.
  CHECK(sources.name(Key{program, Field::kBudget}) == "Program!A3");
  CHECK(sources.name(Key{Place(), Field::kYear}) == "Laporan!B4");
  const Place indicator =
      Place().item(Place::List::kObjectives, 0).item(Place::List::kIndicators, 0);
  CHECK(sources.name(Key{indicator, Field::kTarget}) == "Indikator!E2");
  CHECK(sources.name(Key{indicator, Field::kPastTarget, 0}).rfind("Tahun Lalu!C", 0) == 0);
  const std::vector<Location> located = sources.locate({Key{indicator, Field::kActual}});
  CHECK(located.at(0).file == "seed.xlsx");
  CHECK(located.at(0).cell == "Indikator!F2");
  CHECK(located.at(0).path.empty());
}

TEST_CASE("a workbook with one mistake in each sheet reports every one at once, at its cell") {
  xlsx::Workbook book = seed_book();
  const std::string key_indicator = text_at(book, "Indikator", "A2");
  REQUIRE_FALSE(key_indicator.empty());
  put_text(book, "Laporan", "B4", "dua ribu");
  put_text(book, "Sasaran", "C2", "lima");
  put_number(book, "Program", "E2", "1000.5");
  put_text(book, "Kegiatan", "B13", "P9");
  put_number(book, "Sub Kegiatan", "F2", "-5");
  put_text(book, "Indikator", "E2", "2.696");
  put_text(book, "Komponen Indeks", "A2", key_indicator);
  put_text(book, "Komponen Indeks", "B2", "IKM");
  put_number(book, "Komponen Indeks", "D2", "80");
  put_text(book, "Tahun Lalu", "C2", "n/a");
  put_text(book, "Renstra", "C2", "entah");
  put(book, "Pembanding", "B2", xlsx::CellType::kBoolean, "1");
  put_number(book, "Sarpras", "B2", "-1");
  put(book, "SAKIP", "C2", xlsx::CellType::kError, "#DIV/0!");
  put_text(book, "Skala Nilai", "A2", "Baik");
  put_text(book, "Skala Nilai", "B2", "abc");
  put_number(book, "Skala Nilai", "C2", "100");
  put_text(book, "Skala SAKIP", "A2", "A");
  put_number(book, "Skala SAKIP", "B2", "0");
  put_number(book, "Skala SAKIP", "C2", "100");
  put_text(book, "Skala SAKIP", "D2", "mungkin");
  put_text(book, "Tercetak", "D2", "mungkin");

  const std::vector<std::string> problems = problems_of(book);
  const std::vector<std::string> places = {
      "Laporan!B4",   "Sasaran!C2",         "Program!E2",     "Kegiatan!B13",   "Sub Kegiatan!F2",
      "Indikator!E2", "Komponen Indeks!C2", "Tahun Lalu!C2",  "Renstra!C2",     "Pembanding!B2",
      "Sarpras!B2",   "SAKIP!C2",           "Skala Nilai!B2", "Skala SAKIP!D2", "Tercetak!D2"};
  INFO([&] {
    std::string all;
    for (const std::string& line : problems)
      all += line + "\n";
    return all;
  }());
  REQUIRE(problems.size() == places.size());
  for (std::size_t i = 0; i < places.size(); ++i) {
    CHECK(problems[i].rfind("seed.xlsx:" + places[i] + ": error: ", 0) == 0);
  }
  CHECK(problems[2].find("whole number of rupiah") != std::string::npos);
  CHECK(problems[3].find("no program has the code \"P9\"") != std::string::npos);
  CHECK(problems[5].find("2.696") != std::string::npos);
  CHECK(problems[6].find("\"Bobot\" is required") != std::string::npos);
  CHECK(problems[8].find("\"Kumulatif\"") != std::string::npos);
  CHECK(problems[11].find("#DIV/0!") != std::string::npos);
}

TEST_CASE("numbers typed as text the Indonesian way are read, each with a warning at its cell") {
  xlsx::Workbook book = seed_book();
  put_text(book, "Indikator", "E2", "73,75");
  put_text(book, "Program", "E2", "Rp 1.000.000");
  const WorkbookReading reading = read_report_workbook(book, "seed.xlsx");
  const Quantity& target = *first_key_indicator(reading.report).target;
  CHECK(target.value == *Rational::parse_decimal("73.75"));
  CHECK(target.decimals == 2);
  CHECK(reading.report.programs.at(0).budget.pagu->value == 1'000'000);
  const std::string warnings = warnings_of(reading);
  CHECK(warnings.find("seed.xlsx:Program!E2: warning: read the text \"Rp 1.000.000\" as 1000000") !=
        std::string::npos);
  CHECK(warnings.find("seed.xlsx:Indikator!E2: warning: read the text \"73,75\" as 73.75") !=
        std::string::npos);
}

TEST_CASE("a number cell gives its exact value and the decimals its format shows") {
  xlsx::Workbook book = seed_book();
  const std::uint32_t two = add_format(book, "#,##0.00");
  const std::uint32_t percent = add_format(book, "0.00%");
  put_number(book, "Indikator", "E2", "73.5", two);                // shown 73,50
  put_number(book, "Indikator", "F2", "73.849999999999994", two);  // a double's noise
  put_number(book, "Indikator", "E3", "85.385", two);              // more than it shows
  put_number(book, "Indikator", "F3", "0.7375", percent);          // typed as 73,75%
  const WorkbookReading reading = read_report_workbook(book, "seed.xlsx");
  const Indicator& first = first_key_indicator(reading.report);
  CHECK(first.target->value == *Rational::parse_decimal("73.5"));
  CHECK(first.target->decimals == 2);
  CHECK(first.actual->value == *Rational::parse_decimal("73.85"));
  const std::string third_row_owner = text_at(book, "Indikator", "B3");
  const Indicator* second = nullptr;
  for_each_indicator(reading.report, [&](const std::string&, const Indicator& indicator) {
    if (indicator.id == text_at(book, "Indikator", "A3")) second = &indicator;
  });
  REQUIRE(second != nullptr);
  CHECK(second->target->value == *Rational::parse_decimal("85.385"));
  CHECK(second->target->decimals == 3);
  CHECK(second->actual->value == *Rational::parse_decimal("73.75"));
  CHECK(second->actual->decimals == 2);
  const std::string warnings = warnings_of(reading);
  CHECK(warnings.find("Indikator!E3: warning: the cell holds 85.385 but shows 2 decimals") !=
        std::string::npos);
  CHECK(warnings.find("Indikator!F3: warning: read the percentage 73.75%") != std::string::npos);
  CHECK(warnings.find("Indikator!E2") == std::string::npos);
}

TEST_CASE("a sheet's columns are found by their headings, in any order and either language") {
  xlsx::Workbook book = seed_book();
  // The English heading of the target column, and a column of the user's own.
  put_text(book, "Indikator", "E1", "Target");
  put_text(book, "Indikator", "K1", "Capaian saya");
  put_number(book, "Indikator", "K2", "99");
  const WorkbookReading reading = read_report_workbook(book, "seed.xlsx");
  CHECK(input_json(reading.report) == input_json(seed()));
  CHECK(warnings_of(reading) ==
        "seed.xlsx:Indikator!K1: warning: the column \"Capaian saya\" is not one of this sheet's: "
        "it is not read\n");
}

TEST_CASE("a misspelt heading or sheet is an error that names the right one") {
  xlsx::Workbook book = seed_book();
  put_text(book, "Program", "E1", "Pagu (Rp.)");
  sheet_named(book, "Sarpras").name = "Sarpas";
  const std::vector<std::string> problems = problems_of(book);
  REQUIRE(problems.size() >= 2);
  CHECK(std::find(problems.begin(), problems.end(),
                  "seed.xlsx:Program!E1: error: the heading \"Pagu (Rp.)\" is not one of this "
                  "sheet's: did you mean \"Pagu (Rp)\"?") != problems.end());
  CHECK(std::any_of(problems.begin(), problems.end(), [](const std::string& line) {
    return line.find("the sheet \"Sarpas\" is not read: did you mean \"Sarpras\"?") !=
           std::string::npos;
  }));
}

TEST_CASE("a workbook without its report sheet, or not a workbook, is an error") {
  xlsx::Workbook book = seed_book();
  sheet_named(book, "Laporan").name = "Catatan saya";
  const std::vector<std::string> problems = problems_of(book);
  REQUIRE_FALSE(problems.empty());
  CHECK(std::any_of(problems.begin(), problems.end(), [](const std::string& line) {
    return line.rfind("seed.xlsx: error: the workbook has no sheet \"Laporan\"", 0) == 0;
  }));
}

TEST_CASE("the model's rules hold for a workbook too, located at the cell") {
  xlsx::Workbook book = seed_book();
  const std::string first_program = text_at(book, "Program", "A2");
  put_text(book, "Program", "A3", first_program);  // a repeated code
  const std::vector<std::string> problems = problems_of(book);
  REQUIRE(problems.size() >= 1);
  CHECK(problems[0] == "seed.xlsx:Program!A3: error: duplicate id \"" + first_program +
                           "\" (first used at Program!A2)");
}

TEST_CASE("amounts up to the largest rupiah survive the workbook, written as text") {
  PerformanceReport report = seed();
  report.programs.at(0).budget.pagu = Amount{kMaxRupiah};
  const xlsx::Workbook book =
      xlsx::read_workbook_bytes(write_report_workbook(&report, workbook::Language::kIndonesian));
  const WorkbookReading reading = read_report_workbook(book, "big.xlsx");
  CHECK(reading.report.programs.at(0).budget.pagu->value == kMaxRupiah);
  CHECK(input_json(reading.report) == input_json(report));
}

TEST_CASE("a value with more decimals than can be kept says to round it") {
  xlsx::Workbook book = seed_book();
  put_number(book, "Indikator", "F2", "0.66666666666666663");  // =2/3
  const std::vector<std::string> problems = problems_of(book);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] ==
        "seed.xlsx:Indikator!F2: error: expected a number with at most 18 digits before and 12 "
        "after the decimal mark, found 0.666666666666667: round it to the decimals the report "
        "prints, with =ROUND(...;2) or by typing the value as printed");
}
