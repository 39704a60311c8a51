// The catalogue's mechanism: a message rendered in one language or both, its arguments in the
// same language.
#include "lkjip/catalogue.h"

#include <catch2/catch.hpp>

namespace lkjip {
namespace {

constexpr Phrase kFound{"ditemukan {0} dari {1}", "found {0} of {1}"};

TEST_CASE("a phrase is said in one language or both", "[catalogue]") {
  CHECK(say_in(Language::kIndonesian, kFound, 2, "P1") == "ditemukan 2 dari P1");
  CHECK(say_in(Language::kEnglish, kFound, 2, "P1") == "found 2 of P1");
  const Text both = say_both(kFound, 2, std::string("P1"));
  CHECK(both.in(Language::kIndonesian) == "ditemukan 2 dari P1");
  CHECK(both.in(Language::kEnglish) == "found 2 of P1");
}

TEST_CASE("words in both languages are an argument in the phrase's language", "[catalogue]") {
  const Text program{"program", "programme"};
  const Text both = say_both(kFound, 1, program);
  CHECK(both.indonesian == "ditemukan 1 dari program");
  CHECK(both.english == "found 1 of programme");
  CHECK(verbatim("P1").in(Language::kEnglish) == "P1");
}

TEST_CASE("a language is named as --lang and LKJIP_LANG name it", "[catalogue]") {
  CHECK(language_named("id") == Language::kIndonesian);
  CHECK(language_named("en") == Language::kEnglish);
  CHECK_FALSE(language_named("EN").has_value());
  CHECK_FALSE(language_named("").has_value());
  CHECK(language_name(Language::kEnglish) == "en");
}

}  // namespace
}  // namespace lkjip
