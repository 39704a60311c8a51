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

namespace {

// What a number's text says of its size, found in one pass: a number is a few bytes, read for
// every value of a file.
struct WrittenShape {
  int decimals = 0;             // as written_decimals() says
  std::size_t before_mark = 0;  // characters before the decimal mark (a sign among them)
  bool has_exponent = false;
};

WrittenShape shape_of(std::string_view number) {
  WrittenShape shape;
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
  shape.before_mark = std::min(dot, mantissa.size());
  long decimals = dot == std::string_view::npos ? 0 : static_cast<long>(mantissa.size() - dot - 1);
  if (exponent_at != std::string_view::npos) {
    shape.has_exponent = true;
    std::string_view exponent = number.substr(exponent_at + 1);
    if (!exponent.empty() && exponent.front() == '+') exponent.remove_prefix(1);
    long shift = 0;
    const auto [end, error] =
        std::from_chars(exponent.data(), exponent.data() + exponent.size(), shift);
    if (error != std::errc() || end != exponent.data() + exponent.size() || exponent.size() > 6) {
      shape.decimals = kMaxDecimals + 1;
      return shape;
    }
    decimals -= shift;
  }
  shape.decimals = static_cast<int>(std::clamp<long>(decimals, 0, kMaxDecimals + 1));
  return shape;
}

}  // namespace

int written_decimals(std::string_view number) {
  return shape_of(number).decimals;
}

std::optional<Quantity> exact_quantity(const PlainDigits& number) {
  // At most 18 digits: below the bound.
  static_assert(PlainDigits::kMaxDigits <= static_cast<std::size_t>(kMaxIntegerDigits));
  if (number.decimals > kMaxDecimals) return std::nullopt;
  Rational::PlainDecimal plain = Rational::of_plain_digits(number);
  return Quantity{std::move(plain.value), plain.decimals};
}

std::optional<Quantity> exact_quantity(std::string_view number) {
  // Most numbers are plain, of at most 18 digits: read in one pass, and below the bound.
  if (const std::optional<PlainDigits> plain = plain_digits(number)) return exact_quantity(*plain);
  const WrittenShape shape = shape_of(number);
  if (shape.decimals > kMaxDecimals) return std::nullopt;
  std::optional<Rational> value = Rational::parse_decimal(number);
  if (!value) return std::nullopt;
  // At most kMaxIntegerDigits characters before the decimal mark and no exponent: below the
  // bound, told without comparing exact values, as most numbers are.
  const bool surely_within =
      !shape.has_exponent && shape.before_mark <= static_cast<std::size_t>(kMaxIntegerDigits);
  if (!surely_within && too_large(*value)) return std::nullopt;
  return Quantity{std::move(*value), shape.decimals};
}

Text quantity_refusal(std::string_view number) {
  return say(ReaderMessage::kNumberDigits, kMaxIntegerDigits, kMaxDecimals, clipped(number));
}

}  // namespace lkjip
