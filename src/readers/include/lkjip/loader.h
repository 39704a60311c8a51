// The loader: a data file (format "lkjip/1") into the model. Every problem is an InputError
// with file, line, column and JSON path; nothing is guessed or defaulted silently.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lkjip/error.h"
#include "lkjip/model.h"

namespace lkjip {

inline constexpr std::string_view kFormatVersion = "lkjip/1";

// Where the values of a data file stand, found on demand: only findings and errors need them,
// so loading records no position at all.
class SourceIndex {
 public:
  SourceIndex() = default;
  explicit SourceIndex(std::string text);
  // A text kept alive by `owner` (the data file as read or mapped), let go with the index.
  // `passed` is told, as each pass over the text goes on, that the text before an offset is
  // read (a mapped file lets those pages go).
  SourceIndex(std::shared_ptr<const void> owner, std::string_view text,
              std::function<void(std::size_t)> passed = nullptr)
      : owner_(std::move(owner)), text_(text), passed_(std::move(passed)) {}

  // The position of the value at each JSON Pointer, or of the nearest value enclosing it; all
  // found in two passes over the text.
  std::vector<SourcePosition> positions_of(const std::vector<std::string>& paths) const;

 private:
  std::shared_ptr<const void> owner_;
  std::string_view text_;
  std::function<void(std::size_t)> passed_;
};

// With `index`, the file's text is kept there to locate values later.
PerformanceReport load_report_file(const std::string& path, SourceIndex* index = nullptr);
// `file` names the source in error messages.
PerformanceReport load_report_text(std::string_view text, const std::string& file);

}  // namespace lkjip
