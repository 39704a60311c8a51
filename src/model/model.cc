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
      return true;
    default:
      return false;
  }
}

namespace {

// The report's own parts, whose fields belong to the root place: values of one part may depend
// on each other (a scale's bands, the floor and the cap it must cover).
enum class Part { kNone, kUnit, kPeriod, kSettings, kSakip };

Part part_of(Field field) {
  switch (field) {
    case Field::kUnitName:
    case Field::kRegion:
      return Part::kUnit;
    case Field::kRenstraFrom:
    case Field::kRenstraTo:
      return Part::kPeriod;
    case Field::kSettings:
    case Field::kScoreFloor:
    case Field::kScoreCap:
    case Field::kRatingScale:
    case Field::kRatingBand:
      return Part::kSettings;
    case Field::kSakipEvaluation:
    case Field::kSakipComponents:
    case Field::kStatedTotal:
    case Field::kStatedPredicate:
    case Field::kPredicateScale:
    case Field::kPredicateBand:
      return Part::kSakip;
    default:
      return Part::kNone;
  }
}

// The report's field that is the list an object of the report is an item of.
Field list_field(Place::List list) {
  switch (list) {
    case Place::List::kObjectives:
      return Field::kObjectives;
    case Place::List::kPrograms:
      return Field::kPrograms;
    case Place::List::kFacilities:
      return Field::kFacilities;
    case Place::List::kSakipComponents:
      return Field::kSakipComponents;
    case Place::List::kPrinted:
      return Field::kPrintedFigures;
    default:
      return Field::kWhole;
  }
}

// A value of the report itself (`root`) and a value of one of its objects.
bool root_overlaps_object(const Key& root, const Key& object) {
  if (root.field == Field::kWhole) return true;
  const Field list = list_field(object.object.list_at(0));
  return root.field == list ||
         (part_of(root.field) != Part::kNone && part_of(root.field) == part_of(list));
}

}  // namespace

bool overlapping(const Key& a, const Key& b) {
  const bool a_root = a.object.depth() == 0;
  const bool b_root = b.object.depth() == 0;
  if (!a_root && !b_root) return a.object.holds(b.object) || b.object.holds(a.object);
  if (a_root && b_root) {
    return a.field == b.field || a.field == Field::kWhole || b.field == Field::kWhole ||
           (part_of(a.field) != Part::kNone && part_of(a.field) == part_of(b.field));
  }
  return a_root ? root_overlaps_object(a, b) : root_overlaps_object(b, a);
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

}  // namespace lkjip
