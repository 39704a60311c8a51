// A string in 16 bytes, for the names and ids the model holds by the million in a large report
// (std::string takes 32). Up to 15 bytes are kept inline; a longer text is kept on the heap at
// its exact size. It reads as a std::string_view; it is changed only by assigning a new text.
#pragma once

#include <fmt/format.h>

#include <compare>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace lkjip {

class CompactString {
 public:
  static constexpr std::size_t kInlineCapacity = 15;
  // Sixteen bytes can always be read from data(), whatever the size: a text kept inline has
  // sixteen bytes of its own, and one on the heap is longer than fifteen. A scanner reads a short
  // text in one load (words::run_outside_readable16).
  static constexpr std::size_t kReadableBytes = 16;

  CompactString() noexcept { set_inline_size(0); }
  // Implicit, as std::string's: a model's name is assigned from any text.
  CompactString(std::string_view text) { assign(text); }  // NOLINT(google-explicit-constructor)
  CompactString(const char* text) : CompactString(std::string_view(text)) {}         // NOLINT
  CompactString(const std::string& text) : CompactString(std::string_view(text)) {}  // NOLINT
  CompactString(const CompactString& other) : CompactString(other.view()) {}
  CompactString(CompactString&& other) noexcept {
    std::memcpy(bytes_, other.bytes_, sizeof bytes_);
    other.set_inline_size(0);
  }
  CompactString& operator=(const CompactString& other) {
    if (this != &other) replace(other.view());
    return *this;
  }
  CompactString& operator=(CompactString&& other) noexcept {
    if (this != &other) {
      release();
      std::memcpy(bytes_, other.bytes_, sizeof bytes_);
      other.set_inline_size(0);
    }
    return *this;
  }
  CompactString& operator=(std::string_view text) {
    assign_text(text, false);
    return *this;
  }
  // Assigns a text that its maker found free of control characters (bytes below 0x20, and 0x7F),
  // having looked at every byte of it (the JSON reader's scan): a text kept on the heap remembers
  // it, so that validate() need not look at it again. A short text does not: one look is cheap.
  // Precondition: the text is free of them.
  CompactString& assign_without_controls(std::string_view text) {
    assign_text(text, true);
    return *this;
  }
  // Whether the text is known to be free of control characters: assigned so and kept on the
  // heap (moved, not copied, since). False says nothing.
  bool known_without_controls() const noexcept {
    return on_heap() && bytes_[kWithoutControlsByte] != 0;
  }
  CompactString& operator=(const char* text) { return *this = std::string_view(text); }
  CompactString& operator=(const std::string& text) { return *this = std::string_view(text); }
  ~CompactString() { release(); }

  const char* data() const noexcept { return on_heap() ? heap_data() : bytes_; }
  // Always ends with a NUL byte, as std::string's.
  const char* c_str() const noexcept { return data(); }
  std::size_t size() const noexcept {
    return on_heap() ? heap_size() : kInlineCapacity - bytes_[kTagByte];
  }
  std::size_t length() const noexcept { return size(); }
  bool empty() const noexcept { return size() == 0; }
  std::string_view view() const noexcept { return {data(), size()}; }
  operator std::string_view() const noexcept { return view(); }  // NOLINT
  std::string str() const { return std::string(view()); }
  explicit operator std::string() const { return str(); }

  const char* begin() const noexcept { return data(); }
  const char* end() const noexcept { return data() + size(); }
  char front() const { return data()[0]; }
  char back() const { return data()[size() - 1]; }
  char operator[](std::size_t index) const { return data()[index]; }
  void clear() noexcept {
    release();
    set_inline_size(0);
  }

  friend bool operator==(const CompactString& a, const CompactString& b) noexcept {
    return a.view() == b.view();
  }
  friend bool operator==(const CompactString& a, std::string_view b) noexcept {
    return a.view() == b;
  }
  friend bool operator==(const CompactString& a, const char* b) noexcept {
    return a.view() == std::string_view(b);
  }
  friend bool operator==(const CompactString& a, const std::string& b) noexcept {
    return a.view() == std::string_view(b);
  }
  friend std::strong_ordering operator<=>(const CompactString& a, const CompactString& b) noexcept {
    return a.view() <=> b.view();
  }
  friend std::strong_ordering operator<=>(const CompactString& a, std::string_view b) noexcept {
    return a.view() <=> b;
  }
  friend std::string operator+(const CompactString& a, std::string_view b) {
    std::string joined(a.view());
    joined.append(b);
    return joined;
  }
  friend std::string operator+(std::string_view a, const CompactString& b) {
    std::string joined(a);
    joined.append(b.view());
    return joined;
  }
  // Appends `more` (which may be a part of this text): the text is made again at its new size.
  CompactString& operator+=(std::string_view more) {
    replace(*this + more);
    return *this;
  }

 private:
  // Inline: the text, NUL bytes after it, and in the last byte 15 - size (so that a text of 15
  // bytes ends with a NUL too). On the heap: a pointer, the size (4 bytes), 1 in the byte after
  // it when the text is known to be free of control characters (else 0), and kHeapTag in the last
  // byte.
  static constexpr std::size_t kTagByte = 15;
  static constexpr std::size_t kWithoutControlsByte = sizeof(char*) + sizeof(std::uint32_t);
  static constexpr char kHeapTag = static_cast<char>(0x80);

  bool on_heap() const noexcept { return bytes_[kTagByte] == kHeapTag; }
  const char* heap_data() const noexcept {
    const char* pointer;
    std::memcpy(&pointer, bytes_, sizeof pointer);
    return pointer;
  }
  std::size_t heap_size() const noexcept {
    std::uint32_t size;
    std::memcpy(&size, bytes_ + sizeof(char*), sizeof size);
    return size;
  }
  void set_inline_size(std::size_t size) noexcept {
#if defined(__SSE2__)
    if (size == 0) {  // moved from, or made empty: the whole pattern in one store
      store(0, std::uint64_t{kInlineCapacity} << 56);
      return;
    }
#endif
    std::memset(bytes_ + size, 0, kTagByte - size);
    bytes_[kTagByte] = static_cast<char>(kInlineCapacity - size);
  }
  // The 16 bytes as two words (the first eight, on a little-endian machine, in `low`), written
  // by one store where the machine has SSE2: a string is often moved (a 16-byte load) right after
  // it is made, and a load is forwarded from one store that covers it, where it would wait for
  // smaller ones to retire. Elsewhere two stores (declared there too: assign() names it in a
  // branch it leaves out).
  void store(std::uint64_t low, std::uint64_t high) noexcept {
#if defined(__SSE2__)
    _mm_storeu_si128(reinterpret_cast<__m128i*>(bytes_),
                     _mm_set_epi64x(static_cast<long long>(high), static_cast<long long>(low)));
#else
    std::memcpy(bytes_, &low, sizeof low);
    std::memcpy(bytes_ + sizeof low, &high, sizeof high);
#endif
  }
  void release() noexcept {
    if (on_heap()) ::operator delete(const_cast<char*>(heap_data()), heap_size() + 1);
  }
  // Precondition: nothing owned (constructing, or kept inline). The text is read whole and its
  // copy allocated before this string is written: on a failure it is as it was.
  // `without_controls`: kept with a text on the heap (known_without_controls).
  void assign(std::string_view text, bool without_controls = false);
  // Copied first: the text may be a part of this one, and a failed allocation leaves it as it was.
  void replace(std::string_view text) {
    *this = CompactString(text);
  }
  // A new text, for both assignments. One kept inline owns nothing: assign() writes the new one
  // over it, `text` (which may be a part of it) read whole and the copy allocated before it
  // writes, so that a failure leaves it as it was. One on the heap is made anew, as replace().
  void assign_text(std::string_view text, bool without_controls) {
    if (on_heap()) {
      CompactString made;
      made.assign(text, without_controls);
      *this = std::move(made);
    } else {
      assign(text, without_controls);
    }
  }

  alignas(8) char bytes_[16];
};

static_assert(sizeof(CompactString) == 16);

}  // namespace lkjip

template <>
struct fmt::formatter<lkjip::CompactString> : fmt::formatter<fmt::string_view> {
  template <class Context>
  auto format(const lkjip::CompactString& text, Context& context) const {
    return fmt::formatter<fmt::string_view>::format(fmt::string_view(text.data(), text.size()),
                                                    context);
  }
};
