#include "lkjip/rational.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <cctype>
#include <climits>
#include <cstdint>
#include <numeric>
#include <optional>

namespace lkjip {
namespace {

mpz_class power_of_ten(unsigned long exponent) {
  mpz_class result;
  mpz_ui_pow_ui(result.get_mpz_t(), 10, exponent);
  return result;
}

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// Exponents beyond this are refused: 1e-100000000 would otherwise ask for a huge integer.
constexpr long kMaxExponent = 4000;

__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 Uint128;
static_assert(sizeof(unsigned long) == 8, "GMP's unsigned long carries 64 bits here");
static_assert(sizeof(Rational) == 16, "a large report holds hundreds of thousands of values");

// 10^18 is the largest power of ten in an int64; the inline paths stay within it.
constexpr int kMaxInlineDecimals = 18;

Uint128 power_of_ten_128(int exponent) {
  Uint128 result = 1;
  for (int i = 0; i < exponent; ++i)
    result *= 10;
  return result;
}

constexpr std::uint64_t kPowersOfTen[] = {1,
                                          10,
                                          100,
                                          1'000,
                                          10'000,
                                          100'000,
                                          1'000'000,
                                          10'000'000,
                                          100'000'000,
                                          1'000'000'000,
                                          10'000'000'000,
                                          100'000'000'000,
                                          1'000'000'000'000,
                                          10'000'000'000'000,
                                          100'000'000'000'000,
                                          1'000'000'000'000'000,
                                          10'000'000'000'000'000,
                                          100'000'000'000'000'000,
                                          1'000'000'000'000'000'000};

// 5^k for k up to 18 (below 2^42: times 2^18 it stays within 2^63).
constexpr std::uint64_t kPowersOfFive[] = {1,
                                           5,
                                           25,
                                           125,
                                           625,
                                           3'125,
                                           15'625,
                                           78'125,
                                           390'625,
                                           1'953'125,
                                           9'765'625,
                                           48'828'125,
                                           244'140'625,
                                           1'220'703'125,
                                           6'103'515'625,
                                           30'517'578'125,
                                           152'587'890'625,
                                           762'939'453'125,
                                           3'814'697'265'625};

}  // namespace

// Read with 64-bit integers; parse_decimal reads any other text the general way.
std::optional<PlainDigits> plain_digits(std::string_view text) {
  PlainDigits plain;
  const char* at = text.data();
  const char* const end = at + text.size();
  if (at != end && *at == '-') {
    plain.negative = true;
    ++at;
  }
  // The digits, each a run of its own loop: the integer's, then after a point the fraction's
  // (a value past 18 digits wraps, and is dropped by the count below).
  const auto take_digits = [&] {
    const char* const from = at;
    for (; at != end && static_cast<unsigned char>(*at - '0') < 10; ++at)
      plain.digits = plain.digits * 10 + static_cast<std::uint64_t>(*at - '0');
    return static_cast<std::size_t>(at - from);
  };
  const char* const integer = at;
  const std::size_t integer_length = take_digits();
  if (integer_length == 0 || (integer_length > 1 && *integer == '0')) return std::nullopt;
  std::size_t decimals = 0;
  if (at != end) {
    if (*at != '.') return std::nullopt;
    ++at;
    decimals = take_digits();
    if (decimals == 0 || at != end) return std::nullopt;
  }
  if (integer_length + decimals > PlainDigits::kMaxDigits) {
    return std::nullopt;
  }
  plain.decimals = static_cast<int>(decimals);
  return plain;
}

namespace {

Uint128 magnitude(Int128 value) {
  return value < 0 ? Uint128(0) - static_cast<Uint128>(value) : static_cast<Uint128>(value);
}

// |num/den| rounded half up at `decimals` (at most kMaxInlineDecimals), times 10^decimals:
// floor(|n| 10^d / den + 1/2) = floor((2 |n| 10^d + den) / (2 den)); below 2^125.
Uint128 rounded_scaled_magnitude(std::int64_t num, std::int64_t den, int decimals) {
  const Uint128 scaled = magnitude(num) * power_of_ten_128(decimals);
  const Uint128 twice_den = Uint128(2) * static_cast<Uint128>(den);
  return (Uint128(2) * scaled + static_cast<Uint128>(den)) / twice_den;
}

Uint128 gcd_128(Uint128 a, Uint128 b) {
  while (b != 0) {
    if ((a >> 64) == 0 && (b >> 64) == 0) {
      return std::gcd(static_cast<std::uint64_t>(a), static_cast<std::uint64_t>(b));
    }
    const Uint128 rest = a % b;
    a = b;
    b = rest;
  }
  return a;
}

mpz_class mpz_of(Uint128 value) {
  mpz_class result(static_cast<unsigned long>(value >> 64));
  result <<= 64;
  result += static_cast<unsigned long>(value & ~std::uint64_t{0});
  return result;
}

std::string decimal_digits(Uint128 value) {
  std::string digits;
  do {
    digits.push_back(static_cast<char>('0' + static_cast<int>(value % 10)));
    value /= 10;
  } while (value != 0);
  return {digits.rbegin(), digits.rend()};
}

bool fits_inline(Uint128 value) {
  return value <= static_cast<Uint128>(INT64_MAX);
}

}  // namespace

std::string RoundedDecimal::render(char decimal_mark, char group_separator) const {
  const std::size_t integer_length = digits.size() - static_cast<std::size_t>(decimals);
  std::string out;
  if (negative) out.push_back('-');
  for (std::size_t i = 0; i < integer_length; ++i) {
    const std::size_t remaining = integer_length - i;
    if (group_separator != '\0' && i > 0 && remaining % 3 == 0) out.push_back(group_separator);
    out.push_back(digits[i]);
  }
  if (decimals > 0) {
    out.push_back(decimal_mark);
    out.append(digits, integer_length, std::string::npos);
  }
  return out;
}

Rational::Rational(long long integer) {
  if (integer == LLONG_MIN) {
    *this = normalized(integer, 1);
  } else {
    num_ = integer;
  }
}

Rational::Rational(const Rational& other) : num_(other.num_), den_(other.den_) {
  if (!other.is_small()) big_ = new mpq_class(*other.big_);
}

void Rational::free_big() {
  delete big_;
}

Rational& Rational::operator=(const Rational& other) {
  if (this != &other) *this = Rational(other);
  return *this;
}

Rational Rational::normalized(Int128 numerator, Int128 denominator) {
  assert(denominator != 0);
  const bool negative = (numerator < 0) != (denominator < 0);
  Uint128 n = magnitude(numerator);
  Uint128 d = magnitude(denominator);
  const Uint128 divisor = gcd_128(n, d);
  if (divisor > 1) {
    n /= divisor;
    d /= divisor;
  }
  if (n == 0) d = 1;
  if (fits_inline(n) && fits_inline(d)) {
    Rational result;
    result.num_ = negative ? -static_cast<std::int64_t>(n) : static_cast<std::int64_t>(n);
    result.den_ = static_cast<std::int64_t>(d);
    return result;
  }
  mpq_class big(mpz_of(n), mpz_of(d));
  if (negative) big = -big;
  return of_mpq(std::move(big));
}

Rational Rational::of_mpq(mpq_class value) {
  value.canonicalize();
  const mpz_class& n = value.get_num();
  const mpz_class& d = value.get_den();
  Rational result;
  if (mpz_fits_slong_p(n.get_mpz_t()) && mpz_fits_slong_p(d.get_mpz_t()) &&
      mpz_cmp_si(n.get_mpz_t(), LONG_MIN) != 0) {
    result.num_ = mpz_get_si(n.get_mpz_t());
    result.den_ = mpz_get_si(d.get_mpz_t());
  } else {
    result.big_ = new mpq_class(std::move(value));
    result.den_ = 0;
  }
  return result;
}

mpq_class Rational::to_mpq() const {
  if (!is_small()) return *big_;
  return mpq_class(mpz_class(static_cast<long>(num_)), mpz_class(static_cast<long>(den_)));
}

Rational Rational::from_ratio(long long numerator, long long denominator) {
  return normalized(numerator, denominator);
}

std::optional<Rational::PlainDecimal> Rational::parse_plain_decimal(std::string_view text) {
  const std::optional<PlainDigits> plain = plain_digits(text);
  if (!plain) return std::nullopt;
  return of_plain_digits(*plain);
}

Rational::PlainDecimal Rational::of_plain_digits(const PlainDigits& plain) {
  // digits < 10^18 < 2^63 over 10^decimals <= 10^18, reduced: the only factors the two can share
  // are twos and fives (no gcd, no division but by the constant 5).
  std::uint64_t numerator = plain.digits;
  int twos = plain.decimals;
  int fives = plain.decimals;
  if (numerator == 0) {
    twos = 0;
    fives = 0;
  } else {
    const int shift = std::min(std::countr_zero(numerator), twos);
    numerator >>= shift;
    twos -= shift;
    while (fives > 0 && numerator % 5 == 0) {
      numerator /= 5;
      --fives;
    }
  }
  PlainDecimal result;
  result.value.num_ =
      plain.negative ? -static_cast<std::int64_t>(numerator) : static_cast<std::int64_t>(numerator);
  result.value.den_ = static_cast<std::int64_t>(kPowersOfFive[fives] << twos);
  result.decimals = plain.decimals;
  return result;
}

std::optional<Rational> Rational::parse_decimal(std::string_view text) {
  if (std::optional<PlainDecimal> plain = parse_plain_decimal(text)) return std::move(plain->value);
  bool negative = false;
  if (!text.empty() && text.front() == '-') {
    negative = true;
    text.remove_prefix(1);
  }
  long exponent = 0;
  if (const auto e = text.find_first_of("eE"); e != std::string_view::npos) {
    std::string_view exponent_text = text.substr(e + 1);
    text = text.substr(0, e);
    bool exponent_negative = false;
    if (!exponent_text.empty() && (exponent_text.front() == '+' || exponent_text.front() == '-')) {
      exponent_negative = exponent_text.front() == '-';
      exponent_text.remove_prefix(1);
    }
    if (!all_digits(exponent_text)) return std::nullopt;
    for (char c : exponent_text) {
      exponent = exponent * 10 + (c - '0');
      if (exponent > kMaxExponent) return std::nullopt;
    }
    if (exponent_negative) exponent = -exponent;
  }
  std::string_view integer_part = text;
  std::string_view fraction_part;
  if (const auto dot = text.find('.'); dot != std::string_view::npos) {
    integer_part = text.substr(0, dot);
    fraction_part = text.substr(dot + 1);
    if (!all_digits(fraction_part)) return std::nullopt;
  }
  if (!all_digits(integer_part)) return std::nullopt;
  if (integer_part.size() > 1 && integer_part.front() == '0') return std::nullopt;

  const long scale = static_cast<long>(fraction_part.size()) - exponent;
  const std::size_t digit_count = integer_part.size() + fraction_part.size();
  if (digit_count <= kMaxInlineDecimals && scale >= -kMaxInlineDecimals &&
      scale <= kMaxInlineDecimals) {
    // At most 18 digits times at most 10^18: within 128 bits, no GMP needed.
    Int128 mantissa = 0;
    for (const std::string_view part : {integer_part, fraction_part}) {
      for (char c : part)
        mantissa = mantissa * 10 + (c - '0');
    }
    if (negative) mantissa = -mantissa;
    const Int128 power =
        static_cast<Int128>(power_of_ten_128(static_cast<int>(scale < 0 ? -scale : scale)));
    return scale >= 0 ? normalized(mantissa, power) : normalized(mantissa * power, 1);
  }
  mpz_class mantissa(std::string(integer_part) + std::string(fraction_part), 10);
  if (negative) mantissa = -mantissa;
  mpq_class value;
  if (scale >= 0) {
    value = mpq_class(mantissa, power_of_ten(static_cast<unsigned long>(scale)));
  } else {
    value = mpq_class(mantissa * power_of_ten(static_cast<unsigned long>(-scale)));
  }
  return of_mpq(std::move(value));
}

// Both inline: |a|, |b|, |c|, |d| < 2^63, so a*d + c*b and b*d stay below 2^127.
Rational Rational::operator+(const Rational& other) const {
  if (is_small() && other.is_small()) {
    return normalized(Int128{num_} * other.den_ + Int128{other.num_} * den_,
                      Int128{den_} * other.den_);
  }
  return of_mpq(to_mpq() + other.to_mpq());
}

Rational Rational::operator-(const Rational& other) const {
  if (is_small() && other.is_small()) {
    return normalized(Int128{num_} * other.den_ - Int128{other.num_} * den_,
                      Int128{den_} * other.den_);
  }
  return of_mpq(to_mpq() - other.to_mpq());
}

Rational Rational::operator*(const Rational& other) const {
  if (is_small() && other.is_small()) {
    return normalized(Int128{num_} * other.num_, Int128{den_} * other.den_);
  }
  return of_mpq(to_mpq() * other.to_mpq());
}

Rational Rational::operator/(const Rational& other) const {
  assert(!other.is_zero());
  if (is_small() && other.is_small()) {
    return normalized(Int128{num_} * other.den_, Int128{den_} * other.num_);
  }
  return of_mpq(to_mpq() / other.to_mpq());
}

Rational Rational::operator-() const {
  if (is_small()) {
    Rational result;
    result.num_ = -num_;  // never INT64_MIN: inline values stay within +-(2^63 - 1)
    result.den_ = den_;
    return result;
  }
  return of_mpq(-*big_);
}

bool Rational::operator==(const Rational& other) const {
  if (is_small() != other.is_small()) return false;  // one form per value
  if (is_small()) return num_ == other.num_ && den_ == other.den_;
  return *big_ == *other.big_;
}

std::strong_ordering Rational::operator<=>(const Rational& other) const {
  if (is_small() && other.is_small()) {
    return Int128{num_} * other.den_ <=> Int128{other.num_} * den_;
  }
  const int order = cmp(to_mpq(), other.to_mpq());
  return order < 0 ? std::strong_ordering::less
                   : (order > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
}

int Rational::sign() const {
  if (is_small()) return (num_ > 0) - (num_ < 0);
  return sgn(*big_);
}

RoundedDecimal Rational::round_half_up(int decimals) const {
  assert(decimals >= 0);
  RoundedDecimal result;
  result.decimals = decimals;
  if (is_small() && decimals <= kMaxInlineDecimals) {
    const Uint128 rounded = rounded_scaled_magnitude(num_, den_, decimals);
    result.negative = num_ < 0 && rounded != 0;
    result.digits = decimal_digits(rounded);
  } else {
    const mpq_class exact = to_mpq();
    const mpz_class scale = power_of_ten(static_cast<unsigned long>(decimals));
    mpq_class magnitude_scaled = abs(exact) * scale;
    // floor(|x| * 10^d + 1/2): ties go away from zero.
    mpz_class doubled_numerator = 2 * magnitude_scaled.get_num() + magnitude_scaled.get_den();
    mpz_class rounded;
    mpz_fdiv_q(rounded.get_mpz_t(), doubled_numerator.get_mpz_t(),
               mpz_class(2 * magnitude_scaled.get_den()).get_mpz_t());
    result.negative = sgn(exact) < 0 && sgn(rounded) != 0;
    result.digits = rounded.get_str();
  }
  if (result.digits.size() < static_cast<std::size_t>(decimals) + 1) {
    result.digits.insert(0, static_cast<std::size_t>(decimals) + 1 - result.digits.size(), '0');
  }
  return result;
}

Rational Rational::rounded(int decimals) const {
  if (is_small() && decimals <= kMaxInlineDecimals) {
    const auto unscaled = static_cast<Int128>(rounded_scaled_magnitude(num_, den_, decimals));
    return normalized(num_ < 0 ? -unscaled : unscaled,
                      static_cast<Int128>(power_of_ten_128(decimals)));
  }
  const RoundedDecimal printed = round_half_up(decimals);
  mpz_class unscaled(printed.digits, 10);
  if (printed.negative) unscaled = -unscaled;
  return of_mpq(mpq_class(unscaled, power_of_ten(static_cast<unsigned long>(decimals))));
}

std::string Rational::to_fraction_string() const {
  if (!is_small()) return big_->get_str();
  if (den_ == 1) return std::to_string(num_);
  return std::to_string(num_) + "/" + std::to_string(den_);
}

std::optional<std::string> Rational::to_exact_decimal(int max_decimals) const {
  if (is_small()) {
    // den_ divides 10^k exactly when its only prime factors are 2 and 5; k is the larger count.
    std::int64_t rest = den_;
    int twos = 0;
    int fives = 0;
    for (; rest % 2 == 0; rest /= 2)
      ++twos;
    for (; rest % 5 == 0; rest /= 5)
      ++fives;
    const int decimals = std::max(twos, fives);
    if (rest != 1 || decimals > max_decimals) return std::nullopt;
    return round_half_up(decimals).render('.', '\0');
  }
  for (int decimals = 0; decimals <= max_decimals; ++decimals) {
    const mpq_class scaled = *big_ * mpq_class(power_of_ten(static_cast<unsigned long>(decimals)));
    if (scaled.get_den() == 1) {
      return round_half_up(decimals).render('.', '\0');
    }
  }
  return std::nullopt;
}

}  // namespace lkjip
