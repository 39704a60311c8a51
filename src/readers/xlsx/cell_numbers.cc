#include "cell_numbers.h"

#include <charconv>
#include <cstdlib>

namespace lkjip::xlsx {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Adds one to the decimal digits, from the last: "199" -> "200"; "99" -> "100".
void increment(std::string& digits) {
  for (auto at = digits.rbegin(); at != digits.rend(); ++at) {
    if (*at != '9') {
      ++*at;
      return;
    }
    *at = '0';
  }
  digits.insert(digits.begin(), '1');
}

}  // namespace

std::optional<std::string> typed_decimal(std::string_view stored) {
  std::size_t at = 0;
  const bool negative = at < stored.size() && stored[at] == '-';
  if (negative) ++at;
  // The value is 0.DIGITS x 10^point: digits without leading zeros, the point's place.
  std::string digits;
  long point = 0;
  bool seen_digit = false;
  bool after_dot = false;
  for (; at < stored.size(); ++at) {
    const char c = stored[at];
    if (c == '.' && !after_dot) {
      after_dot = true;
    } else if (is_digit(c)) {
      seen_digit = true;
      if (digits.empty() && c == '0') {
        if (after_dot) --point;
      } else {
        digits += c;
        if (!after_dot) ++point;
      }
    } else {
      break;
    }
  }
  if (!seen_digit) return std::nullopt;
  if (at < stored.size()) {
    if (stored[at] != 'e' && stored[at] != 'E') return std::nullopt;
    std::string_view exponent = stored.substr(at + 1);
    if (!exponent.empty() && exponent.front() == '+') exponent.remove_prefix(1);
    long shift = 0;
    const auto [end, error] =
        std::from_chars(exponent.data(), exponent.data() + exponent.size(), shift);
    if (error != std::errc() || end != exponent.data() + exponent.size() || shift > 400 ||
        shift < -400) {
      return std::nullopt;
    }
    point += shift;
  }
  if (digits.size() > static_cast<std::size_t>(kSpreadsheetDigits)) {
    const bool round_up = digits[kSpreadsheetDigits] >= '5';
    digits.resize(kSpreadsheetDigits);
    if (round_up) {
      increment(digits);
      if (digits.size() > static_cast<std::size_t>(kSpreadsheetDigits)) {
        digits.pop_back();  // "999..." became "1000...": one more digit before the point
        ++point;
      }
    }
  }
  while (!digits.empty() && digits.back() == '0')
    digits.pop_back();
  if (digits.empty()) return "0";
  std::string text = negative ? "-" : "";
  const auto length = static_cast<long>(digits.size());
  if (point <= 0) {
    text += "0." + std::string(static_cast<std::size_t>(-point), '0') + digits;
  } else if (point >= length) {
    text += digits + std::string(static_cast<std::size_t>(point - length), '0');
  } else {
    text += digits.substr(0, static_cast<std::size_t>(point)) + "." +
            digits.substr(static_cast<std::size_t>(point));
  }
  return text;
}

bool shows_percent(std::string_view format_code) {
  bool quoted = false;
  bool bracketed = false;
  for (std::size_t i = 0; i < format_code.size(); ++i) {
    const char c = format_code[i];
    if (quoted) {
      quoted = c != '"';
    } else if (bracketed) {
      bracketed = c != ']';
    } else if (c == '"') {
      quoted = true;
    } else if (c == '[') {
      bracketed = true;
    } else if (c == '\\' || c == '_' || c == '*' || c == '!') {
      ++i;  // the next character is shown as itself, or is the width of a space
    } else if (c == ';') {
      return false;  // the first section (positive numbers) ended
    } else if (c == '%') {
      return true;
    }
  }
  return false;
}

bool shows_date(std::string_view format_code) {
  const auto lower = [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  };
  for (std::size_t i = 0; i < format_code.size(); ++i) {
    const char c = lower(format_code[i]);
    if (c == '"') {
      const std::size_t close = format_code.find('"', i + 1);
      if (close == std::string_view::npos) return false;
      i = close;
    } else if (c == '[') {
      const std::size_t close = format_code.find(']', i + 1);
      if (close == std::string_view::npos) return false;
      const std::string_view inside = format_code.substr(i + 1, close - i - 1);
      if (!inside.empty() && inside.find_first_not_of("hHmMsS") == std::string_view::npos) {
        return true;  // elapsed time: [h]:mm
      }
      i = close;
    } else if (c == '\\' || c == '_' || c == '*' || c == '!') {
      ++i;
    } else if (c == ';') {
      return false;
    } else if (c == 'g' && format_code.size() - i >= 7) {
      std::string word;
      for (std::size_t k = 0; k < 7; ++k)
        word += lower(format_code[i + k]);
      if (word == "general") i += 6;
    } else if (c == 'y' || c == 'm' || c == 'd' || c == 'h' || c == 's') {
      return true;
    }
  }
  return false;
}

}  // namespace lkjip::xlsx
