#include "lkjip/values_by_key.h"

#include <catch2/catch.hpp>

using namespace lkjip;

namespace {

PerformanceReport small_report() {
  PerformanceReport report;
  Objective objective;
  objective.id = "SS1";
  Indicator key;
  key.id = "A";
  key.target = Quantity{Rational(8), 0};
  objective.indicators.push_back(key);
  report.objectives.push_back(objective);
  Program program;
  program.id = "P1";
  program.budget.pagu = Amount{1000};
  Activity activity;
  activity.id = "P1.K1";
  Indicator activity_indicator;
  activity_indicator.actual = Quantity{Rational(3), 0};
  activity.indicators.push_back(activity_indicator);
  program.activities.push_back(activity);
  report.programs.push_back(program);
  return report;
}

const Place kObjective = Place().item(Place::List::kObjectives, 0);
const Place kProgram = Place().item(Place::List::kPrograms, 0);

}  // namespace

TEST_CASE("a value named by its key is read and set in place") {
  PerformanceReport report = small_report();
  const Key target{kObjective.item(Place::List::kIndicators, 0), Field::kTarget};
  REQUIRE(value_at(report, target));
  CHECK(std::get<Quantity>(*value_at(report, target)).value == Rational(8));
  REQUIRE(set_value_at(report, target, Quantity{Rational(9), 0}));
  CHECK(report.objectives[0].indicators[0].target->value == Rational(9));

  const Key pagu{kProgram, Field::kPagu};
  REQUIRE(set_value_at(report, pagu, Rupiah{1200}));
  CHECK(report.programs[0].budget.pagu->value == 1200);

  const Key actual{kProgram.item(Place::List::kActivities, 0).item(Place::List::kIndicators, 0),
                   Field::kActual};
  REQUIRE(set_value_at(report, actual, Quantity{Rational(4), 0}));
  CHECK(report.programs[0].activities[0].indicators[0].actual->value == Rational(4));
}

TEST_CASE("a key that names no value of the report reads nothing and sets nothing") {
  PerformanceReport report = small_report();
  const Key missing{Place().item(Place::List::kPrograms, 5), Field::kPagu};
  CHECK_FALSE(value_at(report, missing));
  CHECK_FALSE(set_value_at(report, missing, Rupiah{1}));
  const Key whole{kProgram, Field::kWhole};  // an object, not a value
  CHECK_FALSE(value_at(report, whole));
  const Key not_of_it{kObjective, Field::kPagu};  // an objective has no pagu
  CHECK_FALSE(value_at(report, not_of_it));
  CHECK_FALSE(set_value_at(report, not_of_it, Rupiah{1}));
}
