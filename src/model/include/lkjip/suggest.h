// "Did you mean": the known word closest to a misspelt one.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace lkjip {

// The candidate closest to `word` by edit distance, when close enough to be a typo (at most a
// third of the word's length, and at least 2). The work is bounded by that closeness: a long
// word (a hostile key of megabytes) against candidates of other lengths costs next to nothing.
std::optional<std::string_view> closest(std::string_view word,
                                        const std::vector<std::string_view>& candidates);

// The edit distance (Levenshtein: insertions, deletions, substitutions of bytes) of `a` and `b`
// when it is at most `limit`, otherwise limit + 1; in O(min(|a|, |b|) * limit).
std::size_t edit_distance_within(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace lkjip
