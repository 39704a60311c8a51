#include "lkjip/suggest.h"

#include <algorithm>

namespace lkjip {

std::size_t edit_distance_within(std::string_view a, std::string_view b, std::size_t limit) {
  const std::size_t over = limit + 1;
  // Each edit changes the length by one at most: a longer difference needs more edits.
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit) return over;
  if (a.size() > b.size()) std::swap(a, b);  // a row per character of the longer
  // Levenshtein's rows, each computed only within `limit` of the diagonal: a cell further away
  // costs more than `limit` edits. Cells outside the band hold `over`.
  std::vector<std::size_t> row(a.size() + 1, over);
  for (std::size_t j = 0; j <= std::min(a.size(), limit); ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= b.size(); ++i) {
    const std::size_t from = i > limit ? i - limit : 1;
    const std::size_t to = std::min(a.size(), i + limit);
    std::size_t diagonal = row[from - 1];
    row[from - 1] = from == 1 && i <= limit ? i : over;
    std::size_t smallest = row[from - 1];
    for (std::size_t j = from; j <= to; ++j) {
      const std::size_t above = row[j];
      row[j] =
          std::min({above + 1, row[j - 1] + 1, diagonal + (b[i - 1] == a[j - 1] ? 0 : 1), over});
      diagonal = above;
      smallest = std::min(smallest, row[j]);
    }
    if (to < a.size()) row[to + 1] = over;
    if (smallest > limit) return over;  // every way on costs more
  }
  return std::min(row[a.size()], over);
}

std::optional<std::string_view> closest(std::string_view word,
                                        const std::vector<std::string_view>& candidates) {
  std::optional<std::string_view> best;
  std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;
  for (std::string_view candidate : candidates) {
    // Only a distance below the best so far matters: bounded, the work per candidate is at most
    // its length times that bound, and nothing for a candidate of a far other length.
    const std::size_t distance = edit_distance_within(word, candidate, best_distance - 1);
    // A word that shares nothing with a short name ("fr" and "id") is not a misspelling of it.
    if (distance < best_distance && distance < candidate.size()) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace lkjip
