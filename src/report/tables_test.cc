#include <catch2/catch.hpp>

#include "lkjip/loader.h"
#include "lkjip/report.h"

using namespace lkjip;

namespace {

const Table& table_named(const Document& document, std::string_view name) {
  for (const Table& table : document.tables) {
    if (table.name == name)
      return table;
  }
  FAIL("no table " << name);
  throw;
}

const Cell& cell(const Table& table, std::string_view row_key, std::string_view column_key) {
  for (const Row& row : table.rows) {
    if (row.key != row_key)
      continue;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      if (table.columns[c].key == column_key)
        return row.cells[c];
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
  CHECK(cell(iku, "A", "capaian").text == "target nol, capaian tidak terdefinisi");
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
