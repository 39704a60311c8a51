// The input errors' table of the catalogue: every message in both languages, with the same
// arguments, in the enumerators' order.
#include "lkjip/input_messages.h"

#include <catch2/catch.hpp>
#include <regex>
#include <set>
#include <string>

namespace lkjip {
namespace {

// The argument numbers a template uses: {0}, {3}, …
std::set<int> arguments_of(const std::string& text) {
  std::set<int> numbers;
  const std::regex argument(R"(\{(\d+)\})");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), argument);
       it != std::sregex_iterator(); ++it) {
    numbers.insert(std::stoi((*it)[1].str()));
  }
  return numbers;
}

TEST_CASE("every input message is written in both languages with the same arguments",
          "[input-messages]") {
  for (std::size_t i = 0; i < kInputMessageCount; ++i) {
    const auto message = static_cast<InputMessage>(i);
    INFO("input message " << i << ": " << phrase_of(message).english);
    REQUIRE(input_message_at(i) == message);  // the table is in the enumerators' order
    const std::string indonesian = phrase_of(message).indonesian;
    const std::string english = phrase_of(message).english;
    CHECK_FALSE(indonesian.empty());
    CHECK_FALSE(english.empty());
    CHECK(arguments_of(indonesian) == arguments_of(english));
    // Each renders with as many arguments as it names (fmt throws on a missing or bad one).
    Text both;
    CHECK_NOTHROW(both = say(message, "a", "b", "c", "d", "e", "f"));
    CHECK(both.indonesian != both.english);  // each is written in Indonesian, not copied
  }
}

TEST_CASE("an input message is rendered in both languages, a Text argument in each",
          "[input-messages]") {
  const Text claim = say(InputMessage::kClaimKindName, "count");
  const Text both =
      say(InputMessage::kClaimTakesNo, claim, "figure", say(InputMessage::kWhyCountsGroup));
  CHECK(both.english == "a claim \"count\" takes no \"figure\" (it counts a group); leave it out");
  CHECK(both.indonesian ==
        "klaim \"count\" tidak memakai \"figure\" (klaim ini menghitung satu kelompok); hapus "
        "isian itu");
}

}  // namespace
}  // namespace lkjip
