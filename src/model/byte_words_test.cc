#include "lkjip/byte_words.h"

#include <array>
#include <bit>
#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "lkjip/compact_string.h"

namespace lkjip {
namespace {

using Bytes = std::array<unsigned char, 8>;

std::uint64_t word_of(const Bytes& bytes) {
  return words::load(reinterpret_cast<const char*>(bytes.data()));
}

// The marks a per-byte test gives, where load() puts each byte.
template <class Test>
std::uint64_t marks_of(const Bytes& bytes, Test test) {
  Bytes marked{};
  for (std::size_t i = 0; i < bytes.size(); ++i)
    marked[i] = test(bytes[i]) ? 0x80 : 0;
  return word_of(marked);
}

// Each test on the word against the same test byte by byte.
void check_word(const Bytes& bytes) {
  const std::uint64_t word = word_of(bytes);
  CHECK(words::nonzero_bytes(word) == marks_of(bytes, [](unsigned char b) { return b != 0; }));
  for (const unsigned char byte : Bytes{0x00, 0x01, 0x20, 0x22, 0x5C, 0x7F, 0x80, 0xFF}) {
    CHECK(words::bytes_equal(word, byte) ==
          marks_of(bytes, [&](unsigned char b) { return b == byte; }));
  }
  const std::uint64_t marks = words::bytes_below(word, 0x80);
  CHECK(words::count_marks(marks) == std::popcount(marks));
  for (const unsigned char limit :
       std::array<unsigned char, 6>{0x00, 0x01, 0x20, 0x21, 0x7F, 0x80}) {
    CHECK(words::bytes_below(word, limit) ==
          marks_of(bytes, [&](unsigned char b) { return b < limit; }));
  }
}

TEST_CASE("byte words: every byte value at every place, among neighbours that borrow and carry") {
  for (const unsigned char neighbour : Bytes{0x00, 0x01, 0x1F, 0x20, 0x21, 0x7F, 0x80, 0xFF}) {
    for (std::size_t at = 0; at < 8; ++at) {
      for (int value = 0; value < 256; ++value) {
        Bytes bytes;
        bytes.fill(neighbour);
        bytes[at] = static_cast<unsigned char>(value);
        check_word(bytes);
      }
    }
  }
}

TEST_CASE("byte words: random words") {
  std::mt19937_64 random(18);
  for (int i = 0; i < 20'000; ++i) {
    Bytes bytes;
    const std::uint64_t r = random();
    for (std::size_t b = 0; b < 8; ++b) {
      // Half the bytes from the few that matter, so that marks sit next to each other.
      constexpr unsigned char kSpecial[] = {0x00, 0x01, 0x09, 0x0A, 0x20, 0x21, 0x22, 0x5C};
      bytes[b] = (r >> (8 * b)) & 1 ? kSpecial[(r >> (8 * b + 1)) & 7]
                                    : static_cast<unsigned char>(r >> (8 * b));
    }
    check_word(bytes);
  }
}

TEST_CASE("byte words: bytes before the first mark") {
  CHECK(words::bytes_before_mark(words::bytes_equal(words::load("abc\"defg"), '"')) == 3);
  CHECK(words::bytes_before_mark(words::bytes_equal(words::load("\"bc\"defg"), '"')) == 0);
  CHECK(words::bytes_before_mark(words::bytes_equal(words::load("abcdefgh"), '"')) == 8);
}

TEST_CASE("byte words: an unmarked run, at every start of texts of every length up to 40") {
  // Runs that end on a quote or a control byte, or at the text's end however near it is.
  const auto marks = [](std::uint64_t word) {
    return words::bytes_equal(word, '"') | words::bytes_below(word, 0x20);
  };
  std::mt19937 random(18);
  for (std::size_t length = 0; length <= 40; ++length) {
    for (int round = 0; round < 20; ++round) {
      std::string text(length, 'a');
      for (char& c : text) {
        const auto r = random() % 16;
        c = r == 0 ? '"' : r == 1 ? '\n' : r == 2 ? '\0' : static_cast<char>('a' + r);
      }
      for (std::size_t from = 0; from <= length; ++from) {
        std::size_t expected = from;
        while (expected < length && text[expected] != '"' &&
               static_cast<unsigned char>(text[expected]) >= 0x20)
          ++expected;
        INFO(length << " from " << from);
        REQUIRE(words::unmarked_run(text, from, marks) == expected - from);
      }
    }
  }
}

// The sets the scanners use (json_cursor, validate, error, json_text), and the answer byte by
// byte that run_outside() must give, sixteen or eight at a time. The texts' letters are in none.
constexpr words::ByteSet kStringEnd{.below = 0x20, .high = true, .equal = {'"', '\\', 0}};
constexpr words::ByteSet kControl{.below = 0x20, .equal = {0x7F, 0, 0}};
constexpr words::ByteSet kNotPlain{.below = 0x20, .high = true, .equal = {'"', '\\', 0x7F}};
// And the edges of what a set may be: below as small as it may be, and as large as letters allow.
constexpr words::ByteSet kZeroOrHigh{.below = 1, .high = true};
constexpr words::ByteSet kBelowLetters{.below = 'A'};

template <words::ByteSet kSet>
bool in_set(unsigned char byte) {
  if (byte < kSet.below || (kSet.high && byte >= 0x80)) return true;
  for (const unsigned char equal : kSet.equal) {
    if (equal != 0 && byte == equal) return true;
  }
  return false;
}

// The first start where run_outside() is wrong, said; empty when it is right from every one.
template <words::ByteSet kSet>
std::string wrong_start(const std::string& text) {
  for (std::size_t from = 0; from <= text.size(); ++from) {
    std::size_t end = from;
    while (end < text.size() && !in_set<kSet>(static_cast<unsigned char>(text[end])))
      ++end;
    if (const std::size_t run = words::run_outside<kSet>(text, from); run != end - from) {
      return "text of " + std::to_string(text.size()) + " bytes from " + std::to_string(from) +
             ": " + std::to_string(run) + ", not " + std::to_string(end - from);
    }
  }
  return "";
}

// The first byte value and place where run_outside() is wrong, said; empty when none is.
template <words::ByteSet kSet>
std::string wrong_byte() {
  // Lengths about a word's and a vector's size, so that the byte falls in the vector loop, the
  // word loop and the last few bytes.
  for (const std::size_t length : {1, 7, 8, 9, 15, 16, 17, 24, 31, 32, 33, 47}) {
    for (std::size_t at = 0; at < length; ++at) {
      for (int value = 0; value < 256; ++value) {
        std::string text(length, 'a');
        text[at] = static_cast<char>(value);
        const std::size_t expected = in_set<kSet>(static_cast<unsigned char>(value)) ? at : length;
        if (words::run_outside<kSet>(text, 0) != expected) {
          return "byte " + std::to_string(value) + " at " + std::to_string(at) + " of " +
                 std::to_string(length);
        }
      }
    }
  }
  return "";
}

TEST_CASE("byte sets: every byte value at every place of texts of 1 to 47 bytes") {
  CHECK(wrong_byte<kStringEnd>() == "");
  CHECK(wrong_byte<kControl>() == "");
  CHECK(wrong_byte<kNotPlain>() == "");
  CHECK(wrong_byte<kZeroOrHigh>() == "");
  CHECK(wrong_byte<kBelowLetters>() == "");
}

TEST_CASE("byte sets: random texts up to 70 bytes, from every start") {
  std::mt19937 random(18);
  for (std::size_t length = 0; length <= 70; ++length) {
    for (int round = 0; round < 20; ++round) {
      std::string text(length, 'a');
      for (char& c : text) {
        // Mostly plain letters, so that runs are long; the rest from the bytes that matter.
        constexpr unsigned char kSpecial[] = {0x00, 0x1F, 0x20, 0x22, 0x5C,
                                              0x7E, 0x7F, 0x80, 0xC3, 0xFF};
        const auto r = random() % 64;
        c = r < std::size(kSpecial) ? static_cast<char>(kSpecial[r])
                                    : static_cast<char>('a' + r % 26);
      }
      CHECK(wrong_start<kStringEnd>(text) == "");
      CHECK(wrong_start<kControl>(text) == "");
      CHECK(wrong_start<kNotPlain>(text) == "");
      CHECK(wrong_start<kZeroOrHigh>(text) == "");
      CHECK(wrong_start<kBelowLetters>(text) == "");
    }
  }
}

// The first byte value and place where run_outside_readable16() on a CompactString is wrong,
// said; empty when none is. And on a text followed by bytes of the set, which are not its own.
template <words::ByteSet kSet>
std::string wrong_readable16() {
  for (std::size_t length = 1; length <= 40; ++length) {
    for (std::size_t at = 0; at < length; ++at) {
      for (int value = 0; value < 256; ++value) {
        std::string bytes(length, 'a');
        bytes[at] = static_cast<char>(value);
        const CompactString text(bytes);
        const std::size_t expected = in_set<kSet>(static_cast<unsigned char>(value)) ? at : length;
        if (words::run_outside_readable16<kSet>(text) != expected) {
          return "byte " + std::to_string(value) + " at " + std::to_string(at) + " of " +
                 std::to_string(length);
        }
      }
    }
    const CompactString plain(std::string(length, 'a'));
    if (words::run_outside_readable16<kSet>(plain) != length) {
      return "no byte of the set in " + std::to_string(length);
    }
    // A text at the start of a longer one, followed by a letter and then bytes of the set,
    // which are not its own.
    std::string longer(length, 'a');
    longer += 'b';
    longer.append(20, '\x01');
    if (words::run_outside_readable16<kSet>(std::string_view(longer).substr(0, length)) != length) {
      return "the bytes after a text of " + std::to_string(length);
    }
  }
  if (words::run_outside_readable16<kSet>(CompactString()) != 0) return "the empty text";
  return "";
}

TEST_CASE("byte sets: a CompactString's text looked at sixteen bytes at once, 0 to 40 bytes") {
  CHECK(wrong_readable16<kStringEnd>() == "");
  CHECK(wrong_readable16<kControl>() == "");
  CHECK(wrong_readable16<kNotPlain>() == "");
  CHECK(wrong_readable16<kZeroOrHigh>() == "");
}

TEST_CASE("same bytes: texts of every length to 20, equal and differing at every place") {
  int wrong = 0;
  for (std::size_t length = 0; length <= 20; ++length) {
    std::string a(length, 'k');
    for (std::size_t i = 0; i < length; ++i)
      a[i] = static_cast<char>('a' + i % 26);
    const std::string same = a;  // another copy: the same bytes at another address
    if (!words::same_bytes(a.data(), same.data(), length)) ++wrong;
    for (std::size_t at = 0; at < length; ++at) {
      for (const unsigned char other : Bytes{0x00, 0x01, 0x80, 0xFF, 0x61, 0x6B, 0x7A, 0x20}) {
        std::string b = a;
        b[at] = static_cast<char>(other);
        if (b[at] != a[at] && words::same_bytes(a.data(), b.data(), length)) ++wrong;
      }
    }
  }
  CHECK(wrong == 0);
}

TEST_CASE(
    "digit run: every byte value at every place of texts of 1 to 47 bytes, from every start") {
  std::string wrong;
  for (const std::size_t length : {1, 7, 8, 15, 16, 17, 31, 32, 33, 47}) {
    for (std::size_t at = 0; at < length; ++at) {
      for (int value = 0; value < 256; ++value) {
        std::string text(length, '5');
        text[at] = static_cast<char>(value);
        const bool digit = value >= '0' && value <= '9';
        for (std::size_t from = 0; from <= length; ++from) {
          const std::size_t expected = digit || at < from ? length - from : at - from;
          if (words::digit_run(text, from) != expected && wrong.empty()) {
            wrong = "byte " + std::to_string(value) + " at " + std::to_string(at) + " of " +
                    std::to_string(length) + " from " + std::to_string(from);
          }
        }
      }
    }
  }
  CHECK(wrong == "");
}

}  // namespace
}  // namespace lkjip
