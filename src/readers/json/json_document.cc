#include "json_document.h"

#include <cctype>
#include <nlohmann/json.hpp>
#include <optional>
#include <unordered_map>

#include "json_cursor.h"
#include "number_text.h"
#include "reader_messages.h"

namespace lkjip {
namespace {

// Walks the text in step with the parser's events to find where each token starts. The parser
// has already checked the grammar, so a token always starts at the next non-separator byte.
class TokenLocator {
 public:
  explicit TokenLocator(std::string_view text) : text_(text) {
    if (has_bom(text_)) offset_ = 3;  // a byte order mark is no column
  }

  // Where the next token starts, without moving to it.
  SourcePosition peek_token() const {
    TokenLocator copy = *this;
    while (copy.offset_ < text_.size() && is_separator(text_[copy.offset_]))
      copy.advance(1);
    return SourcePosition{copy.line_, copy.column_};
  }

  // The first byte of the token whose last byte is at `end` (the parser reports ends).
  std::size_t token_start_ending_at(std::size_t end) const {
    if (end >= text_.size()) return end;
    if (text_[end] == '"') {
      std::size_t i = end;
      while (i > 0) {
        --i;
        if (text_[i] != '"') continue;
        std::size_t backslashes = 0;
        while (i > backslashes && text_[i - backslashes - 1] == '\\')
          ++backslashes;
        if (backslashes % 2 == 0) return i;
      }
      return 0;
    }
    std::size_t i = end;
    while (i > 0 && is_word_byte(text_[i - 1]) && is_word_byte(text_[end]))
      --i;
    return i;
  }

  // Moves to the next token, returns where it starts, and moves past it.
  SourcePosition next_token() {
    while (offset_ < text_.size() && is_separator(text_[offset_]))
      advance(1);
    const SourcePosition start{line_, column_};
    advance(token_length());
    return start;
  }

  // Line and column of a byte offset, counted from the start (for the parser's own errors).
  SourcePosition position_of(std::size_t byte_offset) const {
    return position_at(text_, byte_offset);
  }

 private:
  static bool is_word_byte(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
  }

  static bool is_separator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ':';
  }

  std::size_t token_length() const {
    if (offset_ >= text_.size()) return 0;
    const char first = text_[offset_];
    if (first == '"') return string_length();
    if (first == 't' || first == 'n') return 4;
    if (first == 'f') return 5;
    if (first == '-' || (first >= '0' && first <= '9')) {
      std::size_t end = offset_;
      while (end < text_.size() &&
             std::string_view("0123456789+-.eE").find(text_[end]) != std::string_view::npos) {
        ++end;
      }
      return end - offset_;
    }
    return 1;  // { } [ ]
  }

  std::size_t string_length() const {
    std::size_t i = offset_ + 1;
    while (i < text_.size() && text_[i] != '"')
      i += text_[i] == '\\' ? 2 : 1;
    return i + 1 - offset_;
  }

  void advance(std::size_t count) {
    for (std::size_t i = 0; i < count && offset_ < text_.size(); ++i, ++offset_) {
      if (text_[offset_] == '\n') {
        ++line_;
        column_ = 1;
      } else if (!is_continuation_byte(static_cast<unsigned char>(text_[offset_]))) {
        ++column_;
      }
    }
  }

  std::string_view text_;
  std::size_t offset_ = 0;
  int line_ = 1;
  int column_ = 1;
};

// nlohmann's message without its "[json.exception...] parse error at line 1, column 2: " prefix,
// since we print our own position.
std::string parser_message(const std::string& what) {
  std::string message = what;
  if (const auto bracket = message.find("] ");
      message.rfind("[json.exception", 0) == 0 && bracket != std::string::npos) {
    message = message.substr(bracket + 2);
  }
  if (message.rfind("parse error", 0) == 0) {
    if (const auto colon = message.find(": "); colon != std::string::npos) {
      message = message.substr(colon + 2);
    }
  }
  constexpr std::size_t kMaxLength = 160;  // the parser quotes what it read, maybe 400 digits
  if (message.size() > kMaxLength) message = message.substr(0, kMaxLength) + "...";
  return printable(message, true);
}

// nlohmann's id for a number beyond the range of a double (1e999, a 400-digit integer).
constexpr int kNumberOutOfRange = 406;

// Follows nlohmann's SAX events only to say where the text stops being strict JSON: the position
// of each token and the JSON Pointer of the value being read. It keeps no value.
class JsonDiagnoser : public nlohmann::json_sax<nlohmann::json> {
 public:
  JsonDiagnoser(std::string_view text, const std::string& file) : locator_(text), file_(file) {}

  bool null() override { return add_value(); }
  bool boolean(bool) override { return add_value(); }
  bool number_integer(number_integer_t) override { return add_value(); }
  bool number_unsigned(number_unsigned_t) override { return add_value(); }
  bool number_float(number_float_t, const string_t&) override { return add_value(); }
  bool string(string_t&) override { return add_value(); }
  bool binary(binary_t&) override { return false; }  // not produced by the JSON parser

  bool start_object(std::size_t) override { return open(false); }
  bool end_object() override { return close(); }
  bool start_array(std::size_t) override { return open(true); }
  bool end_array() override { return close(); }

  bool key(string_t& value) override {
    const SourcePosition position = locator_.next_token();
    Container& object = open_.back();
    const auto [first, inserted] = object.key_lines.emplace(value, position.line);
    if (!inserted) {
      error_ = InputError(file_, position, append_pointer(object.pointer, value),
                          say(ReaderMessage::kDuplicateKey, value, first->second));
      return false;
    }
    pending_key_ = std::move(value);
    key_pending_ = true;
    return true;
  }

  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& exception) override {
    const std::string message = parser_message(exception.what());
    if (position == 0) position = 1;
    if (exception.id == kNumberOutOfRange) {
      // A valid JSON number, too large for any figure: the loader's own limit, said plainly.
      error_ = InputError(file_, locator_.peek_token(), next_pointer(),
                          say(ReaderMessage::kNumberBeyondDigits, kMaxIntegerDigits, kMaxDecimals));
    } else if (message.find(" - unexpected ") != std::string::npos) {
      // A well-formed token in the wrong place: point at its start, not at its last byte.
      error_ = InputError(file_, locator_.position_of(locator_.token_start_ending_at(position - 1)),
                          next_pointer(), say(ReaderMessage::kInvalidJson, message));
    } else {
      // A malformed token: the parser knows the offending byte.
      const std::size_t byte_offset = position > 0 ? position - 1 : 0;
      error_ = InputError(file_, locator_.position_of(byte_offset), next_pointer(),
                          say(ReaderMessage::kInvalidJson, message));
    }
    return false;
  }

  const std::optional<InputError>& error() const { return error_; }

 private:
  struct Container {
    bool array = false;
    std::size_t items = 0;  // an array's items read so far
    std::string pointer;
    std::unordered_map<std::string, int> key_lines;  // an object's keys, for duplicates
  };

  // The JSON Pointer of the value the parser reads next.
  std::string next_pointer() const {
    if (open_.empty()) return "";
    const Container& parent = open_.back();
    if (parent.array) return append_pointer(parent.pointer, parent.items);
    return key_pending_ ? append_pointer(parent.pointer, pending_key_) : parent.pointer;
  }

  bool add_value() {
    locator_.next_token();
    counted();
    return true;
  }

  bool open(bool array) {
    const SourcePosition position = locator_.next_token();
    std::string pointer = next_pointer();
    if (static_cast<int>(open_.size()) >= kMaxJsonDepth) {
      error_ =
          InputError(file_, position, pointer, say(ReaderMessage::kNestingDeeper, kMaxJsonDepth));
      return false;
    }
    counted();
    open_.push_back(Container{array, 0, std::move(pointer), {}});
    return true;
  }

  bool close() {
    locator_.next_token();
    open_.pop_back();
    return true;
  }

  // A value was read where it belongs: the root, the next array item or the pending member.
  void counted() {
    if (open_.empty()) return;
    Container& parent = open_.back();
    if (parent.array) {
      ++parent.items;
    } else {
      key_pending_ = false;
    }
  }

  TokenLocator locator_;
  const std::string& file_;
  std::vector<Container> open_;  // containers being read, innermost last
  std::string pending_key_;
  bool key_pending_ = false;
  std::optional<InputError> error_;
};

}  // namespace

void diagnose_json(std::string_view content, const std::string& file) {
  // The parser would take a NUL byte for the end of the text and ignore what follows.
  if (const auto nul = content.find('\0'); nul != std::string_view::npos) {
    throw InputError(file, TokenLocator(content).position_of(nul), "",
                     say(ReaderMessage::kNulByte));
  }
  JsonDiagnoser diagnoser(content, file);
  const bool ok = nlohmann::json::sax_parse(content.begin(), content.end(), &diagnoser,
                                            nlohmann::json::input_format_t::json, true);
  if (diagnoser.error()) throw *diagnoser.error();
  if (!ok) throw InputError(file, {1, 1}, "", say(ReaderMessage::kInvalidJsonAlone));
}

std::string append_pointer(const std::string& parent, std::string_view key) {
  std::string out = parent + "/";
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

std::string append_pointer(const std::string& parent, std::size_t index) {
  return parent + "/" + std::to_string(index);
}

}  // namespace lkjip
