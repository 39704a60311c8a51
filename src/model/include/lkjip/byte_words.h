// Eight bytes of text as one 64-bit word, tested all at once (SWAR), or sixteen as one SSE2
// vector: the scanners of the JSON reader and validate's text check look at every byte of a
// file, and most bytes need no more than "none of these is special".
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// The `count` (1 to 7) bytes at `p` as load() would read them followed by zeros, on a
// little-endian machine: two overlapping loads of four bytes, or three single bytes, each
// shifted to its place (bytes read twice land on themselves).
[[gnu::always_inline]] inline std::uint64_t load_few(const char* p, std::size_t count) {
  const auto byte_at = [&](std::size_t i) {
    return static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
  };
  if (count >= 4) {
    std::uint32_t low = 0;
    std::uint32_t high = 0;
    std::memcpy(&low, p, sizeof low);
    std::memcpy(&high, p + count - 4, sizeof high);
    return std::uint64_t{low} | (std::uint64_t{high} << (8 * (count - 4)));
  }
  return byte_at(0) | byte_at(count / 2) | byte_at(count - 1);
}

// Whether the `count` bytes at `a` and at `b` are the same: up to sixteen compared as one or two
// words each (overlapping), with no call; more by memcmp. For the short keys of a format.
[[gnu::always_inline]] inline bool same_bytes(const char* a, const char* b, std::size_t count) {
  if (count >= 8 && count <= 16) {
    return load(a) == load(b) && load(a + count - 8) == load(b + count - 8);
  }
  if (count < 8) return count == 0 || load_few(a, count) == load_few(b, count);
  return std::memcmp(a, b, count) == 0;
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
  // The last one to seven bytes. Read as whole words, not copied byte by byte into one: a word
  // loaded from smaller stores waits for them (a stall that took a third of validate's check).
  std::uint64_t marked = 0;
  if constexpr (std::endian::native == std::endian::little) {
    if (text.size() >= 8) {
      // The eight bytes that end the text, the marks of those before `at` shifted out.
      const std::size_t last = text.size() - 8;
      marked = marks(load(text.data() + last)) >> (8 * (at - last));
    } else {
      marked = marks(load_few(text.data() + at, text.size() - at));
    }
  } else {
    std::uint64_t last = 0;  // the last few bytes, then zeros
    std::memcpy(&last, text.data() + at, text.size() - at);
    marked = marks(last);
  }
  const auto before = static_cast<std::size_t>(bytes_before_mark(marked));
  return std::min(at + before, text.size()) - from;
}

// A set of bytes a scanner stops at: every byte below `below`, every byte from 0x80 on when
// `high`, and the `equal` bytes that are not zero. `below` is at least 1 (the zero byte ends a
// text's last word) and at most 0x80.
struct ByteSet {
  unsigned char below = 1;
  bool high = false;
  std::array<unsigned char, 3> equal{};
};

// The set's bytes among eight.
template <ByteSet kSet>
constexpr std::uint64_t marks_of(std::uint64_t word) {
  static_assert(kSet.below >= 1 && kSet.below <= 0x80);
  std::uint64_t marks = bytes_below(word, kSet.below);
  if constexpr (kSet.high) marks |= word & kHigh;
  // Each by its own `if constexpr`: a loop over the array is not unrolled at -O2.
  if constexpr (kSet.equal[0] != 0) marks |= bytes_equal(word, kSet.equal[0]);
  if constexpr (kSet.equal[1] != 0) marks |= bytes_equal(word, kSet.equal[1]);
  if constexpr (kSet.equal[2] != 0) marks |= bytes_equal(word, kSet.equal[2]);
  return marks;
}

#if defined(__SSE2__)
// The set's bytes among sixteen (SSE2, which every x86-64 has), bit i for byte i.
template <ByteSet kSet>
inline unsigned marks_of_16(const char* p) {
  const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  constexpr bool kDel = kSet.equal[0] == 0x7F || kSet.equal[1] == 0x7F || kSet.equal[2] == 0x7F;
  // DEL taken with the high bytes in one comparison, not compared on its own below.
  constexpr bool kDelFolded = kSet.high && kDel && kSet.below < 0x7F;
  __m128i marks;
  if constexpr (kDelFolded) {
    // DEL with them in the same comparison: one added to each byte, DEL (0x7F) becomes the
    // lowest signed byte, 0xFF becomes 0, and the rest keep their order.
    marks = _mm_cmplt_epi8(_mm_add_epi8(bytes, _mm_set1_epi8(1)),
                           _mm_set1_epi8(static_cast<char>(kSet.below + 1)));
  } else if constexpr (kSet.high) {
    // Compared as signed bytes, 0x80 and up are negative: below `below` with the low ones.
    marks = _mm_cmplt_epi8(bytes, _mm_set1_epi8(static_cast<char>(kSet.below)));
  } else {
    // Unsigned below: the byte is its minimum with below - 1.
    marks = _mm_cmpeq_epi8(_mm_min_epu8(bytes, _mm_set1_epi8(static_cast<char>(kSet.below - 1))),
                           bytes);
  }
  const auto equal = [&](unsigned char byte) {
    marks = _mm_or_si128(marks, _mm_cmpeq_epi8(bytes, _mm_set1_epi8(static_cast<char>(byte))));
  };
  if constexpr (kSet.equal[0] != 0 && !(kDelFolded && kSet.equal[0] == 0x7F)) equal(kSet.equal[0]);
  if constexpr (kSet.equal[1] != 0 && !(kDelFolded && kSet.equal[1] == 0x7F)) equal(kSet.equal[1]);
  if constexpr (kSet.equal[2] != 0 && !(kDelFolded && kSet.equal[2] == 0x7F)) equal(kSet.equal[2]);
  return static_cast<unsigned>(_mm_movemask_epi8(marks));
}
#endif

// How many ASCII digits follow `from`: sixteen bytes looked at once where the machine has SSE2
// and sixteen are left (a number in a file is followed by more of the file), else one by one.
inline std::size_t digit_run(std::string_view text, std::size_t from) {
  std::size_t at = from;
#if defined(__SSE2__)
  for (; at + 16 <= text.size(); at += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at));
    // Compared as signed bytes: 0x80 and up are below '0' with the rest.
    const __m128i other = _mm_or_si128(_mm_cmplt_epi8(bytes, _mm_set1_epi8('0')),
                                       _mm_cmpgt_epi8(bytes, _mm_set1_epi8('9')));
    if (const auto marked = static_cast<unsigned>(_mm_movemask_epi8(other)); marked != 0) {
      return at + static_cast<std::size_t>(std::countr_zero(marked)) - from;
    }
  }
#endif
  while (at < text.size() && text[at] >= '0' && text[at] <= '9')
    ++at;
  return at - from;
}

// The run of bytes from `from` on that are not in the set: sixteen at a time where the machine
// has SSE2 and sixteen are left, else eight at a time.
template <ByteSet kSet>
std::size_t run_outside(std::string_view text, std::size_t from) {
  std::size_t at = from;
#if defined(__SSE2__)
  if (text.size() - from >= 16) {
    for (; at + 16 <= text.size(); at += 16) {
      if (const unsigned marked = marks_of_16<kSet>(text.data() + at); marked != 0) {
        return at + static_cast<std::size_t>(std::countr_zero(marked)) - from;
      }
    }
    if (at == text.size()) return at - from;
    // The last few bytes within the sixteen that end the text, the marks of those seen dropped.
    const std::size_t last = text.size() - 16;
    if (const unsigned marked = marks_of_16<kSet>(text.data() + last) >> (at - last); marked != 0) {
      return at + static_cast<std::size_t>(std::countr_zero(marked)) - from;
    }
    return text.size() - from;
  }
#endif
  return at - from +
         unmarked_run(text, at, [](std::uint64_t word) { return marks_of<kSet>(word); });
}

// As run_outside(text, 0), for a text with at least sixteen bytes readable from its start
// (a CompactString's: kept inline, it has sixteen bytes of its own; on the heap, it is longer):
// a text shorter than sixteen bytes, as most ids and units are, is looked at in one load, the
// marks of the bytes after it dropped, where run_outside took it eight bytes at a time.
template <ByteSet kSet>
std::size_t run_outside_readable16(std::string_view text) {
#if defined(__SSE2__)
  if (text.size() < 16) {
    const unsigned marked = marks_of_16<kSet>(text.data()) & ((1u << text.size()) - 1);
    return marked != 0 ? static_cast<std::size_t>(std::countr_zero(marked)) : text.size();
  }
#endif
  return run_outside<kSet>(text, 0);
}

}  // namespace lkjip::words
