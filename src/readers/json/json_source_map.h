// Where the values of a JSON data file are: each Key spelled as the JSON Pointer of the
// `lkjip/1` format, and found at its line and column when a message needs it. Internal to the
// JSON reader.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "json_cursor.h"
#include "lkjip/error.h"
#include "lkjip/key.h"
#include "lkjip/source_map.h"

namespace lkjip {

// The JSON Pointer of a key's value in an `lkjip/1` file: Key{programs 2, kPagu} is
// "/programs/2/budget/pagu".
std::string json_pointer(const Key& key);
// The JSON Pointer of an object: "/programs/2/activities/0" ("" for the report itself).
std::string json_pointer(const Place& place);
// The key a JSON Pointer of the format names: its object, and the field below it that the format
// knows (kWhole when none: an unknown field is the object's).
Key key_of_pointer(std::string_view pointer);

// Where the values of a text stand, found on demand: only findings and errors need them, so
// loading records no position at all.
class SourceIndex {
 public:
  SourceIndex() = default;
  // `state`: kValidJson for a text a reader has read whole without an error, whose passes then
  // skip what they pass over without checking it again.
  explicit SourceIndex(std::string text, TextState state = TextState::kUnchecked);
  // A text kept alive by `owner` (the data file as read or mapped), let go with the index.
  // `passed` is told, as each pass over the text goes on, that the text before an offset is
  // read (a mapped file lets those pages go); told the text's size when the passes are over.
  SourceIndex(std::shared_ptr<const void> owner, std::string_view text,
              std::function<void(std::size_t)> passed = nullptr,
              TextState state = TextState::kUnchecked)
      : owner_(std::move(owner)), text_(text), passed_(std::move(passed)), state_(state) {}

  // The position of the value at each JSON Pointer, or of the nearest value enclosing it; all
  // found in two passes over the text.
  std::vector<SourcePosition> positions_of(const std::vector<std::string>& paths) const;

 private:
  std::shared_ptr<const void> owner_;
  std::string_view text_;
  std::function<void(std::size_t)> passed_;
  TextState state_ = TextState::kUnchecked;
};

class JsonSourceMap : public SourceMap {
 public:
  JsonSourceMap(std::string file, SourceIndex index)
      : file_(std::move(file)), index_(std::move(index)) {}

  std::string name(const Key& key) const override { return json_pointer(key); }
  std::vector<Location> locate(const std::vector<Key>& keys) const override;

 private:
  std::string file_;
  SourceIndex index_;
};

}  // namespace lkjip
