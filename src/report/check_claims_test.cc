#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "check_support.h"
#include "lkjip/check.h"
#include "lkjip/error.h"
#include "lkjip/loader.h"

using namespace lkjip;

namespace {

// Two key indicators (K1 78 of 75: 104,00; K2 76 of 80: 95,00), each with two earlier years, a
// Renstra end target and regional figures; a program with one indicator (P1.I1 100 of 100),
// one activity with an indicator and two sub-activities. `claims` is the claims array's items.
std::string report_with(const std::string& claims) {
  return test_support::kContohHeader + R"( "renstra_period": {"from": 2024, "to": 2026},
  "objectives": [
    {"id": "SS1", "name": "Sasaran 1", "indicators": [
      {"id": "K1", "name": "Nilai AKIP", "unit": "nilai", "target": 75, "actual": 78,
       "history": [{"year": 2022, "actual": 72}, {"year": 2023, "actual": 73.25}],
       "renstra": {"end_target": 80},
       "regional": {"kabupaten": 72.33, "provinsi": 84.19, "nasional": null}}]},
    {"id": "SS2", "name": "Sasaran 2", "indicators": [
      {"id": "K2", "name": "Indeks", "unit": "indeks", "target": 80, "actual": 76,
       "history": [{"year": 2022, "actual": 76}, {"year": 2023, "actual": 77}],
       "renstra": {"end_target": 80},
       "regional": {"kabupaten": 76, "provinsi": 79, "nasional": null}}]}],
  "programs": [
    {"id": "P1", "name": "Program 1", "objective": "SS1",
     "budget": {"pagu": 1000, "spending": 900},
     "indicators": [{"id": "P1.I1", "name": "Persentase", "unit": "%", "target": 100,
                     "actual": 100, "renstra": {"end_target": 100}}],
     "activities": [{"id": "P1.K1", "name": "Kegiatan", "indicators": [
        {"id": "P1.K1.I1", "name": "Dokumen", "unit": "dokumen", "target": 4, "actual": 3}],
       "sub_activities": [
        {"id": "P1.K1.S1", "name": "Sub 1", "budget": {"pagu": 500, "spending": 450}},
        {"id": "P1.K1.S2", "name": "Sub 2", "budget": {"pagu": 500, "spending": 450}}]}]}],
  "sakip_evaluation": {"components": [{"name": "Perencanaan", "weight": 30, "score": 24.5},
                                      {"name": "Pengukuran", "weight": 70, "score": 50}]},
  "claims": [)" +
         claims +
         R"(]
})";
}

std::vector<Finding> check(const std::string& claims, Language language = Language::kIndonesian) {
  return test_support::located_findings(report_with(claims), language);
}

// The one finding of a single claim.
Finding only(const std::string& claim, Language language = Language::kIndonesian) {
  const std::vector<Finding> findings = check(claim, language);
  REQUIRE(findings.size() == 1);
  return findings.front();
}

std::string load_error(const std::string& claims) {
  try {
    load_report_text(report_with(claims), "in.json");
  } catch (const InputError& error) {
    return render(error, Language::kEnglish);
  }
  FAIL("expected an InputError");
  return {};
}

}  // namespace

TEST_CASE("claims: all-met, all-exceeded and none-met by the classification's thresholds") {
  CHECK(check(R"({"kind": "all-met", "group": "program"})").empty());
  CHECK(check(R"({"kind": "all-exceeded", "indicators": ["K1"]})").empty());
  CHECK(check(R"({"kind": "none-met", "indicators": ["K2", "P1.K1.I1"]})").empty());
  const Finding all_met = only(R"({"kind": "all-met", "group": "key", "where": "§3.1.5"})");
  CHECK(all_met.code == FindingCode::kClaimFalse);
  CHECK(all_met.severity == Finding::Severity::kError);
  CHECK(all_met.message ==
        "klaim (§3.1.5): semua indikator kinerja utama mencapai target; ternyata K2 95,00 < 100");
  CHECK(location_of(all_met).path == "/claims/0");
  CHECK(only(R"({"kind": "all-exceeded", "group": "program"})").message ==
        "klaim: semua indikator program melampaui target; ternyata P1.I1 100,00 ≤ 100");
  CHECK(only(R"({"kind": "none-met", "group": "indicators"})", Language::kEnglish).message ==
        "claim: no indicators met its target; but K1 104,00 ≥ 100, P1.I1 100,00 ≥ 100");
}

TEST_CASE("claims: an indicator whose capaian cannot be computed makes all-met uncheckable") {
  const std::string text = report_with(R"({"kind": "all-met", "group": "activity"})");
  std::string no_actual = text;
  no_actual.replace(no_actual.find(R"("target": 4, "actual": 3)"), 24,
                    R"("target": 0, "actual": 3)");
  std::shared_ptr<const SourceMap> sources;
  const PerformanceReport report = load_report_text(no_actual, "in.json", &sources);
  const std::vector<Finding> findings = check_report(report, *sources);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].code == FindingCode::kClaimUncheckable);
  CHECK(findings[0].severity == Finding::Severity::kWarning);
  CHECK(findings[0].message.view().starts_with(
      "klaim: semua indikator kegiatan mencapai target; tidak dapat diperiksa: P1.K1.I1: "));
}

TEST_CASE("claims: a count of objects, of a level's indicators and of those of a class") {
  CHECK(check(R"({"kind": "count", "group": "objectives", "value": 2},
                 {"kind": "count", "group": "programs", "value": 1},
                 {"kind": "count", "group": "activities", "value": 1},
                 {"kind": "count", "group": "sub-activities", "value": 2},
                 {"kind": "count", "group": "key", "value": 2},
                 {"kind": "count", "group": "indicators", "value": 4},
                 {"kind": "count", "group": "key", "status": "exceeded", "value": 1},
                 {"kind": "count", "group": "program", "status": "met", "value": 1},
                 {"kind": "count", "group": "indicators", "status": "reached", "value": 2})")
            .empty());
  const Finding wrong = only(R"({"kind": "count", "group": "key", "value": 6, "where": "§3.2"})");
  CHECK(wrong.code == FindingCode::kClaimFalse);
  CHECK(wrong.message == "klaim (§3.2): jumlah indikator kinerja utama: 6; ternyata dihitung 2");
  CHECK(comparison_of(wrong).computed == "2");
  CHECK(only(R"({"kind": "count", "group": "key", "status": "not-met", "value": 0})").message ==
        "klaim: jumlah indikator kinerja utama yang tidak mencapai target: 0; ternyata dihitung 1 "
        "(K2 95,00)");
}

TEST_CASE("claims: a change of a trend figure, or between two figures, by value or direction") {
  CHECK(check(R"({"kind": "change", "figure": "tren/K1/change_2023_2024", "value": 4.75},
                 {"kind": "change", "figure": "tren/K1/change_2022_2023", "value": "up"},
                 {"kind": "change", "figure": "tren/K2/change_2023_2024", "value": "down"},
                 {"kind": "change", "figure": "iku/K2/actual", "other": "iku/K1/actual",
                  "value": 2})")
            .empty());
  const Finding wrong =
      only(R"({"kind": "change", "figure": "tren/K1/change_2023_2024", "value": 0.52})");
  CHECK(wrong.message == "klaim: perubahan tren/K1/change_2023_2024 0,52; ternyata dihitung 4,75");
  CHECK(check(R"({"kind": "change", "figure": "tren/K2/change_2022_2024", "value": "unchanged"})")
            .empty());
  CHECK(only(R"({"kind": "change", "figure": "tren/K1/change_2022_2024", "value": "unchanged"})",
             Language::kEnglish)
            .message == "claim: tren/K1/change_2022_2024 changes by unchanged; but computed 6");
}

TEST_CASE("claims: equals, above and below a value or another figure, as printed") {
  CHECK(check(R"({"kind": "equals", "figure": "iku/K1/capaian", "value": 104},
                 {"kind": "above", "figure": "pembanding/K1/actual",
                  "other": "pembanding/K1/kabupaten"},
                 {"kind": "below", "figure": "pembanding/K1/actual",
                  "other": "pembanding/K1/provinsi"},
                 {"kind": "equals", "figure": "pembanding/K2/actual",
                  "other": "pembanding/K2/kabupaten"},
                 {"kind": "below", "figure": "iku/mean/capaian", "value": 100},
                 {"kind": "equals", "figure": "sakip/total/predicate", "value": "BB"})")
            .empty());
  CHECK(only(R"({"kind": "above", "figure": "pembanding/K2/actual",
                 "other": "pembanding/K2/provinsi"})")
            .message ==
        "klaim: pembanding/K2/actual di atas pembanding/K2/provinsi; ternyata "
        "dihitung pembanding/K2/actual = 76, pembanding/K2/provinsi = 79");
  CHECK(only(R"({"kind": "equals", "figure": "iku/K2/capaian", "value": 95.5})").message ==
        "klaim: iku/K2/capaian sama dengan 95,5; ternyata dihitung iku/K2/capaian = 95,0");
  const Finding missing = only(R"({"kind": "equals", "figure": "pembanding/K1/actual",
                                   "other": "pembanding/K1/nasional"})");
  CHECK(missing.code == FindingCode::kClaimUncheckable);
  CHECK(
      missing.message.view().starts_with("klaim: pembanding/K1/actual sama dengan "
                                         "pembanding/K1/nasional; tidak dapat diperiksa: "
                                         "pembanding/K1/nasional: "));
}

TEST_CASE("claims: a Renstra target reached, the end's or the year's") {
  CHECK(check(R"({"kind": "reached", "indicators": ["P1.I1"]})").empty());
  CHECK(only(R"({"kind": "reached", "indicators": ["K1", "K2", "P1.I1"]})").message ==
        "klaim: K1, K2, P1.I1 mencapai target akhir Renstra; ternyata K1 97,50 < 100, "
        "K2 95,00 < 100");
  const Finding no_year = only(R"({"kind": "reached", "indicators": ["K1"], "against": "year"})");
  CHECK(no_year.code == FindingCode::kClaimUncheckable);
  CHECK(no_year.message ==
        "klaim: K1 mencapai target Renstra tahun 2024; tidak dapat diperiksa: "
        "K1 tidak memiliki target Renstra tahun 2024");
  CHECK(only(R"({"kind": "reached", "indicators": ["P1.K1.I1"]})").message ==
        "klaim: P1.K1.I1 mencapai target akhir Renstra; tidak dapat diperiksa: P1.K1.I1 tidak "
        "memiliki target Renstra");
}

TEST_CASE("claims: an indicator's class or rating, a figure's predicate") {
  CHECK(check(R"({"kind": "classified", "indicators": ["K1"], "value": "exceeded"},
                 {"kind": "classified", "indicators": ["K1"], "value": "reached"},
                 {"kind": "classified", "indicators": ["P1.I1"], "value": "met"},
                 {"kind": "classified", "indicators": ["K2"], "value": "not-met"},
                 {"kind": "classified", "indicators": ["K2"], "value": "Baik"},
                 {"kind": "classified", "figure": "sakip/total/predicate", "value": "BB"})")
            .empty());
  CHECK(only(R"({"kind": "classified", "indicators": ["K2"], "value": "reached",
                 "where": "Tabel 3.2"})")
            .message ==
        "klaim (Tabel 3.2): K2: mencapai target; ternyata dihitung K2 95,00: "
        "tidak mencapai target");
  CHECK(only(R"({"kind": "classified", "figure": "sakip/total/predicate", "value": "A"})",
             Language::kEnglish)
            .message == "claim: sakip/total/predicate: A; but computed BB");
}

TEST_CASE("claims: an unknown figure is an input error naming the nearest") {
  const Finding unknown = only(R"({"kind": "equals", "figure": "iku/K1/capain", "value": 104})");
  CHECK(unknown.severity == Finding::Severity::kInputError);
  CHECK(unknown.message ==
        "tidak ada angka bernama \"iku/K1/capain\"; maksud Anda \"iku/K1/capaian\"?");
  CHECK(location_of(unknown).path == "/claims/0/figure");
  CHECK(only(R"({"kind": "equals", "figure": "iku/K1/capain", "value": 104})", Language::kEnglish)
            .message == "no figure named \"iku/K1/capain\"; did you mean \"iku/K1/capaian\"?");
}

TEST_CASE("claims: validate refuses an unknown id, a missing member, a value of the wrong kind") {
  CHECK(load_error(R"({"kind": "reached", "indicators": ["K3"]})") ==
        "in.json:28:48: error: /claims/0/indicators: no indicator has the id \"K3\": did you "
        "mean \"K1\"?");
  CHECK(load_error(R"({"kind": "count", "group": "key", "value": 2.5})")
            .ends_with("/claims/0/value: a claim \"count\" needs the whole number it claims as "
                       "its \"value\""));
  CHECK(load_error(R"({"kind": "change", "figure": "iku/K1/actual", "value": "naik"})")
            .ends_with("/claims/0/value: a claim \"change\" needs the change it claims as its "
                       "\"value\": a number (negative for a fall) or \"up\", \"down\" or "
                       "\"unchanged\", found \"naik\""));
  CHECK(load_error(R"({"kind": "all-met", "group": "key", "indicators": ["K1"]})")
            .find("is about either a \"group\" of indicators") != std::string::npos);
  CHECK(load_error(R"({"kind": "above", "figure": "iku/K1/actual", "value": "BB"})")
            .ends_with("a claim \"above\" needs a number as its \"value\", found \"BB\""));
  CHECK(load_error(R"({"kind": "met"})").find("/claims/0/kind") != std::string::npos);
  CHECK(load_error(R"({"kind": "reached", "indicators": ["K1"], "status": "met"})")
            .find("takes no \"status\"") != std::string::npos);
}

TEST_CASE("claims: the counts of checked, true, false and uncheckable claims") {
  std::shared_ptr<const SourceMap> sources;
  const PerformanceReport report =
      load_report_text(report_with(R"({"kind": "all-met", "group": "key"},
                     {"kind": "count", "group": "key", "value": 2},
                     {"kind": "reached", "indicators": ["P1.K1.I1"]})"),
                       "in.json", &sources);
  const ClaimCounts counts = count_claims(report, check_report(report, *sources));
  CHECK(counts.checked == 3);
  CHECK(counts.held == 1);
  CHECK(counts.contradicted == 1);
  CHECK(counts.uncheckable == 1);
}
