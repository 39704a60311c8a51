#include <catch2/catch.hpp>
#include <memory>
#include <string>

#include "check_support.h"
#include "lkjip/check.h"
#include "lkjip/engine.h"
#include "lkjip/loader.h"

using namespace lkjip;

namespace {

// Two objectives with a key indicator each, and two programs. `p1` and `p2` go into the
// programs after their objective (indicators, staff); `ss2` into SS2.
std::string tree_report(const std::string& p1, const std::string& p2, const std::string& ss2 = "") {
  return test_support::kContohHeader + R"( "renstra_period": {"from": 2024, "to": 2026},
  "objectives": [
    {"id": "SS1", "name": "Sasaran 1", "indicators": [
      {"id": "K1", "name": "Nilai AKIP", "unit": "nilai", "target": 75, "actual": 78}]},
    {"id": "SS2", "name": "Sasaran 2",)" +
         ss2 + R"( "indicators": [
      {"id": "K2", "name": "Indeks", "unit": "indeks", "target": 80, "actual": 76}]}],
  "programs": [
    {"id": "P1", "name": "Program 1", "objective": "SS1",
     "budget": {"pagu": 1000, "spending": 900},)" +
         p1 + R"(},
    {"id": "P2", "name": "Program 2", "objective": "SS2",
     "budget": {"pagu": 1000, "spending": 900},)" +
         p2 + R"(}]
})";
}

std::string program_indicator(const std::string& id, const std::string& supports,
                              const std::string& activities = "[]") {
  return R"( "indicators": [{"id": ")" + id + R"(", "name": "Indikator )" + id +
         R"(", "unit": "%", )" +
         (supports.empty() ? "" : R"("supports": ")" + supports + R"(", )") +
         R"("target": 100, "actual": 90}], "activities": )" + activities;
}

// The findings of a report without printed figures, less the one that says so.
std::vector<Finding> data_findings(const PerformanceReport& report, const SourceMap& sources) {
  return test_support::without_nothing_to_compare(check_report(report, sources));
}

std::vector<Finding> check(const std::string& text) {
  return test_support::without_nothing_to_compare(test_support::located_findings(text));
}

}  // namespace

TEST_CASE("a complete tree has no finding, and a file without a tree no tree finding") {
  CHECK(check(tree_report(program_indicator("P1.I1", "K1"), program_indicator("P2.I1", "K2")))
            .empty());
  CHECK(check(tree_report(program_indicator("P1.I1", ""), program_indicator("P2.I1", ""))).empty());
}

TEST_CASE("an indicator that supports nothing in a file with a tree is a warning at its place") {
  const std::vector<Finding> findings = check(tree_report(program_indicator("P1.I1", "K1", R"([
        {"id": "P1.K1", "name": "Kegiatan", "sub_activities": [], "indicators": [
          {"id": "P1.K1.I1", "name": "Dokumen", "unit": "dokumen", "supports": "P1.I1",
           "target": 4, "actual": 4},
          {"id": "P1.K1.I2", "name": "Laporan", "unit": "laporan", "target": 4, "actual": 4}]}])"),
                                                          program_indicator("P2.I1", "K2")));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == Finding::Severity::kWarning);
  CHECK(findings[0].message ==
        "P1.K1.I2: indikator kegiatan P1.K1 tidak mendukung indikator program mana pun (pohon "
        "kinerja); isi \"supports\" dengan kode indikator program yang didukungnya");
  CHECK(location_of(findings[0]).path == "/programs/0/activities/0/indicators/1/supports");
}

TEST_CASE("a key indicator that nothing supports is a warning") {
  const std::vector<Finding> findings =
      check(tree_report(program_indicator("P1.I1", "K1"), program_indicator("P2.I1", "")));
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].message ==
        "P2.I1: indikator program P2 tidak mendukung indikator kinerja utama mana pun (pohon "
        "kinerja); isi \"supports\" dengan kode indikator kinerja utama yang didukungnya");
  CHECK(findings[1].severity == Finding::Severity::kWarning);
  CHECK(findings[1].message ==
        "K2: tidak ada indikator program yang mendukung indikator kinerja utama sasaran SS2 ini "
        "(pohon kinerja)");
}

TEST_CASE("a program indicator that supports another objective's key indicator is an error") {
  const std::vector<Finding> findings =
      check(tree_report(program_indicator("P1.I1", "K1"), program_indicator("P2.I1", "K1")));
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].severity == Finding::Severity::kError);
  CHECK(findings[0].message ==
        "P2.I1: indikator program P2 mendukung K1, indikator kinerja utama sasaran SS1, tetapi "
        "program P2 mendanai sasaran SS2");
  CHECK(location_of(findings[0]).path == "/programs/1/indicators/0/supports");
  CHECK(findings[1].message.view().starts_with("K2: tidak ada indikator program"));
}

TEST_CASE("an objective's stated staff against the sum of its programs' is an error naming both") {
  const std::string p1 =
      R"( "staff": {"needed": 18, "available": 5},)" + program_indicator("P1.I1", "");
  const std::string p2 =
      R"( "staff": {"needed": 7, "available": 2},)" + program_indicator("P2.I1", "");
  CHECK(check(tree_report(p1, p2, R"( "staff": {"needed": 7, "available": 2},)")).empty());
  const std::vector<Finding> findings =
      check(tree_report(p1, p2, R"( "staff": {"needed": 22, "available": 2},)"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == Finding::Severity::kError);
  CHECK(findings[0].message ==
        "SS2: kebutuhan SDM (ABK) tertulis 22, tetapi 1 program yang mendanainya (P2) berjumlah 7 "
        "(selisih 15)");
  CHECK(location_of(findings[0]).path == "/objectives/1/staff/needed");
  // A program without staff counts: nothing to compare with.
  CHECK(check(tree_report(p1, program_indicator("P2.I1", ""),
                          R"( "staff": {"needed": 22, "available": 2},)"))
            .empty());
}

TEST_CASE("a program that funds no objective is a warning") {
  std::shared_ptr<const SourceMap> sources;
  PerformanceReport report =
      load_report_text(tree_report(program_indicator("P1.I1", ""), program_indicator("P2.I1", "")),
                       "in.json", &sources);
  report.programs[1].objective_id.clear();  // a partial report may leave it out
  const std::vector<Finding> findings = data_findings(report, *sources);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == Finding::Severity::kWarning);
  CHECK(findings[0].key == Key{report.programs[1].source, Field::kObjective});
  CHECK(findings[0].message.view().starts_with(
      "P2: program tidak mendanai sasaran strategis mana pun (\"objective\" kosong)"));

  // A fragment without objectives (only the programs' budgets) leaves every program's out.
  report.objectives.clear();
  report.programs[0].objective_id.clear();
  for (Program& program : report.programs)
    program.indicators.clear();
  CHECK(data_findings(report, *sources).empty());
}

TEST_CASE("the tree: each indicator under the one it supports, with evaluate()'s figures") {
  std::shared_ptr<const SourceMap> sources;
  const PerformanceReport report =
      load_report_text(tree_report(program_indicator("P1.I1", "K1", R"([
        {"id": "P1.K1", "name": "Kegiatan", "sub_activities": [
          {"id": "P1.K1.S1", "name": "Sub", "indicators": [
            {"id": "P1.K1.S1.I1", "name": "Hari", "unit": "hari", "supports": "P1.K1.I1",
             "target": 24, "actual": 18}]}],
         "indicators": [
          {"id": "P1.K1.I1", "name": "Dokumen", "unit": "dokumen", "supports": "P1.I1",
           "target": 4, "actual": 3},
          {"id": "P1.K1.I2", "name": "Laporan", "unit": "laporan", "target": 4, "actual": 4}]}])"),
                                   program_indicator("P2.I1", "K1")),
                       "in.json", &sources);
  const Results results = evaluate(report, Traces::kDrop);
  const std::vector<TreeNode> tree = evaluate_tree(report, results);
  struct Expected {
    std::string id;
    std::string parent;
    int depth;
    Rational capaian;
  };
  const std::vector<Expected> expected = {
      {"SS1", "", 0, Rational(104)},                 // 78 / 75: its key indicators' mean
      {"K1", "SS1", 1, Rational(104)},               // 78 / 75
      {"P1.I1", "K1", 2, Rational(90)},              // 90 / 100
      {"P1.K1.I1", "P1.I1", 3, Rational(75)},        // 3 / 4
      {"P1.K1.S1.I1", "P1.K1.I1", 4, Rational(75)},  // 18 / 24
      {"P2.I1", "K1", 2, Rational(90)},              // supports SS1's, funds SS2
      {"SS2", "", 0, Rational(95)},                  // 76 / 80
      {"K2", "SS2", 1, Rational(95)},
      {"P1.K1.I2", "", 0, Rational(100)},  // supports nothing: at the end
  };
  REQUIRE(tree.size() == expected.size());
  for (std::size_t i = 0; i < tree.size(); ++i) {
    const TreeNode& node = tree[i];
    INFO(expected[i].id);
    const std::string id(node.objective ? node.objective->id : node.indicator.indicator->id);
    CHECK(id == expected[i].id);
    CHECK((node.parent_id ? node.parent_id->str() : std::string()) == expected[i].parent);
    CHECK(node.depth == expected[i].depth);
    const Figure& capaian =
        node.objective ? node.objective_result->performance.mean_capaian : node.indicator.capaian;
    REQUIRE(capaian.ok());
    CHECK(capaian.value() == expected[i].capaian);
  }
  CHECK(tree[4].level == TreeLevel::kSubActivity);
  CHECK(tree[8].level == TreeLevel::kActivity);
}
