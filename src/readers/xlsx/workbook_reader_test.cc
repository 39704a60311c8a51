#include "workbook_reader.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "cell_numbers.h"
#include "lkjip/input_writers.h"
#include "lkjip/loader.h"
#include "workbook_layout.h"
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
      lines.push_back(render(problem, Language::kEnglish));
    return lines;
  }
  return {};
}

std::string warnings_of(const WorkbookReading& reading) {
  std::string out;
  for (const Problem& warning : reading.warnings)
    out += render(warning, Language::kEnglish, "warning") + "\n";
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
  REQUIRE(text_at(book, "Program", "I1") == "SDM Tersedia");
  remove_column(book, "Sasaran", 2);
  remove_column(book, "Program", 9);
  const std::vector<std::string> problems = problems_of(book);
  INFO(all_lines(problems));
  REQUIRE(problems.size() == 2);
  CHECK(problems[0] ==
        "seed.xlsx:Sasaran!E1: error: the sheet has no column \"Sasaran Strategis\", which every "
        "row needs: add it (row 2 is the first that needs it)");
  CHECK(problems[1] ==
        "seed.xlsx:Program!I1: error: the sheet has no column \"SDM Tersedia\" (staff needed and "
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
  // P4.K1: the seed prints no name or unit of what it holds (P6.K1, the last, holds an
  // indicator whose printed unit would then name an id no longer read).
  put_text(book, "Kegiatan", "B11", "P9");
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
      "Laporan!B4",   "Sasaran!C2",         "Program!E2",     "Kegiatan!B11",   "Sub Kegiatan!F2",
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
  for_each_indicator(reading.report, [&](std::string_view, const Indicator& indicator) {
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

// ---- Indicators through the year, ranges, categories, counts, and the report's settings -------

namespace {

std::string examples_directory() {
  const std::string seed = LKJIP_SEED_DATA;
  return seed.substr(0, seed.rfind('/')) + "/examples";
}

std::string file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

const PerformanceReport& example(const std::string& name) {
  static std::map<std::string, PerformanceReport> loaded;
  auto found = loaded.find(name);
  if (found == loaded.end()) {
    found =
        loaded.emplace(name, load_report_file(examples_directory() + "/" + name + ".json")).first;
  }
  return found->second;
}

xlsx::Workbook example_book(const std::string& name,
                            workbook::Language language = workbook::Language::kIndonesian) {
  return xlsx::read_workbook_bytes(write_report_workbook(&example(name), language));
}

// Every line of the error of reading the workbook as FILE, or the empty list when it reads.
std::vector<std::string> problems_of(const xlsx::Workbook& book, const std::string& file) {
  try {
    read_report_workbook(book, file);
  } catch (const InputError& error) {
    std::vector<std::string> lines;
    for (const Problem& problem : error.problems())
      lines.push_back(render(problem, Language::kEnglish));
    return lines;
  }
  return {};
}

// Removes the cell of a sheet, as when it is cleared.
void clear(xlsx::Workbook& book, const std::string& sheet, const std::string& cell_name) {
  const auto [row, column] = *xlsx::parse_cell_name(cell_name);
  std::erase_if(sheet_named(book, sheet).cells,
                [&](const xlsx::Cell& cell) { return cell.row == row && cell.column == column; });
}

}  // namespace

TEST_CASE("every example converts to a workbook and back to the same JSON, in either language") {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(examples_directory())) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 6);
  for (const std::filesystem::path& file : files) {
    INFO(file);
    const PerformanceReport report = load_report_file(file.string());
    // The JSON writer writes the file as it is written, but for the "$schema" line.
    std::string text = file_text(file.string());
    const std::size_t schema = text.find("  \"$schema\"");
    if (schema != std::string::npos) text.erase(schema, text.find('\n', schema) + 1 - schema);
    REQUIRE(input_json(report) == text);
    for (const workbook::Language language :
         {workbook::Language::kIndonesian, workbook::Language::kEnglish}) {
      const xlsx::Workbook book =
          xlsx::read_workbook_bytes(write_report_workbook(&report, language));
      const WorkbookReading reading = read_report_workbook(book, file.stem().string() + ".xlsx");
      CHECK(input_json(reading.report) == text);
      CHECK(warnings_of(reading).empty());
    }
  }
}

TEST_CASE("the report's period, zero rule and thresholds survive the workbook") {
  PerformanceReport report = seed();
  report.settings.reporting_period = Period{Period::Kind::kQuarter, 2};
  report.settings.zero_rule = ZeroRule::kBothZeroFull;
  report.settings.classification = {Quantity{Rational(95), 0},
                                    Quantity{*Rational::parse_decimal("100.5"), 1}};
  report.settings.classification_given = true;
  for (const workbook::Language language :
       {workbook::Language::kIndonesian, workbook::Language::kEnglish}) {
    const WorkbookReading reading = read_report_workbook(
        xlsx::read_workbook_bytes(write_report_workbook(&report, language)), "seed.xlsx");
    CHECK(input_json(reading.report) == input_json(report));
    CHECK(input_json(reading.report).find("\"reporting_period\": \"q2\"") != std::string::npos);
  }
  // Months, and the whole year named.
  xlsx::Workbook book = seed_book();
  REQUIRE(text_at(book, "Laporan", "A11") == "Periode laporan");
  put_text(book, "Laporan", "B11", "Agustus");
  CHECK(read_report_workbook(book, "seed.xlsx").report.settings.reporting_period ==
        Period{Period::Kind::kMonth, 8});
  put_text(book, "Laporan", "B11", "Satu tahun");
  CHECK(input_json(read_report_workbook(book, "seed.xlsx").report) == input_json(seed()));
}

TEST_CASE("a category not on its scale is the model's error at the category's cell") {
  xlsx::Workbook book = example_book("kualitatif");
  REQUIRE(text_at(book, "Indikator", "O1") == "Target Kategori");
  put_text(book, "Indikator", "O2", "WTPX");
  std::vector<std::string> problems = problems_of(book, "kualitatif.xlsx");
  INFO(all_lines(problems));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] ==
        "kualitatif.xlsx:Indikator!O2: error: the category \"WTPX\" is not on the scale \"Opini "
        "BPK\" (WTP, WDP, TW, TMP); use one of its categories or add it to the scale");

  // An actual's category, and a category on the scale twice, at theirs.
  book = example_book("kualitatif", workbook::Language::kEnglish);
  REQUIRE(text_at(book, "Indicators", "P1") == "Actual category");
  put_text(book, "Indicators", "P3", "AAA");
  REQUIRE(text_at(book, "Qualitative scales", "B4") == "TW");
  put_text(book, "Qualitative scales", "B4", "WTP");
  problems = problems_of(book, "kualitatif.xlsx");
  INFO(all_lines(problems));
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].rfind("kualitatif.xlsx:Indicators!P3: error: the category \"AAA\" is not on "
                          "the scale \"Predikat SAKIP\" (AA, A, BB, B, CC, C, D)",
                          0) == 0);
  CHECK(problems[1] ==
        "kualitatif.xlsx:Qualitative scales!B4: error: the category \"WTP\" is on the scale twice");
}

TEST_CASE("a qualitative indicator without its scale's name is an error at the name's cell") {
  for (const bool categories_on_row : {true, false}) {
    INFO(categories_on_row);
    xlsx::Workbook book = example_book("kualitatif");
    REQUIRE(text_at(book, "Indikator", "N1") == "Nama Skala");
    clear(book, "Indikator", "N2");
    if (!categories_on_row) {  // the categories on the scales sheet make it qualitative
      clear(book, "Indikator", "O2");
      clear(book, "Indikator", "P2");
    }
    const std::vector<std::string> problems = problems_of(book, "kualitatif.xlsx");
    INFO(all_lines(problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] ==
          "kualitatif.xlsx:Indikator!N2: error: \"Nama Skala\" is required for a qualitative "
          "indicator (one with a category, on this row or on the sheet \"Skala Kualitatif\"): "
          "this cell is empty");
  }
}

TEST_CASE("a period given as text other than q1 to m12 is refused with the allowed choices") {
  for (const workbook::Language language :
       {workbook::Language::kIndonesian, workbook::Language::kEnglish}) {
    xlsx::Workbook book = example_book("triwulan", language);
    const std::string sheet = language == workbook::Language::kEnglish ? "Periods" : "Periode";
    REQUIRE(text_at(book, sheet, "B3") ==
            (language == workbook::Language::kEnglish ? "Quarter 2" : "Triwulan II"));
    put_text(book, sheet, "B3", "q5");
    put_number(book, sheet, "B4", "3");
    const std::vector<std::string> problems = problems_of(book, "triwulan.xlsx");
    INFO(all_lines(problems));
    REQUIRE(problems.size() == 2);
    // The quarters and the months, never the whole year.
    std::string allowed;
    for (const workbook::Choice& choice : workbook::period_choices().subspan(1))
      allowed += (allowed.empty() ? "\"" : " or \"") + std::string(label(choice, language)) + "\"";
    CHECK(problems[0] == "triwulan.xlsx:" + sheet + "!B3: error: expected " + allowed +
                             " (or an empty cell), found \"q5\": choose from the cell's list");
    CHECK(problems[1] == "triwulan.xlsx:" + sheet + "!B4: error: expected " + allowed +
                             " (or an empty cell), found \"3\": choose from the cell's list");
  }
  // The model's names are read too, in any case; an empty period is a missing one.
  xlsx::Workbook book = example_book("triwulan");
  put_text(book, "Periode", "B2", "Q1");
  put_text(book, "Periode", "B3", "q2");
  CHECK(input_json(read_report_workbook(book, "triwulan.xlsx").report) ==
        input_json(example("triwulan")));
  clear(book, "Periode", "B3");
  const std::vector<std::string> problems = problems_of(book, "triwulan.xlsx");
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] ==
        "triwulan.xlsx:Periode!B3: error: \"Periode\" is required and this cell is "
        "empty");
}

TEST_CASE("the model's rules about periods are located at the period's and the rule's cells") {
  xlsx::Workbook book = example_book("triwulan");
  put_text(book, "Periode", "B3", "Triwulan I");  // LAYANAN: q1, q1, q3, q4
  REQUIRE(text_at(book, "Indikator", "K1") == "Aturan Periode");
  REQUIRE(text_at(book, "Indikator", "A3") == "IKM");
  clear(book, "Indikator", "K3");
  put_text(book, "Periode", "B17", "Desember");  // TEPAT: a month after its quarters
  const std::vector<std::string> problems = problems_of(book, "triwulan.xlsx");
  INFO(all_lines(problems));
  REQUIRE(problems.size() == 3);
  CHECK(problems[0] ==
        "triwulan.xlsx:Indikator!K3: error: state how the periods make the year's figure: a "
        "period rule of sum, last, max, min or mean");
  CHECK(problems[1] ==
        "triwulan.xlsx:Periode!B3: error: periods must be listed in the order of the year, each "
        "once");
  CHECK(problems[2].rfind("triwulan.xlsx:Periode!B17: error: the periods are all quarters or all "
                          "months, not both",
                          0) == 0);
}

TEST_CASE("a range, a ratio and the thresholds are given whole, each cell of them read") {
  xlsx::Workbook book = example_book("rentang");
  REQUIRE(text_at(book, "Indikator", "M1") == "Target Maksimal");
  clear(book, "Indikator", "M2");
  put_text(book, "Indikator", "L3", "delapan puluh");
  REQUIRE(text_at(book, "Laporan", "A14") == "Melampaui di atas (%)");
  clear(book, "Laporan", "B14");
  put_number(book, "Laporan", "B13", "99.995");
  std::vector<std::string> problems = problems_of(book, "rentang.xlsx");
  INFO(all_lines(problems));
  REQUIRE(problems.size() == 4);
  CHECK(problems[0] ==
        "rentang.xlsx:Laporan!B13: error: expected at most 2 decimals: capaian are classified as "
        "printed");
  CHECK(problems[1] ==
        "rentang.xlsx:Laporan!B14: error: \"Tercapai mulai (%)\" and \"Melampaui di atas (%)\" are "
        "given together: this cell is empty");
  CHECK(problems[2] ==
        "rentang.xlsx:Indikator!M2: error: \"Target Minimal\" and \"Target Maksimal\" are given "
        "together: this cell is empty");
  CHECK(problems[3].rfind("rentang.xlsx:Indikator!L3: error: the text \"delapan puluh\" is not a "
                          "number",
                          0) == 0);

  book = example_book("rasio");
  REQUIRE(text_at(book, "Indikator", "R1") == "Penyebut");
  clear(book, "Indikator", "R2");
  put_number(book, "Indikator", "J2", "7");  // decimals
  problems = problems_of(book, "rasio.xlsx");
  INFO(all_lines(problems));
  REQUIRE(problems.size() == 2);
  CHECK(problems[0] ==
        "rasio.xlsx:Indikator!J2: error: expected a whole number from 0 to 6, "
        "found 7");
  CHECK(problems[1] ==
        "rasio.xlsx:Indikator!R2: error: \"Pembilang\", \"Penyebut\" and \"Per\" are given "
        "together: this cell is empty");
}

TEST_CASE("the source map names the cells of periods, ranges, categories and counts") {
  const Place first = Place().item(Place::List::kObjectives, 0).item(Place::List::kIndicators, 0);
  const WorkbookReading periods = read_report_workbook(example_book("triwulan"), "t.xlsx");
  CHECK(periods.sources->name(Key{first, Field::kPeriodName, 1}) == "Periode!B3");
  CHECK(periods.sources->name(Key{first, Field::kPeriodActual, 3}) == "Periode!D5");
  CHECK(periods.sources->name(Key{first, Field::kPeriodEntry, 2}) == "Periode!A4");
  CHECK(periods.sources->name(Key{first, Field::kPeriodRule}) == "Indikator!K2");
  CHECK(periods.sources->name(Key{first, Field::kDecimals}) == "Indikator!J2");
  const WorkbookReading range = read_report_workbook(example_book("rentang"), "r.xlsx");
  CHECK(range.sources->name(Key{first, Field::kTargetRange}) == "Indikator!L2");
  CHECK(range.sources->name(Key{first, Field::kRangeMax}) == "Indikator!M2");
  CHECK(range.sources->name(Key{Place(), Field::kExceededAbove}) == "Laporan!B14");
  const WorkbookReading scale = read_report_workbook(example_book("kualitatif"), "k.xlsx");
  CHECK(scale.sources->name(Key{first, Field::kScale}) == "Indikator!N2");
  CHECK(scale.sources->name(Key{first, Field::kActualCategory}) == "Indikator!P2");
  CHECK(scale.sources->name(Key{first, Field::kCategoryValue, 2}) == "Skala Kualitatif!C4");
  const WorkbookReading ratio = read_report_workbook(example_book("rasio"), "r.xlsx");
  CHECK(ratio.sources->name(Key{first, Field::kRatioPer}) == "Indikator!S2");
  // An indicator without a range has no cells of one: its row.
  CHECK(ratio.sources->name(Key{first, Field::kRangeMin}) == "Indikator!A2");
}

TEST_CASE("a workbook of the layout before periods, ranges and categories reads as before") {
  // Without the sheets, the columns and the report's rows that came with them.
  xlsx::Workbook book = seed_book();
  std::erase_if(book.sheets, [](const xlsx::Sheet& sheet) {
    return sheet.name == "Periode" || sheet.name == "Skala Kualitatif";
  });
  REQUIRE(text_at(book, "Indikator", "J1") == "Desimal");
  std::erase_if(sheet_named(book, "Indikator").cells,
                [](const xlsx::Cell& cell) { return cell.column >= 10; });
  REQUIRE(text_at(book, "Laporan", "A11") == "Periode laporan");
  std::erase_if(sheet_named(book, "Laporan").cells,
                [](const xlsx::Cell& cell) { return cell.row >= 11; });
  const WorkbookReading reading = read_report_workbook(book, "seed.xlsx");
  // Nor the performance tree's column (Mendukung Indikator), which came after them.
  PerformanceReport expected = seed();
  for (Program& program : expected.programs) {
    for (Indicator& indicator : program.indicators)
      indicator.supports.clear();
  }
  CHECK(input_json(reading.report) == input_json(expected));
  CHECK(reading.warnings.empty());
}

TEST_CASE("Renstra targets per year: the sheet Target Renstra, its cells and its mistakes") {
  const Place akip = Place().item(Place::List::kObjectives, 0).item(Place::List::kIndicators, 0);
  xlsx::Workbook book = example_book("renstra-tahunan");
  const WorkbookReading reading = read_report_workbook(book, "r.xlsx");
  CHECK(reading.sources->name(Key{akip, Field::kRenstraYearEntry, 0}) == "Target Renstra!A2");
  CHECK(reading.sources->name(Key{akip, Field::kRenstraYear, 1}) == "Target Renstra!B3");
  CHECK(reading.sources->name(Key{akip, Field::kRenstraYearTarget, 2}) == "Target Renstra!C4");
  REQUIRE(text_at(book, "Target Renstra", "A1") == "Kode Indikator");
  REQUIRE(text_at(book, "Target Renstra", "C3") == "74.5");  // shown with 2 decimals

  // A year outside the plan period is the model's error at its cell; a row of an indicator
  // without an end target (IKPP's Renstra row cleared) says where to give it.
  REQUIRE(text_at(book, "Renstra", "A3") == "IKPP");
  std::erase_if(sheet_named(book, "Renstra").cells,
                [](const xlsx::Cell& cell) { return cell.row == 3; });
  put_number(book, "Target Renstra", "B4", "2027");
  put_text(book, "Target Renstra", "A5", "IKPP");
  put_number(book, "Target Renstra", "B5", "2024");
  put_number(book, "Target Renstra", "C5", "8.4");
  CHECK(problems_of(book, "r.xlsx") ==
        std::vector<std::string>{
            "r.xlsx:Target Renstra!B4: error: expected a year of the strategic plan's period, "
            "2024 to 2026, found 2027: correct the year or the report's renstra_period",
            "r.xlsx:Target Renstra!A5: error: this indicator has no row on the sheet \"Renstra\": "
            "give its end target there, then its targets per year here"});
}

TEST_CASE("a partial report without a plan period or an objective's code reads from a workbook") {
  const WorkbookReading reading = read_report_workbook(example_book("sebagian"), "s.xlsx");
  CHECK(reading.report.renstra_from == 0);
  CHECK(reading.report.renstra_to == 0);
  CHECK(reading.report.programs.empty());
  CHECK(input_json(reading.report) == input_json(example("sebagian")));
}

TEST_CASE("the Indikator column Mendukung Indikator is read, and a wrong one named at its cell") {
  xlsx::Workbook book = seed_book();
  xlsx::Sheet& indicators = sheet_named(book, "Indikator");
  std::uint32_t column = 0;
  std::uint32_t row = 0;
  for (const xlsx::Cell& cell : indicators.cells) {
    if (cell.row == 1 && cell.text == "Mendukung Indikator") column = cell.column;
    if (cell.column == 1 && cell.text == "P1.I1") row = cell.row;
  }
  REQUIRE(column != 0);
  REQUIRE(row != 0);
  const auto at =
      std::find_if(indicators.cells.begin(), indicators.cells.end(),
                   [&](const xlsx::Cell& c) { return c.row == row && c.column == column; });
  REQUIRE(at != indicators.cells.end());
  CHECK(at->text == "AKIP");  // as data/2024.json gives it
  CHECK(read_report_workbook(book, "seed.xlsx").report.programs[0].indicators[0].supports ==
        "AKIP");
  at->type = xlsx::CellType::kSharedString;
  at->text = "AKIPX";
  const std::vector<std::string> problems = problems_of(book);
  INFO(all_lines(problems));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] == "seed.xlsx:Indikator!" + xlsx::column_letters(column) + std::to_string(row) +
                           ": error: no indicator has the id \"AKIPX\"; expected a key indicator "
                           "(of an objective): did you mean \"AKIP\"?; known: AKIP, IKPP");
}

TEST_CASE("a printed value typed as the report's text reads as in JSON; Desimal states decimals") {
  xlsx::Workbook book = seed_book();
  REQUIRE(text_at(book, "Tercetak", "F1") == "Desimal");
  put_text(book, "Tercetak", "B2", "Rp 2.696.606.251");
  put_text(book, "Tercetak", "B3", "95,30");
  put_number(book, "Tercetak", "B4", "100.1");
  put_number(book, "Tercetak", "F4", "2");
  put_text(book, "Tercetak", "B5", "100 %");
  const WorkbookReading reading = read_report_workbook(book, "seed.xlsx");
  const std::vector<PrintedFigure>& printed = reading.report.printed;
  CHECK(printed.at(0).number->value == Rational(2'696'606'251));
  CHECK(printed.at(0).number->decimals == 0);
  CHECK(printed.at(1).number->value == *Rational::parse_decimal("95.3"));
  CHECK(printed.at(1).number->decimals == 2);
  CHECK(printed.at(1).decimals == 2);
  CHECK(printed.at(2).number->decimals == 2);  // 100,1 printed as 100,10
  CHECK(printed.at(3).number->value == Rational(100));
  CHECK(printed.at(3).number->decimals == 0);
  // The report's own text is the form asked for: no warning.
  CHECK(reading.warnings.empty());
  // Written again, the precision is a number's format and the column Desimal.
  const WorkbookReading again = read_report_workbook(
      xlsx::read_workbook_bytes(input_workbook(&reading.report, WorkbookLanguage::kIndonesian)),
      "again.xlsx");
  CHECK(input_json(again.report) == input_json(reading.report));
  CHECK(again.report.printed.at(1).number->decimals == 2);
  CHECK(again.report.printed.at(1).decimals == 2);
}

TEST_CASE("a printed text that is almost a number, or decimals that disagree, are named at cells") {
  xlsx::Workbook book = seed_book();
  put_text(book, "Tercetak", "B2", "2.69.606");
  put_text(book, "Tercetak", "B3", "95,30");
  put_number(book, "Tercetak", "F3", "1");
  put_text(book, "Tercetak", "B4", "Baik");
  put_number(book, "Tercetak", "F4", "2");
  put_number(book, "Tercetak", "B5", "95.305");
  put_number(book, "Tercetak", "F5", "2");
  const std::vector<std::string> problems = problems_of(book);
  REQUIRE(problems.size() == 4);
  CHECK_THAT(problems[0], Catch::StartsWith("seed.xlsx:Tercetak!B2: error: the text \"2.69.606\" "
                                            "looks like a number but is not one"));
  CHECK_THAT(problems[1], Catch::StartsWith("seed.xlsx:Tercetak!F3: error: the stated decimals, 1, "
                                            "disagree with the text \"95,30\", which has 2"));
  // In the order of the cells, the model's rule among the readers' problems.
  CHECK_THAT(problems[2], Catch::StartsWith("seed.xlsx:Tercetak!F4: error: decimals are stated for "
                                            "a printed number, but the value \"Baik\" is a text"));
  CHECK_THAT(problems[3], Catch::StartsWith("seed.xlsx:Tercetak!F5: error: the stated decimals, 2, "
                                            "are fewer than the 3 the value 95.305 is written "
                                            "with"));
}
