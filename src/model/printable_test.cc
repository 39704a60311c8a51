// The one escaping policy for text meant for a terminal, text made valid UTF-8, and the bounded
// edit distance of "did you mean" (issue 17).
#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "lkjip/error.h"
#include "lkjip/suggest.h"
#include "random_texts.h"

using namespace lkjip;

TEST_CASE("printable: controls, C1, bidi controls and bytes that are not UTF-8 are shown",
          "[hostile]") {
  CHECK(printable("a\x1b[31mb") == "a\\x1B[31mb");
  CHECK(printable("one\ntwo\tthree\r") == "one\\x0Atwo\\x09three\\x0D");
  CHECK(printable("del\x7f") == "del\\x7F");
  CHECK(printable("csi \u009b31m") == "csi \\u009B31m");
  CHECK(printable("next \u0085 line") == "next \\u0085 line");
  CHECK(printable("rlo \u202eevil") == "rlo \\u202Eevil");
  CHECK(printable("\u202a\u202b\u202c\u202d") == "\\u202A\\u202B\\u202C\\u202D");
  CHECK(printable("\u2066x\u2069 \u2067\u2068") == "\\u2066x\\u2069 \\u2067\\u2068");
  CHECK(printable("caf\xe9.json") == "caf\\xE9.json");
  CHECK(printable("\xff\xfe") == "\\xFF\\xFE");
  CHECK(printable("\xc0\xaf") == "\\xC0\\xAF");                    // an overlong '/'
  CHECK(printable("\xed\xa0\x80") == "\\xED\\xA0\\x80");           // a surrogate
  CHECK(printable("\xe2\x82") == "\\xE2\\x82");                    // cut short
  CHECK(printable("\xf4\x90\x80\x80") == "\\xF4\\x90\\x80\\x80");  // above U+10FFFF
  // Every other character of any script is kept as it is.
  const std::string kept = "Kecamatan Ñgawi é — ≈ 97,09 % “kutip” 日本 العربية 😀 \u200b";
  CHECK(printable(kept) == kept);
  CHECK(printable(kept, Kept::kLines) == kept);
}

TEST_CASE("printable: several lines keep their breaks and tabs, nothing else", "[hostile]") {
  CHECK(printable("a\nb\tc\x1b\r\u009b\u202e", Kept::kLines) == "a\nb\tc\\x1B\\x0D\\u009B\\u202E");
}

TEST_CASE("printable: ASCII only escapes every other byte", "[hostile]") {
  CHECK(printable("é\x1b", true) == "\\xC3\\xA9\\x1B");
  CHECK(printable("\u009b", Kept::kAscii) == "\\u009B");
}

TEST_CASE("valid_utf8: only the bytes that are not UTF-8 change", "[hostile]") {
  const std::string data = "a\x1b\u009b\u202e é 😀";
  CHECK(valid_utf8(data) == data);
  CHECK(valid_utf8("bad\xff name\xc3") == "bad\\xFF name\\xC3");
  CHECK(valid_utf8("") == "");
}

namespace {

std::size_t full_distance(const std::string& a, const std::string& b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i)
    d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j)
    d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min(
          {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
  }
  return d[a.size()][b.size()];
}

}  // namespace

TEST_CASE("edit_distance_within: the distance when within the limit, else limit + 1", "[hostile]") {
  std::mt19937 random(17);
  for (int n = 0; n < 3000; ++n) {
    const auto word = [&] {
      std::string text(random() % 12, 'a');
      for (char& c : text)
        c = static_cast<char>('a' + random() % 3);
      return text;
    };
    const std::string a = word();
    const std::string b = word();
    const std::size_t limit = random() % 8;
    const std::size_t full = full_distance(a, b);
    INFO(a << " " << b << " limit " << limit);
    CHECK(edit_distance_within(a, b, limit) == std::min(full, limit + 1));
  }
  CHECK(edit_distance_within("", "", 0) == 0);
  CHECK(edit_distance_within("abc", "", 3) == 3);
  CHECK(edit_distance_within("", "abcd", 3) == 4);
}

TEST_CASE("closest: the same suggestions, and a very long word costs next to nothing",
          "[hostile]") {
  const std::vector<std::string_view> names = {"iku/IKU1/capaian", "iku/IKU1/target",
                                               "anggaran/total/silpa", "id", "fr"};
  CHECK(closest("iku/IKU1/capain", names) == std::optional<std::string_view>("iku/IKU1/capaian"));
  CHECK(closest("anggaran/total/silp", names).value_or("") == "anggaran/total/silpa");
  CHECK_FALSE(closest("en", names));
  CHECK_FALSE(closest("something else", names));
  // Ten million characters against names of 20: refused by their lengths alone (a full
  // distance would be 10^7 x 20 steps per name).
  const std::string huge(10'000'000, 'x');
  std::vector<std::string_view> many(200'000, "iku/IKU1/capaian");
  CHECK_FALSE(closest(huge, many));
}

TEST_CASE("printable and valid_utf8 treat a text as the characters it is made of", "[hostile]") {
  // Whole characters, runs of printable ASCII long enough to be read eight bytes at a time, and
  // controls: the text's printable form is its pieces' forms put together.
  const std::vector<std::string> pieces = {"Kecamatan Kesamben",
                                           "a",
                                           "capaian (%) = 97,50",
                                           "\n",
                                           "\t",
                                           std::string(1, '\0'),
                                           "\x1b",
                                           "\x7f",
                                           "\xc3\xa9",
                                           "\xc2\x85",
                                           "\xe2\x80\xae",
                                           "\xe6\xbc\xa2",
                                           "\xf0\x9f\x98\x80",
                                           "~"};
  std::mt19937 random(18);
  for (int round = 0; round < 2'000; ++round) {
    const std::vector<std::string> parts = test_support::random_pieces(pieces, random, 10);
    const std::string text = test_support::joined(parts);
    for (const Kept kept : {Kept::kOneLine, Kept::kLines, Kept::kAscii}) {
      std::string expected;
      for (const std::string& part : parts)
        expected += printable(part, kept);
      CHECK(printable(text, kept) == expected);
    }
    CHECK(valid_utf8(text) == text);
  }
}
