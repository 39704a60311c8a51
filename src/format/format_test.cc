#include "lkjip/format.h"

#include <catch2/catch.hpp>
#include <set>
#include <sstream>

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
                            Cell::unavailable("target nol")},
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

TEST_CASE("json: exact value, rounded value, status and reason") {
  const std::string json = format_json(sample());
  CHECK_THAT(json,
             Catch::Contains(
                 R"("capaian": {"name": "contoh/a/capaian", "status": "computed", "value": 97.09, )"
                 R"("text": "97.09", )"
                 R"("decimals": 2, "exact": "19417/200"})"));
  CHECK_THAT(json, Catch::Contains(
                       R"("capaian": {"name": "contoh/b/capaian", "status": "not_computable", )"
                       R"("reason": "target nol"})"));
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
