#include "text_width.h"

namespace lkjip {
namespace {

bool is_continuation(unsigned char byte) {
  return (byte & 0xC0) == 0x80;
}

// U+0300..U+036F are encoded as CC 80..CD AF.
bool is_combining_mark_at(std::string_view text, std::size_t i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  if (i + 1 >= text.size()) return false;
  const auto next = static_cast<unsigned char>(text[i + 1]);
  return (lead == 0xCC && next >= 0x80) || (lead == 0xCD && next <= 0xAF);
}

// Byte length of the prefix of `word` that fits `width` columns.
std::size_t prefix_fitting(std::string_view word, std::size_t width) {
  std::size_t used = 0;
  std::size_t i = 0;
  while (i < word.size()) {
    std::size_t next = i + 1;
    while (next < word.size() && is_continuation(static_cast<unsigned char>(word[next])))
      ++next;
    const std::size_t cost = is_combining_mark_at(word, i) ? 0 : 1;
    if (used + cost > width) break;
    used += cost;
    i = next;
  }
  return i;
}

}  // namespace

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (is_continuation(static_cast<unsigned char>(text[i]))) continue;
    if (is_combining_mark_at(text, i)) continue;
    ++width;
  }
  return width;
}

std::string clipped_to_width(std::string_view text, std::size_t width) {
  return std::string(text.substr(0, prefix_fitting(text, width)));
}

std::vector<std::string> wrap(std::string_view text, std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    if (!line.empty() && display_width(line) + 1 + display_width(word) <= width) {
      line += ' ';
      line += word;
      continue;
    }
    if (!line.empty()) lines.push_back(std::move(line));
    line.clear();
    // Cut a word longer than the width; each cut costs the width, not the word's length.
    while (width > 0) {
      const std::size_t cut = prefix_fitting(word, width);
      if (cut >= word.size()) break;
      lines.emplace_back(word.substr(0, cut));
      word.remove_prefix(cut);
    }
    line = std::string(word);
  }
  if (!line.empty() || lines.empty()) lines.push_back(std::move(line));
  return lines;
}

}  // namespace lkjip
