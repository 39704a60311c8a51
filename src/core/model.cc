#include "lkjip/model.h"

namespace lkjip {

std::string Origin::path() const {
  std::string out(object);
  if (!list.empty()) {
    out += list;
    out += '/';
    out += std::to_string(index);
  }
  out += field;
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
