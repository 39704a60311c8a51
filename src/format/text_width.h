// Display width of UTF-8 text and word wrapping by it, so that columns stay aligned with
// non-ASCII names. Internal to the formatters.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lkjip {

// Code points, not counting UTF-8 continuation bytes nor combining marks (U+0300-U+036F).
std::size_t display_width(std::string_view text);

// The longest prefix of `text` that fits `width` columns, never cutting a character.
std::string clipped_to_width(std::string_view text, std::size_t width);

// Breaks text at spaces into lines of at most `width` columns; a longer word is cut.
std::vector<std::string> wrap(std::string_view text, std::size_t width);

}  // namespace lkjip
