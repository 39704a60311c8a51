// Random numbers as a data file writes them plainly (an optional '-', digits with no leading
// zero, and maybe a point and digits), for the tests that hold a fast path for them to the
// general one. Test support, not part of lkjip.
#pragma once

#include <random>
#include <string>

namespace lkjip::test_support {

// 1 to `most_integer_digits` digits before the point and 0 to `most_decimals` after it (a third
// of those zeros, so that values reduce by twos and fives); a quarter of them negative.
inline std::string random_plain_number(std::mt19937_64& random, unsigned most_integer_digits,
                                       unsigned most_decimals) {
  std::string text = random() % 4 == 0 ? "-" : "";
  const auto integer_digits = 1 + static_cast<unsigned>(random() % most_integer_digits);
  const auto decimals = static_cast<unsigned>(random() % (most_decimals + 1));
  for (unsigned d = 0; d < integer_digits; ++d) {
    text +=
        static_cast<char>('0' + (d == 0 && integer_digits > 1 ? 1 + random() % 9 : random() % 10));
  }
  if (decimals > 0) text += '.';
  for (unsigned d = 0; d < decimals; ++d)
    text += random() % 3 == 0 ? '0' : static_cast<char>('0' + random() % 10);
  return text;
}

}  // namespace lkjip::test_support
