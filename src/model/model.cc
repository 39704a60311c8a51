#include "lkjip/model.h"

#include <stdexcept>

namespace lkjip {

Place Place::item(List list, std::size_t index) const {
  // Only readers make places, along the model's lists: none is deeper or longer.
  if (depth_ == kMaxDepth || index > UINT32_MAX) throw std::length_error("Place::item");
  Place place = *this;
  place.list_[depth_] = list;
  place.index_[depth_] = static_cast<std::uint32_t>(index);
  ++place.depth_;
  return place;
}

Place Place::parent() const {
  Place parent = *this;
  if (parent.depth_ > 0) {
    --parent.depth_;
    parent.list_[parent.depth_] = List{};
    parent.index_[parent.depth_] = 0;
  }
  return parent;
}

bool Place::holds(const Place& other) const {
  if (other.depth_ < depth_) return false;
  for (std::size_t level = 0; level < depth_; ++level) {
    if (list_[level] != other.list_[level] || index_[level] != other.index_[level]) return false;
  }
  return true;
}

const IndicatorDetails& details_of(const Indicator& indicator) {
  static const IndicatorDetails none;
  return indicator.details ? *indicator.details : none;
}

IndicatorDetails& edit_details(Indicator& indicator) {
  // A copy, never the shared one changed in place: copies of the report may hold it.
  auto own = std::make_shared<IndicatorDetails>(details_of(indicator));
  IndicatorDetails& details = *own;
  indicator.details = std::move(own);
  return details;
}

bool is_item_field(Field field) {
  switch (field) {
    case Field::kComponent:
    case Field::kComponentName:
    case Field::kComponentWeight:
    case Field::kComponentValue:
    case Field::kPastYear:
    case Field::kPastYearYear:
    case Field::kPastTarget:
    case Field::kPastActual:
    case Field::kRatingBand:
    case Field::kPredicateBand:
    case Field::kStatedBand:
    case Field::kPeriodEntry:
    case Field::kPeriodName:
    case Field::kPeriodTarget:
    case Field::kPeriodActual:
    case Field::kCategory:
    case Field::kCategoryName:
    case Field::kCategoryValue:
    case Field::kSpendingPeriod:
    case Field::kSpendingPeriodName:
    case Field::kPeriodSpending:
    case Field::kPeriodPlan:
    case Field::kRenstraYearEntry:
    case Field::kRenstraYear:
    case Field::kRenstraYearTarget:
      return true;
    default:
      return false;
  }
}

namespace {

// Fields that hold or depend on one another: a problem with one may follow from one with
// another (a scale's bands and the floor and cap it must cover; a budget and its pagu).
enum class Group {
  kNone,
  kUnit,
  kPeriod,
  kSettings,
  kSakip,
  kBudget,
  kStaff,
  kHistory,
  kComponents,
  kRenstra,
  kRegional,
  kPeriods,
  kRange,
  kQualitative,
  kRatio,
};

Group group_of(Field field) {
  switch (field) {
    case Field::kUnitName:
    case Field::kRegion:
      return Group::kUnit;
    case Field::kRenstraFrom:
    case Field::kRenstraTo:
      return Group::kPeriod;
    case Field::kSettings:
    case Field::kScoreFloor:
    case Field::kScoreCap:
    case Field::kRatingScale:
    case Field::kRatingBand:
    case Field::kReportingPeriod:
    case Field::kZeroRule:
    case Field::kClassification:
    case Field::kMetFrom:
    case Field::kExceededAbove:
    case Field::kPaguBasis:
    case Field::kTargetBasis:
      return Group::kSettings;
    case Field::kSakipEvaluation:
    case Field::kSakipComponents:
    case Field::kStatedTotal:
    case Field::kStatedPredicate:
    case Field::kPredicateScale:
    case Field::kPredicateBand:
      return Group::kSakip;
    case Field::kBudget:
    case Field::kPagu:
    case Field::kOriginalPagu:
    case Field::kSpending:
    case Field::kSpendingPeriods:
    case Field::kSpendingPeriod:
    case Field::kSpendingPeriodName:
    case Field::kPeriodSpending:
    case Field::kPeriodPlan:
      return Group::kBudget;
    case Field::kStaff:
    case Field::kStaffNeeded:
    case Field::kStaffAvailable:
      return Group::kStaff;
    case Field::kHistory:
    case Field::kPastYear:
    case Field::kPastYearYear:
    case Field::kPastTarget:
    case Field::kPastActual:
      return Group::kHistory;
    case Field::kComponents:
    case Field::kComponent:
    case Field::kComponentName:
    case Field::kComponentWeight:
    case Field::kComponentValue:
      return Group::kComponents;
    case Field::kRenstra:
    case Field::kRenstraEndTarget:
    case Field::kRenstraKind:
    case Field::kRenstraTargets:
    case Field::kRenstraYearEntry:
    case Field::kRenstraYear:
    case Field::kRenstraYearTarget:
      return Group::kRenstra;
    case Field::kRegional:
    case Field::kKabupaten:
    case Field::kProvinsi:
    case Field::kNasional:
      return Group::kRegional;
    case Field::kPeriods:
    case Field::kPeriodEntry:
    case Field::kPeriodName:
    case Field::kPeriodTarget:
    case Field::kPeriodActual:
    case Field::kPeriodRule:
      return Group::kPeriods;
    case Field::kTargetRange:
    case Field::kRangeMin:
    case Field::kRangeMax:
      return Group::kRange;
    case Field::kQualitative:
    case Field::kScaleName:
    case Field::kTargetCategory:
    case Field::kActualCategory:
    case Field::kScale:
    case Field::kCategory:
    case Field::kCategoryName:
    case Field::kCategoryValue:
      return Group::kQualitative;
    case Field::kRatio:
    case Field::kNumerator:
    case Field::kDenominator:
    case Field::kRatioPer:
      return Group::kRatio;
    default:
      return Group::kNone;
  }
}

// The field of an object (or of the report) that is the list `list` its items are in.
Field list_field(Place::List list) {
  switch (list) {
    case Place::List::kObjectives:
      return Field::kObjectives;
    case Place::List::kPrograms:
      return Field::kPrograms;
    case Place::List::kActivities:
      return Field::kActivities;
    case Place::List::kSubActivities:
      return Field::kSubActivities;
    case Place::List::kIndicators:
      return Field::kIndicators;
    case Place::List::kFacilities:
      return Field::kFacilities;
    case Place::List::kSakipComponents:
      return Field::kSakipComponents;
    case Place::List::kPrinted:
      return Field::kPrintedFigures;
    case Place::List::kClaims:
      return Field::kClaims;
    case Place::List::kStatedScales:
      return Field::kStatedScales;
  }
  return Field::kWhole;
}

// Two fields of one object.
bool fields_overlap(Field a, Field b) {
  return a == b || a == Field::kWhole || b == Field::kWhole ||
         (group_of(a) != Group::kNone && group_of(a) == group_of(b));
}

// A value of an object (`outer`) and a value of an object it holds (`inner`): the inner object
// is within the outer value when that is the whole object or the list the inner one is in.
bool holds_value(const Key& outer, const Key& inner) {
  const Field list = list_field(inner.object.list_at(outer.object.depth()));
  return fields_overlap(outer.field, list);
}

}  // namespace

Field record_of(Field field) {
  // The groups of records, less the lists that hold them and the records themselves.
  switch (field) {
    case Field::kHistory:
    case Field::kComponents:
    case Field::kPeriods:
    case Field::kPeriodRule:
      return Field::kWhole;
    case Field::kPeriodEntry:
    case Field::kPeriodName:
    case Field::kPeriodTarget:
    case Field::kPeriodActual:
      return Field::kPeriodEntry;
    case Field::kCategory:
    case Field::kCategoryName:
    case Field::kCategoryValue:
      return Field::kCategory;
    case Field::kMetFrom:
    case Field::kExceededAbove:
      return Field::kClassification;
    case Field::kSpendingPeriod:
    case Field::kSpendingPeriodName:
    case Field::kPeriodSpending:
    case Field::kPeriodPlan:
      return Field::kSpendingPeriod;
    case Field::kRenstraYearEntry:
    case Field::kRenstraYear:
    case Field::kRenstraYearTarget:
      return Field::kRenstraYearEntry;
    default:
      break;
  }
  switch (group_of(field)) {
    case Group::kHistory:
      return Field::kPastYear;
    case Group::kComponents:
      return Field::kComponent;
    case Group::kRenstra:
      return Field::kRenstra;
    case Group::kRegional:
      return Field::kRegional;
    case Group::kRange:
      return Field::kTargetRange;
    case Group::kQualitative:
      return Field::kQualitative;
    case Group::kRatio:
      return Field::kRatio;
    default:
      return Field::kWhole;
  }
}

bool overlapping(const Key& a, const Key& b) {
  if (a.object == b.object) return fields_overlap(a.field, b.field);
  if (a.object.holds(b.object)) return holds_value(a, b);
  if (b.object.holds(a.object)) return holds_value(b, a);
  return false;
}

int periods_in_year(Period::Kind kind) {
  switch (kind) {
    case Period::Kind::kQuarter:
      return 4;
    case Period::Kind::kMonth:
      return 12;
    case Period::Kind::kYear:
      break;
  }
  return 1;
}

int periods_through(Period::Kind kind, const Period& through) {
  // The months that have ended by the end of `through`.
  int months = 12;
  if (through.kind == Period::Kind::kQuarter) months = 3 * through.number;
  if (through.kind == Period::Kind::kMonth) months = through.number;
  switch (kind) {
    case Period::Kind::kQuarter:
      return months / 3;
    case Period::Kind::kMonth:
      return months;
    case Period::Kind::kYear:
      break;
  }
  return months == 12 ? 1 : 0;
}

std::vector<RatingBand> default_rating_scale() {
  return {
      {"Sangat Kurang", Rational(0), Rational(50), true, true},
      {"Kurang", Rational(50), Rational(70), false, true},
      {"Butuh Perbaikan (Cukup)", Rational(70), Rational(90), false, true},
      {"Baik", Rational(90), Rational(110), false, true},
      {"Istimewa", Rational(110), Rational(120), false, true},
  };
}

std::vector<RatingBand> default_sakip_predicate_scale() {
  return {
      {"D", Rational(0), Rational(30), true, true},
      {"C", Rational(30), Rational(50), false, true},
      {"CC", Rational(50), Rational(60), false, true},
      {"B", Rational(60), Rational(70), false, true},
      {"BB", Rational(70), Rational(80), false, true},
      {"A", Rational(80), Rational(90), false, true},
      {"AA", Rational(90), Rational(100), false, true},
  };
}

TreeLevel tree_level(const Place& indicator_place) {
  if (indicator_place.depth() == 0 || indicator_place.list_at(0) == Place::List::kObjectives) {
    return TreeLevel::kKey;
  }
  switch (indicator_place.depth()) {
    case 2:
      return TreeLevel::kProgram;
    case 3:
      return TreeLevel::kActivity;
    default:
      return TreeLevel::kSubActivity;
  }
}

bool gives_tree(const PerformanceReport& report) {
  bool given = false;
  for_each_indicator(report, [&](std::string_view, const Indicator& indicator) {
    given = given || !indicator.supports.empty();
  });
  return given;
}

}  // namespace lkjip
