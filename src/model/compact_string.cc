#include "lkjip/compact_string.h"

#include <bit>
#include <limits>
#include <stdexcept>

#include "lkjip/byte_words.h"

namespace lkjip {

namespace {

// Whether the 16 bytes are made as two words in registers and written by one store
// (CompactString::store): SSE2 on a little-endian machine, as every x86-64 is.
#if defined(__SSE2__)
constexpr bool kOneStore = std::endian::native == std::endian::little;
#else
constexpr bool kOneStore = false;
#endif

}  // namespace

void CompactString::assign(std::string_view text, bool without_controls) {
  const std::size_t n = text.size();
  if (n <= kInlineCapacity) {
    if constexpr (kOneStore) {
      // The text's bytes, zeros after them, and 15 - size in the last byte.
      const std::uint64_t tag = std::uint64_t{kInlineCapacity - n} << 56;
      if (n <= 8) {
        const char* p = text.data();
        store(n == 8 ? words::load(p) : n == 0 ? 0 : words::load_few(p, n), tag);
      } else {
        // The bytes from the eighth on, read in the eight that end the text and shifted down.
        const std::uint64_t rest = words::load(text.data() + n - 8) >> (8 * (16 - n));
        store(words::load(text.data()), rest | tag);
      }
      return;
    }
    // Moved, not copied: the text may be a part of this one (operator= writes over an inline
    // text in place).
    if (n != 0) std::memmove(bytes_, text.data(), n);
    set_inline_size(n);
    return;
  }
  if (n > std::numeric_limits<std::uint32_t>::max()) {
    throw std::length_error("a text longer than 4 GB");
  }
  // Freed with its size (release()): the allocator need not look it up.
  auto* copy = static_cast<char*>(::operator new(n + 1));
  std::memcpy(copy, text.data(), n);
  copy[n] = '\0';
  const auto size = static_cast<std::uint32_t>(n);
  static_assert(kWithoutControlsByte == 12);  // the fifth byte of the second word
  if constexpr (kOneStore) {
    std::uint64_t pointer = 0;
    std::memcpy(&pointer, &copy, sizeof copy);
    store(pointer, size | (std::uint64_t{without_controls} << 32) |
                       (std::uint64_t{static_cast<unsigned char>(kHeapTag)} << 56));
    return;
  }
  std::memset(bytes_, 0, sizeof bytes_);
  std::memcpy(bytes_, &copy, sizeof copy);
  std::memcpy(bytes_ + sizeof copy, &size, sizeof size);
  bytes_[kWithoutControlsByte] = without_controls ? 1 : 0;
  bytes_[kTagByte] = kHeapTag;
}

}  // namespace lkjip
