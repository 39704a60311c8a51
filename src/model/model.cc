#include "lkjip/model.h"

#include <stdexcept>

namespace lkjip {
namespace {

std::string_view pointer_of(Place::List list) {
  switch (list) {
    case Place::List::kObjectives:
      return "/objectives";
    case Place::List::kPrograms:
      return "/programs";
    case Place::List::kActivities:
      return "/activities";
    case Place::List::kSubActivities:
      return "/sub_activities";
    case Place::List::kIndicators:
      return "/indicators";
    case Place::List::kFacilities:
      return "/facilities";
    case Place::List::kSakipComponents:
      return "/sakip_evaluation/components";
  }
  return "";
}

}  // namespace

Place Place::item(List list, std::size_t index) const {
  // Only the loader makes places, along the format's lists: none is deeper or longer.
  if (depth_ == kMaxDepth || index > UINT32_MAX) throw std::length_error("Place::item");
  Place place = *this;
  place.list_[depth_] = list;
  place.index_[depth_] = static_cast<std::uint32_t>(index);
  ++place.depth_;
  return place;
}

std::string Place::pointer() const {
  std::string out;
  for (std::size_t i = 0; i < depth_; ++i) {
    out += pointer_of(list_[i]);
    out += '/';
    out += std::to_string(index_[i]);
  }
  return out;
}

const IndicatorDetails& details_of(const Indicator& indicator) {
  static const IndicatorDetails none;
  return indicator.details ? *indicator.details : none;
}

std::string Origin::path() const {
  std::string out = text_.empty() ? place_.pointer() : std::string(text_);
  if (!list_.empty()) {
    out += list_;
    out += '/';
    out += std::to_string(index_);
  }
  out += field_;
  return out;
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
