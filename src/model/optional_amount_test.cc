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
  CHECK(zero != none);
  const OptionalAmount largest = Amount{std::numeric_limits<Rupiah>::max()};
  CHECK(largest.value().value == std::numeric_limits<Rupiah>::max());
  OptionalAmount reset = Amount{5};
  reset.reset();
  CHECK(reset == none);
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

}  // namespace
}  // namespace lkjip
