#include "lkjip/check_messages.h"

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

TEST_CASE("every message is written in both languages with the same arguments", "[messages]") {
  for (std::size_t i = 0; i < kMessageCount; ++i) {
    const auto message = static_cast<Message>(i);
    INFO("message " << i);
    REQUIRE(message_at(i) == message);  // the catalogue is in the enumerators' order
    const std::string indonesian = phrase_of(message).indonesian;
    const std::string english = phrase_of(message).english;
    CHECK_FALSE(indonesian.empty());
    CHECK_FALSE(english.empty());
    CHECK(arguments_of(indonesian) == arguments_of(english));
    // Each renders with as many arguments as it names (fmt throws on a missing or bad one).
    CHECK_NOTHROW(say(Language::kIndonesian, message, "a", "b", "c", "d", "e", "f", "g"));
    CHECK_NOTHROW(say(Language::kEnglish, message, "a", "b", "c", "d", "e", "f", "g"));
  }
}

TEST_CASE("a message is rendered in the language asked for", "[messages]") {
  CHECK(say(Language::kIndonesian, Message::kSpendingAbovePagu, "P1", "120", "100") ==
        "P1: realisasi anggaran 120 melebihi pagu 100");
  CHECK(say(Language::kEnglish, Message::kSpendingAbovePagu, "P1", "120", "100") ==
        "P1: spending 120 exceeds the pagu 100");
}

}  // namespace
}  // namespace lkjip
