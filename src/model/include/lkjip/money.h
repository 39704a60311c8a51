// Money is integer rupiah. Every sum is checked: an overflow is reported, never wrapped.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>

#include "lkjip/rational.h"

namespace lkjip {

using Rupiah = std::int64_t;

constexpr Rupiah kMaxRupiah = std::numeric_limits<Rupiah>::max();

inline std::optional<Rupiah> checked_add(Rupiah a, Rupiah b) {
  Rupiah sum = 0;
  if (__builtin_add_overflow(a, b, &sum)) return std::nullopt;
  return sum;
}

inline std::optional<Rupiah> checked_subtract(Rupiah a, Rupiah b) {
  Rupiah difference = 0;
  if (__builtin_sub_overflow(a, b, &difference)) return std::nullopt;
  return difference;
}

inline Rational to_rational(Rupiah amount) {
  return Rational(static_cast<long long>(amount));
}

}  // namespace lkjip
