// A value or none, as std::optional, without its flag: none is one value that no value of the
// model can be (an amount of the lowest rupiah, a quantity with negative decimals). A large
// report holds hundreds of thousands of optional amounts and numbers; the flag and its padding
// cost 8 bytes each.
#pragma once

#include <optional>
#include <stdexcept>
#include <utility>

namespace lkjip {

// `None` gives `static T none()` and `static bool is_none(const T&)`.
template <class T, class None>
class SentinelOptional {
 public:
  SentinelOptional() : value_(None::none()) {}
  SentinelOptional(std::nullopt_t) : SentinelOptional() {}  // NOLINT(google-explicit-constructor)
  // Precondition: `value` is not the sentinel, which would be read as none: refused.
  SentinelOptional(T value) : value_(std::move(value)) {  // NOLINT(google-explicit-constructor)
    if (None::is_none(value_)) throw std::out_of_range("a value that stands for none");
  }
  SentinelOptional(const std::optional<T>& value)  // NOLINT(google-explicit-constructor)
      : SentinelOptional(value ? SentinelOptional(*value) : SentinelOptional()) {}
  operator std::optional<T>() const {  // NOLINT(google-explicit-constructor)
    return has_value() ? std::optional<T>(value_) : std::nullopt;
  }

  bool has_value() const noexcept { return !None::is_none(value_); }
  explicit operator bool() const noexcept { return has_value(); }
  // Precondition, as std::optional's: has_value(). A change must not make it the sentinel.
  const T& operator*() const noexcept { return value_; }
  T& operator*() noexcept { return value_; }
  const T* operator->() const noexcept { return &value_; }
  T* operator->() noexcept { return &value_; }
  const T& value() const {
    if (!has_value()) throw std::bad_optional_access();
    return value_;
  }
  void reset() { value_ = None::none(); }
  // Holds `value` from now on, as assigning it would, with no optional made on the way.
  // Precondition: `value` is not the sentinel: refused, leaving the one held.
  void emplace(T value) {
    if (None::is_none(value)) throw std::out_of_range("a value that stands for none");
    value_ = std::move(value);
  }

 private:
  T value_;
};

}  // namespace lkjip
