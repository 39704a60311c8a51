#include "lkjip/rational.h"

#include <cassert>
#include <cctype>

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

Rational Rational::from_ratio(long long numerator, long long denominator) {
  assert(denominator != 0);
  return Rational(
      mpq_class(mpz_class(std::to_string(numerator)), mpz_class(std::to_string(denominator))));
}

std::optional<Rational> Rational::parse_decimal(std::string_view text) {
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

  mpz_class mantissa(std::string(integer_part) + std::string(fraction_part), 10);
  if (negative) mantissa = -mantissa;
  const long scale = static_cast<long>(fraction_part.size()) - exponent;
  mpq_class value;
  if (scale >= 0) {
    value = mpq_class(mantissa, power_of_ten(static_cast<unsigned long>(scale)));
  } else {
    value = mpq_class(mantissa * power_of_ten(static_cast<unsigned long>(-scale)));
  }
  return Rational(std::move(value));
}

Rational Rational::operator/(const Rational& other) const {
  assert(!other.is_zero());
  return Rational(q_ / other.q_);
}

RoundedDecimal Rational::round_half_up(int decimals) const {
  assert(decimals >= 0);
  const mpz_class scale = power_of_ten(static_cast<unsigned long>(decimals));
  mpq_class magnitude = abs(q_) * scale;
  // floor(|x| * 10^d + 1/2): ties go away from zero.
  mpz_class doubled_numerator = 2 * magnitude.get_num() + magnitude.get_den();
  mpz_class rounded;
  mpz_fdiv_q(rounded.get_mpz_t(), doubled_numerator.get_mpz_t(),
             mpz_class(2 * magnitude.get_den()).get_mpz_t());

  RoundedDecimal result;
  result.decimals = decimals;
  result.negative = sgn(q_) < 0 && sgn(rounded) != 0;
  result.digits = rounded.get_str();
  if (result.digits.size() < static_cast<std::size_t>(decimals) + 1) {
    result.digits.insert(0, static_cast<std::size_t>(decimals) + 1 - result.digits.size(), '0');
  }
  return result;
}

Rational Rational::rounded(int decimals) const {
  const RoundedDecimal printed = round_half_up(decimals);
  mpz_class unscaled(printed.digits, 10);
  if (printed.negative) unscaled = -unscaled;
  return Rational(mpq_class(unscaled, power_of_ten(static_cast<unsigned long>(decimals))));
}

std::string Rational::to_fraction_string() const {
  return q_.get_str();
}

std::optional<std::string> Rational::to_exact_decimal(int max_decimals) const {
  for (int decimals = 0; decimals <= max_decimals; ++decimals) {
    const mpq_class scaled = q_ * mpq_class(power_of_ten(static_cast<unsigned long>(decimals)));
    if (scaled.get_den() == 1) {
      return round_half_up(decimals).render('.', '\0');
    }
  }
  return std::nullopt;
}

}  // namespace lkjip
