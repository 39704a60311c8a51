#include "lkjip/sentinel_optional.h"

#include <catch2/catch.hpp>
#include <limits>
#include <optional>
#include <stdexcept>

#include "lkjip/model.h"

namespace lkjip {
namespace {

TEST_CASE("an optional amount tells no amount from an amount of zero", "[model][amount]") {
  OptionalAmount none;
  CHECK_FALSE(none.has_value());
  CHECK_THROWS_AS(none.value(), std::bad_optional_access);
  const OptionalAmount zero = Amount{0};
  REQUIRE(zero.has_value());
  CHECK(zero->value == 0);
  const OptionalAmount largest = Amount{std::numeric_limits<Rupiah>::max()};
  CHECK(largest.value().value == std::numeric_limits<Rupiah>::max());
  OptionalAmount reset = Amount{5};
  reset.reset();
  CHECK_FALSE(reset.has_value());
  reset = std::nullopt;
  CHECK_FALSE(reset);
  CHECK(sizeof(OptionalAmount) == sizeof(Rupiah));
}

TEST_CASE("an optional amount converts to and from std::optional", "[model][amount]") {
  const std::optional<Amount> given = Amount{1'500'000};
  const OptionalAmount held = given;
  CHECK((*held).value == 1'500'000);
  const std::optional<Amount> back = held;
  REQUIRE(back);
  CHECK(back->value == 1'500'000);
  const std::optional<Amount> missing = OptionalAmount();
  CHECK_FALSE(missing);
  CHECK_FALSE(OptionalAmount(std::optional<Amount>()).has_value());
}

TEST_CASE("the lowest rupiah cannot be an amount: it stands for none", "[model][amount]") {
  CHECK_THROWS_AS(OptionalAmount(Amount{std::numeric_limits<Rupiah>::min()}), std::out_of_range);
  CHECK(OptionalAmount(Amount{std::numeric_limits<Rupiah>::min() + 1}).has_value());
}

TEST_CASE("an optional quantity tells no number from zero, and keeps its decimals",
          "[model][quantity]") {
  OptionalQuantity none;
  CHECK_FALSE(none);
  CHECK_THROWS_AS(none.value(), std::bad_optional_access);
  const OptionalQuantity zero = Quantity{Rational(0), 0};
  REQUIRE(zero);
  CHECK(zero->value.is_zero());
  OptionalQuantity written = Quantity{*Rational::parse_decimal("84.50"), 2};
  CHECK(written->decimals == 2);
  written->decimals = 1;  // changed in place, as std::optional's
  CHECK(written.value().decimals == 1);
  const std::optional<Quantity> back = written;
  REQUIRE(back);
  CHECK(back->value == *Rational::parse_decimal("84.5"));
  CHECK_FALSE(OptionalQuantity(std::optional<Quantity>()).has_value());
  CHECK_THROWS_AS(OptionalQuantity(NoQuantity::none()), std::out_of_range);
  CHECK(sizeof(OptionalQuantity) == sizeof(Quantity));
  // Emplaced, as assigned; the sentinel refused, the value held kept.
  OptionalQuantity placed;
  placed.emplace(Quantity{*Rational::parse_decimal("7.25"), 2});
  REQUIRE(placed);
  CHECK(placed->value == *Rational::parse_decimal("7.25"));
  CHECK_THROWS_AS(placed.emplace(NoQuantity::none()), std::out_of_range);
  CHECK(placed->decimals == 2);
}

}  // namespace
}  // namespace lkjip
