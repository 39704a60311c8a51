// "Did you mean": the known word closest to a misspelt one.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace lkjip {

// The candidate closest to `word` by edit distance, when close enough to be a typo.
std::optional<std::string_view> closest(std::string_view word,
                                        const std::vector<std::string_view>& candidates);

}  // namespace lkjip
