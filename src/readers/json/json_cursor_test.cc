#include "json_cursor.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "random_numbers.h"
#include "random_texts.h"

namespace lkjip {
namespace {

// Whether the cursor reads the text as one JSON value and nothing after it.
bool cursor_accepts(std::string_view text) {
  try {
    JsonCursor cursor(text);
    cursor.skip_value();
    cursor.finish();
    return true;
  } catch (const JsonSyntaxError&) {
    return false;
  }
}

bool nlohmann_accepts(std::string_view text) {
  return nlohmann::json::accept(text);
}

const char* const kDocument = R"({"format": "lkjip/1", "unit": {"name": "Kecamatan \u00c9 \"x\"",
  "region": "Kab\u0061"}, "year": 2024, "list": [1, -0.5, 2e3, 1E-2, true, false, null, [], {}],
  "s\/lash": "a\\b\n\t\r\b\f", "emoji": "\ud83d\ude00 é 漢"})";

// `text` with one to three bytes deleted, inserted or replaced, the bytes from JSON's
// structure, numbers, escapes, literals and UTF-8 (a valid and an invalid sequence).
std::string damaged(std::string text, std::mt19937& random) {
  const std::string alphabet = "{}[]\":,.-+eE0123456789 \\/u\xc3\xa9\xff\ntfaln";
  const int edits = 1 + static_cast<int>(random() % 3);
  for (int e = 0; e < edits; ++e) {
    const std::size_t at = random() % text.size();
    switch (random() % 3) {
      case 0:
        text.erase(at, 1);
        break;
      case 1:
        text.insert(at, 1, alphabet[random() % alphabet.size()]);
        break;
      default:
        text[at] = alphabet[random() % alphabet.size()];
    }
  }
  return text;
}

TEST_CASE("the cursor accepts exactly what nlohmann's parser accepts") {
  const std::vector<std::string> cases = {
      kDocument, "{}", "[]", "0", "-0", "1.5e+3", "\"\"", " [ 1 , 2 ] ", "\xEF\xBB\xBF{}",
      // refused
      "", "{", "[1,]", "[,1]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "01", "1.", ".5", "-", "1e",
      "+1", "tru", "nul", "[1 2]", "{} {}", "\"\\x\"", "\"\\u12\"", "\"\\ud800\"", "\"\\udc00\"",
      "\"\\ud800\\u0041\"", "\"a\nb\"", "\"\xff\"", "\"\xc0\xaf\"", "\"\xed\xa0\x80\"",
      "\"\xf4\x90\x80\x80\"", "\"\xe2\x82\"", "NaN", "[1]x", "\"abc"};
  for (const std::string& text : cases) {
    INFO(text);
    CHECK(cursor_accepts(text) == nlohmann_accepts(text));
  }
}

TEST_CASE("the cursor and nlohmann agree on thousands of damaged documents") {
  std::mt19937 random(20241129);
  for (int i = 0; i < 20000; ++i) {
    const std::string text = damaged(kDocument, random);
    INFO(text);
    REQUIRE(cursor_accepts(text) == nlohmann_accepts(text));
  }
}

// What a walk over every value of `text` meets: each key, each scalar, and where and why it
// stops when the text is no JSON. With `guesses`, each object's keys are read guessing them
// in that order (as the loader guesses the next key of the format).
std::vector<std::string> walk(std::string_view text, const std::vector<std::string>& guesses) {
  std::vector<std::string> met;
  JsonCursor cursor(text);
  const auto value = [&](const auto& self) -> void {
    switch (cursor.peek()) {
      case JsonCursor::Kind::kObject: {
        cursor.begin_object();
        std::string_view key;
        std::size_t next_guess = 0;
        for (;;) {
          bool guessed = false;
          const bool more = guesses.empty()
                                ? cursor.next_member(&key)
                                : cursor.next_member(&key, guesses[next_guess], &guessed);
          if (!more) break;
          if (guessed) CHECK(key == guesses[next_guess]);
          next_guess = (next_guess + 1) % std::max<std::size_t>(guesses.size(), 1);
          met.push_back("key " + std::string(key) + " at " + std::to_string(cursor.key_offset()));
          self(self);
        }
        met.emplace_back("}");
        break;
      }
      case JsonCursor::Kind::kArray:
        cursor.begin_array();
        while (cursor.next_item())
          self(self);
        met.emplace_back("]");
        break;
      case JsonCursor::Kind::kString:
        met.emplace_back(cursor.read_string());
        break;
      case JsonCursor::Kind::kNumber:
        met.emplace_back(cursor.read_number().text);
        break;
      case JsonCursor::Kind::kBoolean:
        met.emplace_back(cursor.read_boolean() ? "true" : "false");
        break;
      case JsonCursor::Kind::kNull:
        cursor.read_null();
        met.emplace_back("null");
        break;
    }
  };
  try {
    value(value);
    cursor.finish();
  } catch (const JsonSyntaxError& error) {
    met.push_back("error at " + std::to_string(error.offset) + ": " + error.message.english);
  }
  return met;
}

TEST_CASE("a guessed key is read as the key scanned, on every damaged document") {
  // The document's keys, a prefix and an extension of some: right and wrong guesses.
  const std::vector<std::string> guesses = {"format", "unit", "name",  "region",
                                            "year",   "lis",  "lists", "emoji"};
  JsonCursor cursor(R"({"name": 1, "names": 2})");
  cursor.begin_object();
  std::string_view key;
  bool guessed = false;
  REQUIRE(cursor.next_member(&key, "name", &guessed));
  CHECK(guessed);
  CHECK(cursor.read_number().text == "1");
  REQUIRE(cursor.next_member(&key, "name", &guessed));
  CHECK_FALSE(guessed);
  CHECK(key == "names");
  CHECK(walk(kDocument, guesses) == walk(kDocument, {}));
  CHECK(walk(R"({"name": 1, "names": 2, "n\u0061me": 3, "nam": 4})", {"name"}) ==
        std::vector<std::string>{"key name at 1", "1", "key names at 12", "2", "key name at 24",
                                 "3", "key nam at 40", "4", "}"});
  for (const char* cut : {R"({"name)", R"({"name")", R"({"name" )", R"({"name":)", R"({"nam)"}) {
    CHECK(walk(cut, {"name"}) == walk(cut, {}));
  }
  std::mt19937 random(20261205);
  for (int i = 0; i < 20000; ++i) {
    const std::string text = damaged(kDocument, random);
    INFO(text);
    REQUIRE(walk(text, guesses) == walk(text, {}));
  }
}

TEST_CASE("strings decode escapes and keep raw UTF-8") {
  JsonCursor cursor(R"(["plain", "a\"b\\c\/d\u00e9\ud83d\ude00", "é"])");
  cursor.begin_array();
  REQUIRE(cursor.next_item());
  CHECK(cursor.read_string() == "plain");
  REQUIRE(cursor.next_item());
  CHECK(cursor.read_string() == "a\"b\\c/d\xc3\xa9\xf0\x9f\x98\x80");
  REQUIRE(cursor.next_item());
  CHECK(cursor.read_string() == "\xc3\xa9");
  CHECK_FALSE(cursor.next_item());
  cursor.finish();
}

// Whether the cursor says the string `json` (a JSON string with its quotes) is free of control
// characters, and what it reads.
std::pair<std::string, bool> read_with_controls_said(const std::string& json) {
  JsonCursor cursor(json);
  REQUIRE(cursor.peek() == JsonCursor::Kind::kString);
  bool without_controls = false;
  const std::string read(cursor.read_peeked_string(&without_controls));
  cursor.finish();
  return {read, without_controls};
}

TEST_CASE("a string is said free of control characters only when it holds no escape and no DEL") {
  // Every length to 40 and every place: a plain text, one with a DEL byte (which JSON allows
  // raw), one with an escape, and one with a UTF-8 character.
  for (std::size_t length = 1; length <= 40; ++length) {
    const std::string plain(length, 'a');
    CHECK(read_with_controls_said('"' + plain + '"') == std::pair{plain, true});
    for (std::size_t at = 0; at < length; ++at) {
      INFO(length << " at " << at);
      std::string del = plain;
      del[at] = '\x7F';
      CHECK(read_with_controls_said('"' + del + '"') == std::pair{del, false});
      std::string escaped = plain;
      escaped.replace(at, 1, "\\t");
      std::string tab = plain;
      tab[at] = '\t';
      CHECK(read_with_controls_said('"' + escaped + '"') == std::pair{tab, false});
      std::string accented = plain;
      accented.replace(at, 1, "\xC3\xA9");
      CHECK(read_with_controls_said('"' + accented + '"') == std::pair{accented, true});
    }
  }
  // An escape that stands for no control character is not looked into: said not free.
  CHECK(read_with_controls_said(R"("Kecamatan \"Kesamben\" Jombang")").second == false);
  CHECK(read_with_controls_said(R"("\u0041nggaran Kecamatan Kesamben")").second == false);
  CHECK(read_with_controls_said(R"("Kecamatan \u007f Kesamben Jombang")") ==
        std::pair{std::string("Kecamatan \x7F Kesamben Jombang"), false});
}

TEST_CASE("numbers are returned as written") {
  JsonCursor cursor("[8.40, -1e-3, 0]");
  cursor.begin_array();
  std::vector<std::string> numbers;
  while (cursor.next_item())
    numbers.emplace_back(cursor.read_number().text);
  CHECK(numbers == std::vector<std::string>{"8.40", "-1e-3", "0"});
}

// The digits of the number that `text` is, as read_number() gathers them, or nullopt.
std::optional<PlainDigits> gathered_digits(const std::string& text) {
  JsonCursor cursor(text);
  const JsonNumber number = cursor.read_number();
  CHECK(number.text == text);
  return number.plain;
}

TEST_CASE("a plain number's digits are gathered as it is read") {
  const auto digits_of = [](const std::string& text) {
    const std::optional<PlainDigits> plain = gathered_digits(text);
    REQUIRE(plain);
    return std::tuple(plain->digits, plain->decimals, plain->negative);
  };
  CHECK(digits_of("8.40") == std::tuple(840u, 2, false));
  CHECK(digits_of("0") == std::tuple(0u, 0, false));
  CHECK(digits_of("-0") == std::tuple(0u, 0, true));
  CHECK(digits_of("0.05") == std::tuple(5u, 2, false));
  CHECK(digits_of("-7668462034411") == std::tuple(7668462034411u, 0, true));
  CHECK(digits_of("123456789.123456789") == std::tuple(123456789123456789u, 9, false));
  CHECK(digits_of("0.00000000000000001") == std::tuple(1u, 17, false));
  // Not plain: an exponent, or more than 18 digits (whose value would not fit).
  CHECK_FALSE(gathered_digits("1e3"));
  CHECK_FALSE(gathered_digits("8.4E-1"));
  CHECK_FALSE(gathered_digits("1234567890123456789"));
  CHECK_FALSE(gathered_digits("0.123456789012345678"));
  CHECK_FALSE(gathered_digits("99999999999999999999999"));
}

TEST_CASE("a gathered number has the value of its text") {
  std::mt19937_64 random(18);
  for (int i = 0; i < 20000; ++i) {
    const std::string text = test_support::random_plain_number(random, 12, 8);
    const std::optional<PlainDigits> plain = gathered_digits(text);
    const std::optional<Rational::PlainDecimal> parsed = Rational::parse_plain_decimal(text);
    REQUIRE(plain.has_value() == parsed.has_value());
    if (!plain) continue;
    const Rational::PlainDecimal gathered = Rational::of_plain_digits(*plain);
    CHECK(gathered.value == parsed->value);
    CHECK(gathered.decimals == parsed->decimals);
  }
}

TEST_CASE("skipping refuses nesting deeper than 64 levels") {
  CHECK(cursor_accepts(std::string(64, '[') + std::string(64, ']')));
  CHECK_FALSE(cursor_accepts(std::string(65, '[') + std::string(65, ']')));
}

TEST_CASE("locate finds keys, values and items by JSON Pointer") {
  const std::string text = "{\"a\": {\"b~/c\": [10, {\"d\": true}]},\n \"e\": 5}";
  const LocatedValue root = locate(text, "");
  CHECK(root.value_offset == 0);
  const LocatedValue e = locate(text, "/e");
  CHECK(text.substr(e.key_offset, 3) == "\"e\"");
  CHECK(text.substr(e.value_offset, 1) == "5");
  const LocatedValue d = locate(text, "/a/b~0~1c/1/d");
  CHECK(text.substr(d.value_offset, 4) == "true");
  CHECK(text.substr(d.key_offset, 3) == "\"d\"");
  const LocatedValue item = locate(text, "/a/b~0~1c/0");
  CHECK(text.substr(item.value_offset, 2) == "10");
  // A pointer leading nowhere stops at the deepest value on its way.
  CHECK(locate(text, "/a/missing").value_offset == locate(text, "/a").value_offset);
  CHECK(locate(text, "/a/b~0~1c/7").value_offset == locate(text, "/a/b~0~1c").value_offset);
}

// Every JSON Pointer of a document (escaped as RFC 6901 says), containers and all.
void collect_pointers(const nlohmann::json& value, const std::string& pointer,
                      std::vector<std::string>& out) {
  out.push_back(pointer);
  if (value.is_object()) {
    for (const auto& [key, member] : value.items()) {
      std::string token;
      for (const char c : key)
        token += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
      collect_pointers(member, pointer + "/" + token, out);
    }
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i)
      collect_pointers(value[i], pointer + "/" + std::to_string(i), out);
  }
}

// locate_all against locate, pointer by pointer: every value of the text, and pointers that lead
// past it (a missing member, an item beyond the end, a member of a number), in random order
// and repeated.
void check_locate_all_agrees(const std::string& text, std::uint32_t seed) {
  std::vector<std::string> pointers;
  collect_pointers(nlohmann::json::parse(text), "", pointers);
  const std::size_t values = pointers.size();
  for (std::size_t i = 0; i < values; i += 7) {
    pointers.push_back(pointers[i] + "/missing");
    pointers.push_back(pointers[i] + "/999999");
    pointers.push_back(pointers[i] + "/0/x");
  }
  std::mt19937 random(seed);
  std::shuffle(pointers.begin(), pointers.end(), random);
  pointers.insert(pointers.end(), pointers.begin(), pointers.begin() + pointers.size() / 3);
  // The text is JSON: skipped with or without checking it again, the same offsets.
  for (const TextState state : {TextState::kUnchecked, TextState::kValidJson}) {
    const std::vector<std::size_t> offsets = locate_all(text, pointers, nullptr, state);
    REQUIRE(offsets.size() == pointers.size());
    std::size_t differing = 0;
    for (std::size_t i = 0; i < pointers.size(); ++i) {
      if (offsets[i] != locate(text, pointers[i]).value_offset) {
        UNSCOPED_INFO(pointers[i]);
        ++differing;
      }
    }
    CHECK(differing == 0);
  }
}

TEST_CASE("locate_all finds what locate finds, pointer by pointer") {
  check_locate_all_agrees(kDocument, 1);
  check_locate_all_agrees(R"({"a": {"b~/c": [10, {"d": true}], "b": [], "0": {"1": [[], [2]]}},
    "~": {"/": 1, "~0": 2}, "e": 5, "e2": 6, "e/": 7, "": {"": 8}})",
                          2);
  std::ifstream in(LKJIP_SEED_DATA);
  const std::string seed((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  REQUIRE(seed.size() > 100'000);
  check_locate_all_agrees(seed, 3);
}

TEST_CASE("skipping a valid text without checking it ends where checking it does") {
  // From where every value of the seed, and of a document of escapes, brackets in strings and
  // literals, starts.
  std::ifstream in(LKJIP_SEED_DATA);
  const std::string seed((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (const std::string& text :
       {seed, std::string(R"( {"a\"]}": ["}", "\\", "\"[", [], {}, [[1, 2.5e-3], {"b": null}]],
             "t": true, "f": false, "n": -0.0, "s": "x\u005d", "e": 1E+2} )")}) {
    std::vector<std::string> pointers;
    collect_pointers(nlohmann::json::parse(text), "", pointers);
    REQUIRE(pointers.size() > 10);
    for (const std::string& pointer : pointers) {
      const std::size_t start = locate(text, pointer).value_offset;
      const std::string_view from = std::string_view(text).substr(start);
      JsonCursor checking(from);
      checking.skip_value();
      JsonCursor trusting(from);
      trusting.skip_valid_value();
      INFO(pointer);
      REQUIRE(trusting.read_up_to() == checking.read_up_to());
    }
  }
}

TEST_CASE("locate_all: a pointer that names nothing stops where it stops naming") {
  const std::string text = R"({"a~": 1, "a": {"01": 2, "b": [3, 4]}, "x": 0})";
  const auto offsets =
      locate_all(text, {"/a~", "/a/01", "/a/b/01", "/a/b/1", "no slash", "", "/x/y"});
  CHECK(offsets == std::vector<std::size_t>{0, text.find('2'), text.find('['), text.find('4'), 0, 0,
                                            text.rfind('0')});
}

TEST_CASE("positions: texts of lines and characters of 1 to 4 bytes, counted byte by byte") {
  const std::vector<std::string> pieces = {
      "a", "{\"name\": ", "12345678", "\n", "\n  ", "\xc3\xa9", "\xe6\xbc\xa2", "\xf0\x9f\x98\x80"};
  std::mt19937 random(18);
  for (int round = 0; round < 200; ++round) {
    const std::string text = (round % 5 == 0 ? "\xEF\xBB\xBF" : "") +
                             test_support::joined(test_support::random_pieces(pieces, random, 60));
    // A few offsets, far apart, so that the words between them are counted at once.
    std::vector<std::size_t> offsets = {text.size()};
    for (int o = 0; o < 4; ++o)
      offsets.push_back(random() % (text.size() + 1));
    const std::vector<SourcePosition> positions = positions_at(text, offsets);
    // Counted byte by byte: a line per '\n', a column per byte that starts a character.
    for (std::size_t i = 0; i < offsets.size(); ++i) {
      SourcePosition expected{1, 1};
      for (std::size_t at = has_bom(text) ? 3 : 0; at < offsets[i]; ++at) {
        if (text[at] == '\n') {
          expected = {expected.line + 1, 1};
        } else if ((static_cast<unsigned char>(text[at]) & 0xC0) != 0x80) {
          ++expected.column;
        }
      }
      INFO(text << " at " << offsets[i]);
      REQUIRE(positions[i].line == expected.line);
      REQUIRE(positions[i].column == expected.column);
    }
  }
}

TEST_CASE("positions count lines, code points and no byte order mark") {
  const std::string text = "\xEF\xBB\xBF{\n  \"\xc3\xa9\": 1}";
  CHECK(position_at(text, 3).line == 1);
  CHECK(position_at(text, 3).column == 1);
  const std::size_t one = text.find('1');
  CHECK(position_at(text, one).line == 2);
  CHECK(position_at(text, one).column == 8);  // '  "é": ' is 7 code points
}

}  // namespace
}  // namespace lkjip
