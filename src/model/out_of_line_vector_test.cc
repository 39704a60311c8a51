#include "lkjip/out_of_line_vector.h"

#include <catch2/catch.hpp>
#include <numeric>
#include <string>
#include <vector>

#include "lkjip/model.h"

using lkjip::OutOfLineVector;

namespace {

// What a function that takes a std::vector sees of it.
std::size_t count_of(const std::vector<std::string>& items) {
  return items.size();
}

}  // namespace

TEST_CASE("an out-of-line list is one pointer, and empty without any room") {
  STATIC_REQUIRE(sizeof(OutOfLineVector<lkjip::SpendingPeriod>) == sizeof(void*));
  STATIC_REQUIRE(sizeof(lkjip::Budget) == 32);
  const OutOfLineVector<std::string> none;
  CHECK(none.empty());
  CHECK(none.size() == 0);
  CHECK(none.begin() == none.end());
  CHECK(count_of(none) == 0);

  OutOfLineVector<std::string> mutable_none;
  CHECK(mutable_none.begin() == mutable_none.end());
  for (std::string& item : mutable_none)
    item = "never";
  CHECK(mutable_none.empty());
}

TEST_CASE("an out-of-line list reads and grows as a vector") {
  OutOfLineVector<std::string> items = std::vector<std::string>{"q1", "q2"};
  REQUIRE(items.size() == 2);
  CHECK(items.front() == "q1");
  CHECK(items.back() == "q2");
  items.push_back("q3");
  CHECK(items.emplace_back("q4") == "q4");
  items[0] = "Q1";
  CHECK(count_of(items) == 4);
  CHECK(std::accumulate(items.begin(), items.end(), std::string()) == "Q1q2q3q4");

  OutOfLineVector<std::string> copy = items;  // copies the items
  copy[1] = "changed";
  CHECK(items[1] == "q2");
  copy = OutOfLineVector<std::string>();
  CHECK(copy.empty());
  copy = items;
  CHECK(copy.items() == items.items());

  OutOfLineVector<std::string> grown;
  grown.push_back("m1");  // the first item makes the room
  CHECK(grown.size() == 1);
  grown.clear();
  CHECK(grown.empty());
  const OutOfLineVector<std::string> from_empty = std::vector<std::string>();
  CHECK(from_empty.empty());
}
