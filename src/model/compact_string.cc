#include "lkjip/compact_string.h"

#include <limits>
#include <stdexcept>

namespace lkjip {

void CompactString::assign(std::string_view text) {
  if (text.size() <= kInlineCapacity) {
    if (!text.empty()) std::memcpy(bytes_, text.data(), text.size());
    set_inline_size(text.size());
    return;
  }
  if (text.size() > std::numeric_limits<std::uint32_t>::max()) {
    throw std::length_error("a text longer than 4 GB");
  }
  char* copy = new char[text.size() + 1];
  std::memcpy(copy, text.data(), text.size());
  copy[text.size()] = '\0';
  const auto size = static_cast<std::uint32_t>(text.size());
  std::memset(bytes_, 0, sizeof bytes_);
  std::memcpy(bytes_, &copy, sizeof copy);
  std::memcpy(bytes_ + sizeof copy, &size, sizeof size);
  bytes_[kTagByte] = kHeapTag;
}

}  // namespace lkjip
