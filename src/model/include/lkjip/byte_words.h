// Eight bytes of text as one 64-bit word, tested all at once (SWAR): the scanners of the JSON
// reader and validate's text check look at every byte of a file, and most bytes need no more
// than "none of these eight is special".
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace lkjip::words {

inline constexpr std::uint64_t kOnes = 0x0101010101010101;
inline constexpr std::uint64_t kHigh = 0x8080808080808080;

// The eight bytes at `p` (which must be readable), the first in the lowest byte on a
// little-endian machine.
inline std::uint64_t load(const char* p) {
  std::uint64_t word = 0;
  std::memcpy(&word, p, sizeof word);
  return word;
}

// The high bit of each byte that is not zero; exact for every byte.
constexpr std::uint64_t nonzero_bytes(std::uint64_t word) {
  return (((word & ~kHigh) + ~kHigh) | word) & kHigh;
}

// The high bit of each byte equal to `byte`; exact for every byte.
constexpr std::uint64_t bytes_equal(std::uint64_t word, unsigned char byte) {
  return ~nonzero_bytes(word ^ (kOnes * byte)) & kHigh;
}

// The high bit of each byte below `limit` (at most 0x80); exact for every byte.
constexpr std::uint64_t bytes_below(std::uint64_t word, unsigned char limit) {
  // A byte below 0x80 is below the limit when adding 0x80 - limit leaves its high bit clear.
  return ~((word & ~kHigh) + kOnes * (0x80 - limit)) & ~word & kHigh;
}

// How many bytes are marked (a multiply, where std::popcount is a library call on baseline x86-64).
constexpr int count_marks(std::uint64_t marks) {
  return static_cast<int>((((marks >> 7) & kOnes) * kOnes) >> 56);
}

// How many bytes come before the first marked one, the first byte being the one at the lowest
// address (load() puts it lowest on a little-endian machine, highest on a big-endian one): 8 when
// none is.
constexpr int bytes_before_mark(std::uint64_t marks) {
  if constexpr (std::endian::native == std::endian::big) return std::countl_zero(marks) / 8;
  return std::countr_zero(marks) / 8;
}

// How many bytes of `text` from `from` on `marks` leaves unmarked: the run of bytes a scanner can
// take as they are, found eight at a time. `marks(word)` marks the bytes that end the run, and
// must mark a zero byte: past the text's end the last word reads as zeros.
template <class Marks>
std::size_t unmarked_run(std::string_view text, std::size_t from, const Marks& marks) {
  std::size_t at = from;
  for (; at + 8 <= text.size(); at += 8) {
    if (const std::uint64_t marked = marks(load(text.data() + at)); marked != 0) {
      return at + static_cast<std::size_t>(bytes_before_mark(marked)) - from;
    }
  }
  if (at == text.size()) return at - from;
  std::uint64_t last = 0;  // the last few bytes, then zeros
  std::memcpy(&last, text.data() + at, text.size() - at);
  const auto before = static_cast<std::size_t>(bytes_before_mark(marks(last)));
  return std::min(at + before, text.size()) - from;
}

}  // namespace lkjip::words
