#include <catch2/catch.hpp>

#include "lkjip/loader.h"
#include "lkjip/report.h"

using namespace lkjip;

namespace {

const Table& table_named(const Document& document, std::string_view name) {
  for (const Table& table : document.tables) {
    if (table.name == name) return table;
  }
  FAIL("no table " << name);
  throw;
}

const Cell& cell(const Table& table, std::string_view row_key, std::string_view column_key) {
  for (const Row& row : table.rows) {
    if (row.key != row_key) continue;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      if (table.columns[c].key == column_key) return row.cells[c];
    }
  }
  FAIL("no cell " << row_key << "/" << column_key);
  throw;
}

const char* const kReport = R"({
  "format": "lkjip/1",
  "unit": {"name": "Kecamatan Contoh", "region": "Kabupaten Contoh"},
  "year": 2024, "renstra_period": {"from": 2024, "to": 2026},
  "objectives": [
    {"id": "SS1", "name": "Sasaran satu", "indicators": [
      {"id": "A", "name": "A", "unit": "nilai", "target": 0, "actual": 5}]},
    {"id": "SS2", "name": "Sasaran dua", "indicators": [
      {"id": "B", "name": "B", "unit": "%", "target": 10, "actual": 8, "polarity": "lower_is_better"}]}],
  "programs": [
    {"id": "P1", "name": "Program", "objective": "SS2", "budget": {"pagu": 1000, "spending": 500},
     "indicators": [{"id": "P1.I1", "name": "N", "unit": "%", "target": 100, "actual": null}],
     "activities": [{"id": "P1.K1", "name": "K", "budget": {"spending": 500}, "indicators": [],
                     "sub_activities": []}]}]
})";

}  // namespace

TEST_CASE("every table is built, named as --table selects it") {
  const PerformanceReport report = load_report_text(kReport, "in.json");
  const Document document = build_document(report, evaluate(report));
  REQUIRE(document.tables.size() == table_names().size());
  for (std::size_t i = 0; i < table_names().size(); ++i) {
    CHECK(document.tables[i].name == table_names()[i]);
    for (const Row& row : document.tables[i].rows) {
      CHECK(row.cells.size() == document.tables[i].columns.size());
    }
  }
}

TEST_CASE("figures that cannot be computed carry their reason into the table") {
  const PerformanceReport report = load_report_text(kReport, "in.json");
  const Document document = build_document(report, evaluate(report));
  const Table& iku = table_named(document, "iku");
  CHECK(cell(iku, "A", "capaian").state == Cell::State::kUnavailable);
  CHECK(cell(iku, "A", "capaian").text ==
        "target nol, capaian tidak terdefinisi menurut aturan nol laporan (settings.zero_rule)");
  CHECK(cell(iku, "B", "capaian").value == Rational(120));  // (2 x 10 - 8) / 10
  CHECK(cell(iku, "B", "score").value == Rational(100));
  CHECK(cell(iku, "mean", "capaian").text == "bergantung pada A yang tidak dapat dihitung");

  const Table& spending = table_named(document, "anggaran");
  CHECK(cell(spending, "P1.K1", "pagu").text == "pagu tidak dicantumkan");
  CHECK(cell(spending, "P1.K1", "spending").value == Rational(500));

  const Table& objectives = table_named(document, "kinerja-anggaran-sasaran");
  CHECK(cell(objectives, "SS1", "absorption").text == "tidak ada program yang mendukung");
  CHECK(cell(objectives, "SS2", "share").value == Rational(100));

  const Table& programs = table_named(document, "efisiensi-program");
  CHECK(cell(programs, "P1", "efficiency").text ==
        "bergantung pada P1.I1 yang tidak dapat dihitung");
}

TEST_CASE("keep_tables keeps the named tables in document order") {
  const PerformanceReport report = load_report_text(kReport, "in.json");
  Document document = build_document(report, evaluate(report));
  keep_tables(document, {"efisiensi-program", "iku"});
  REQUIRE(document.tables.size() == 2);
  CHECK(document.tables[0].name == "iku");
  CHECK(document.tables[1].name == "efisiensi-program");
}

TEST_CASE("optional sections: tables without data are left out unless named") {
  const PerformanceReport report = load_report_text(kReport, "in.json");
  Document document = build_document(report, evaluate(report));
  CHECK(table_named(document, "sarpras").without_data);
  CHECK(table_named(document, "tren").without_data);
  CHECK_FALSE(table_named(document, "iku").without_data);
  Document all = document;
  keep_tables(all, {});
  CHECK(std::none_of(all.tables.begin(), all.tables.end(),
                     [](const Table& table) { return table.name == "sarpras"; }));
  keep_tables(document, {"sarpras"});
  REQUIRE(document.tables.size() == 1);
  CHECK(document.tables[0].rows.size() == 1);  // the total row, saying there is no data
}

namespace {

const char* const kSections = R"({
  "format": "lkjip/1",
  "unit": {"name": "Kecamatan Contoh", "region": "Kabupaten Contoh"},
  "year": 2024, "renstra_period": {"from": 2022, "to": 2026},
  "objectives": [
    {"id": "SS1", "name": "Satu", "staff": {"needed": 18, "available": 5}, "indicators": [
      {"id": "A", "name": "A", "unit": "nilai", "target": 73.75, "actual": 73.87,
       "history": [{"year": 2022, "actual": 72}],
       "regional": {"kabupaten": 72.33, "provinsi": null}}]},
    {"id": "SS2", "name": "Dua", "indicators": [
      {"id": "B", "name": "B", "unit": "indeks", "target": 8.4, "actual": 7.91,
       "history": [{"year": 2023, "actual": 8.3}]}]}],
  "programs": []
})";

}  // namespace

TEST_CASE("trend columns are the years any indicator gives; a missing year says so") {
  const PerformanceReport report = load_report_text(kSections, "in.json");
  const Document document = build_document(report, evaluate(report));
  const Table& trend = table_named(document, "tren");
  CHECK(cell(trend, "A", "actual_2022").value == Rational(72));
  CHECK(cell(trend, "A", "actual_2023").text == "tidak ada data");
  CHECK(cell(trend, "A", "change_2022_2024").value == *Rational::parse_decimal("1.87"));
  CHECK(cell(trend, "A", "change_2022_2024").decimals == 2);
  CHECK(cell(trend, "B", "change_2023_2024").value == *Rational::parse_decimal("-0.39"));
  CHECK(cell(trend, "B", "change_2022_2023").text == "tidak ada data");
}

TEST_CASE("regional differences, with no data where a figure is absent") {
  const PerformanceReport report = load_report_text(kSections, "in.json");
  const Document document = build_document(report, evaluate(report));
  const Table& regional = table_named(document, "pembanding");
  CHECK(cell(regional, "A", "to_kabupaten").value == *Rational::parse_decimal("1.54"));
  CHECK(cell(regional, "A", "to_provinsi").text == "tidak ada data");
  CHECK(cell(regional, "A", "to_nasional").text == "tidak ada data");
}

TEST_CASE("staff: a row without counts says so, and the total cannot be computed") {
  const PerformanceReport report = load_report_text(kSections, "in.json");
  const Document document = build_document(report, evaluate(report));
  const Table& staff = table_named(document, "sdm-sasaran");
  CHECK_FALSE(staff.without_data);
  CHECK(cell(staff, "SS1", "availability").value == Rational::from_ratio(500, 18));
  CHECK(cell(staff, "SS2", "availability").text == "tidak ada data");
  CHECK(cell(staff, "total", "availability").text ==
        "bergantung pada SS2 yang tidak dapat dihitung");
}

#include <fstream>
#include <iterator>

TEST_CASE("without traces every table has the same cells, and no cell keeps a trace") {
  std::ifstream in(LKJIP_SEED_DATA);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const PerformanceReport report = load_report_text(text, "2024.json");
  const Results kept = evaluate(report, Traces::kKeep);
  const Results dropped = evaluate(report, Traces::kDrop);
  const Document with = build_document(report, kept);
  const Document without = build_document(report, dropped);
  REQUIRE(with.tables.size() == without.tables.size());
  std::size_t traced = 0;
  std::size_t numbers = 0;
  for (std::size_t t = 0; t < with.tables.size(); ++t) {
    const std::vector<Row>& a = with.tables[t].rows;
    const std::vector<Row>& b = without.tables[t].rows;
    REQUIRE(a.size() == b.size());
    for (std::size_t r = 0; r < a.size(); ++r) {
      REQUIRE(a[r].cells.size() == b[r].cells.size());
      for (std::size_t c = 0; c < a[r].cells.size(); ++c) {
        const Cell& x = a[r].cells[c];
        const Cell& y = b[r].cells[c];
        INFO(figure_name(with.tables[t], a[r], with.tables[t].columns[c]));
        CHECK(x.state == y.state);
        CHECK(x.text == y.text);
        CHECK(x.value == y.value);
        CHECK(x.decimals == y.decimals);
        CHECK(y.trace == nullptr);
        if (x.state == Cell::State::kNumber && x.trace) ++traced;
        if (x.state == Cell::State::kNumber) ++numbers;
      }
    }
  }
  CHECK(numbers > 300);
  CHECK(traced == numbers);  // with traces, every number of the seed has one
}

TEST_CASE("rows produced on demand are the rows held, each time they are produced") {
  std::ifstream in(LKJIP_SEED_DATA);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const PerformanceReport report = load_report_text(text, "2024.json");
  const Results results = evaluate(report);
  const Document held = build_document(report, results, Language::kIndonesian, Rows::kHeld);
  const Document produced = build_document(report, results, Language::kIndonesian, Rows::kOnDemand);
  REQUIRE(held.tables.size() == produced.tables.size());
  std::size_t produced_tables = 0;
  for (std::size_t t = 0; t < held.tables.size(); ++t) {
    const Table& table = produced.tables[t];
    INFO(table.name);
    CHECK_FALSE(held.tables[t].produce);
    if (table.produce) ++produced_tables;
    for (int pass = 0; pass < 2; ++pass) {  // the text format reads a table twice
      std::vector<Row> rows;
      table.for_each_row([&](const Row& row) { rows.push_back(row); });
      REQUIRE(rows.size() == held.tables[t].rows.size());
      for (std::size_t r = 0; r < rows.size(); ++r) {
        const Row& expected = held.tables[t].rows[r];
        CHECK(rows[r].key == expected.key);
        CHECK(rows[r].is_total == expected.is_total);
        CHECK(rows[r].depth == expected.depth);
        REQUIRE(rows[r].cells.size() == expected.cells.size());
        for (std::size_t c = 0; c < rows[r].cells.size(); ++c) {
          CHECK(rows[r].cells[c].state == expected.cells[c].state);
          CHECK(rows[r].cells[c].text == expected.cells[c].text);
          CHECK(rows[r].cells[c].value == expected.cells[c].value);
          // A given value's trace is made as its row is (same formula and value); a computed
          // figure's is the one in the results.
          REQUIRE((rows[r].cells[c].trace == nullptr) == (expected.cells[c].trace == nullptr));
          if (expected.cells[c].trace) {
            CHECK(rows[r].cells[c].trace->formula == expected.cells[c].trace->formula);
            CHECK(rows[r].cells[c].trace->result == expected.cells[c].trace->result);
          }
        }
      }
    }
  }
  CHECK(produced_tables >= 11);  // every table whose length follows the data
}

#include "lkjip/rollup_report.h"

namespace {

UnitSummary summary_of(const char* file, const char* name, int year, const char* score) {
  UnitSummary unit;
  unit.file = file;
  unit.unit_name = name;
  unit.year = year;
  unit.mean_score = *Rational::parse_decimal(score);
  unit.pagu = Rupiah{1};
  unit.spending = Rupiah{1};
  return unit;
}

}  // namespace

TEST_CASE("roll-up table: equal scores print one rank, a score not computable no rank",
          "[rollup]") {
  std::vector<UnitSummary> units = {summary_of("c.json", "Kecamatan C", 2024, "1"),
                                    summary_of("b.json", "Kecamatan B", 2024, "90.5"),
                                    summary_of("a.json", "Kecamatan A", 2024, "90.50")};
  units[0].mean_score = Unavailable{Reason::kNoIndicators, "Kecamatan C"};
  const Document document = build_rollup_document(roll_up(units), Language::kIndonesian);
  std::vector<std::pair<std::string, Cell::State>> ranks;
  document.tables.front().for_each_row([&](const Row& row) {
    if (!row.is_total) ranks.emplace_back(row.cells[0].text, row.cells[0].state);
  });
  CHECK(ranks == std::vector<std::pair<std::string, Cell::State>>{{"1", Cell::State::kText},
                                                                  {"1", Cell::State::kText},
                                                                  {"", Cell::State::kEmpty}});
}

TEST_CASE("roll-up of files of different years: a warning naming the years and their files",
          "[rollup][rollup-years]") {
  std::vector<UnitSummary> units = {summary_of("a.json", "A", 2024, "1"),
                                    summary_of("b.json", "B", 2024, "1")};
  CHECK(mixed_years_warning(units, Language::kEnglish).empty());
  units.push_back(summary_of("c.json", "C", 2023, "1"));
  for (const char* file : {"d.json", "e.json", "f.json"})
    units.push_back(summary_of(file, file, 2024, "1"));
  CHECK(mixed_years_warning(units, Language::kEnglish) ==
        "files of 2 different years in one roll-up, units of different years are ranked "
        "together: 2023 (c.json); 2024 (a.json, b.json, d.json and 2 more)");
  CHECK(mixed_years_warning(units, Language::kIndonesian) ==
        "berkas dari 2 tahun berbeda dalam satu rekapitulasi, perangkat daerah dari tahun yang "
        "berbeda diperingkat bersama: 2023 (c.json); 2024 (a.json, b.json, d.json dan 2 "
        "lainnya)");
}
