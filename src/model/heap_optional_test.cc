#include "lkjip/heap_optional.h"

#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <vector>

#include "lkjip/model.h"

using lkjip::HeapOptional;

TEST_CASE("a heap optional holds a value or none in one pointer's room") {
  STATIC_REQUIRE(sizeof(HeapOptional<lkjip::QualitativeFigures>) == sizeof(void*));
  HeapOptional<std::string> none;
  CHECK_FALSE(none.has_value());
  CHECK_FALSE(none);
  CHECK_THROWS_AS(none.value(), std::bad_optional_access);

  HeapOptional<std::string> given = std::string("WTP");
  REQUIRE(given);
  CHECK(*given == "WTP");
  CHECK(given->size() == 3);
  given.reset();
  CHECK_FALSE(given);
  CHECK(given.emplace(3, 'A') == "AAA");
  given = std::nullopt;
  CHECK_FALSE(given);
}

TEST_CASE("a heap optional converts from std::optional, and copies copy its value") {
  const HeapOptional<std::vector<int>> from_none = std::optional<std::vector<int>>();
  CHECK_FALSE(from_none);
  HeapOptional<std::vector<int>> original = std::optional<std::vector<int>>({1, 2});
  REQUIRE(original);

  HeapOptional<std::vector<int>> copy = original;
  copy->push_back(3);
  CHECK(original->size() == 2);  // not shared
  CHECK(copy->size() == 3);
  copy = from_none;
  CHECK_FALSE(copy);
  copy = original;
  CHECK(*copy == std::vector<int>{1, 2});
  copy = copy;  // NOLINT: assigning itself keeps the value
  CHECK(*copy == std::vector<int>{1, 2});

  HeapOptional<std::vector<int>> moved = std::move(original);
  CHECK(moved->size() == 2);
}

TEST_CASE("an indicator's rare details are out of line") {
  // A key indicator with a history and a Renstra target carries no room for categories,
  // counts, a range or regional figures it does not give.
  CHECK(sizeof(lkjip::IndicatorDetails) <= 240);
  lkjip::IndicatorDetails details;
  details.qualitative = lkjip::QualitativeFigures{"Opini BPK", {}, "WTP", "WDP"};
  const lkjip::IndicatorDetails copy = details;
  details.qualitative->actual = "WTP";
  CHECK(copy.qualitative->actual == "WDP");
}
