// Exact rational numbers for every indicator value and every percentage.
// Values are read from their decimal text and never pass through binary floating point.
#pragma once

#include <gmpxx.h>

#include <compare>
#include <cstddef>
#include <cstdint>
#include <memory>
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

// The digits of a plain decimal number, -?(0|[1-9][0-9]*)(.[0-9]+)? of at most 18 digits in all,
// the most common number of a data file: as one integer (below 10^18), how many of them follow
// the point, and the sign. A reader that scans a number may gather them on its way.
struct PlainDigits {
  static constexpr std::size_t kMaxDigits = 18;
  std::uint64_t digits = 0;
  int decimals = 0;
  bool negative = false;
};
// A plain number's digits read from its text; nullopt for any other text (an exponent, more
// digits, or no number at all).
std::optional<PlainDigits> plain_digits(std::string_view text);

class Rational {
 public:
  Rational() = default;
  explicit Rational(long long integer);
  static Rational from_ratio(long long numerator, long long denominator);

  Rational(const Rational& other);
  Rational(Rational&& other) noexcept : num_(other.num_), den_(other.den_) {
    other.num_ = 0;
    other.den_ = 1;
  }
  Rational& operator=(const Rational& other);
  Rational& operator=(Rational&& other) noexcept {
    if (this != &other) {
      release();
      num_ = other.num_;
      den_ = other.den_;
      other.num_ = 0;
      other.den_ = 1;
    }
    return *this;
  }
  ~Rational() { release(); }

  // Parses the JSON number grammar (-?digits[.digits][(e|E)[+-]digits]) exactly.
  // Returns nullopt for anything else.
  static std::optional<Rational> parse_decimal(std::string_view text);
  // The most common number of a data file, -?(0|[1-9][0-9]*)(.[0-9]+)? of at most 18 digits:
  // its exact value and how many digits follow its point, read in one pass with 64-bit
  // integers. nullopt for any other text (an exponent, more digits, or no number), which
  // parse_decimal() reads.
  struct PlainDecimal;
  static std::optional<PlainDecimal> parse_plain_decimal(std::string_view text);
  // The same from its digits, gathered by whoever scanned the text.
  static PlainDecimal of_plain_digits(const PlainDigits& plain);

  Rational operator+(const Rational& other) const;
  Rational operator-(const Rational& other) const;
  Rational operator*(const Rational& other) const;
  // Precondition: other is not zero. Callers decide what a zero divisor means.
  Rational operator/(const Rational& other) const;
  Rational operator-() const;

  bool operator==(const Rational& other) const;
  std::strong_ordering operator<=>(const Rational& other) const;

  bool is_zero() const { return sign() == 0; }
  int sign() const;

  // Rounds half away from zero (Python's ROUND_HALF_UP) at the given number of decimals.
  RoundedDecimal round_half_up(int decimals) const;
  // The same rounding, as an exact value: what a reader sees printed.
  Rational rounded(int decimals) const;

  // "97", "-583/100": the exact value, for machines and for explanations.
  std::string to_fraction_string() const;
  // The exact value as a terminating decimal when it has one within max_decimals places.
  std::optional<std::string> to_exact_decimal(int max_decimals) const;

 private:
  __extension__ typedef __int128 Int128;  // GCC and Clang; __extension__: not ISO C++
  // Lowest terms from a 128-bit fraction (den != 0): inline when it fits, in GMP otherwise.
  static Rational normalized(Int128 numerator, Int128 denominator);
  static Rational of_mpq(mpq_class value);
  mpq_class to_mpq() const;
  bool is_small() const { return den_ != 0; }
  // Frees a GMP value; leaves the members to be overwritten.
  void release() {
    if (!is_small()) free_big();
  }
  void free_big();

  // Nearly every value of a report (its decimals, percentages, rupiah sums) has a numerator and
  // a denominator within +-(2^63 - 1): such a value is kept inline, in lowest terms with
  // den_ > 0, and computed with 128-bit integers, without allocating. Any other value is owned
  // by big_, marked by den_ == 0. A value has exactly one form, so equal values compare equal
  // member by member. 16 bytes: a large report holds hundreds of thousands of them.
  union {
    std::int64_t num_ = 0;
    mpq_class* big_;
  };
  std::int64_t den_ = 1;
};

struct Rational::PlainDecimal {
  Rational value;
  int decimals = 0;
};

}  // namespace lkjip
