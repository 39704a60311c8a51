#include "simd_cursor.h"

#include <simdjson.h>

#include <optional>

namespace lkjip {
namespace {

namespace ondemand = simdjson::ondemand;

// A thread's parser is kept for the next file while the files are small (a roll-up reads
// thousands): its buffers are allocated once. A large file gets a parser of its own, let go
// with it, so that its buffers are not held while the report is evaluated.
constexpr std::size_t kKeptParserCapacity = 4 << 20;

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

std::size_t skip_digits(std::string_view text, std::size_t at) {
  while (at < text.size() && is_digit(text[at]))
    ++at;
  return at;
}

bool is_json_whitespace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The length of a string's contents up to its closing quote or its first backslash. `contents`
// is just past the opening quote of a string simdjson found whole, so one of them comes.
std::size_t plain_length(const char* contents) {
  std::size_t length = 0;
  while (contents[length] != '"' && contents[length] != '\\')
    ++length;
  return length;
}

}  // namespace

bool is_json_number(std::string_view text) {
  std::size_t at = 0;
  if (at < text.size() && text[at] == '-') ++at;
  if (at == text.size()) return false;
  if (text[at] == '0') {
    ++at;
  } else if (is_digit(text[at])) {
    at = skip_digits(text, at);
  } else {
    return false;
  }
  if (at < text.size() && text[at] == '.') {
    const std::size_t start = ++at;
    at = skip_digits(text, at);
    if (at == start) return false;
  }
  if (at < text.size() && (text[at] == 'e' || text[at] == 'E')) {
    ++at;
    if (at < text.size() && (text[at] == '+' || text[at] == '-')) ++at;
    const std::size_t start = at;
    at = skip_digits(text, at);
    if (at == start) return false;
  }
  return at == text.size();
}

// One open object or array: its iterator, and whether its first member or item is still to be
// moved to (simdjson's begin() stands on it already).
struct Frame {
  bool is_object = false;
  bool at_first = true;
  ondemand::object_iterator object;
  ondemand::object_iterator object_end;
  ondemand::array_iterator array;
  ondemand::array_iterator array_end;
};

struct SimdCursor::State {
  std::optional<ondemand::parser> own_parser;
  ondemand::parser* parser = nullptr;
  simdjson::padded_string copy;  // the text, when it was not followed by the padding
  const char* base = nullptr;    // where offsets count from (the text given, before a BOM)
  std::size_t size = 0;
  ondemand::document document;
  ondemand::value current;
  std::vector<Frame> frames;
};

namespace {

template <class T>
T checked(simdjson::simdjson_result<T>&& result) {
  T value;
  if (std::move(result).get(value) != simdjson::SUCCESS) throw SimdCursor::GiveUp{};
  return value;
}

ondemand::parser& thread_parser() {
  thread_local ondemand::parser parser;
  return parser;
}

}  // namespace

SimdCursor::SimdCursor(std::string_view text, std::size_t readable)
    : state_(std::make_unique<State>()) {
  State& s = *state_;
  s.base = text.data();
  s.size = text.size();
  // A byte order mark is not JSON to simdjson; JsonCursor passes over it, and so does this.
  std::string_view json = text;
  if (has_bom(json)) {
    json.remove_prefix(3);
    readable -= 3;
  }
  if (readable < json.size() + simdjson::SIMDJSON_PADDING) {
    s.copy = simdjson::padded_string(json);
    json = std::string_view(s.copy.data(), s.copy.size());
    readable = json.size() + simdjson::SIMDJSON_PADDING;
  }
  if (json.size() <= kKeptParserCapacity) {
    s.parser = &thread_parser();
  } else {
    s.own_parser.emplace();
    s.parser = &*s.own_parser;
  }
  if (s.parser->iterate(json.data(), json.size(), readable).get(s.document) != simdjson::SUCCESS)
    throw GiveUp{};
  s.current = checked(s.document.get_value());
}

SimdCursor::~SimdCursor() = default;

SimdCursor::Kind SimdCursor::peek() {
  switch (checked(state_->current.type())) {
    case ondemand::json_type::null:
      return Kind::kNull;
    case ondemand::json_type::boolean:
      return Kind::kBoolean;
    case ondemand::json_type::number:
      return Kind::kNumber;
    case ondemand::json_type::string:
      return Kind::kString;
    case ondemand::json_type::array:
      return Kind::kArray;
    case ondemand::json_type::object:
      return Kind::kObject;
  }
  throw GiveUp{};
}

std::size_t SimdCursor::read_up_to() {
  const char* at = nullptr;
  if (state_->document.current_location().get(at) != simdjson::SUCCESS) return state_->size;
  const auto offset = static_cast<std::size_t>(at - state_->base);
  return offset < state_->size ? offset : state_->size;
}

void SimdCursor::read_null() {
  if (!checked(state_->current.is_null())) throw GiveUp{};
}

bool SimdCursor::read_boolean() {
  return checked(state_->current.get_bool());
}

std::string_view SimdCursor::read_number() {
  std::string_view token = state_->current.raw_json_token();
  while (!token.empty() && is_json_whitespace(token.back()))
    token.remove_suffix(1);
  if (!is_json_number(token)) throw GiveUp{};
  return token;
}

std::string_view SimdCursor::read_string() {
  // A string without escapes is its bytes in the text (simdjson checked them: UTF-8, no
  // control character); one with escapes is decoded by simdjson.
  const std::string_view token = state_->current.raw_json_token();
  if (token.empty() || token.front() != '"') throw GiveUp{};
  const std::size_t plain = plain_length(token.data() + 1);
  if (token[1 + plain] == '"') return token.substr(1, plain);
  return checked(state_->current.get_string());
}

void SimdCursor::begin_object() {
  ondemand::object object = checked(state_->current.get_object());
  Frame frame;
  frame.is_object = true;
  frame.object = checked(object.begin());
  frame.object_end = checked(object.end());
  state_->frames.push_back(frame);
}

bool SimdCursor::next_member(std::string_view* key) {
  State& s = *state_;
  Frame& frame = s.frames.back();
  if (!frame.is_object) throw GiveUp{};
  if (!frame.at_first) ++frame.object;
  frame.at_first = false;
  if (frame.object == frame.object_end) {
    // The end of the object, or an error that closed every container: only a live document
    // was read to the end.
    if (!s.document.is_alive()) throw GiveUp{};
    s.frames.pop_back();
    return false;
  }
  ondemand::field field = checked(*frame.object);
  const char* raw = field.key().raw();  // just past the key's opening quote
  key_offset_ = static_cast<std::size_t>(raw - 1 - s.base);
  const std::size_t plain = plain_length(raw);
  *key = raw[plain] == '"' ? std::string_view(raw, plain) : checked(field.unescaped_key());
  s.current = std::move(field.value());
  return true;
}

void SimdCursor::begin_array() {
  ondemand::array array = checked(state_->current.get_array());
  Frame frame;
  frame.array = checked(array.begin());
  frame.array_end = checked(array.end());
  state_->frames.push_back(frame);
}

bool SimdCursor::next_item() {
  State& s = *state_;
  Frame& frame = s.frames.back();
  if (frame.is_object) throw GiveUp{};
  if (!frame.at_first) ++frame.array;
  frame.at_first = false;
  if (frame.array == frame.array_end) {
    if (!s.document.is_alive()) throw GiveUp{};
    s.frames.pop_back();
    return false;
  }
  s.current = checked(*frame.array);
  return true;
}

void SimdCursor::skip_value() {
  throw GiveUp{};
}

void SimdCursor::finish() {
  State& s = *state_;
  if (!s.frames.empty() || !s.document.is_alive()) throw GiveUp{};
  // Past the root value, the document is at its end (nothing follows but white space).
  const char* at = nullptr;
  if (s.document.current_location().get(at) != simdjson::OUT_OF_BOUNDS) throw GiveUp{};
}

}  // namespace lkjip
