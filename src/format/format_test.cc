#include "lkjip/format.h"

#include <zip.h>

#include <catch2/catch.hpp>
#include <map>
#include <memory>
#include <regex>
#include <set>
#include <sstream>

#include "lkjip/findings_format.h"
#include "pieces.h"
#include "text_width.h"

using namespace lkjip;

namespace {

Document sample() {
  Table table{"contoh", "Contoh", {}, {}};
  table.columns = {Column{"name", "Nama", ColumnType::kText},
                   Column{"pagu", "Pagu (Rp)", ColumnType::kRupiah},
                   Column{"capaian", "Capaian (%)", ColumnType::kPercent}};
  table.rows.push_back(
      Row{"a",
          {Cell::of_text("Pengadaan \"A\", B"), Cell::number(Rational(2696606251), 0),
           Cell::number(*Rational::parse_decimal("97.085"), 2)},
          false});
  table.rows.push_back(Row{"b",
                           {Cell::of_text("Kecamatan Ñgawi é"), Cell::number(Rational(0), 0),
                            Cell::unavailable("target nol", "target-zero")},
                           false});
  table.rows.push_back(Row{"c",
                           {Cell::of_text("Selisih"), Cell::empty(),
                            Cell::number(*Rational::parse_decimal("-0.004"), 2)},
                           true});
  Document document;
  document.unit_name = "Kecamatan Contoh";
  document.region = "Kabupaten Contoh";
  document.year = 2024;
  document.tables = {table};
  document.heading = "LKjIP Kecamatan Contoh, Kabupaten Contoh, Tahun 2024";
  document.unavailable_mark = "t.d.";
  document.unavailable_note = "tidak dapat dihitung";
  return document;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);)
    lines.push_back(line);
  return lines;
}

// Lines made of dashes and spaces only: the rules of a text table.
std::size_t rules_in(const std::string& text) {
  std::size_t rules = 0;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line.find_first_not_of("- ") == std::string::npos) ++rules;
  }
  return rules;
}

// One file of an xlsx workbook (a zip archive), by its path in the archive.
std::string workbook_part(const std::string& workbook, const char* path) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(workbook.data(), workbook.size(), 0, &error);
  REQUIRE(source != nullptr);
  const std::unique_ptr<zip_t, decltype(&zip_discard)> archive(
      zip_open_from_source(source, ZIP_RDONLY, &error), &zip_discard);
  REQUIRE(archive != nullptr);
  zip_stat_t stat;
  REQUIRE(zip_stat(archive.get(), path, 0, &stat) == 0);
  std::string xml(stat.size, '\0');
  zip_file_t* file = zip_fopen(archive.get(), path, 0);
  REQUIRE(file != nullptr);
  CHECK(zip_fread(file, xml.data(), stat.size) == static_cast<zip_int64_t>(stat.size));
  zip_fclose(file);
  return xml;
}

// The formulas of the first sheet of an xlsx workbook, in the order of its cells.
std::vector<std::string> sheet_formulas(const std::string& workbook) {
  const std::string xml = workbook_part(workbook, "xl/worksheets/sheet1.xml");
  std::vector<std::string> formulas;
  const std::regex formula("<f>([^<]*)</f>");
  for (auto match = std::sregex_iterator(xml.begin(), xml.end(), formula);
       match != std::sregex_iterator(); ++match)
    formulas.push_back((*match)[1]);
  return formulas;
}

// The widths of the columns of a sheet, by column number (from 1).
std::map<int, double> column_widths(const std::string& sheet) {
  std::map<int, double> widths;
  const std::regex column("<col min=\"(\\d+)\" max=\"\\d+\" width=\"([0-9.]+)\"");
  for (auto match = std::sregex_iterator(sheet.begin(), sheet.end(), column);
       match != std::sregex_iterator(); ++match)
    widths[std::stoi((*match)[1])] = std::stod((*match)[2]);
  return widths;
}

std::string xlsx_of(const Document& document) {
  std::string workbook;
  output_format_named("xlsx")->write(document, {},
                                     [&](std::string_view piece) { workbook.append(piece); });
  return workbook;
}

}  // namespace

TEST_CASE("display width counts characters, not bytes") {
  CHECK(display_width("abc") == 3);
  CHECK(display_width("Ñgawi") == 5);
  CHECK(display_width("e\xCC\x81") == 1);  // e + combining acute accent
}

TEST_CASE("wrap breaks at spaces and cuts words longer than the width") {
  CHECK(wrap("satu dua tiga", 8) == std::vector<std::string>{"satu dua", "tiga"});
  CHECK(wrap("abcdefghij", 4) == std::vector<std::string>{"abcd", "efgh", "ij"});
  CHECK(wrap("", 4) == std::vector<std::string>{""});
}

TEST_CASE("text: Indonesian numbers, aligned columns with non-ASCII names, footnotes") {
  const std::string text = format_text(sample());
  CHECK_THAT(text, Catch::Contains("2.696.606.251"));
  CHECK_THAT(text, Catch::Contains("97,09"));
  CHECK_THAT(text, Catch::Contains("t.d.[1]"));
  CHECK_THAT(text, Catch::Contains("[1] t.d. = tidak dapat dihitung: target nol"));
  CHECK(text.find("-0,00") == std::string::npos);
  CHECK(text.find("inf") == std::string::npos);
  // Every row line has the same display width up to its last column's right edge.
  std::size_t width = 0;
  for (const std::string& line : lines_of(text)) {
    if (line.rfind("Pengadaan", 0) == 0 || line.rfind("Kecamatan Ñgawi", 0) == 0) {
      if (width == 0) width = display_width(line);
      CHECK(display_width(line) == width);
    }
  }
  CHECK(width > 0);
}

TEST_CASE("csv: one header row of keys, quoted fields, '.' decimals, no grouping") {
  const std::string csv = format_csv(sample());
  const std::vector<std::string> lines = lines_of(csv);
  REQUIRE(lines.size() == 4);
  CHECK(lines[0] == "name,pagu,capaian\r");
  CHECK(lines[1] == "\"Pengadaan \"\"A\"\", B\",2696606251,97.09\r");
  CHECK(lines[2] == "Kecamatan Ñgawi é,0,\r");
  CHECK(lines[3] == "Selisih,,0.00\r");
}

TEST_CASE("json: exact value, rounded value, status, reason and its stable code") {
  const std::string json = format_json(sample());
  CHECK_THAT(json,
             Catch::Contains(
                 R"("capaian": {"name": "contoh/a/capaian", "status": "computed", "value": 97.09, )"
                 R"("text": "97.09", )"
                 R"("decimals": 2, "exact": "19417/200"})"));
  CHECK_THAT(json, Catch::Contains(
                       R"("capaian": {"name": "contoh/b/capaian", "status": "not_computable", )"
                       R"("reason": "target nol", "reason_code": "target-zero"})"));
  CHECK_THAT(json, Catch::Contains(R"("name": "Pengadaan \"A\", B")"));
  CHECK_THAT(json, Catch::Contains(R"("pagu": null)"));
  CHECK_THAT(json, Catch::Contains(R"("value": 0.00)"));
}

TEST_CASE("text: a table with only its total row has one rule under the header") {
  Document document = sample();
  Table& table = document.tables.front();
  table.rows.erase(table.rows.begin(), table.rows.end() - 1);  // the total row alone
  const std::string text = format_text(document);
  CHECK(rules_in(text) == 1);
  CHECK(text.find("Selisih") != std::string::npos);
  CHECK(rules_in(format_text(sample())) == 2);  // rows then a total: a rule above the total
}

TEST_CASE("every output format is declared once: its name, its extensions and its writer") {
  std::set<std::string_view> names;
  for (const OutputFormat& format : output_formats()) {
    CHECK(names.insert(format.name).second);
    CHECK(format.write != nullptr);
    CHECK(output_format_named(format.name) == &format);
    for (const std::string_view extension : format.extensions) {
      CHECK(output_format_of_file("laporan" + std::string(extension)) == &format);
    }
  }
  CHECK(output_format_of_file(".csv") == nullptr);  // an extension alone names no file
  CHECK(output_format_of_file("laporan.xml") == nullptr);
  CHECK(output_format_named("xml") == nullptr);
}

TEST_CASE("csv and tsv in Indonesian: ',' decimal mark, ';' between csv fields") {
  auto written = [](std::string_view name) {
    std::string out;
    output_format_named(name)->write(sample(), WriterOptions{.indonesian = true},
                                     [&](std::string_view piece) { out.append(piece); });
    return lines_of(out);
  };
  CHECK(written("csv")[1] == "\"Pengadaan \"\"A\"\", B\";2696606251;97,09\r");
  CHECK(written("tsv")[1] == "\"Pengadaan \"\"A\"\", B\"\t2696606251\t97,09\r");
}

namespace {

std::string written_as(std::string_view format, const Document& document,
                       const WriterOptions& options) {
  std::string out;
  output_format_named(format)->write(document, options,
                                     [&](std::string_view piece) { out.append(piece); });
  return out;
}

// The sample with a second table, a text holding the CSV's `;` and a label holding a quote.
Document two_tables() {
  Document document = sample();
  Table second{"kedua", "Tabel \"Kedua\"", {}, {}};
  second.columns = {Column{"note", "Catatan \"isi\"", ColumnType::kText},
                    Column{"nilai", "Nilai (%)", ColumnType::kPercent}};
  second.rows.push_back(
      Row{"x", {Cell::of_text("satu; dua"), Cell::number(Rational(1) / Rational(3), 2)}, false});
  second.rows.push_back(
      Row{"y", {Cell::of_text("tiga"), Cell::unavailable("tidak ada data", "no-data")}, false});
  document.tables.push_back(second);
  return document;
}

}  // namespace

TEST_CASE("csv for people: one BOM, a title row per table, labels, footnotes", "[csv-people]") {
  const std::string csv =
      written_as("csv", two_tables(), WriterOptions{.indonesian = true, .for_people = true});
  CHECK(csv ==
        "\xEF\xBB\xBF"
        "Contoh \u2014 LKjIP Kecamatan Contoh, Kabupaten Contoh, Tahun 2024\r\n"
        "Nama;Pagu (Rp);Capaian (%)\r\n"
        "\"Pengadaan \"\"A\"\", B\";2696606251;97,09\r\n"
        "Kecamatan \u00d1gawi \u00e9;0;t.d.[1]\r\n"
        "Selisih;;0,00\r\n"
        "[1] t.d. = tidak dapat dihitung: target nol\r\n"
        "\r\n"
        "\"Tabel \"\"Kedua\"\" \u2014 LKjIP Kecamatan Contoh, Kabupaten Contoh, Tahun 2024\"\r\n"
        "\"Catatan \"\"isi\"\"\";Nilai (%)\r\n"
        "\"satu; dua\";0,33\r\n"
        "tiga;t.d.[1]\r\n"
        "[1] t.d. = tidak dapat dihitung: tidak ada data\r\n");
  // The BOM once, at the very start; the footnotes numbered per table.
  CHECK(csv.rfind("\xEF\xBB\xBF") == 0);
}

TEST_CASE("tsv for people: the same rows, tab-separated, '.' decimals without --locale id",
          "[csv-people]") {
  const std::string tsv = written_as("tsv", two_tables(), WriterOptions{.for_people = true});
  CHECK(tsv.rfind("\xEF\xBB\xBF"
                  "Contoh \u2014 LKjIP",
                  0) == 0);
  CHECK_THAT(tsv, Catch::Contains("\r\nNama\tPagu (Rp)\tCapaian (%)\r\n"));
  CHECK_THAT(tsv, Catch::Contains("\r\nsatu; dua\t0.33\r\n"));  // no `;` to quote in TSV
  CHECK_THAT(tsv, Catch::Contains("\r\n\"Catatan \"\"isi\"\"\"\tNilai (%)\r\n"));
}

TEST_CASE("csv for scripts with --locale id: column keys only, no title, no BOM", "[csv-people]") {
  const std::string csv = written_as("csv", two_tables(), WriterOptions{.indonesian = true});
  CHECK(csv ==
        "name;pagu;capaian\r\n"
        "\"Pengadaan \"\"A\"\", B\";2696606251;97,09\r\n"
        "Kecamatan \u00d1gawi \u00e9;0;\r\n"
        "Selisih;;0,00\r\n"
        "\r\n"
        "note;nilai\r\n"
        "\"satu; dua\";0,33\r\n"
        "tiga;\r\n");
}

TEST_CASE("csv for people: a title, label or note that starts like a formula is made text",
          "[csv-people]") {
  Document document = sample();
  document.heading = "";
  document.tables.front().title = "=1+1";
  document.tables.front().columns.front().label = "@SUM(1)";
  const std::string csv = written_as("csv", document, WriterOptions{.for_people = true});
  CHECK(csv.rfind("\xEF\xBB\xBF'=1+1\r\n'@SUM(1),Pagu (Rp),Capaian (%)\r\n", 0) == 0);
}

TEST_CASE("xlsx: a formula over cells in columns A and B puts each where its term goes") {
  // A composite index beside its components, the value in column A and the weight in B: the
  // cells are found by the components' keys. (Written by replacing the letters of "A*B" with the
  // cells, B4 then took the place of A and A4 that of the B in B4: "A44*B".)
  const Place indicator =
      Place().item(Place::List::kObjectives, 0).item(Place::List::kIndicators, 0);
  const Key weight{indicator, Field::kComponentWeight, 0};
  const Key value{indicator, Field::kComponentValue, 0};
  auto given = [](const Key& key, long long number) {
    Term term;
    term.value = Rational(number);
    term.source = key;
    return std::make_shared<Trace>(Trace{Formula::kGiven, "IKM", {term}, Rational(number)});
  };
  Term w;
  w.symbol = "w1";
  w.role = Role::kWeight;
  w.value = Rational(2);
  w.source = weight;
  Term x = w;
  x.symbol = "x1";
  x.role = Role::kComponent;
  x.value = Rational(3);
  x.source = value;
  const auto index =
      std::make_shared<Trace>(Trace{Formula::kCompositeIndex, "IKPP", {w, x}, Rational(6)});
  Table table{"komposit", "Indeks komposit", {}, {}};
  table.columns = {Column{"nilai", "Nilai", ColumnType::kNumber},
                   Column{"bobot", "Bobot", ColumnType::kNumber},
                   Column{"indeks", "Indeks", ColumnType::kNumber}};
  table.rows.push_back(
      Row{"IKPP",
          {Cell::number(Rational(3), 0, given(value, 3)),
           Cell::number(Rational(2), 0, given(weight, 2)), Cell::number(Rational(6), 0, index)},
          false});
  Document document = sample();
  document.tables = {table};
  std::string workbook;
  output_format_named("xlsx")->write(document, {},
                                     [&](std::string_view piece) { workbook.append(piece); });
  // Row 4: below the report's heading, the table's title and the column headings.
  // Rounded at the decimals its cell shows: no other formula reads it.
  CHECK(sheet_formulas(workbook) == std::vector<std::string>{"ROUND(B4*A4,0)"});
}

TEST_CASE("xlsx: each sheet prints A4 landscape, one page wide, under its heading rows") {
  Document document = sample();
  std::string long_name;
  for (int word = 0; word < 20; ++word)
    long_name += "Penyediaan ";
  long_name += "Akhir";
  document.tables[0].rows[0].cells[0] = Cell::of_text(long_name);
  const std::string workbook = xlsx_of(document);
  const std::string sheet = workbook_part(workbook, "xl/worksheets/sheet1.xml");
  // A4 (9), landscape, fitted to one page wide and as many long as it needs.
  CHECK_THAT(sheet, Catch::Contains("<pageSetUpPr fitToPage=\"1\"/>"));
  CHECK_THAT(sheet, Catch::Contains("paperSize=\"9\""));
  CHECK_THAT(sheet, Catch::Contains("orientation=\"landscape\""));
  CHECK_THAT(sheet, Catch::Contains("fitToHeight=\"0\""));
  CHECK_THAT(sheet, Catch::Contains("<oddFooter>&amp;C&amp;P / &amp;N</oddFooter>"));
  // The heading and the title across the table's columns, the headings in row 3, all three
  // repeated on every page; the data below them.
  CHECK_THAT(sheet, Catch::Contains("<mergeCell ref=\"A1:C1\"/>"));
  CHECK_THAT(sheet, Catch::Contains("<mergeCell ref=\"A2:C2\"/>"));
  const std::string strings = workbook_part(workbook, "xl/sharedStrings.xml");
  CHECK_THAT(strings, Catch::Contains(document.heading));
  CHECK_THAT(strings, Catch::Contains("<t>Contoh</t>"));
  CHECK_THAT(workbook_part(workbook, "xl/workbook.xml"),
             Catch::Contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">"
                             "contoh!$1:$3</definedName>"));
  CHECK_THAT(sheet, Catch::Contains("<c r=\"A3\""));
  CHECK_THAT(sheet, Catch::Contains("<c r=\"B4\""));
  // Widths from the content, on a page with room for them: the long name wraps onto the 5
  // lines of 15 points it takes at the most width, 60 characters, in a column as narrow as
  // keeps it on 5: 4 words of 10 letters to a line and "Akhir" on the last, 49 characters and
  // the cell's margins; the figure 2.696.606.251 (13 characters) and the reason
  // "t.d. (target nol)" (17) fit their columns on one line, a row of the default height.
  const std::map<int, double> widths = column_widths(sheet);
  REQUIRE(widths.size() == 3);
  CHECK(widths.at(1) == Approx(51.71).margin(0.01));
  CHECK(widths.at(2) == Approx(15.71).margin(0.01));
  CHECK(widths.at(3) == Approx(19.71).margin(0.01));
  CHECK_THAT(sheet, Catch::Contains("<row r=\"4\" spans=\"1:3\" ht=\"75\" customHeight=\"1\">"));
  CHECK_THAT(sheet, Catch::Contains("<row r=\"5\" spans=\"1:3\">"));
}

TEST_CASE("xlsx: a table wider than the page wraps its names, not its figures") {
  // Two names of 99 characters and eight figures of 13: at their widths, 2 x 101 + 8 x 15 =
  // 322 characters, more than twice what a page holds at full size.
  Table table{"lebar", "Lebar", {}, {}};
  std::string name;
  for (int word = 0; word < 10; ++word)
    name += "Penyediaa ";
  name.pop_back();
  table.columns = {Column{"a", "Nama", ColumnType::kText},
                   Column{"b", "Uraian", ColumnType::kText}};
  Row row{"r", {Cell::of_text(name), Cell::of_text(name)}, false};
  for (int c = 0; c < 8; ++c) {
    table.columns.push_back(Column{"n" + std::to_string(c), "Angka", ColumnType::kRupiah});
    row.cells.push_back(Cell::number(Rational(2696606251), 0));
  }
  table.rows = {row, row};
  Document document = sample();
  document.tables = {table};
  const std::string sheet = workbook_part(xlsx_of(document), "xl/worksheets/sheet1.xml");
  const std::map<int, double> widths = column_widths(sheet);
  REQUIRE(widths.size() == 10);
  double total = 0;
  for (const auto& [column, width] : widths) {
    total += width;
    if (column > 2) CHECK(width == Approx(15.71).margin(0.01));  // 2.696.606.251 whole
  }
  // Printed at 80 % of its size or more: the page's 1026 pixels hold 10 columns of 7 w + 5
  // pixels when their widths w add up to 139.5 characters (each written with 0,71 more);
  // the names share what is left of 139.5 / 0.8, wrapped onto more lines.
  CHECK(total - 10 * 0.7109375 <= (1026.24 - 5 * 10) / 7 / 0.8);
  CHECK(widths.at(1) < 60);
  CHECK(widths.at(2) < 60);
  CHECK(widths.at(1) >= 12);
  // Two names of 10 words at 19 characters a line (width 21): 2 words to a line, 5 lines.
  CHECK(widths.at(2) == Approx(21.71).margin(0.01));
  CHECK_THAT(sheet, Catch::Contains("<row r=\"4\" spans=\"1:10\" ht=\"75\" customHeight=\"1\">"));
}

namespace {

std::string html_of(const Document& document) {
  std::string page;
  output_format_named("html")->write(document, {},
                                     [&](std::string_view piece) { page.append(piece); });
  return page;
}

// A key indicator table and a trend table, each with a figure that cannot be computed.
Document charted() {
  Document document = sample();
  document.chart_capaian = "Capaian (%) terhadap target 100 %";
  document.chart_axis_actual = "Realisasi";
  document.chart_axis_year = "Tahun";
  Table iku{"iku", "IKU", {}, {}};
  iku.columns = {Column{"code", "Kode", ColumnType::kText},
                 Column{"indicator", "Indikator", ColumnType::kText},
                 Column{"capaian", "Capaian (%)", ColumnType::kPercent}};
  iku.rows.push_back(Row{"IKU1",
                         {Cell::of_text("IKU1"), Cell::of_text("Nilai SAKIP"),
                          Cell::number(*Rational::parse_decimal("97.085"), 2)},
                         false});
  iku.rows.push_back(Row{"IKU2",
                         {Cell::of_text("IKU2"), Cell::of_text("Indeks Kepuasan Masyarakat"),
                          Cell::unavailable("target nol", "target-zero")},
                         false});
  Table trend{"tren", "Tren", {}, {}};
  trend.columns = {Column{"code", "Kode", ColumnType::kText},
                   Column{"indicator", "Indikator", ColumnType::kText},
                   Column{"unit", "Satuan", ColumnType::kText},
                   Column{"actual_2022", "Realisasi 2022", ColumnType::kNumber},
                   Column{"actual_2023", "Realisasi 2023", ColumnType::kNumber},
                   Column{"actual_2024", "Realisasi 2024", ColumnType::kNumber}};
  trend.rows.push_back(Row{"IKU1",
                           {Cell::of_text("IKU1"), Cell::of_text("Nilai SAKIP"),
                            Cell::of_text("nilai"), Cell::number(Rational(70), 0),
                            Cell::unavailable("realisasi tahun 2023 tidak ada", "year-missing"),
                            Cell::number(Rational(72), 0)},
                           false});
  document.tables = {iku, trend};
  return document;
}

}  // namespace

TEST_CASE("html charts: titled with the indicator's name, labelled axes", "[html-charts]") {
  const std::string page = html_of(charted());
  // The trend chart's title is the name, the id after it in small text.
  CHECK_THAT(page, Catch::Contains(
                       R"(<figcaption>Nilai SAKIP <small class="id">IKU1</small></figcaption>)"));
  CHECK(page.find("<figcaption>IKU1</figcaption>") == std::string::npos);
  // Its axes: the actual in the indicator's unit, and the years.
  CHECK_THAT(page, Catch::Contains(R"(class="axis-title" text-anchor="middle">Tahun</text>)"));
  CHECK_THAT(page, Catch::Contains(R"(>Realisasi (nilai)</text>)"));
  CHECK_THAT(page, Catch::Contains(R"(text-anchor="middle">2022</text>)"));
  CHECK_THAT(page, Catch::Contains(R"(text-anchor="middle">2024</text>)"));
  // The bar chart's items by name, the id in small type; its axis is the column it draws.
  CHECK_THAT(page, Catch::Contains(R"(>Nilai SAKIP <tspan class="id">IKU1</tspan></text>)"));
  CHECK_THAT(page,
             Catch::Contains(R"(class="axis-title" text-anchor="middle">Capaian (%)</text>)"));
}

TEST_CASE("html charts: an item that cannot be computed is a gap with its reason",
          "[html-charts]") {
  const std::string page = html_of(charted());
  const std::string charts = page.substr(0, page.find("<section id="));
  // The indicator keeps its row in the bar chart: no bar, the mark, the reason.
  CHECK_THAT(charts,
             Catch::Contains(R"(>Indeks Kepuasan Masyarakat <tspan class="id">IKU2</tspan>)"));
  CHECK_THAT(charts, Catch::Contains(R"(<title>target nol</title>t.d.)"));
  CHECK_THAT(charts, Catch::Contains("<sup>1</sup> t.d. = tidak dapat dihitung: target nol"));
  // The trend line breaks at the year that cannot be computed, which shows its reason.
  CHECK_THAT(charts, Catch::Contains("<title>realisasi tahun 2023 tidak ada</title>t.d."));
  CHECK_THAT(
      charts,
      Catch::Contains("<sup>1</sup> t.d. = tidak dapat dihitung: realisasi tahun 2023 tidak ada"));
  const std::size_t path = charts.find(R"(<path d=")");
  REQUIRE(path != std::string::npos);
  const std::string d = charts.substr(path + 9, charts.find('"', path + 9) - path - 9);
  CHECK(std::count(d.begin(), d.end(), 'M') == 2);  // two pieces, nothing drawn across 2023
  CHECK(std::count(d.begin(), d.end(), 'L') == 0);
}

// ---- Hostile names and data (issue 17) ------------------------------------------------------

namespace {

// Bytes a terminal acts on: C0 but line breaks, DEL, C1 (C2 80-9F), bidi controls.
bool holds_raw_control(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    const auto third = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0;
    if ((byte < 0x20 && byte != '\n') || byte == 0x7F) return true;
    if (byte == 0xC2 && next >= 0x80 && next <= 0x9F) return true;
    if (byte == 0xE2 && next == 0x80 && third >= 0xAA && third <= 0xAE) return true;
    if (byte == 0xE2 && next == 0x81 && third >= 0xA6 && third <= 0xA9) return true;
  }
  return false;
}

Document hostile_document() {
  Document document = sample();
  document.heading = "LKjIP \x1b[2J\u009b31m \u202eevil";
  document.tables[0].title = "Contoh \u2066x\u2069";
  document.tables[0].rows[0].cells[0] = Cell::of_text("Nama\nbaris dua \x1b]0;t\x07 \u202e");
  document.tables[0].rows[1].cells[2] = Cell::unavailable("alasan \u009b\x1b", "target-zero");
  return document;
}

}  // namespace

TEST_CASE("text and markdown: no control of the data reaches the terminal", "[hostile]") {
  const Document document = hostile_document();
  const std::string text = format_text(document);
  CHECK_FALSE(holds_raw_control(text));
  CHECK(text.find("Nama\\x0Abaris dua \\x1B]0;t\\x07 \\u202E") != std::string::npos);
  CHECK(text.find("LKjIP \\x1B[2J\\u009B31m \\u202Eevil") != std::string::npos);
  CHECK(text.find("alasan \\u009B\\x1B") != std::string::npos);
  std::string colored;
  write_text(document, WriterOptions{.color = true},
             [&](std::string_view piece) { colored.append(piece); });
  CHECK(colored.find("\x1b[1m") != std::string::npos);  // its own bold stays
  std::string markdown;
  output_format_named("markdown")->write(document, {}, [&](std::string_view piece) {
    markdown.append(piece);
  });
  CHECK_FALSE(holds_raw_control(markdown));
}

TEST_CASE("json: always valid UTF-8, the controls as \\u escapes", "[hostile]") {
  Document document = hostile_document();
  document.tables[0].rows[2].cells[0] = Cell::of_text("file \xff\xfe.json");
  const std::string json = format_json(document);
  CHECK_FALSE(holds_raw_control(json));
  CHECK(valid_utf8(json) == json);
  CHECK(json.find("file \\\\xFF\\\\xFE.json") != std::string::npos);
  CHECK(json.find("\\u202e") != std::string::npos);
  CHECK(json.find("alasan \\u009b\\u001b") != std::string::npos);
}

TEST_CASE("findings: one line each whatever the file's name, JSON valid UTF-8", "[hostile]") {
  Finding finding;
  finding.severity = Finding::Severity::kWarning;
  finding.code = FindingCode::kNothingToCompare;
  finding.message = "pesan \u009b31m \u202e";
  edit_comparison(finding).where = "Tabel \x1b[31m";
  FileFindings file{"dir/new\nline\x1b[31m\xff.json", {finding}, {}};
  file.findings[0].location = Location{file.file, {}, {}, {}};
  const std::string text = format_findings_text({file}, Language::kEnglish);
  CHECK_FALSE(holds_raw_control(text));
  CHECK(text.find("dir/new\\x0Aline\\x1B[31m\\xFF.json: warning: pesan \\u009B31m \\u202E") !=
        std::string::npos);
  const std::string json = format_findings_json({file});
  CHECK_FALSE(holds_raw_control(json));
  CHECK(valid_utf8(json) == json);
  CHECK(json.find(R"("file": "dir/new\nline\u001b[31m\\xFF.json")") != std::string::npos);
}

TEST_CASE("xlsx: a table longer than a sheet is refused, never cut", "[hostile][xlsx-limits]") {
  const Document document = sample();  // 3 rows under 3 heading rows: 6 rows
  std::string workbook;
  const auto sink = [&](std::string_view piece) { workbook.append(piece); };
  WriterOptions options;
  options.workbook_rows = 6;
  CHECK_NOTHROW(write_xlsx(document, options, sink));
  CHECK(!workbook.empty());
  workbook.clear();
  options.workbook_rows = 5;
  try {
    write_xlsx(document, options, sink);
    FAIL("no error");
  } catch (const WorkbookLimitError& error) {
    CHECK(error.limit == WorkbookLimitError::Limit::kRows);
    CHECK(error.sheet == "contoh");
    CHECK(error.size == 6);
    CHECK(error.most == 5);
  }
  CHECK(workbook.empty());  // nothing written
}

TEST_CASE("xlsx: a text longer than a cell holds is refused, never left out",
          "[hostile][xlsx-limits]") {
  Document document = sample();
  // 32 767 characters fit; one more does not (of two bytes each: the limit counts characters).
  document.tables[0].rows[1].cells[0] = Cell::of_text(std::string(32767, 'a'));
  CHECK(workbook_part(xlsx_of(document), "xl/sharedStrings.xml").find(std::string(32767, 'a')) !=
        std::string::npos);
  std::string long_text;
  for (int i = 0; i < 32768; ++i)
    long_text += "é";
  document.tables[0].rows[1].cells[0] = Cell::of_text(long_text);
  try {
    xlsx_of(document);
    FAIL("no error");
  } catch (const WorkbookLimitError& error) {
    CHECK(error.limit == WorkbookLimitError::Limit::kCellText);
    CHECK(error.sheet == "contoh");
    CHECK(error.cell == "A5");
    CHECK(error.size == 32768);
    CHECK(error.most == kWorkbookCellCharacters);
  }
}
