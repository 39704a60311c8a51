#include "lkjip/rational.h"

#include <catch2/catch.hpp>

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
