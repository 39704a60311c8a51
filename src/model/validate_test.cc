#include "lkjip/validate.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "lkjip/scale.h"

using namespace lkjip;

namespace {

using List = Place::List;

// Names a key by its object's lists and indexes and its field's number: enough to tell which.
class PlainNames : public SourceMap {
 public:
  std::string name(const Key& key) const override {
    std::string out;
    for (std::size_t level = 0; level < key.object.depth(); ++level) {
      out += "/" + std::to_string(static_cast<int>(key.object.list_at(level))) + ":" +
             std::to_string(key.object.index_at(level));
    }
    return out + "#" + std::to_string(static_cast<int>(key.field));
  }
  std::vector<Location> locate(const std::vector<Key>& keys) const override {
    return std::vector<Location>(keys.size());
  }
};

Indicator indicator(const std::string& id, const Place& place) {
  Indicator made;
  made.id = id;
  made.name = "Nilai " + id;
  made.unit = "%";
  made.source = place;
  made.target = Quantity{Rational(100), 0};
  made.actual = Quantity{Rational(90), 0};
  return made;
}

// A small report that breaks no rule: one objective with a key indicator, one program.
PerformanceReport valid_report() {
  PerformanceReport report;
  report.unit = {"Kecamatan Contoh", "Kabupaten Contoh"};
  report.year = 2024;
  report.renstra_from = 2024;
  report.renstra_to = 2026;
  report.settings.rating_scale = default_rating_scale();
  Objective objective;
  objective.id = "SS1";
  objective.name = "Sasaran";
  objective.source = Place().item(List::kObjectives, 0);
  objective.indicators.push_back(indicator("IKU1", objective.source.item(List::kIndicators, 0)));
  report.objectives.push_back(objective);
  Program program;
  program.id = "P1";
  program.name = "Program";
  program.objective_id = "SS1";
  program.source = Place().item(List::kPrograms, 0);
  program.indicators.push_back(indicator("P1.I1", program.source.item(List::kIndicators, 0)));
  report.programs.push_back(program);
  return report;
}

std::vector<ModelProblem> problems_of(const PerformanceReport& report) {
  return validate(report, PlainNames());
}

// The one problem of the report; fails when there is not exactly one.
ModelProblem only_problem(const PerformanceReport& report) {
  const std::vector<ModelProblem> problems = problems_of(report);
  REQUIRE(problems.size() == 1);
  return problems.front();
}

}  // namespace

TEST_CASE("a report that keeps every rule has no problem") {
  CHECK(problems_of(valid_report()).empty());
}

TEST_CASE("ids name table rows: reserved words, a slash and repeats are problems") {
  PerformanceReport report = valid_report();
  report.programs[0].id = "total";
  ModelProblem problem = only_problem(report);
  CHECK(problem.key == Key{report.programs[0].source, Field::kId});
  CHECK(problem.message.english == "the id \"total\" is reserved for the tables' rows");

  report = valid_report();
  report.programs[0].indicators[0].id = "P1/I1";
  CHECK(only_problem(report).message.english ==
        "an id cannot contain \"/\": it separates the parts of a figure's name");

  // Every repeat is named where it is used again, with where the id was first used.
  report = valid_report();
  report.programs[0].id = "SS1";
  report.programs[0].indicators[0].id = "SS1";
  const std::vector<ModelProblem> repeats = problems_of(report);
  REQUIRE(repeats.size() == 2);
  for (const ModelProblem& repeat : repeats) {
    CHECK(repeat.message.english == "duplicate id \"SS1\" (first used at /0:0#1)");
  }
  CHECK(repeats[0].key.object == report.programs[0].source);
  CHECK(repeats[1].key.object == report.programs[0].indicators[0].source);
}

TEST_CASE("repeated ids among thousands are each found, with their first use") {
  // 3 000 programs, each id used once but every 7th, which repeats the id of the program 500
  // before it: enough ids for the table of first uses to probe past its collisions. Ids of up
  // to 7 bytes, of 8 to 16 (hashed as two words) and longer (hashed otherwise); ids that differ
  // only in their middle bytes.
  for (const std::string prefix : {"P", "P1.K2.", "P1.K2.S3.", "Sasaran.Program.Kegiatan.", "x"}) {
    const auto id = [&](std::uint32_t i) {
      const std::string number = std::to_string(i);
      return prefix == "x" ? "A" + number + std::string(20, 'x') + "B" : prefix + number;
    };
    INFO(prefix);
    PerformanceReport report = valid_report();
    report.programs.clear();
    for (std::uint32_t i = 0; i < 3'000; ++i) {
      Program program;
      program.id = i >= 500 && i % 7 == 0 ? id(i - 500) : id(i);
      program.name = "Program";
      program.objective_id = "SS1";
      program.source = Place().item(List::kPrograms, i);
      report.programs.push_back(program);
    }
    std::vector<std::string> expected;
    for (std::uint32_t i = 500; i < 3'000; ++i) {
      if (i % 7 != 0) continue;
      // Program i - 500 is never itself a repeat (500 is no multiple of 7): the id's first use.
      const std::string first = std::to_string(i - 500);
      expected.push_back("duplicate id \"" + id(i - 500) + "\" (first used at /1:" + first + "#1)");
    }
    std::vector<std::string> found;
    for (const ModelProblem& problem : problems_of(report))
      found.push_back(problem.message.english);
    CHECK(found == expected);
  }
}

TEST_CASE("texts are one line of printable text, never empty") {
  PerformanceReport report = valid_report();
  report.objectives[0].indicators[0].unit = "";
  CHECK(only_problem(report).message.english == "expected a non-empty string");
  report = valid_report();
  report.programs[0].name = "Pro\x1b[31mgram";
  const ModelProblem problem = only_problem(report);
  CHECK(problem.key == Key{report.programs[0].source, Field::kName});
  CHECK(problem.message.english ==
        "control character U+001B in text; names and units are one line of printable text");
}

TEST_CASE("a program names an objective that exists; a fragment may lack objectives") {
  PerformanceReport report = valid_report();
  report.programs[0].objective_id = "SS3";
  ModelProblem problem = only_problem(report);
  CHECK(problem.key == Key{report.programs[0].source, Field::kObjective});
  CHECK(problem.message.english == "no strategic objective has the id \"SS3\"; known: SS1");

  // A partial report: an objective without key indicators, a program without an objective,
  // no objectives and no programs at all, no plan period.
  report = valid_report();
  report.objectives[0].indicators.clear();
  report.programs[0].objective_id.clear();
  CHECK(problems_of(report).empty());
  report.objectives.clear();
  report.programs.clear();
  report.renstra_from = 0;
  report.renstra_to = 0;
  CHECK(problems_of(report).empty());
}

TEST_CASE(
    "indicators: T/R only when lower is better, earlier years before the report's, in order") {
  PerformanceReport report = valid_report();
  Indicator& key = report.objectives[0].indicators[0];
  key.lower_method = LowerIsBetterMethod::kTargetOverActual;
  CHECK(only_problem(report).message.english ==
        "the T / R method is only for an indicator where lower is better: make its polarity "
        "lower is better, or leave the method at its default");
  key.polarity = Polarity::kLowerIsBetter;
  CHECK(problems_of(report).empty());

  IndicatorDetails details;
  details.history = {PastYear{2022, {}, Quantity{Rational(1), 0}},
                     PastYear{2022, {}, Quantity{Rational(2), 0}},
                     PastYear{2024, {}, Quantity{Rational(3), 0}}};
  key.details = std::make_shared<const IndicatorDetails>(details);
  const std::vector<ModelProblem> problems = problems_of(report);
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].key == Key{key.source, Field::kPastYearYear, 1});
  CHECK(problems[0].message.english == "past years must be listed oldest first, each once");
  CHECK(problems[1].key == Key{key.source, Field::kPastYearYear, 2});
  CHECK(problems[1].message.english ==
        "expected a whole number (a year before the report's) from 1945 to 2023, found 2024");
}

TEST_CASE("scales: bands in order, touching, one side of each bound, covering floor to cap") {
  PerformanceReport report = valid_report();
  std::vector<RatingBand>& scale = report.settings.rating_scale;
  scale = {{"Rendah", Rational(0), Rational(60), true, true},
           {"Tinggi", Rational(70), Rational(120), false, true}};
  ModelProblem problem = only_problem(report);
  CHECK(problem.key == Key{Place(), Field::kRatingBand, 1});
  CHECK(problem.message.english == "gap between band \"Rendah\" and band \"Tinggi\"");

  scale[1].min = Rational(60);
  scale[1].include_min = true;
  CHECK(only_problem(report).message.english == "band \"Tinggi\" overlaps band \"Rendah\"");
  scale[1].include_min = false;
  CHECK(problems_of(report).empty());

  scale[1].max = Rational(90);  // below the cap of 100
  report.settings.rating_scale_given = true;
  problem = only_problem(report);
  CHECK(problem.key == Key{Place(), Field::kRatingScale});
  CHECK(problem.message.english ==
        "the rating scale must cover every score from the score floor to the score cap");

  report = valid_report();
  report.settings.score_floor = Quantity{Rational(100), 0};
  CHECK(only_problem(report).message.english == "the score floor must be below the score cap");
  report = valid_report();
  report.settings.rating_scale[2].min = Rational(95);
  report.settings.rating_scale[2].max = Rational(90);
  const std::vector<ModelProblem> problems = problems_of(report);
  REQUIRE(!problems.empty());
  CHECK(problems[0].message.english == "a band's min must be below its max");
}

// validate() does not measure the default scale's coverage for each report that keeps it: what
// it would find, measured here, is nothing.
TEST_CASE("scales: the default bands cover the default scores with no gap or overlap") {
  const std::vector<RatingBand> bands = default_rating_scale();
  const Settings defaults;
  const ScaleCoverage between =
      scale_coverage(bands, Interval{bands.front().min, bands.back().max});
  CHECK(between.gaps.empty());
  CHECK(between.overlaps.empty());
  const ScaleCoverage scores =
      scale_coverage(bands, Interval{defaults.score_floor.value, defaults.score_cap.value});
  CHECK(scores.gaps.empty());
  CHECK(scores.overlaps.empty());
  CHECK(defaults.score_floor.value == Rational(0));
  CHECK(defaults.score_cap.value == Rational(100));
  // Bands with the default's bounds but a floor or cap moved are measured: a cap past the last
  // band is a gap.
  PerformanceReport report = valid_report();
  report.settings.score_cap = Quantity{Rational(130), 0};
  CHECK(only_problem(report).message.english ==
        "the rating scale must cover every score from the score floor to the score cap");
}

TEST_CASE("the SAKIP evaluation: components weigh above zero and score up to their weight") {
  PerformanceReport report = valid_report();
  SakipEvaluation sakip;
  sakip.predicate_scale = default_sakip_predicate_scale();
  report.sakip = sakip;
  CHECK(only_problem(report).message.english == "an evaluation needs at least one component");
  report.sakip->components = {SakipComponent{"Perencanaan", Place().item(List::kSakipComponents, 0),
                                             Quantity{Rational(0), 0}, Quantity{Rational(0), 0}},
                              SakipComponent{"Pengukuran", Place().item(List::kSakipComponents, 1),
                                             Quantity{Rational(30), 0}, Quantity{Rational(31), 0}}};
  const std::vector<ModelProblem> problems = problems_of(report);
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].message.english == "a weight must be above zero");
  CHECK(problems[1].key == Key{report.sakip->components[1].source, Field::kScore});
  CHECK(problems[1].message.english == "a component's score must be from 0 to its weight");
}

TEST_CASE("the plan period ends after it starts") {
  PerformanceReport report = valid_report();
  report.renstra_to = 2023;
  const ModelProblem problem = only_problem(report);
  CHECK(problem.key == Key{Place(), Field::kRenstraTo});
  CHECK(problem.message.english == "the period ends before it starts");
}

TEST_CASE("the plan period gives both its years or neither") {
  PerformanceReport report = valid_report();
  report.renstra_from = 0;
  const ModelProblem problem = only_problem(report);
  CHECK(problem.key == Key{Place(), Field::kRenstraFrom});
  CHECK(problem.message.english ==
        "the strategic plan's period needs both its first and its last year: give both, or "
        "neither");
}

TEST_CASE("Renstra targets per year: years of the plan period, in order, each once") {
  PerformanceReport report = valid_report();
  Indicator& iku = report.objectives[0].indicators[0];
  RenstraTarget renstra;
  renstra.end_target = Quantity{Rational(75), 0};
  renstra.targets = {{2024, Quantity{Rational::from_ratio(7375, 100), 2}},
                     {2025, Quantity{Rational::from_ratio(7450, 100), 2}},
                     {2026, Quantity{Rational(75), 0}}};
  edit_details(iku).renstra = renstra;
  CHECK(problems_of(report).empty());

  // A year outside the period 2024-2026.
  edit_details(iku).renstra->targets[2].year = 2027;
  ModelProblem problem = only_problem(report);
  CHECK(problem.key == Key{iku.source, Field::kRenstraYear, 2});
  CHECK(problem.message.english ==
        "expected a year of the strategic plan's period, 2024 to 2026, found 2027: correct the "
        "year or the report's renstra_period");

  // A year twice, and one out of order.
  edit_details(iku).renstra->targets[2].year = 2025;
  problem = only_problem(report);
  CHECK(problem.key == Key{iku.source, Field::kRenstraYear, 2});
  CHECK(problem.message.english ==
        "expected the years in order, each once, found 2025 after 2025: list the plan's years "
        "from the first to the last");

  // Years without a plan period.
  edit_details(iku).renstra->targets = {{2024, Quantity{Rational::from_ratio(7375, 100), 2}}};
  report.renstra_from = 0;
  report.renstra_to = 0;
  problem = only_problem(report);
  CHECK(problem.key == Key{iku.source, Field::kRenstraYear, 0});
  CHECK(problem.message.english ==
        "a Renstra target for a year needs the strategic plan's period: give renstra_period "
        "(from, to) of the report, found the year 2024 and no period");
}

TEST_CASE("values overlap when one holds the other or they depend on each other") {
  const Place program = Place().item(List::kPrograms, 0);
  const Place indicator = program.item(List::kIndicators, 2);
  // An object's list of indicators holds the indicator; its id or its budget does not.
  CHECK(overlapping(Key{program, Field::kIndicators}, Key{indicator, Field::kTarget}));
  CHECK(overlapping(Key{indicator, Field::kTarget}, Key{program}));
  CHECK_FALSE(overlapping(Key{program, Field::kId}, Key{indicator, Field::kTarget}));
  CHECK_FALSE(overlapping(Key{program, Field::kPagu}, Key{program, Field::kObjective}));
  CHECK(overlapping(Key{program, Field::kBudget}, Key{program, Field::kPagu}));
  CHECK_FALSE(overlapping(Key{program}, Key{Place().item(List::kPrograms, 1)}));
  CHECK(overlapping(Key{Place(), Field::kPrograms}, Key{indicator, Field::kName}));
  CHECK_FALSE(overlapping(Key{Place(), Field::kObjectives}, Key{indicator, Field::kName}));
  CHECK(overlapping(Key{Place(), Field::kScoreCap}, Key{Place(), Field::kRatingBand, 3}));
  CHECK_FALSE(overlapping(Key{Place(), Field::kYear}, Key{Place(), Field::kRatingScale}));
  CHECK(overlapping(Key{Place(), Field::kStatedTotal},
                    Key{Place().item(List::kSakipComponents, 0), Field::kWeight}));
  CHECK(overlapping(Key{Place()}, Key{indicator, Field::kActual}));
}

TEST_CASE("an original target stands beside a revised target that is one number") {
  PerformanceReport report = valid_report();
  Indicator& key = report.objectives[0].indicators[0];
  edit_details(key).original_target = Quantity{Rational(95), 0};
  CHECK(problems_of(report).empty());

  key.target.reset();
  edit_details(key).target_range =
      TargetRange{Quantity{Rational(80), 0}, Quantity{Rational(90), 0}};
  const ModelProblem problem = only_problem(report);
  CHECK(problem.key == Key{key.source, Field::kOriginalTarget});
  CHECK(problem.message.english.starts_with("an original target (target murni) is given beside"));
}

namespace {

// valid_report() with a tree: IKU1 <- P1.I1 <- P1.K1.I1 <- P1.K1.S1.I1.
PerformanceReport tree_report() {
  PerformanceReport report = valid_report();
  Program& program = report.programs.front();
  program.indicators.front().supports = "IKU1";
  Activity activity;
  activity.id = "P1.K1";
  activity.name = "Kegiatan";
  activity.source = program.source.item(List::kActivities, 0);
  activity.indicators.push_back(indicator("P1.K1.I1", activity.source.item(List::kIndicators, 0)));
  activity.indicators.front().supports = "P1.I1";
  SubActivity sub;
  sub.id = "P1.K1.S1";
  sub.name = "Sub kegiatan";
  sub.source = activity.source.item(List::kSubActivities, 0);
  sub.indicators.push_back(indicator("P1.K1.S1.I1", sub.source.item(List::kIndicators, 0)));
  sub.indicators.front().supports = "P1.K1.I1";
  activity.sub_activities.push_back(sub);
  program.activities.push_back(activity);
  return report;
}

Indicator& activity_indicator(PerformanceReport& report) {
  return report.programs.front().activities.front().indicators.front();
}

}  // namespace

TEST_CASE("a tree whose every link goes one level up has no problem") {
  const PerformanceReport report = tree_report();
  CHECK(problems_of(report).empty());
  CHECK(gives_tree(report));
  CHECK_FALSE(gives_tree(valid_report()));
  CHECK(tree_level(report.objectives.front().indicators.front().source) == TreeLevel::kKey);
  CHECK(tree_level(activity_indicator(const_cast<PerformanceReport&>(report)).source) ==
        TreeLevel::kActivity);
}

TEST_CASE("a key indicator that supports an indicator would start a cycle") {
  PerformanceReport report = tree_report();
  // IKU1 -> P1.I1 -> IKU1 would be a cycle: the first link is refused.
  report.objectives.front().indicators.front().supports = "P1.I1";
  const ModelProblem problem = only_problem(report);
  CHECK(problem.key == Key{report.objectives.front().indicators.front().source, Field::kSupports});
  CHECK(problem.message.english ==
        "a key indicator supports no indicator, found \"P1.I1\": it belongs to its objective, "
        "and naming an indicator would let the tree run in a cycle; leave \"supports\" out");
}

TEST_CASE("an indicator that supports itself or one at its own level is at the wrong level") {
  PerformanceReport report = tree_report();
  activity_indicator(report).supports = "P1.K1.I1";  // itself
  const ModelProblem problem = only_problem(report);
  CHECK(problem.key == Key{activity_indicator(report).source, Field::kSupports});
  CHECK(problem.message.english ==
        "\"P1.K1.I1\" is an indicator of an activity: an indicator of an activity supports an "
        "indicator of a program, one level up; known: P1.I1");
}

TEST_CASE("an indicator that supports one two levels up or below is at the wrong level") {
  PerformanceReport report = tree_report();
  activity_indicator(report).supports = "IKU1";
  CHECK(only_problem(report).message.english ==
        "\"IKU1\" is a key indicator (of an objective): an indicator of an activity supports an "
        "indicator of a program, one level up; known: P1.I1");
  report = tree_report();
  report.programs.front().indicators.front().supports = "P1.K1.S1.I1";
  CHECK(only_problem(report).message.english ==
        "\"P1.K1.S1.I1\" is an indicator of a sub-activity: an indicator of a program supports a "
        "key indicator (of an objective), one level up; known: IKU1");
}

TEST_CASE("an unknown id is named with the nearest known one of the level expected") {
  PerformanceReport report = tree_report();
  activity_indicator(report).supports = "P1.I2";
  const ModelProblem problem = only_problem(report);
  CHECK(problem.key == Key{activity_indicator(report).source, Field::kSupports});
  CHECK(problem.message.english ==
        "no indicator has the id \"P1.I2\"; expected an indicator of a program: did you mean "
        "\"P1.I1\"?; known: P1.I1");
}

TEST_CASE("a missing parent: no indicator at the level expected") {
  PerformanceReport report = tree_report();
  report.programs.front().indicators.clear();
  // The activity's indicator names P1.I1, which is gone, and no program has an indicator.
  CHECK(only_problem(report).message.english ==
        "no indicator has the id \"P1.I1\"; expected an indicator of a program; the report has "
        "none");
}
