#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "check_support.h"
#include "lkjip/check.h"
#include "lkjip/error.h"
#include "lkjip/loader.h"

using namespace lkjip;

namespace {

// One objective with one key indicator, one program with an activity and a sub-activity whose
// indicator counts documents. `printed` is the printed array's items.
std::string report_with(const std::string& printed) {
  return test_support::kContohHeader + R"( "renstra_period": {"from": 2024, "to": 2026},
  "objectives": [
    {"id": "SS1", "name": "Meningkatnya Kualitas Layanan Publik", "indicators": [
      {"id": "IKPP", "name": "Indeks Kualitas Pelayanan Publik", "unit": "indeks",
       "target": 8, "actual": 8}]}],
  "programs": [
    {"id": "P1", "name": "Program Satu", "objective": "SS1",
     "budget": {"pagu": 1000, "spending": 1000},
     "activities": [{"id": "P1.K1", "name": "Kegiatan Satu", "sub_activities": [
        {"id": "P1.K1.S1", "name": "Sub Kegiatan Satu", "indicators": [
          {"id": "P1.K1.S1.I1", "name": "Jumlah Dokumen", "unit": "dokumen", "target": 28,
           "actual": 28}]}]}]}],
  "printed": [)" +
         printed + R"(]
})";
}

struct Checked {
  std::vector<Finding> findings;
  CheckCounts counts;
};

Checked check(const std::string& printed, Language language = Language::kIndonesian) {
  std::shared_ptr<const SourceMap> sources;
  const PerformanceReport report = load_report_text(report_with(printed), "in.json", &sources);
  Checked checked;
  checked.findings = check_report(report, *sources, language, &checked.counts);
  locate_findings(checked.findings, *sources);
  return checked;
}

InputError load_error(const std::string& printed) {
  try {
    load_report_text(report_with(printed), "in.json");
  } catch (const InputError& error) {
    return error;
  }
  FAIL("expected an InputError");
  throw;
}

}  // namespace

TEST_CASE("a name or unit printed with another case and other runs of blanks reads the same",
          "[words]") {
  const Checked checked = check(
      R"({"name_of": "SS1", "value": "MENINGKATNYA  kualitas layanan   Publik ", "where": "Tabel 3.1"},
      {"name_of": "P1.K1.S1", "value": "sub kegiatan satu", "where": "Tabel 3.3"},
      {"unit_of": "P1.K1.S1.I1", "value": "Dokumen", "where": "Tabel 3.3"})");
  CHECK(checked.findings.empty());
  CHECK(checked.counts.words == 3);
  CHECK(checked.counts.words_agreeing == 3);
  CHECK(checked.counts.words_differing == 0);
  CHECK(checked.counts.printed == 0);  // no figure among them
}

TEST_CASE("a name printed otherwise is one warning per object and wording, naming its places",
          "[words]") {
  const Checked checked =
      check(R"({"name_of": "IKPP", "value": "IKM Kecamatan", "where": "Tabel 3.6"},
      {"name_of": "IKPP", "value": "Indeks Kualitas Pelayanan Publik", "where": "Tabel 3.1"},
      {"name_of": "IKPP", "value": "ikm  kecamatan", "where": "Tabel 3.19"},
      {"unit_of": "P1.K1.S1.I1", "value": "laporan", "where": "Tabel 2.5"})");
  REQUIRE(checked.findings.size() == 2);  // in the report's order: Tabel 2.5, then 3.6
  const Finding& name = checked.findings[1];
  CHECK(name.code == FindingCode::kPrintedName);
  CHECK(name.severity == Finding::Severity::kWarning);
  CHECK(name.message ==
        "IKPP: nama dicetak \"IKM Kecamatan\" (Tabel 3.6, Tabel 3.19), di data \"Indeks Kualitas "
        "Pelayanan Publik\"");
  CHECK(location_of(name).path == "/printed/0");
  CHECK(comparison_of(name).printed == "IKM Kecamatan");
  CHECK(comparison_of(name).computed == "Indeks Kualitas Pelayanan Publik");
  const Finding& unit = checked.findings[0];
  CHECK(unit.code == FindingCode::kPrintedUnit);
  CHECK(unit.message == "P1.K1.S1.I1: satuan dicetak \"laporan\" (Tabel 2.5), di data \"dokumen\"");
  CHECK(std::string(finding_code_name(unit.code)) == "printed-unit");
  CHECK(checked.counts.words == 4);
  CHECK(checked.counts.words_agreeing == 1);
  CHECK(checked.counts.words_differing == 3);

  const Checked english = check(
      R"({"name_of": "IKPP", "value": "IKM Kecamatan", "where": "Tabel 3.6"})", Language::kEnglish);
  REQUIRE(english.findings.size() == 1);
  CHECK(english.findings[0].message ==
        "IKPP: name printed \"IKM Kecamatan\" (Tabel 3.6), in the data \"Indeks Kualitas "
        "Pelayanan Publik\"");
}

TEST_CASE("a fact printed three ways is one error naming each wording and its places", "[words]") {
  const Checked checked =
      check(R"({"fact": "tanggal LHE", "value": "16 Agustus 2024", "where": "§1.6 teks"},
      {"fact": "tanggal LHE", "value": "26 Agustus 2024", "where": "§3.3 teks"},
      {"fact": "Tanggal  LHE", "value": "16 agustus 2024", "where": "BAB IV"},
      {"fact": "tanggal LHE", "value": "6 Agustus 2024", "where": "§3.4 teks"},
      {"fact": "nomor LHE", "value": "X.700/534", "where": "§1.6 teks"},
      {"fact": "nomor LHE", "value": "X.700/534", "where": "BAB IV"})");
  REQUIRE(checked.findings.size() == 1);
  const Finding& fact = checked.findings[0];
  CHECK(fact.code == FindingCode::kPrintedFact);
  CHECK(fact.severity == Finding::Severity::kError);
  CHECK(fact.message ==
        "tanggal LHE dicetak dengan 3 cara berbeda: \"16 Agustus 2024\" (§1.6 teks, BAB IV), "
        "\"26 Agustus 2024\" (§3.3 teks), \"6 Agustus 2024\" (§3.4 teks)");
  CHECK(location_of(fact).path == "/printed/1");  // the first place that reads otherwise
  CHECK(comparison_of(fact).where.empty());       // about several places
  CHECK(checked.counts.words == 6);
  CHECK(checked.counts.words_agreeing == 4);
  CHECK(checked.counts.words_differing == 2);
}

TEST_CASE("a fact's words are never read as a number", "[words]") {
  // "54" and "54,0" would be the same number; as words they differ.
  const Checked checked = check(R"({"fact": "nomor Perbup", "value": "54", "where": "§3.1.5"},
      {"fact": "nomor Perbup", "value": "54,0", "where": "§3.3"})");
  REQUIRE(checked.findings.size() == 1);
  CHECK(checked.findings[0].code == FindingCode::kPrintedFact);
}

TEST_CASE("the Renstra period printed is compared with the data's by its years", "[words]") {
  const Checked checked =
      check(R"({"fact": "periode Renstra", "value": "Renstra 2024 - 2026", "where": "Gambar 1.2"},
      {"fact": "periode Renstra", "value": "Resntra 2018-2024", "where": "§3.2.2 teks"},
      {"fact": "periode Renstra", "value": "Renstra 2024–2026", "where": "BAB IV"})");
  REQUIRE(checked.findings.size() == 1);
  const Finding& period = checked.findings[0];
  CHECK(period.code == FindingCode::kPrintedFact);
  CHECK(period.message ==
        "periode Renstra: dicetak \"Resntra 2018-2024\" (§3.2.2 teks), di data 2024–2026");
  CHECK(comparison_of(period).where == "§3.2.2 teks");
  CHECK(checked.counts.words == 3);
  CHECK(checked.counts.words_differing == 1);
}

TEST_CASE("a printed name, unit or fact with an unknown id or a number is an input error",
          "[words]") {
  const InputError unknown = load_error(R"({"name_of": "SS9", "value": "Sasaran"})");
  CHECK(unknown.json_path() == "/printed/0/name_of");
  CHECK_THAT(unknown.message().english, Catch::Contains("did you mean \"SS1\"?"));

  const InputError not_indicator = load_error(R"({"unit_of": "P1.K1", "value": "kegiatan"})");
  CHECK(not_indicator.json_path() == "/printed/0/unit_of");
  CHECK_THAT(not_indicator.message().english,
             Catch::StartsWith("no indicator has the id \"P1.K1\""));

  const InputError number = load_error(R"({"fact": "nomor Perbup", "value": 54})");
  CHECK(number.json_path() == "/printed/0/value");
  CHECK_THAT(number.message().english, Catch::StartsWith("expected the words the report prints"));

  const InputError two = load_error(R"({"name_of": "SS1", "unit_of": "IKPP", "value": "Sasaran"})");
  CHECK(two.json_path() == "/printed/0/name_of");

  const InputError beside_figure =
      load_error(R"({"figure": "iku/IKPP/capaian", "fact": "capaian", "value": "100"})");
  CHECK_THAT(beside_figure.message().english, Catch::StartsWith("expected one of \"figure\""));
}
