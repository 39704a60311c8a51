#include "lkjip/loader.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <iterator>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "example_reports.h"
#include "json_cursor.h"
#include "json_source_map.h"
#include "lkjip/error.h"
#include "lkjip/input_writers.h"

using namespace lkjip;

namespace {

// A small valid file; `program` replaces the one program, `settings` adds a settings member.
std::string document(const std::string& program = R"({
      "id": "P1", "name": "Program", "objective": "SS1",
      "budget": {"pagu": 1000, "spending": 900},
      "indicators": [{"id": "P1.I1", "name": "Nilai", "unit": "%", "target": 100, "actual": 90.5}],
      "activities": []
    })",
                     const std::string& settings = "") {
  return R"({
  "format": "lkjip/1",
  "unit": {"name": "Kecamatan Contoh", "region": "Kabupaten Contoh"},
  "year": 2024,
  "renstra_period": {"from": 2024, "to": 2026},)" +
         settings + R"(
  "objectives": [{"id": "SS1", "name": "Sasaran", "indicators": [
    {"id": "IKU1", "name": "Indeks", "unit": "indeks", "target": 8.4, "actual": 7.91}]}],
  "programs": [
    )" + program +
         R"(
  ]
})";
}

const char* const kBareProgram = R"({"id": "P1", "name": "P", "objective": "SS1",
      "budget": {"pagu": 1, "spending": 1}, "indicators": [], "activities": []})";

InputError load_error(const std::string& text) {
  try {
    load_report_text(text, "in.json");
  } catch (const InputError& error) {
    return error;
  }
  FAIL("expected an InputError");
  throw;
}

}  // namespace

TEST_CASE("a valid file loads, numbers exactly and with their written decimals") {
  const PerformanceReport report = load_report_text(document(), "in.json");
  CHECK(report.unit.name == "Kecamatan Contoh");
  CHECK(report.year == 2024);
  REQUIRE(report.objectives.size() == 1);
  const Indicator& key = report.objectives[0].indicators[0];
  CHECK(key.target->value.to_fraction_string() == "42/5");
  CHECK(key.target->decimals == 1);
  CHECK(key.actual->decimals == 2);
  REQUIRE(report.programs.size() == 1);
  CHECK(report.programs[0].budget.pagu->value == 1000);
  CHECK(json_pointer(report.programs[0].source) == "/programs/0");
  CHECK(json_pointer(report.objectives[0].source) == "/objectives/0");
  CHECK(report.programs[0].budget.spending->value == 900);
  CHECK(json_pointer(key.source) == "/objectives/0/indicators/0");
  CHECK(report.settings.rating_scale.size() == default_rating_scale().size());
}

TEST_CASE("null is a missing value, kept apart from zero") {
  const PerformanceReport report =
      load_report_text(document(R"({"id": "P1", "name": "P", "objective": "SS1",
        "budget": {"pagu": 0, "spending": null},
        "indicators": [{"id": "P1.I1", "name": "N", "unit": "%", "target": 0, "actual": null}],
        "activities": []})"),
                       "in.json");
  const Program& program = report.programs[0];
  CHECK(program.budget.pagu->value == 0);
  CHECK_FALSE(program.budget.spending.has_value());
  CHECK(program.indicators[0].target->value.is_zero());
  CHECK_FALSE(program.indicators[0].actual.has_value());
}

TEST_CASE("invalid JSON is reported with line and column") {
  const InputError error = load_error("{\n  \"format\": \"lkjip/1\",\n  \"year\": 20x4\n}");
  CHECK(error.position().line == 3);
  CHECK(error.position().column == 13);
  CHECK_THAT(error.message().english, Catch::Contains("invalid JSON"));
  CHECK_THAT(render(error, Language::kEnglish),
             Catch::StartsWith("in.json:3:13: error: invalid JSON"));
}

TEST_CASE("an empty file is invalid JSON at 1:1") {
  const InputError error = load_error("");
  CHECK(error.position().line == 1);
  CHECK(error.position().column == 1);
}

TEST_CASE("a wrong type names the path, the expectation and what was found") {
  std::string text = document();
  text.replace(text.find("\"pagu\": 1000"), 12, "\"pagu\": \"1000\"");
  const InputError error = load_error(text);
  CHECK(error.json_path() == "/programs/0/budget/pagu");
  CHECK(error.message().english ==
        "expected a whole number of rupiah, found the string \"1000\"; "
        "write it as the JSON number 1000 (no quotes)");
  CHECK(error.position().line == 11);
  CHECK(error.position().column == 26);  // where the value starts
}

TEST_CASE("a negative pagu is refused") {
  std::string text = document();
  text.replace(text.find("\"pagu\": 1000"), 12, "\"pagu\": -5");
  const InputError error = load_error(text);
  CHECK(error.json_path() == "/programs/0/budget/pagu");
  CHECK(error.message().english == "expected a non-negative amount of rupiah, found -5");
}

TEST_CASE("money must be whole rupiah within range") {
  std::string fraction = document();
  fraction.replace(fraction.find("\"pagu\": 1000"), 12, "\"pagu\": 1000.5");
  CHECK(load_error(fraction).message().english ==
        "expected a whole number of rupiah, found 1000.5");
  std::string huge = document();
  huge.replace(huge.find("\"pagu\": 1000"), 12, "\"pagu\": 9223372036854775808");
  CHECK_THAT(load_error(huge).message().english, Catch::Contains("exceeds the largest supported"));
  std::string larger = document();
  larger.replace(larger.find("\"pagu\": 1000"), 12, "\"pagu\": 99999999999999999999");
  CHECK_THAT(load_error(larger).message().english,
             Catch::Contains("exceeds the largest supported"));
  // The largest that is read, to the rupiah, and the smallest.
  for (const auto& [written, read] :
       {std::pair{"9223372036854775807", kMaxRupiah},
        std::pair{"9223372036854775799", kMaxRupiah - 8}, std::pair{"0", Rupiah{0}}}) {
    std::string text = document();
    text.replace(text.find("\"pagu\": 1000"), 12, std::string("\"pagu\": ") + written);
    INFO(written);
    CHECK(load_report_text(text, "in.json").programs[0].budget.pagu->value == read);
  }
}

TEST_CASE("a missing required field is reported at its object") {
  std::string text = document();
  text.replace(text.find(", \"actual\": 90.5"), 15, "");
  const InputError error = load_error(text);
  CHECK(error.json_path() == "/programs/0/indicators/0");
  CHECK_THAT(error.message().english, Catch::StartsWith("missing required field \"actual\""));
  CHECK_THAT(error.message().english, Catch::Contains("use null"));
}

TEST_CASE("an unknown field gets a did-you-mean") {
  std::string text = document();
  text.replace(text.find("\"target\": 100"), 13, "\"targte\": 100");
  const InputError error = load_error(text);
  CHECK(error.json_path() == "/programs/0/indicators/0/targte");
  CHECK(error.message().english == "unknown field \"targte\"; did you mean \"target\"?");
}

TEST_CASE("an unknown field far from every allowed one lists the allowed fields") {
  std::string text = document();
  text.replace(text.find("\"target\": 100"), 13, "\"zzzzzzzzzz\": 1, \"target\": 100");
  CHECK_THAT(load_error(text).message().english, Catch::Contains("allowed here: id, name"));
}

TEST_CASE("duplicate keys and duplicate ids are refused") {
  std::string keys = document();
  keys.replace(keys.find("\"year\": 2024"), 12, "\"year\": 2024, \"year\": 2025");
  CHECK_THAT(load_error(keys).message().english, Catch::StartsWith("duplicate key \"year\""));

  std::string ids = document();
  ids.replace(ids.find("\"id\": \"P1.I1\""), 13, "\"id\": \"IKU1\"");
  const InputError error = load_error(ids);
  CHECK(error.message().english ==
        "duplicate id \"IKU1\" (first used at /objectives/0/indicators/0/id)");
}

TEST_CASE("a program's objective must exist") {
  std::string text = document();
  text.replace(text.find("\"objective\": \"SS1\""), 18, "\"objective\": \"SS3\"");
  const InputError error = load_error(text);
  CHECK(error.json_path() == "/programs/0/objective");
  CHECK(error.message().english == "no strategic objective has the id \"SS3\"; known: SS1");
}

TEST_CASE("numbers beyond the supported precision are refused, not rounded") {
  std::string text = document();
  text.replace(text.find("\"actual\": 90.5"), 14, "\"actual\": 0." + std::string(400, '1'));
  CHECK_THAT(load_error(text).message().english,
             Catch::StartsWith("expected a number with at most 18"));
  std::string big = document();
  big.replace(big.find("\"actual\": 90.5"), 14, "\"actual\": " + std::string(400, '9'));
  const InputError error = load_error(big);
  CHECK_THAT(error.message().english,
             Catch::StartsWith("expected a number with at most 18 digits"));
  CHECK(error.json_path() == "/programs/0/indicators/0/actual");
  CHECK(error.position().column == 93);  // where the number starts
  CHECK(error.message().english.size() < 200);
  std::string tiny = document();
  tiny.replace(tiny.find("\"actual\": 90.5"), 14, "\"actual\": 1e-100000000");
  CHECK_THAT(load_error(tiny).message().english,
             Catch::StartsWith("expected a number with at most"));
}

TEST_CASE("1e999 and NaN-like text are invalid JSON") {
  std::string overflow = document();
  overflow.replace(overflow.find("\"actual\": 90.5"), 14, "\"actual\": 1e999");
  CHECK_THAT(load_error(overflow).message().english, Catch::Contains("at most 18 digits"));
  std::string nan = document();
  nan.replace(nan.find("\"actual\": 90.5"), 14, "\"actual\": NaN");
  CHECK_THAT(load_error(nan).message().english, Catch::StartsWith("invalid JSON"));
}

TEST_CASE("deep nesting is refused before it costs memory") {
  const InputError error = load_error(std::string(100000, '['));
  CHECK_THAT(error.message().english, Catch::StartsWith("nesting deeper than"));
}

TEST_CASE("invalid UTF-8 is refused with its bytes escaped") {
  const InputError error = load_error("{\"format\": \"\xff\"}");
  CHECK_THAT(error.message().english, Catch::Contains("invalid JSON"));
  CHECK(error.message().english.find('\xff') == std::string::npos);
}

TEST_CASE("rating scales: a gap or an overlap is an input error") {
  const std::string gap = R"(
  "settings": {"rating_scale": [
    {"label": "Rendah", "min": 0, "max": 80, "include_min": true},
    {"label": "Tinggi", "min": 90, "max": 100}]},)";
  InputError error = load_error(document(kBareProgram, gap));
  CHECK(error.json_path() == "/settings/rating_scale/1");
  CHECK(error.message().english == "gap between band \"Rendah\" and band \"Tinggi\"");

  const std::string overlap = R"(
  "settings": {"rating_scale": [
    {"label": "Rendah", "min": 0, "max": 90, "include_min": true},
    {"label": "Tinggi", "min": 90, "max": 100, "include_min": true}]},)";
  CHECK(load_error(document(kBareProgram, overlap)).message().english ==
        "band \"Tinggi\" overlaps band \"Rendah\"");

  const std::string short_scale = R"(
  "settings": {"rating_scale": [{"label": "Semua", "min": 0, "max": 90, "include_min": true}]},)";
  CHECK_THAT(load_error(document(kBareProgram, short_scale)).message().english,
             Catch::Contains("must cover every score"));
}

TEST_CASE("a closed scale and other limits load") {
  const std::string settings = R"(
  "settings": {"score_floor": 0, "score_cap": 120, "rating_scale": [
    {"label": "Rendah", "min": 0, "max": 90, "include_min": true},
    {"label": "Tinggi", "min": 90, "max": 120}]},)";
  const PerformanceReport report = load_report_text(document(kBareProgram, settings), "in.json");
  CHECK(report.settings.score_cap.value == Rational(120));
  CHECK(report.settings.rating_scale.size() == 2);
}

TEST_CASE("files that cannot be read give a clear error") {
  try {
    load_report_file("/nonexistent/lkjip.json");
    FAIL("expected an error");
  } catch (const InputError& error) {
    CHECK(render(error, Language::kEnglish) ==
          "/nonexistent/lkjip.json: error: cannot open: No such file or directory");
  }
  try {
    load_report_file("/tmp");
    FAIL("expected an error");
  } catch (const InputError& error) {
    CHECK(error.message().english == "is a directory, expected a JSON data file");
  }
}

namespace {

// The minimal document with `indicator_extra` added to the key indicator and `top_extra` to the
// top level.
std::string with_sections(const std::string& indicator_extra, const std::string& top_extra = "") {
  std::string text = document();
  const std::string key = R"("target": 8.4, "actual": 7.91)";
  text.replace(text.find(key), key.size(), key + indicator_extra);
  if (!top_extra.empty()) {
    const std::string anchor = R"("year": 2024,)";
    text.replace(text.find(anchor), anchor.size(), anchor + top_extra);
  }
  return text;
}

}  // namespace

TEST_CASE("history, Renstra, regional figures and components load") {
  const PerformanceReport report = load_report_text(
      with_sections(R"(, "history": [{"year": 2022, "actual": 6.4}, {"year": 2023, "actual": null}],
        "renstra": {"end_target": 6.8, "kind": "cumulative"},
        "regional": {"kabupaten": 8.45, "nasional": null},
        "components": [{"name": "IKM", "weight": 1.25, "value": 3.2}])"),
      "in.json");
  const Indicator& ikpp = report.objectives[0].indicators[0];
  REQUIRE(details_of(ikpp).history.size() == 2);
  CHECK(details_of(ikpp).history[0].actual->value == *Rational::parse_decimal("6.4"));
  CHECK_FALSE(details_of(ikpp).history[1].actual.has_value());
  CHECK(details_of(ikpp).renstra->cumulative);
  CHECK(details_of(ikpp).regional->kabupaten->decimals == 2);
  CHECK_FALSE(details_of(ikpp).regional->provinsi.has_value());
  CHECK_FALSE(details_of(ikpp).regional->nasional.has_value());
  REQUIRE(details_of(ikpp).components.size() == 1);
  CHECK(details_of(ikpp).components[0].weight.value == *Rational::parse_decimal("1.25"));
  // An indicator that gives none of them carries no room for them.
  const Indicator& plain = report.programs[0].indicators[0];
  CHECK(plain.details == nullptr);
  CHECK(details_of(plain).history.empty());
  CHECK_FALSE(details_of(plain).renstra.has_value());
  // 256 since the performance tree's `supports` (an id, kept inline: 32 bytes).
  CHECK(sizeof(Indicator) <= 256);
}

TEST_CASE("an indicator with only a note or only a history has details") {
  const PerformanceReport noted =
      load_report_text(with_sections(R"(, "note": "angka sementara")"), "in.json");
  REQUIRE(noted.objectives[0].indicators[0].details);
  CHECK(details_of(noted.objectives[0].indicators[0]).note == "angka sementara");
  const PerformanceReport past =
      load_report_text(with_sections(R"(, "history": [{"year": 2023, "actual": 1}])"), "in.json");
  REQUIRE(details_of(past.objectives[0].indicators[0]).history.size() == 1);
  CHECK_FALSE(details_of(past.objectives[0].indicators[0]).renstra.has_value());
}

TEST_CASE("past years must come before the report's year, oldest first") {
  CHECK_THAT(
      load_error(with_sections(R"(, "history": [{"year": 2024, "actual": 1}])")).message().english,
      Catch::Contains("a year before the report's"));
  const InputError order = load_error(
      with_sections(R"(, "history": [{"year": 2023, "actual": 1}, {"year": 2022, "actual": 1}])"));
  CHECK(order.json_path() == "/objectives/0/indicators/0/history/1/year");
  CHECK(order.message().english == "past years must be listed oldest first, each once");
}

TEST_CASE("a Renstra kind other than level or cumulative is refused") {
  const InputError error =
      load_error(with_sections(R"(, "renstra": {"end_target": 6.8, "kind": "sum"})"));
  CHECK(error.json_path() == "/objectives/0/indicators/0/renstra/kind");
  CHECK(error.message().english ==
        "expected \"level\" or \"cumulative\", found the string \"sum\"");
}

TEST_CASE("staff counts and facilities are whole numbers, zero or more") {
  std::string staff = document();
  staff.replace(staff.find(R"("name": "Sasaran",)"), 18,
                R"("name": "Sasaran", "staff": {"needed": 18, "available": -1},)");
  const InputError error = load_error(staff);
  CHECK(error.json_path() == "/objectives/0/staff/available");
  CHECK_THAT(error.message().english,
             Catch::StartsWith("expected a whole number (a count) from 0"));

  const PerformanceReport report = load_report_text(
      with_sections("", R"( "facilities": [{"name": "Pompa Air", "available": 1, "needed": 2}],)"),
      "in.json");
  REQUIRE(report.facilities.size() == 1);
  CHECK(report.facilities[0].id == "F1");
  CHECK(json_pointer(report.facilities[0].source) == "/facilities/0");
  CHECK(report.facilities[0].needed.value == Rational(2));

  CHECK_THAT(
      load_error(
          with_sections("", R"( "facilities": [{"name": "X", "available": 1.5, "needed": 2}],)"))
          .message()
          .english,
      Catch::StartsWith("expected a whole number (a count)"));
}

TEST_CASE("the SAKIP evaluation loads, and its predicate scale is checked like any scale") {
  const PerformanceReport report =
      load_report_text(with_sections("", R"( "sakip_evaluation": {"components": [
        {"name": "Perencanaan", "weight": 30, "score": 24.50}],
        "stated_total": 24.5, "stated_predicate": "BB"},)"),
                       "in.json");
  REQUIRE(report.sakip.has_value());
  CHECK(report.sakip->components[0].score.decimals == 2);
  CHECK(report.sakip->stated_predicate == std::optional<std::string>("BB"));
  CHECK(report.sakip->predicate_scale.size() == 7);

  const InputError gap = load_error(with_sections("", R"( "sakip_evaluation": {
      "components": [{"name": "P", "weight": 30, "score": 24}],
      "predicate_scale": [{"label": "C", "min": 0, "max": 50, "include_min": true},
                          {"label": "B", "min": 60, "max": 100}]},)"));
  CHECK(gap.json_path() == "/sakip_evaluation/predicate_scale/1");
  CHECK(gap.message().english == "gap between band \"C\" and band \"B\"");
}

TEST_CASE("scale bounds, floor and cap have at most the printed precision") {
  const std::string fine = R"(
  "settings": {"score_cap": 100.005, "rating_scale": [
    {"label": "Semua", "min": 0, "max": 100.005, "include_min": true}]},)";
  const InputError error = load_error(document(kBareProgram, fine));
  CHECK(error.json_path() == "/settings/score_cap");
  CHECK_THAT(error.message().english, Catch::StartsWith("expected at most 2 decimals"));
}

TEST_CASE("control characters in names are refused, and never echoed raw") {
  std::string text = document();
  const std::string name = R"("name": "Program")";
  text.replace(text.find(name), name.size(), R"("name": "Pro\u001b[31mgram")");
  const InputError error = load_error(text);
  CHECK(error.json_path() == "/programs/0/name");
  CHECK_THAT(error.message().english, Catch::StartsWith("control character U+001B in text"));

  std::string key = document();
  key.replace(key.find(R"("year": 2024)"), 12, R"("ye\nar": 2024)");
  const std::string rendered = render(load_error(key), Language::kEnglish);
  CHECK(rendered.find('\n') == std::string::npos);
  CHECK_THAT(rendered, Catch::Contains("ye\\x0Aar"));
}

TEST_CASE("control characters in long names are refused, raw DEL and escaped alike") {
  // Names longer than fifteen bytes are kept on the heap, where a name the reader found free of
  // control characters is not looked at again by validate(): each way one can be written.
  for (const std::string& control :
       {std::string("\x7F"), std::string(R"(\u007f)"), std::string(R"(\t)"),
        std::string(R"(\u001b)"), std::string(R"(\n)")}) {
    for (const std::size_t at : {0, 7, 15, 16, 31, 40}) {
      std::string name(44, 'p');
      name.insert(at, control);
      std::string text = document();
      const std::string given = R"("name": "Program")";
      text.replace(text.find(given), given.size(), R"("name": ")" + name + "\"");
      INFO(name);
      const InputError error = load_error(text);
      CHECK(error.json_path() == "/programs/0/name");
      CHECK_THAT(error.message().english, Catch::StartsWith("control character U+00"));
    }
  }
}

TEST_CASE("a NUL byte is refused where it stands, not taken for the end of the text") {
  const InputError error = load_error(document() + std::string(1, '\0') + "garbage");
  CHECK_THAT(error.message().english, Catch::StartsWith("the file contains a NUL byte"));
  const std::string text = document();
  CHECK(error.position().line == 1 + std::count(text.begin(), text.end(), '\n'));
}

TEST_CASE("a byte order mark is no column") {
  const InputError error = load_error("\xEF\xBB\xBF{\"format\": 5}");
  const Problem* format = nullptr;
  for (const Problem& problem : error.problems()) {
    if (problem.location.path == "/format") format = &problem;
  }
  REQUIRE(format != nullptr);
  CHECK(format->location.position.column == 12);
}

TEST_CASE("an unexpected token is reported where it starts, with the path being read") {
  const InputError error = load_error(R"({"a": [1, 2 345]})");
  CHECK(error.position().column == 13);
  CHECK(error.json_path() == "/a/2");
}

TEST_CASE("ids that name the tables' total and mean rows are reserved") {
  std::string text = document();
  text.replace(text.find(R"("id": "SS1")"), 11, R"("id": "total")");
  const InputError error = load_error(text);
  CHECK(error.json_path() == "/objectives/0/id");
  CHECK(error.message().english == "the id \"total\" is reserved for the tables' rows");
}

TEST_CASE("history, Renstra and regional figures belong to key and program indicators only") {
  const InputError error = load_error(document(R"({"id": "P1", "name": "P", "objective": "SS1",
      "budget": {"pagu": 1, "spending": 1}, "indicators": [],
      "activities": [{"id": "K1", "name": "K", "sub_activities": [], "indicators": [
        {"id": "K1.I1", "name": "N", "unit": "%", "target": 1, "actual": 1,
         "history": [{"year": 2023, "actual": 1}]}]}]})"));
  CHECK(error.json_path() == "/programs/0/activities/0/indicators/0/history");
  CHECK_THAT(error.message().english, Catch::StartsWith("unknown field \"history\""));
}

TEST_CASE("a SAKIP component's score lies between 0 and its weight, which is above 0") {
  const auto sakip = [](const char* weight, const char* score) {
    return with_sections("", std::string(R"( "sakip_evaluation": {"components": [
        {"name": "P", "weight": )") +
                                 weight + R"(, "score": )" + score + "}]},");
  };
  CHECK(load_error(sakip("30", "31")).message().english ==
        "a component's score must be from 0 to its weight");
  CHECK(load_error(sakip("-30", "1")).message().english == "a weight must be above zero");
  CHECK(load_report_text(sakip("30", "24.50"), "in.json").sakip.has_value());
}

namespace lkjip {
namespace {

// The same report with its top-level fields in another order: what the streaming reader can
// only check at the end (the report's year, objective references, ids) is still checked.
const char* const kYearLast = R"({
  "programs": [{"id": "P1", "name": "P", "objective": "SS1",
    "budget": {"spending": 1, "pagu": 2}, "activities": [], "indicators": []}],
  "objectives": [{"indicators": [{"unit": "%", "actual": 1, "target": 2, "name": "I", "id": "%s",
    "history": [{"actual": 1, "year": %d}]}], "name": "S", "id": "SS1"}],
  "renstra_period": {"to": 2026, "from": 2024},
  "unit": {"region": "R", "name": "U"}, "year": 2024, "format": "lkjip/1"})";

std::string year_last(const std::string& id, int past_year) {
  std::string text = kYearLast;
  text.replace(text.find("%s"), 2, id);
  text.replace(text.find("%d"), 2, std::to_string(past_year));
  return text;
}

TEST_CASE("fields load in any order, later fields checked once the file is read") {
  const PerformanceReport report = load_report_text(year_last("IKU1", 2023), "in.json");
  CHECK(report.year == 2024);
  CHECK(report.programs[0].objective_id == "SS1");
  CHECK(report.programs[0].budget.pagu->value == 2);
  CHECK(details_of(report.objectives[0].indicators[0]).history[0].year == 2023);
  CHECK(json_pointer(report.objectives[0].indicators[0].source) == "/objectives/0/indicators/0");

  const InputError late_year = load_error(year_last("IKU1", 2024));
  CHECK(late_year.json_path() == "/objectives/0/indicators/0/history/0/year");
  CHECK(late_year.message().english ==
        "expected a whole number (a year before the report's) from 1945 to 2023, found 2024");
  CHECK(late_year.position().line == 5);

  // Programs come before objectives in this file, yet the objective's id is found first.
  const InputError repeated = load_error(year_last("P1", 2023));
  CHECK(repeated.json_path() == "/programs/0/id");
  CHECK(repeated.message().english ==
        "duplicate id \"P1\" (first used at /objectives/0/indicators/0/id)");
  CHECK(repeated.position().line == 2);
}

namespace {

// The JSON value the cursor is at, written again with each object's members in a random order,
// numbers as they were written.
std::string shuffled_value(JsonCursor& cursor, std::mt19937& random) {
  switch (cursor.peek()) {
    case JsonCursor::Kind::kObject: {
      std::vector<std::string> members;
      cursor.begin_object();
      std::string_view key;
      while (cursor.next_member(&key)) {
        const std::string quoted = nlohmann::json(std::string(key)).dump();
        members.push_back(quoted + ": " + shuffled_value(cursor, random));
      }
      std::shuffle(members.begin(), members.end(), random);
      std::string out = "{";
      for (const std::string& member : members)
        out += (out.size() > 1 ? ", " : "") + member;
      return out + "}";
    }
    case JsonCursor::Kind::kArray: {
      std::string out = "[";
      cursor.begin_array();
      while (cursor.next_item())
        out += (out.size() > 1 ? ", " : "") + shuffled_value(cursor, random);
      return out + "]";
    }
    case JsonCursor::Kind::kString:
      return nlohmann::json(std::string(cursor.read_string())).dump();
    case JsonCursor::Kind::kNumber:
      return std::string(cursor.read_number().text);
    case JsonCursor::Kind::kBoolean:
      return cursor.read_boolean() ? "true" : "false";
    case JsonCursor::Kind::kNull:
      cursor.read_null();
      return "null";
  }
  return "";
}

}  // namespace

// The reader guesses each key from the order the objects of its kind gave theirs before: the
// guess never decides what is read.
TEST_CASE("members in any order, another in each object, load the same report") {
  std::vector<std::string> paths = {LKJIP_SEED_DATA};
  for (const char* name :
       {"anggaran-berjenjang", "klaim", "kualitatif", "murni-perubahan", "nol", "pohon-kinerja",
        "rak", "rasio", "renstra-tahunan", "rentang", "riwayat", "sebagian", "triwulan"}) {
    paths.push_back(test_support::example_path(name));
  }
  std::mt19937 random(20261205);
  for (const std::string& path : paths) {
    INFO(path);
    const std::string text = test_support::file_text(path);
    REQUIRE_FALSE(text.empty());
    const std::string expected = input_json(load_report_text(text, path));
    for (int round = 0; round < 3; ++round) {
      JsonCursor cursor(text);
      const std::string shuffled = shuffled_value(cursor, random);
      REQUIRE(shuffled != text);
      CHECK(input_json(load_report_text(shuffled, path)) == expected);
    }
  }
}

TEST_CASE("a semantic error in a text that is not JSON reports the syntax first") {
  const InputError error = load_error(R"({"format": "lkjip/2", "year": })");
  CHECK_THAT(error.message().english, Catch::StartsWith("invalid JSON"));
}

}  // namespace
}  // namespace lkjip

#include <unistd.h>

#include <fstream>

TEST_CASE("a large file is mapped and let go behind the reader; it loads and locates the same") {
  // About 11 MB: past the size from which a file is mapped, and past several 4 MB releases.
  std::string programs;
  for (int p = 0; p < 34000; ++p) {
    const std::string id = "P" + std::to_string(p + 1);
    if (p > 0) programs += ",\n    ";
    programs += R"({"id": ")" + id +
                R"(", "name": "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", )"
                R"("objective": "SS1", "budget": {"pagu": 1000000, "spending": )" +
                std::to_string(900000 + p) + R"(}, "indicators": [{"id": ")" + id +
                R"(.I1", "name": "Persentase layanan administrasi yang selesai tepat waktu", )"
                R"("unit": "%", "target": 100, "actual": 90.5}], "activities": []})";
  }
  const std::string text = document(programs);
  REQUIRE(text.size() > 10'000'000);
  char name[] = "/tmp/lkjip-large-XXXXXX";
  const int fd = ::mkstemp(name);
  REQUIRE(fd >= 0);
  ::close(fd);
  std::ofstream(name, std::ios::binary) << text;

  std::shared_ptr<const SourceMap> from_file;
  const PerformanceReport mapped = load_report_file(name, &from_file);
  const PerformanceReport read = load_report_text(text, name);
  REQUIRE(mapped.programs.size() == 34000);
  CHECK(mapped.programs.back().budget.spending->value == 933999);
  CHECK(mapped.programs.back().indicators.front().actual->value ==
        read.programs.back().indicators.front().actual->value);
  CHECK(json_pointer(mapped.programs.back().source) == "/programs/33999");
  // Locating reads the pages let go again, from the file.
  const std::vector<std::string> paths = {"/programs/0/budget/spending",
                                          "/programs/33999/budget/spending"};
  const Place first = Place().item(Place::List::kPrograms, 0);
  const Place last = Place().item(Place::List::kPrograms, 33999);
  const std::vector<Location> found =
      from_file->locate({Key{first, Field::kSpending}, Key{last, Field::kSpending}});
  const std::vector<SourcePosition> expected = SourceIndex(text).positions_of(paths);
  CHECK(found[0].position.line == expected[0].line);
  CHECK(found[1].position.line == expected[1].line);
  CHECK(found[1].position.column == expected[1].column);
  CHECK(found[1].position.line > 34000);
  CHECK(found[1].path == paths[1]);
  CHECK(found[1].file == name);
  ::unlink(name);
}

TEST_CASE("every object's place is the JSON Pointer of that object in the file") {
  std::ifstream in(LKJIP_SEED_DATA);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const PerformanceReport report = load_report_text(text, "2024.json");
  const nlohmann::json json = nlohmann::json::parse(text);
  std::size_t checked = 0;
  auto holds = [&](const Place& place, const std::string& key, std::string_view value) {
    const nlohmann::json& object = json.at(nlohmann::json::json_pointer(json_pointer(place)));
    CHECK(object.at(key).get<std::string>() == value);
    ++checked;
  };
  auto indicators_of = [&](const std::vector<Indicator>& indicators) {
    for (const Indicator& indicator : indicators)
      holds(indicator.source, "id", indicator.id);
  };
  for (const Objective& objective : report.objectives) {
    holds(objective.source, "id", objective.id);
    indicators_of(objective.indicators);
  }
  bool any_sub_activity_indicator = false;
  for (const Program& program : report.programs) {
    holds(program.source, "id", program.id);
    indicators_of(program.indicators);
    for (const Activity& activity : program.activities) {
      holds(activity.source, "id", activity.id);
      indicators_of(activity.indicators);
      for (const SubActivity& sub : activity.sub_activities) {
        holds(sub.source, "id", sub.id);
        indicators_of(sub.indicators);
        any_sub_activity_indicator |= !sub.indicators.empty();
      }
    }
  }
  for (const Facility& facility : report.facilities)
    holds(facility.source, "name", facility.name);
  REQUIRE(report.sakip);
  for (const SakipComponent& component : report.sakip->components)
    holds(component.source, "name", component.name);
  CHECK(any_sub_activity_indicator);  // the deepest places are among them
  CHECK(checked > 100);
}

TEST_CASE("every problem of a file is reported at once, in file order, each where it stands") {
  std::string text = document(R"({
      "id": "P1", "name": "Program", "objective": "SS9",
      "budget": {"pagu": "1.000.000", "spending": 900},
      "indicators": [{"id": "P1.I1", "name": "Nilai", "unit": "%", "targte": 100, "actual": 90.5}],
      "activities": []
    })");
  const InputError error = load_error(text);
  const std::vector<Problem>& problems = error.problems();
  REQUIRE(problems.size() == 3);
  CHECK(problems[0].location.path == "/programs/0/objective");
  CHECK(problems[0].message.english == "no strategic objective has the id \"SS9\"; known: SS1");
  CHECK(problems[1].location.path == "/programs/0/budget/pagu");
  CHECK_THAT(problems[1].message.english,
             Catch::StartsWith("expected a whole number of rupiah, found the string"));
  CHECK(problems[2].location.path == "/programs/0/indicators/0/targte");
  CHECK(problems[2].message.english == "unknown field \"targte\"; did you mean \"target\"?");
  for (std::size_t i = 1; i < problems.size(); ++i) {
    const SourcePosition a = problems[i - 1].location.position;
    const SourcePosition b = problems[i].location.position;
    CHECK((a.line < b.line || (a.line == b.line && a.column < b.column)));
  }
  // One line each, rendered as the command line prints them.
  const std::string rendered = render(error, Language::kEnglish);
  CHECK(std::count(rendered.begin(), rendered.end(), '\n') == 2);
  CHECK_THAT(rendered, Catch::StartsWith("in.json:10:51: error: /programs/0/objective: "));
}

TEST_CASE("what follows from a value that cannot be read is not reported again") {
  // The objective's id is a number: the program's reference to "SS1" cannot be judged, and
  // the objective's missing indicators come from an indicator that is no object.
  std::string text = document();
  text.replace(text.find(R"("id": "SS1")"), 11, R"("id": 1)");
  text.replace(text.find(R"({"id": "IKU1")"), 13, R"(["IKU1"], {"id": "IKU2")");
  const InputError error = load_error(text);
  const std::vector<Problem>& problems = error.problems();
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].location.path == "/objectives/0/id");
  CHECK(problems[0].message.english == "expected a string, found the number 1");
  CHECK(problems[1].location.path == "/objectives/0/indicators/0");
  CHECK(problems[1].message.english == "expected an object, found an array");
}

TEST_CASE("a file with a thousand problems lists a hundred and says how many more") {
  std::string indicators;
  for (int i = 0; i < 1000; ++i) {
    if (i > 0) indicators += ",";
    indicators += R"({"id": "I)" + std::to_string(i) +
                  R"(", "name": "N", "unit": "%", "target": "x", "actual": 1})";
  }
  const std::string program = R"({"id": "P1", "name": "P", "objective": "SS1",
      "budget": {"pagu": 1, "spending": 1}, "indicators": [)" +
                              indicators + R"(], "activities": []})";
  const InputError error = load_error(document(program));
  REQUIRE(error.problems().size() == 101);
  CHECK(error.problems().back().message.english ==
        "900 more problems not shown; correct these and read the file again");
}

TEST_CASE("a printed value is a number, the report's text of a number, or a rating's text") {
  const std::string printed = R"(
  "printed": [{"figure": "iku/mean/score", "value": "95,30"},
              {"figure": "anggaran/total/pagu", "value": "Rp 2.696.606.251"},
              {"figure": "anggaran/total/serapan", "value": "Rp. 2.696.606.251,00"},
              {"figure": "iku/AKIP/score", "value": "100 %"},
              {"figure": "efisiensi-sasaran/SS1/gap", "value": "-1,57"},
              {"figure": "anggaran/P1/pagu", "value": "1.000"},
              {"figure": "iku/mean/rating", "value": "Baik"},
              {"figure": "iku/AKIP/capaian", "value": 95.30}],)";
  const PerformanceReport report = load_report_text(document(kBareProgram, printed), "in.json");
  REQUIRE(report.printed.size() == 8);
  const auto number = [&](std::size_t i) { return *report.printed[i].number; };
  CHECK(number(0).value == *Rational::parse_decimal("95.3"));
  CHECK(number(0).decimals == 2);  // "95,30": the report's two decimals
  CHECK(report.printed[0].decimals == 2);
  CHECK(number(1).value == Rational(2'696'606'251));
  CHECK(number(1).decimals == 0);
  CHECK(number(2).value == Rational(2'696'606'251));
  CHECK(number(2).decimals == 2);
  CHECK(number(3).value == Rational(100));
  CHECK(number(3).decimals == 0);
  CHECK(number(4).value == *Rational::parse_decimal("-1.57"));
  CHECK(number(5).value == Rational(1000));  // a dot groups thousands: one thousand
  CHECK_FALSE(report.printed[6].number);
  CHECK(report.printed[6].text == "Baik");
  CHECK_FALSE(report.printed[6].decimals);
  // A JSON number keeps the decimals it is written with, as before: no precision is stated.
  CHECK(number(7).decimals == 2);
  CHECK_FALSE(report.printed[7].decimals);
}

TEST_CASE("a printed text that looks like a number but is not one is an error at its value") {
  const std::string printed = R"(
  "printed": [{"figure": "iku/mean/score", "value": "2.69.606"},
              {"figure": "iku/mean/score", "value": "95,3,0"},
              {"figure": "iku/mean/score", "value": "1.000.00"},
              {"figure": "iku/mean/rating", "value": "Baik"}],)";
  const InputError error = load_error(document(kBareProgram, printed));
  REQUIRE(error.problems().size() == 3);
  const std::vector<std::string> paths = {"/printed/0/value", "/printed/1/value",
                                          "/printed/2/value"};
  for (std::size_t i = 0; i < paths.size(); ++i) {
    CHECK(error.problems()[i].location.path == paths[i]);
    CHECK_THAT(error.problems()[i].message.english,
               Catch::Contains("looks like a number but is not one") &&
                   Catch::Contains("expected a number as the report prints it"));
  }
  CHECK_THAT(error.problems()[0].message.english,
             Catch::StartsWith("the text \"2.69.606\" looks like a number but is not one as the "
                               "report writes numbers: a dot groups thousands, so exactly 3 "
                               "digits follow each dot; found \"69\""));
  CHECK_THAT(error.problems()[2].message.english, Catch::Contains("write 1.000,00"));
}

TEST_CASE("a printed number's stated decimals set its precision, and agree with its text") {
  SECTION("a number with decimals shows them: 95.3 stated at 2 decimals is 95,30") {
    const PerformanceReport report = load_report_text(document(kBareProgram, R"(
  "printed": [{"figure": "iku/mean/score", "value": 95.3, "decimals": 2},
              {"decimals": 0, "figure": "anggaran/total/pagu", "value": 2696606251},
              {"figure": "iku/mean/score", "value": "95,30", "decimals": 2}],)"),
                                                      "in.json");
    CHECK(report.printed[0].number->decimals == 2);
    CHECK(report.printed[0].decimals == 2);
    CHECK(report.printed[1].number->decimals == 0);
    CHECK(report.printed[2].number->decimals == 2);
  }
  SECTION("disagreeing, out of range, or beside a rating: each an error at \"decimals\"") {
    const InputError error = load_error(document(kBareProgram, R"(
  "printed": [{"figure": "iku/mean/score", "value": 95.305, "decimals": 2},
              {"figure": "iku/mean/score", "decimals": 1, "value": "95,30"},
              {"figure": "iku/mean/score", "value": 95.3, "decimals": 7},
              {"figure": "iku/mean/score", "value": 95.3, "decimals": 1.5}],)"));
    REQUIRE(error.problems().size() == 4);
    CHECK(error.problems()[0].location.path == "/printed/0/decimals");
    CHECK(error.problems()[0].message.english ==
          "the stated decimals, 2, are fewer than the 3 the value 95.305 is written with: write "
          "the value as the report prints it, or state 3");
    CHECK(error.problems()[1].location.path == "/printed/1/decimals");
    CHECK(error.problems()[1].message.english ==
          "the stated decimals, 1, disagree with the text \"95,30\", which has 2: the report's "
          "text gives the precision; state 2 or leave the decimals out");
    CHECK(error.problems()[2].location.path == "/printed/2/decimals");
    CHECK_THAT(error.problems()[2].message.english, Catch::Contains("from 0 to 6"));
    CHECK(error.problems()[3].location.path == "/printed/3/decimals");
    const InputError rating = load_error(document(kBareProgram, R"(
  "printed": [{"figure": "iku/mean/rating", "value": "Baik", "decimals": 2}],)"));
    REQUIRE(rating.problems().size() == 1);
    CHECK(rating.problems()[0].location.path == "/printed/0/decimals");
    CHECK_THAT(rating.problems()[0].message.english,
               Catch::StartsWith("decimals are stated for a printed number, but the value "
                                 "\"Baik\" is a text"));
  }
}

namespace {

// The command that wrote `path` when loading it finds lkjip's own output; nullopt when it loads,
// or fails for another reason.
std::optional<std::string_view> own_output_kind(const std::string& path) {
  try {
    load_report_file(path);
  } catch (const InputError& error) {
    return lkjip_output_kind(error);
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("lkjip's own JSON output is told by its first bytes and refused as a data file") {
  char name[] = "/tmp/lkjip-output-XXXXXX";
  const int fd = ::mkstemp(name);
  REQUIRE(fd >= 0);
  ::close(fd);
  const auto write = [&](const std::string& text) {
    std::ofstream(name, std::ios::binary | std::ios::trunc) << text;
  };
  write("{\n  \"format\": \"lkjip-output/1\",\n  \"unit\": \"Kecamatan\"");
  CHECK(own_output_kind(name) == "compute --format json");
  write("\xEF\xBB\xBF{\"format\" :\"lkjip-findings/1\", \"findings\": [");
  CHECK(own_output_kind(name) == "check --format json");
  try {
    load_report_file(name);
    FAIL("lkjip's output was read as data");
  } catch (const InputError& error) {
    CHECK(error.file() == name);
    CHECK(error.message().english.find("lkjip's own output (check --format json)") !=
          std::string::npos);
    CHECK(error.message().indonesian.find("keluaran lkjip sendiri") != std::string::npos);
  }
  write(document());
  CHECK_NOTHROW(load_report_file(name));
  write("{\"unit\": 1, \"format\": \"lkjip-output/1\"}");  // the marker must come first
  CHECK_FALSE(own_output_kind(name).has_value());
  ::unlink(name);
  CHECK_FALSE(own_output_kind(name).has_value());
}
