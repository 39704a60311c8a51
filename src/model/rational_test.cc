#include "lkjip/rational.h"

#include <gmpxx.h>

#include <catch2/catch.hpp>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "random_numbers.h"

using lkjip::Rational;

namespace {

Rational decimal(const char* text) {
  return *Rational::parse_decimal(text);
}
std::string rounded(const Rational& value, int decimals) {
  return value.round_half_up(decimals).render('.', '\0');
}

}  // namespace

TEST_CASE("decimal text is read exactly, never through a double") {
  CHECK(decimal("0.1") + decimal("0.2") == decimal("0.3"));
  CHECK(decimal("73.87").to_fraction_string() == "7387/100");
  CHECK(decimal("-5.83").to_fraction_string() == "-583/100");
  CHECK(decimal("1e2") == Rational(100));
  CHECK(decimal("25E-1") == decimal("2.5"));
  CHECK(decimal("123456789012345678901234567890").to_fraction_string() ==
        "123456789012345678901234567890");
}

TEST_CASE("text that is not a JSON number is refused") {
  for (const char* text :
       {"", "-", "1.", ".5", "01", "1e", "1e+", "NaN", "inf", "1,5", "+1", "1e99999"}) {
    INFO(text);
    CHECK_FALSE(Rational::parse_decimal(text).has_value());
  }
}

// A plain decimal (no exponent, at most 18 digits) is read by a 64-bit fast path; the same
// number with "e0" after it is read the general way. Both must give the same value, in the
// same form, and refuse the same texts.
void check_both_ways(const std::string& text) {
  INFO(text);
  const std::optional<Rational> fast = Rational::parse_decimal(text);
  const std::optional<Rational> general = Rational::parse_decimal(text + "e0");
  REQUIRE(fast.has_value() == general.has_value());
  if (fast) {
    CHECK(*fast == *general);
    CHECK(fast->to_fraction_string() == general->to_fraction_string());
  }
  // The fast path itself (what the reader calls): the value reduced the same way (by twos and
  // fives, where the general way takes a gcd), and the digits after the point.
  if (const std::optional<Rational::PlainDecimal> plain = Rational::parse_plain_decimal(text)) {
    REQUIRE(general.has_value());
    CHECK(plain->value.to_fraction_string() == general->to_fraction_string());
    const std::size_t point = text.find('.');
    CHECK(plain->decimals ==
          (point == std::string::npos ? 0 : static_cast<int>(text.size() - point - 1)));
  }
}

TEST_CASE("a plain decimal reads the same by the fast path and the general one") {
  for (const char* text : {"0",
                           "-0",
                           "0.0",
                           "-0.000",
                           "7",
                           "-7",
                           "35.0",
                           "84.12",
                           "-583.10",
                           "0.5",
                           "0.25",
                           "0.125",
                           "0.0625",
                           "0.2",
                           "0.04",
                           "0.008",
                           "12.50",
                           "-0.000000000000000625",
                           "-0.00000000000000625",
                           "0.000000000000000001",
                           "0.000000000000000000",
                           "0.000000000001",
                           "999999999999999999",
                           "-999999999999999999",
                           "99999999999999999.9",
                           "0.99999999999999999",
                           "1000000000000000000",
                           "9999999999999999999",
                           "1.",
                           ".5",
                           "01",
                           "-01.5",
                           "00",
                           "-",
                           "",
                           "1.2.3",
                           "1..2",
                           "--1",
                           "+1",
                           "1a",
                           " 1",
                           "1 ",
                           "0x10",
                           "123456789.123456789"}) {
    check_both_ways(text);
  }
  std::mt19937_64 random(18);
  for (int i = 0; i < 20'000; ++i)
    check_both_ways(lkjip::test_support::random_plain_number(random, 19, 19));
}

TEST_CASE("rounding is half-up (away from zero) at the printed precision") {
  CHECK(rounded(decimal("97.085"), 2) == "97.09");
  CHECK(rounded(decimal("97.165"), 2) == "97.17");
  CHECK(rounded(decimal("0.125"), 2) == "0.13");
  CHECK(rounded(decimal("0.124999"), 2) == "0.12");
  CHECK(rounded(decimal("-5.835"), 2) == "-5.84");
  CHECK(rounded(decimal("2.5"), 0) == "3");
  CHECK(rounded(Rational::from_ratio(565, 6), 2) == "94.17");
  CHECK(rounded(Rational::from_ratio(1, 3), 4) == "0.3333");
}

TEST_CASE("a negative value that rounds to zero prints without a sign") {
  CHECK(rounded(decimal("-0.001"), 2) == "0.00");
  CHECK_FALSE(decimal("-0.004").round_half_up(2).negative);
  CHECK(rounded(decimal("-0.005"), 2) == "-0.01");
}

TEST_CASE("rounded values render with Indonesian grouping and decimal mark") {
  CHECK(Rational(2696606251).round_half_up(0).render(',', '.') == "2.696.606.251");
  CHECK(decimal("97.09").round_half_up(2).render(',', '.') == "97,09");
  CHECK(decimal("-1234.5").round_half_up(2).render(',', '.') == "-1.234,50");
  CHECK(Rational(100).round_half_up(0).render(',', '.') == "100");
  CHECK(Rational(0).round_half_up(2).render(',', '.') == "0,00");
}

TEST_CASE("rounded() gives the printed value exactly") {
  CHECK(decimal("97.085").rounded(2) == decimal("97.09"));
  CHECK(Rational::from_ratio(2, 3).rounded(2) == decimal("0.67"));
}

TEST_CASE("exact decimals are given where the value terminates") {
  CHECK(decimal("97.085").to_exact_decimal(10) == std::optional<std::string>("97.085"));
  CHECK_FALSE(Rational::from_ratio(1, 3).to_exact_decimal(10).has_value());
}

// ---- Inline and GMP forms ------------------------------------------------------------------
// Values that fit 64 bits are computed inline with 128-bit integers, others with GMP; every
// operation must give what GMP alone gives, across the boundary between the two forms.

namespace {

std::vector<std::string> boundary_texts() {
  return {"0",
          "1",
          "-1",
          "7",
          "0.01",
          "-97.085",
          "1e-18",
          "123456789012345678",
          "9223372036854775807",    // INT64_MAX: still inline
          "-9223372036854775807",   // its negation
          "9223372036854775808",    // 2^63: GMP
          "-9223372036854775808",   // INT64_MIN: GMP, so that negation never overflows
          "4611686018427387904",    // 2^62
          "0.9223372036854775807",  // 19 digits: read through GMP, then held inline
          "1e18",
          "1e19",
          "3.000000000000000001",
          "100000000000000000000000000001",
          "-0.000000000000000000000000000003"};
}

mpq_class oracle(const std::string& text) {
  // Reads the same decimal through GMP alone: mantissa / 10^fraction digits, times 10^exponent.
  std::string mantissa = text;
  long exponent = 0;
  if (const auto e = mantissa.find_first_of("eE"); e != std::string::npos) {
    exponent = std::stol(mantissa.substr(e + 1));
    mantissa.erase(e);
  }
  if (const auto dot = mantissa.find('.'); dot != std::string::npos) {
    exponent -= static_cast<long>(mantissa.size() - dot - 1);
    mantissa.erase(dot, 1);
  }
  mpz_class power;
  mpz_ui_pow_ui(power.get_mpz_t(), 10,
                static_cast<unsigned long>(exponent < 0 ? -exponent : exponent));
  mpq_class value(mpz_class(mantissa, 10));
  if (exponent < 0) {
    value /= power;
  } else {
    value *= power;
  }
  value.canonicalize();
  return value;
}

std::string oracle_rounded(const mpq_class& value, int decimals) {
  mpz_class power;
  mpz_ui_pow_ui(power.get_mpz_t(), 10, static_cast<unsigned long>(decimals));
  const mpq_class scaled = abs(value) * power;
  mpz_class rounded;
  mpz_fdiv_q(rounded.get_mpz_t(), mpz_class(2 * scaled.get_num() + scaled.get_den()).get_mpz_t(),
             mpz_class(2 * scaled.get_den()).get_mpz_t());
  std::string digits = rounded.get_str();
  if (digits.size() < static_cast<std::size_t>(decimals) + 1)
    digits.insert(0, static_cast<std::size_t>(decimals) + 1 - digits.size(), '0');
  std::string out = (sgn(value) < 0 && sgn(rounded) != 0) ? "-" : "";
  out += digits.substr(0, digits.size() - static_cast<std::size_t>(decimals));
  if (decimals > 0) out += "." + digits.substr(digits.size() - static_cast<std::size_t>(decimals));
  return out;
}

}  // namespace

TEST_CASE("inline and GMP forms give GMP's results across the 64-bit boundary") {
  const std::vector<std::string> texts = boundary_texts();
  for (const std::string& a_text : texts) {
    const Rational a = decimal(a_text.c_str());
    const mpq_class qa = oracle(a_text);
    INFO(a_text);
    CHECK(a.to_fraction_string() == qa.get_str());
    CHECK(a.sign() == sgn(qa));
    CHECK((-a).to_fraction_string() == mpq_class(-qa).get_str());
    for (int decimals : {0, 2, 18, 19, 25}) {
      INFO(decimals);
      CHECK(rounded(a, decimals) == oracle_rounded(qa, decimals));
      CHECK(a.rounded(decimals) == decimal(oracle_rounded(qa, decimals).c_str()));
    }
    for (const std::string& b_text : texts) {
      const Rational b = decimal(b_text.c_str());
      const mpq_class qb = oracle(b_text);
      INFO(b_text);
      CHECK((a + b).to_fraction_string() == mpq_class(qa + qb).get_str());
      CHECK((a - b).to_fraction_string() == mpq_class(qa - qb).get_str());
      CHECK((a * b).to_fraction_string() == mpq_class(qa * qb).get_str());
      if (!b.is_zero()) CHECK((a / b).to_fraction_string() == mpq_class(qa / qb).get_str());
      CHECK((a == b) == (qa == qb));
      CHECK((a < b) == (qa < qb));
      CHECK((a >= b) == (qa >= qb));
    }
  }
}

TEST_CASE("a value has one form: a GMP result that fits 64 bits equals the inline value") {
  const Rational two_to_63 = decimal("9223372036854775808");
  CHECK(two_to_63 - Rational(1) == Rational(9223372036854775807LL));
  CHECK(Rational(-9223372036854775807LL - 1) == -two_to_63);
  CHECK((-two_to_63).to_fraction_string() == "-9223372036854775808");
  CHECK(Rational::from_ratio(-9223372036854775807LL - 1, -2).to_fraction_string() ==
        "4611686018427387904");
  CHECK(Rational::from_ratio(6, -4).to_fraction_string() == "-3/2");
  const Rational copied = two_to_63;  // a GMP value copied, not shared
  CHECK(copied == two_to_63);
  CHECK(copied + Rational(0) == two_to_63);
}

TEST_CASE("exact decimals of inline and GMP values") {
  CHECK(decimal("1e-18").to_exact_decimal(18) ==
        std::optional<std::string>("0.000000000000000001"));
  CHECK_FALSE(decimal("1e-18").to_exact_decimal(17).has_value());
  CHECK(decimal("-0.000000000000000000000000000003").to_exact_decimal(30) ==
        std::optional<std::string>("-0.000000000000000000000000000003"));
  CHECK(Rational::from_ratio(1, 40).to_exact_decimal(3) == std::optional<std::string>("0.025"));
  CHECK_FALSE(Rational::from_ratio(1, 6).to_exact_decimal(30).has_value());
  CHECK(decimal("9223372036854775808").to_exact_decimal(0) ==
        std::optional<std::string>("9223372036854775808"));
}
