// Random texts made of chosen pieces (whole characters, escapes, runs of ASCII), for the tests
// that hold a fast path to what a text is made of. Test support, not part of lkjip.
#pragma once

#include <random>
#include <string>
#include <vector>

namespace lkjip::test_support {

// Up to `most - 1` pieces drawn from `pieces`, in the order drawn.
inline std::vector<std::string> random_pieces(const std::vector<std::string>& pieces,
                                              std::mt19937& random, unsigned most) {
  std::vector<std::string> drawn(random() % most);
  for (std::string& piece : drawn)
    piece = pieces[random() % pieces.size()];
  return drawn;
}

inline std::string joined(const std::vector<std::string>& pieces) {
  std::string text;
  for (const std::string& piece : pieces)
    text += piece;
  return text;
}

}  // namespace lkjip::test_support
