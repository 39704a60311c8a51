// A list held out of line: one pointer when empty, for the lists that most objects of a large
// report leave empty (a budget's periods through the year). It reads as a std::vector: the
// functions that take one take it.
#pragma once

#include <cstddef>
#include <memory>
#include <utility>
#include <vector>

namespace lkjip {

template <class T>
class OutOfLineVector {
 public:
  using value_type = T;
  using const_iterator = typename std::vector<T>::const_iterator;
  using iterator = typename std::vector<T>::iterator;

  OutOfLineVector() = default;
  OutOfLineVector(std::vector<T> items)  // NOLINT(google-explicit-constructor)
      : items_(items.empty() ? nullptr : std::make_unique<std::vector<T>>(std::move(items))) {}
  OutOfLineVector(std::initializer_list<T> items) : OutOfLineVector(std::vector<T>(items)) {}

  // A copy copies the items.
  OutOfLineVector(const OutOfLineVector& other) : OutOfLineVector(other.items()) {}
  OutOfLineVector& operator=(const OutOfLineVector& other) {
    if (this != &other) *this = OutOfLineVector(other);
    return *this;
  }
  OutOfLineVector(OutOfLineVector&&) noexcept = default;
  OutOfLineVector& operator=(OutOfLineVector&&) noexcept = default;
  ~OutOfLineVector() = default;

  // The items as a vector (an empty one shared by every empty list).
  const std::vector<T>& items() const { return items_ ? *items_ : empty_items(); }
  operator const std::vector<T>&() const { return items(); }  // NOLINT(google-explicit-constructor)

  bool empty() const { return !items_ || items_->empty(); }
  std::size_t size() const { return items_ ? items_->size() : 0; }
  const_iterator begin() const { return items().begin(); }
  const_iterator end() const { return items().end(); }
  iterator begin() { return items_ ? items_->begin() : iterator(); }
  iterator end() { return items_ ? items_->end() : iterator(); }
  // Preconditions, as std::vector's: an item there.
  const T& operator[](std::size_t i) const { return (*items_)[i]; }
  T& operator[](std::size_t i) { return (*items_)[i]; }
  const T& front() const { return items_->front(); }
  const T& back() const { return items_->back(); }
  T& front() { return items_->front(); }
  T& back() { return items_->back(); }

  void push_back(T item) { made().push_back(std::move(item)); }
  template <class... Args>
  T& emplace_back(Args&&... args) {
    return made().emplace_back(std::forward<Args>(args)...);
  }
  void clear() { items_.reset(); }

 private:
  static const std::vector<T>& empty_items() {
    static const std::vector<T> none;
    return none;
  }
  std::vector<T>& made() {
    if (!items_) items_ = std::make_unique<std::vector<T>>();
    return *items_;
  }

  std::unique_ptr<std::vector<T>> items_;
};

}  // namespace lkjip
