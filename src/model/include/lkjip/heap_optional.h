// A value or none, as std::optional, held out of line: 8 bytes however large the value. For the
// parts of a model object that few objects give (a qualitative indicator's scale, a ratio's
// counts): std::optional keeps their whole room in every object, given or not.
#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
#include <utility>

namespace lkjip {

template <class T>
class HeapOptional {
 public:
  HeapOptional() = default;
  HeapOptional(std::nullopt_t) {}  // NOLINT(google-explicit-constructor)
  HeapOptional(T value)            // NOLINT(google-explicit-constructor)
      : value_(std::make_unique<T>(std::move(value))) {}
  HeapOptional(std::optional<T> value)  // NOLINT(google-explicit-constructor)
      : value_(value ? std::make_unique<T>(std::move(*value)) : nullptr) {}

  // A copy copies the value: two objects never share one they may change.
  HeapOptional(const HeapOptional& other)
      : value_(other.value_ ? std::make_unique<T>(*other.value_) : nullptr) {}
  HeapOptional& operator=(const HeapOptional& other) {
    if (this != &other) value_ = other.value_ ? std::make_unique<T>(*other.value_) : nullptr;
    return *this;
  }
  HeapOptional(HeapOptional&&) noexcept = default;
  HeapOptional& operator=(HeapOptional&&) noexcept = default;
  ~HeapOptional() = default;

  bool has_value() const noexcept { return value_ != nullptr; }
  explicit operator bool() const noexcept { return has_value(); }
  // Precondition, as std::optional's: has_value().
  const T& operator*() const noexcept { return *value_; }
  T& operator*() noexcept { return *value_; }
  const T* operator->() const noexcept { return value_.get(); }
  T* operator->() noexcept { return value_.get(); }
  const T& value() const {
    if (!has_value()) throw std::bad_optional_access();
    return *value_;
  }
  template <class... Args>
  T& emplace(Args&&... args) {
    value_ = std::make_unique<T>(std::forward<Args>(args)...);
    return *value_;
  }
  void reset() noexcept { value_.reset(); }

 private:
  std::unique_ptr<T> value_;
};

}  // namespace lkjip
