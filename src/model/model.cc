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
