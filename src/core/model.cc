#include "lkjip/model.h"

namespace lkjip {

std::vector<RatingBand> default_rating_scale() {
  return {
      {"Sangat Kurang", Rational(0), Rational(50), true, true},
      {"Kurang", Rational(50), Rational(70), false, true},
      {"Butuh Perbaikan (Cukup)", Rational(70), Rational(90), false, true},
      {"Baik", Rational(90), Rational(110), false, true},
      {"Istimewa", Rational(110), Rational(120), false, true},
  };
}

}  // namespace lkjip
