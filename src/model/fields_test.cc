#include "lkjip/fields.h"

#include <catch2/catch.hpp>
#include <stdexcept>
#include <vector>

using namespace lkjip;

namespace {

Quantity decimal(const char* text, int decimals) {
  return Quantity{*Rational::parse_decimal(text), decimals};
}

bool same(const FieldValue& a, const FieldValue& b) {
  if (a.index() != b.index()) return false;
  if (const auto* quantity = std::get_if<Quantity>(&a)) {
    const auto& other = std::get<Quantity>(b);
    return quantity->value == other.value && quantity->decimals == other.decimals;
  }
  if (const auto* text = std::get_if<CompactString>(&a)) return *text == std::get<CompactString>(b);
  if (const auto* rupiah = std::get_if<Rupiah>(&a)) return *rupiah == std::get<Rupiah>(b);
  if (const auto* whole = std::get_if<long long>(&a)) return *whole == std::get<long long>(b);
  if (const auto* choice = std::get_if<Choice>(&a)) return *choice == std::get<Choice>(b);
  if (const auto* yes = std::get_if<bool>(&a)) return *yes == std::get<bool>(b);
  return true;
}

// A value of each kind that is not the kind's empty one.
FieldValue sample(Field field) {
  switch (kind_of(field)) {
    case FieldKind::kText:
      return std::string("Dokumen");
    case FieldKind::kDecimal:
      return decimal("73.50", 2);
    case FieldKind::kRupiah:
      return Rupiah{2'696'606'251};
    case FieldKind::kYear:
      return 2023LL;
    case FieldKind::kCount:
      return decimal("18", 0);
    case FieldKind::kChoice:
      return Choice{choices(field).size() - 1};
    case FieldKind::kYesNo:
      return true;
    case FieldKind::kWhole:
      return whole_range(field).max;
  }
  return {};
}

// Sets each field to its sample and reads it back; a field the record does not have throws.
template <class Record>
void round_trip(Record record, std::initializer_list<Field> fields) {
  for (Field field : fields) {
    INFO("field " << static_cast<int>(field));
    REQUIRE(is_value_field(field));
    const FieldValue value = sample(field);
    set(record, field, value);
    CHECK(same(get(record, field), value));
  }
}

// Puts a value of each field that `Record` keeps in a place of its own (text_place,
// decimal_place, amount_place) there, and checks that get() reads it back; then that set() of a
// fresh record puts it there. The fields with a place, in the order of Field.
template <class Record>
std::vector<Field> fields_in_place() {
  std::vector<Field> found;
  for (int number = 0; number < 256; ++number) {
    const auto field = static_cast<Field>(number);
    if (!is_value_field(field)) continue;
    INFO("field " << number);
    Record put;
    Record by_set;
    const FieldValue value = sample(field);
    if (!text_place(put, field) && !decimal_place(put, field) && !amount_place(put, field)) {
      continue;
    }
    set(by_set, field, value);
    if (CompactString* text = text_place(put, field)) {
      *text = std::get<CompactString>(value);
      CHECK(*text_place(by_set, field) == *text);
    } else if (OptionalQuantity* decimal = decimal_place(put, field)) {
      *decimal = std::get<Quantity>(value);
      const OptionalQuantity& set_one = *decimal_place(by_set, field);
      REQUIRE(set_one.has_value());
      CHECK(set_one->value == (*decimal)->value);
      CHECK(set_one->decimals == (*decimal)->decimals);
    } else if (OptionalAmount* amount = amount_place(put, field)) {
      *amount = Amount{std::get<Rupiah>(value)};
      const OptionalAmount& set_one = *amount_place(by_set, field);
      REQUIRE(set_one.has_value());
      CHECK(set_one->value == std::get<Rupiah>(value));
    }
    CHECK(same(get(put, field), value));
    found.push_back(field);
  }
  return found;
}

}  // namespace

TEST_CASE("the values a reader reads into their places are where get() and set() find them") {
  using F = Field;
  using Fields = std::vector<Field>;
  CHECK(fields_in_place<Objective>() == Fields{F::kId, F::kName});
  // A level's amounts are its budget's places.
  CHECK(fields_in_place<Activity>() == Fields{F::kId, F::kName, F::kAim});
  CHECK(fields_in_place<SubActivity>() == Fields{F::kId, F::kName, F::kAim});
  CHECK(fields_in_place<Program>() == Fields{F::kId, F::kName, F::kAim, F::kObjective});
  CHECK(fields_in_place<Indicator>() ==
        Fields{F::kId, F::kName, F::kUnit, F::kTarget, F::kActual, F::kSupports});
  CHECK(fields_in_place<Facility>() == Fields{F::kName});
  CHECK(fields_in_place<PastYear>() == Fields{F::kPastTarget, F::kPastActual});
  CHECK(fields_in_place<PeriodFigures>() == Fields{F::kPeriodTarget, F::kPeriodActual});
  CHECK(fields_in_place<RegionalFigures>() == Fields{F::kKabupaten, F::kProvinsi, F::kNasional});
  CHECK(fields_in_place<Budget>() == Fields{F::kPagu, F::kSpending, F::kOriginalPagu});
  CHECK(fields_in_place<Unit>() == Fields{});  // no places: set() takes every field
}

TEST_CASE("every value field of each record is set and read back by its Field") {
  using F = Field;
  round_trip(PerformanceReport{},
             {F::kUnitName, F::kRegion, F::kYear, F::kRenstraFrom, F::kRenstraTo, F::kScoreFloor,
              F::kScoreCap, F::kStatedTotal, F::kStatedPredicate, F::kReportingPeriod, F::kZeroRule,
              F::kMetFrom, F::kExceededAbove});
  round_trip(Objective{}, {F::kId, F::kName, F::kStaffNeeded, F::kStaffAvailable});
  round_trip(Program{}, {F::kId, F::kName, F::kAim, F::kObjective, F::kPagu, F::kSpending,
                         F::kStaffNeeded, F::kStaffAvailable});
  round_trip(Activity{}, {F::kId, F::kName, F::kAim, F::kPagu, F::kSpending});
  round_trip(SubActivity{}, {F::kId, F::kName, F::kAim, F::kPagu, F::kSpending});
  round_trip(Indicator{}, {F::kId, F::kName, F::kUnit, F::kTarget, F::kActual, F::kPolarity,
                           F::kMethod, F::kNote, F::kPeriodRule, F::kDecimals});
  round_trip(PeriodFigures{}, {F::kPeriodName, F::kPeriodTarget, F::kPeriodActual});
  round_trip(TargetRange{}, {F::kRangeMin, F::kRangeMax});
  round_trip(QualitativeFigures{}, {F::kScaleName, F::kTargetCategory, F::kActualCategory});
  round_trip(ScaleCategory{}, {F::kCategoryName, F::kCategoryValue});
  round_trip(RatioCounts{}, {F::kNumerator, F::kDenominator, F::kRatioPer});
  round_trip(SpendingPeriod{}, {F::kSpendingPeriodName, F::kPeriodSpending});
  round_trip(IndexComponent{}, {F::kComponentName, F::kComponentWeight, F::kComponentValue});
  round_trip(PastYear{}, {F::kPastYearYear, F::kPastTarget, F::kPastActual});
  round_trip(RenstraTarget{}, {F::kRenstraEndTarget, F::kRenstraKind});
  round_trip(RenstraYearTarget{}, {F::kRenstraYear, F::kRenstraYearTarget});
  round_trip(RegionalFigures{}, {F::kKabupaten, F::kProvinsi, F::kNasional});
  round_trip(Facility{}, {F::kName, F::kAvailable, F::kNeeded});
  round_trip(SakipComponent{}, {F::kName, F::kWeight, F::kScore});
  round_trip(PrintedFigure{},
             {F::kFigure, F::kPrintedValue, F::kWhere, F::kCapped, F::kNote, F::kDecimals,
              F::kAggregate, F::kAggregateLabel, F::kNameOf, F::kUnitOf, F::kFact});
  round_trip(StatedScale{}, {F::kWhere});
  // A stated scale rates capaian, the one choice: the default, which no file need name.
  StatedScale scale;
  REQUIRE(choices(F::kScaleOf).size() == 1);
  set(scale, F::kScaleOf, Choice{0});
  CHECK(scale.of == ScaleOf::kCapaian);
  CHECK(std::holds_alternative<std::monostate>(get(scale, F::kScaleOf)));
}

TEST_CASE("a value the file does not give is no value, never a zero") {
  Indicator indicator;
  set(indicator, Field::kTarget, decimal("80", 0));
  set(indicator, Field::kTarget, FieldValue{});
  CHECK_FALSE(indicator.target.has_value());
  CHECK(std::holds_alternative<std::monostate>(get(indicator, Field::kActual)));

  // Staff counts are both given or none; a default choice reads as none.
  Program program;
  CHECK(std::holds_alternative<std::monostate>(get(program, Field::kStaffNeeded)));
  CHECK(std::holds_alternative<std::monostate>(get(indicator, Field::kPolarity)));
  set(indicator, Field::kPolarity, Choice{1});
  CHECK(indicator.polarity == Polarity::kLowerIsBetter);

  // A setting the file does not give keeps its default and says it was not given.
  PerformanceReport report;
  set(report, Field::kScoreCap, decimal("120", 0));
  CHECK(report.settings.score_cap_given);
  set(report, Field::kScoreCap, FieldValue{});
  CHECK_FALSE(report.settings.score_cap_given);
  CHECK(report.settings.score_cap.value == Rational(100));
  // A stated SAKIP figure makes a SAKIP evaluation with the default predicate scale.
  set(report, Field::kStatedPredicate, std::string("BB"));
  REQUIRE(report.sakip.has_value());
  CHECK_FALSE(report.sakip->predicate_scale.empty());
}

TEST_CASE("an indicator's details are copied before they change: copies of a report share them") {
  Indicator first;
  set(first, Field::kNote, std::string("dari LHE"));
  const Indicator copy = first;
  set(first, Field::kNote, std::string("diubah"));
  CHECK(details_of(copy).note == "dari LHE");
  CHECK(details_of(first).note == "diubah");
  Indicator none;
  set(none, Field::kNote, FieldValue{});
  CHECK(none.details == nullptr);  // no details made for an empty note
}

TEST_CASE(
    "a field a record does not have, or a value of the wrong kind, is a mistake of the code") {
  Activity activity;
  CHECK_THROWS_AS(set(activity, Field::kObjective, std::string("SS1")), std::logic_error);
  CHECK_THROWS_AS(get(activity, Field::kStaffNeeded), std::logic_error);
  Indicator indicator;
  CHECK_THROWS_AS(set(indicator, Field::kTarget, std::string("80")), std::logic_error);
  CHECK_THROWS_AS(set(indicator, Field::kPolarity, Choice{2}), std::logic_error);
  CHECK_THROWS_AS(kind_of(Field::kIndicators), std::logic_error);
}

TEST_CASE("choices are named as the model names them, the default first") {
  CHECK(choice_index(Field::kPolarity, "lower_is_better") == 1);
  CHECK(choice_index(Field::kMethod, "target_over_actual") == 1);
  CHECK(choice_index(Field::kRenstraKind, "cumulative") == 1);
  CHECK(choice_index(Field::kRenstraKind, "kumulatif") == choices(Field::kRenstraKind).size());
}

TEST_CASE("a period is named by its choice: the year, q1 to q4, m1 to m12") {
  CHECK(period_of(choice_index(Field::kReportingPeriod, "q2")) ==
        Period{Period::Kind::kQuarter, 2});
  CHECK(period_of(choice_index(Field::kPeriodName, "m12")) == Period{Period::Kind::kMonth, 12});
  CHECK(period_of(0) == Period{});
  for (std::size_t i = 0; i < choices(Field::kPeriodName).size(); ++i) {
    CHECK(period_choice(period_of(i)) == i);
  }
}

TEST_CASE("the periods a reporting period covers: a quarter counts once its last month ended") {
  using K = Period::Kind;
  CHECK(periods_through(K::kQuarter, Period{}) == 4);
  CHECK(periods_through(K::kMonth, Period{}) == 12);
  CHECK(periods_through(K::kQuarter, Period{K::kQuarter, 2}) == 2);
  CHECK(periods_through(K::kMonth, Period{K::kQuarter, 2}) == 6);
  CHECK(periods_through(K::kQuarter, Period{K::kMonth, 5}) == 1);
  CHECK(periods_through(K::kQuarter, Period{K::kMonth, 6}) == 2);
  CHECK(periods_in_year(K::kMonth) == 12);
}

TEST_CASE("years and counts have the ranges both readers allow") {
  CHECK(whole_range(Field::kYear).min == 1946);
  CHECK(whole_range(Field::kPastYearYear).min == 1945);
  CHECK(whole_range(Field::kRenstraTo).max == 2200);
  CHECK(whole_range(Field::kStaffNeeded).min == 0);
}
