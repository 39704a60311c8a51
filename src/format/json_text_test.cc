#include "json_text.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "lkjip/error.h"
#include "random_texts.h"

namespace lkjip {
namespace {

TEST_CASE("json_string escapes what JSON needs and what a terminal would act on") {
  CHECK(json_string("") == R"("")");
  CHECK(json_string("Capaian kinerja (%) 2024") == R"("Capaian kinerja (%) 2024")");
  CHECK(json_string(R"(say "ya" \ no)") == R"("say \"ya\" \\ no")");
  CHECK(json_string("a\nb\rc\td") == R"("a\nb\rc\td")");
  CHECK(json_string("\x01 and \x1f and \x7f") == R"("\u0001 and \u001f and \u007f")");
  // Non-ASCII after a long plain run: kept, but C1 controls and bidi controls escaped.
  CHECK(json_string("Kecamatan Kesamben \xc3\xa9 \xc2\x85 \xe2\x80\xae x") ==
        "\"Kecamatan Kesamben \xc3\xa9 \\u0085 \\u202e x\"");
  // Bytes that are not UTF-8 (a file name from the OS) come out as valid_utf8 spells them.
  CHECK(valid_utf8("\xff") == "\\xFF");
  CHECK(json_string("laporan-2024-final\xff.json") == R"("laporan-2024-final\\xFF.json")");
}

TEST_CASE("json_string reads back, through a JSON parser, as the text made valid UTF-8") {
  // Texts of pieces that sit on either side of the eight-byte runs: plain ASCII of every length,
  // escapes, controls, UTF-8 of two to four bytes, C1 and bidi controls, bytes that are not UTF-8.
  const std::vector<std::string> pieces = {"a",
                                           "Kinerja",
                                           "12345678",
                                           "x y z w v",
                                           "\"",
                                           "\\",
                                           "\n",
                                           "\t",
                                           "\r",
                                           std::string(1, '\0'),
                                           "\x01",
                                           "\x1f",
                                           "\x7f",
                                           "\xc3\xa9",
                                           "\xe6\xbc\xa2",
                                           "\xf0\x9f\x98\x80",
                                           "\xc2\x85",
                                           "\xc2\xa0",
                                           "\xe2\x80\xae",
                                           "\xe2\x80\x94",
                                           "\xff",
                                           "\xc3",
                                           "\xe2\x80",
                                           "/",
                                           "~"};
  std::mt19937 random(18);
  for (int i = 0; i < 5'000; ++i) {
    const std::string text = test_support::joined(test_support::random_pieces(pieces, random, 12));
    const std::string literal = json_string(text);
    INFO(literal);
    REQUIRE(nlohmann::json::accept(literal));
    CHECK(nlohmann::json::parse(literal).get<std::string>() == valid_utf8(text));
  }
}

}  // namespace
}  // namespace lkjip
