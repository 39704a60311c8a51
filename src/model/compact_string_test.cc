#include "lkjip/compact_string.h"

#include <fmt/format.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

namespace lkjip {
namespace {

// A text of `size` bytes that differ from one place to the next, NUL bytes among them.
std::string text_of(std::size_t size) {
  std::string text;
  for (std::size_t i = 0; i < size; ++i)
    text.push_back(static_cast<char>(i % 7 == 3 ? '\0' : 'a' + i % 26));
  return text;
}

TEST_CASE("a compact string keeps every text inline and on the heap", "[compact_string]") {
  for (std::size_t size = 0; size <= 40; ++size) {
    const std::string text = text_of(size);
    const CompactString compact(text);
    CAPTURE(size);
    CHECK(compact.size() == size);
    CHECK(compact.view() == text);
    CHECK(compact.empty() == (size == 0));
    CHECK(compact.c_str()[size] == '\0');
    CHECK(compact == text);
    CHECK(compact.str() == text);
    // Made from a part of a longer text: nothing of what follows the part is taken, and the
    // text still ends with a NUL byte.
    const std::string longer = text + "tail after the part";
    const CompactString part(std::string_view(longer).substr(0, size));
    CHECK(part.view() == text);
    CHECK(part.c_str()[size] == '\0');
  }
  CHECK(sizeof(CompactString) == 16);
}

TEST_CASE("a compact string copies, moves and reassigns its text", "[compact_string]") {
  for (const std::size_t size : {0u, 1u, 15u, 16u, 40u}) {
    for (const std::size_t other_size : {0u, 15u, 16u, 33u}) {
      CAPTURE(size, other_size);
      const std::string text = text_of(size);
      const std::string other = text_of(other_size) + "x";
      CompactString original(text);
      CompactString copy(original);
      CHECK(copy == text);
      CompactString moved(std::move(copy));
      CHECK(moved == text);
      CHECK(copy.empty());  // NOLINT(bugprone-use-after-move): moved-from is empty by design
      CompactString assigned(other);
      assigned = original;
      CHECK(assigned == text);
      CHECK(original == text);
      assigned = other;
      CHECK(assigned == other);
      assigned = std::move(original);
      CHECK(assigned == text);
      moved.clear();
      CHECK(moved.empty());
      CHECK(moved.c_str()[0] == '\0');
    }
  }
}

TEST_CASE("a compact string takes a part of its own text", "[compact_string]") {
  CompactString heap(text_of(30));
  heap = heap.view().substr(2, 20);
  CHECK(heap == text_of(30).substr(2, 20));
  heap = heap.view().substr(1, 5);
  CHECK(heap == text_of(30).substr(3, 5));
  CompactString self("sendiri");
  const CompactString& same = self;
  self = same;
  CHECK(self == "sendiri");
  // An inline text is written over in place: every part of every inline text, and a part of a
  // heap text's into an inline one and back.
  for (std::size_t size = 0; size <= CompactString::kInlineCapacity; ++size) {
    for (std::size_t from = 0; from <= size; ++from) {
      for (std::size_t count = 0; from + count <= size; ++count) {
        CompactString inline_text(text_of(size));
        inline_text = inline_text.view().substr(from, count);
        INFO(size << " " << from << " " << count);
        CHECK(inline_text == text_of(size).substr(from, count));
        CHECK(inline_text.c_str()[count] == '\0');
      }
    }
  }
  CompactString grown("pendek");
  grown = text_of(40);  // inline to the heap
  CHECK(grown == text_of(40));
}

TEST_CASE("a text on the heap remembers that its maker found it free of control characters",
          "[compact_string]") {
  CompactString name;
  name.assign_without_controls(text_of(40));
  CHECK(name == text_of(40));
  CHECK(name.known_without_controls());
  CompactString moved(std::move(name));
  CHECK(moved.known_without_controls());  // the same text
  const CompactString copied(moved);
  CHECK(copied == moved);
  CHECK_FALSE(copied.known_without_controls());  // made again, as any text
  moved = text_of(30);
  CHECK_FALSE(moved.known_without_controls());  // another text, said by no one
  moved.assign_without_controls(text_of(20));   // over a text on the heap
  CHECK(moved == text_of(20));
  CHECK(moved.known_without_controls());
  CompactString short_text;
  short_text.assign_without_controls("IKU1");  // inline: looked at in one load anyway
  CHECK(short_text == "IKU1");
  CHECK_FALSE(short_text.known_without_controls());
  CHECK_FALSE(CompactString(text_of(40)).known_without_controls());
}

TEST_CASE("compact strings compare, join and format as their texts", "[compact_string]") {
  const CompactString short_id("P1.K2");
  const CompactString long_name("Program Penyelenggaraan Pemerintahan");
  CHECK(short_id < long_name);
  CHECK(short_id != long_name);
  CHECK(short_id == std::string_view("P1.K2"));
  CHECK(short_id + "/" + std::string(long_name) == "P1.K2/Program Penyelenggaraan Pemerintahan");
  CHECK(fmt::format("[{}] [{:>7}]", long_name, short_id) ==
        "[Program Penyelenggaraan Pemerintahan] [  P1.K2]");
  std::vector<CompactString> names{"b", "a", "c"};
  std::sort(names.begin(), names.end());
  CHECK(names.front() == "a");
}

TEST_CASE("a compact string grows by appending, from inline to the heap, itself included") {
  CompactString text("P1: pagu");
  text += " 1.000";
  CHECK(text == "P1: pagu 1.000");  // 14 bytes: inline
  text += std::string(" (lihat Tabel 3.10)");
  CHECK(text == "P1: pagu 1.000 (lihat Tabel 3.10)");  // on the heap
  text += text;                                        // a view of itself
  CHECK(text == "P1: pagu 1.000 (lihat Tabel 3.10)P1: pagu 1.000 (lihat Tabel 3.10)");
  CompactString empty;
  empty += "";
  CHECK(empty.empty());
}

}  // namespace
}  // namespace lkjip
