#include "quantity_text.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "number_text.h"
#include "random_numbers.h"

namespace lkjip {
namespace {

TEST_CASE("written decimals: the mantissa's, less the exponent, within 0 and one past the most") {
  CHECK(written_decimals("7") == 0);
  CHECK(written_decimals("-0") == 0);
  CHECK(written_decimals("84.12") == 2);
  CHECK(written_decimals("-583.10") == 2);
  CHECK(written_decimals("1e-3") == 3);
  CHECK(written_decimals("2.50e1") == 1);
  CHECK(written_decimals("2.50E+1") == 1);
  CHECK(written_decimals("1.5E+2") == 0);  // 150: no decimal written
  CHECK(written_decimals("0.000000000001") == kMaxDecimals);
  CHECK(written_decimals("0.0000000000001") == kMaxDecimals + 1);
  CHECK(written_decimals("1e-999999") == kMaxDecimals + 1);
  CHECK(written_decimals("1e-9999999") == kMaxDecimals + 1);  // an exponent of 7 digits
  CHECK(written_decimals("1.25e") == kMaxDecimals + 1);       // no exponent's digits
}

TEST_CASE("an exact quantity keeps its value and its written decimals, or is refused") {
  const std::optional<Quantity> q = exact_quantity("97.50");
  REQUIRE(q);
  CHECK(q->value == *Rational::parse_decimal("97.5"));
  CHECK(q->decimals == 2);
  CHECK_FALSE(exact_quantity("0.0000000000001"));  // more decimals than the most
  CHECK_FALSE(exact_quantity("1" + std::string(kMaxIntegerDigits, '0')));  // too large
  CHECK(exact_quantity(std::string(kMaxIntegerDigits, '9')));
  // Told by its digits or by its value, the bound is the same: signs, decimals and exponents on
  // either side of it.
  const std::string nines(kMaxIntegerDigits, '9');
  CHECK(exact_quantity("-" + nines));
  CHECK(exact_quantity(nines + ".5"));
  CHECK(exact_quantity("-" + nines + ".25"));
  CHECK(exact_quantity("9.99e17"));
  CHECK_FALSE(exact_quantity("-1" + std::string(kMaxIntegerDigits, '0')));
  CHECK_FALSE(exact_quantity("1" + std::string(kMaxIntegerDigits, '0') + ".5"));
  CHECK_FALSE(exact_quantity("1e18"));
  CHECK_FALSE(exact_quantity("-1.0e18"));
}

// A plain number (at most 18 digits, no exponent) is read in one pass; with "e0" after it, the
// same number is read the general way. Both give the same quantity, or both refuse it.
TEST_CASE("an exact quantity reads the same by the one-pass path and the general one") {
  std::mt19937_64 random(18);
  for (int i = 0; i < 20'000; ++i) {
    // Up to 15 decimals: past kMaxDecimals too, which both ways refuse.
    const std::string text = test_support::random_plain_number(random, 18, 15);
    INFO(text);
    const std::optional<Quantity> plain = exact_quantity(text);
    const std::optional<Quantity> general = exact_quantity(text + "e0");
    REQUIRE(plain.has_value() == general.has_value());
    if (plain) {
      CHECK(plain->value.to_fraction_string() == general->value.to_fraction_string());
      CHECK(plain->decimals == general->decimals);
    }
  }
}

}  // namespace
}  // namespace lkjip
