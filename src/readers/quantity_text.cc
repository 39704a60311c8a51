#include "quantity_text.h"

#include <algorithm>
#include <charconv>
#include <string>

#include "reader_messages.h"

namespace lkjip {
namespace {

// More than kMaxIntegerDigits digits before the decimal mark.
bool too_large(const Rational& value) {
  static const Rational kLimit = *Rational::parse_decimal("1e" + std::to_string(kMaxIntegerDigits));
  return value >= kLimit || value <= -kLimit;
}

}  // namespace

std::string clipped(std::string_view text) {
  constexpr std::size_t kMaxEcho = 60;
  if (text.size() <= kMaxEcho) return std::string(text);
  return std::string(text.substr(0, kMaxEcho)) + "...";
}

int written_decimals(std::string_view number) {
  // One pass for the dot and the exponent: a number is a few bytes, read for every value.
  std::size_t exponent_at = std::string_view::npos;
  std::size_t dot = std::string_view::npos;
  for (std::size_t i = 0; i < number.size(); ++i) {
    if (number[i] == 'e' || number[i] == 'E') {
      exponent_at = i;
      break;
    }
    if (number[i] == '.' && dot == std::string_view::npos) dot = i;
  }
  const std::string_view mantissa = number.substr(0, exponent_at);
  long decimals = dot == std::string_view::npos ? 0 : static_cast<long>(mantissa.size() - dot - 1);
  if (exponent_at != std::string_view::npos) {
    std::string_view exponent = number.substr(exponent_at + 1);
    if (!exponent.empty() && exponent.front() == '+') exponent.remove_prefix(1);
    long shift = 0;
    const auto [end, error] =
        std::from_chars(exponent.data(), exponent.data() + exponent.size(), shift);
    if (error != std::errc() || end != exponent.data() + exponent.size() || exponent.size() > 6) {
      return kMaxDecimals + 1;
    }
    decimals -= shift;
  }
  return static_cast<int>(std::clamp<long>(decimals, 0, kMaxDecimals + 1));
}

// Whether a number written without an exponent has at most kMaxIntegerDigits digits before its
// decimal mark, which no value too large has: most numbers are told so without comparing them.
bool few_integer_digits(std::string_view number) {
  std::size_t before_mark = 0;  // characters, a sign among them
  bool after_mark = false;
  for (const char c : number) {
    if (c == 'e' || c == 'E') return false;
    if (c == '.') {
      after_mark = true;
    } else if (!after_mark) {
      ++before_mark;
    }
  }
  return before_mark <= static_cast<std::size_t>(kMaxIntegerDigits);
}

std::optional<Quantity> exact_quantity(std::string_view number) {
  const int decimals = written_decimals(number);
  if (decimals > kMaxDecimals) return std::nullopt;
  std::optional<Rational> value = Rational::parse_decimal(number);
  if (!value || (!few_integer_digits(number) && too_large(*value))) return std::nullopt;
  return Quantity{std::move(*value), decimals};
}

Text quantity_refusal(std::string_view number) {
  return say(ReaderMessage::kNumberDigits, kMaxIntegerDigits, kMaxDecimals, clipped(number));
}

}  // namespace lkjip
