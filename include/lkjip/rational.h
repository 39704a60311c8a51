// Exact rational numbers for every indicator value and every percentage.
// Values are read from their decimal text and never pass through binary floating point.
#pragma once

#include <gmpxx.h>

#include <optional>
#include <string>
#include <string_view>

namespace lkjip {

// A value rounded for display: sign, the digits of the unscaled integer, and how many of them
// are decimals. -5.83 is {negative, "583", 2}. Zero is never negative, so "-0,00" cannot occur.
struct RoundedDecimal {
  bool negative = false;
  std::string digits;  // at least decimals + 1 digits, no leading zeros beyond that
  int decimals = 0;

  // Renders with the given decimal mark and, when group_separator is not '\0', groups the
  // integer part by thousands: {false, "269660625100", 2} -> "2.696.606.251,00" in Indonesian.
  std::string render(char decimal_mark, char group_separator) const;
};

class Rational {
 public:
  Rational() = default;
  explicit Rational(long long integer) : q_(mpz_class(std::to_string(integer))) {}
  static Rational from_ratio(long long numerator, long long denominator);

  // Parses the JSON number grammar (-?digits[.digits][(e|E)[+-]digits]) exactly.
  // Returns nullopt for anything else.
  static std::optional<Rational> parse_decimal(std::string_view text);

  Rational operator+(const Rational& other) const { return Rational(q_ + other.q_); }
  Rational operator-(const Rational& other) const { return Rational(q_ - other.q_); }
  Rational operator*(const Rational& other) const { return Rational(q_ * other.q_); }
  // Precondition: other is not zero. Callers decide what a zero divisor means.
  Rational operator/(const Rational& other) const;
  Rational operator-() const { return Rational(-q_); }

  bool operator==(const Rational& other) const { return q_ == other.q_; }
  bool operator<(const Rational& other) const { return q_ < other.q_; }
  bool operator<=(const Rational& other) const { return q_ <= other.q_; }
  bool operator>(const Rational& other) const { return q_ > other.q_; }
  bool operator>=(const Rational& other) const { return q_ >= other.q_; }

  bool is_zero() const { return sgn(q_) == 0; }
  int sign() const { return sgn(q_); }

  // Rounds half away from zero (Python's ROUND_HALF_UP) at the given number of decimals.
  RoundedDecimal round_half_up(int decimals) const;
  // The same rounding, as an exact value: what a reader sees printed.
  Rational rounded(int decimals) const;

  // "97", "-583/100": the exact value, for machines and for explanations.
  std::string to_fraction_string() const;
  // The exact value as a terminating decimal when it has one within max_decimals places.
  std::optional<std::string> to_exact_decimal(int max_decimals) const;

 private:
  explicit Rational(mpq_class q) : q_(std::move(q)) { q_.canonicalize(); }
  mpq_class q_;
};

}  // namespace lkjip
