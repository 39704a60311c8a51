// A pull parser over a JSON text in memory: the loader asks for the value it expects next and
// the cursor reads it, so the file streams into the model without a JSON tree in between.
// Strict RFC 8259 (UTF-8 checked, duplicate keys left to the caller). Internal to the loader.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "lkjip/error.h"
#include "lkjip/language.h"

namespace lkjip {

// Where the text stops being JSON. The loader turns it into an InputError with the parser's
// full diagnosis; `offset` is the byte where the cursor gave up.
struct JsonSyntaxError {
  std::size_t offset;
  Text message;
};

class JsonCursor {
 public:
  enum class Kind { kNull, kBoolean, kNumber, kString, kArray, kObject };

  explicit JsonCursor(std::string_view text);

  // The kind of the next value, without reading it. Throws JsonSyntaxError when none starts.
  Kind peek();
  // The byte offset where the next token starts.
  std::size_t next_offset();
  // How far the text has been read: nothing before this offset is read again.
  std::size_t read_up_to() const { return pos_; }

  void read_null();
  bool read_boolean();
  // The number's text exactly as written (valid JSON number grammar).
  std::string_view read_number();
  // The decoded string; the view is valid until the next string is read.
  std::string_view read_string();

  // Objects: begin_object(), then next_member(&key) until it returns false (the '}' is read).
  void begin_object();
  bool next_member(std::string_view* key);
  // Where the key last read by next_member() starts.
  std::size_t key_offset() const { return key_offset_; }
  // Arrays: begin_array(), then next_item() before each item until it returns false.
  void begin_array();
  bool next_item();

  // Reads past the next value, however deeply nested (no recursion).
  void skip_value();
  // The same, over a text this cursor's kind has read whole before without an error (a data
  // file loaded): only strings and brackets are followed, nothing is checked. On a text that is
  // not JSON it stops somewhere within the text, never past it.
  void skip_valid_value();
  // Only whitespace may follow the top-level value.
  void finish();

 private:
  [[noreturn]] void fail(Text message) const;
  // Inline for the common case, a value or a bracket right where the cursor is.
  void skip_whitespace() {
    if (pos_ < text_.size() && is_json_space(text_[pos_])) skip_whitespace_run();
  }
  static bool is_json_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
  void skip_whitespace_run();
  void expect_byte(char byte, const char* what);
  void scan_literal(std::string_view word);
  // Reads a string from its opening quote; decodes into scratch_ only when it has escapes.
  std::string_view scan_string();
  void scan_escape();
  void scan_utf8_sequence();
  bool next_in_container(char close);

  std::string_view text_;
  std::size_t pos_ = 0;
  std::string scratch_;
  std::size_t key_offset_ = 0;
  bool first_in_container_ = false;  // just after '{' or '['
};

// Line and column (1-based, columns in code points, a byte order mark is no column) of a byte.
SourcePosition position_at(std::string_view text, std::size_t offset);

// A UTF-8 byte that continues a character (no column of its own); a text that starts with a
// byte order mark (no column either).
bool is_continuation_byte(unsigned char byte);
bool has_bom(std::string_view text);

// The offset of the value a JSON Pointer names, and of its key when it is an object member.
// When the pointer leads nowhere, the deepest value on its way. Used only to report errors.
struct LocatedValue {
  std::size_t key_offset = std::string_view::npos;
  std::size_t value_offset = 0;
};
LocatedValue locate(std::string_view text, std::string_view pointer);

// Told, now and then, that a pass over the text is past `offset` and reads nothing before it.
using PassedText = std::function<void(std::size_t offset)>;

// Whether a text was read whole before without an error, so that what a pass over it skips
// need not be checked again.
enum class TextState { kUnchecked, kValidJson };

// The value offsets of many pointers in one pass (each, when it leads nowhere, that of the
// nearest value enclosing it), and their positions in another.
std::vector<std::size_t> locate_all(std::string_view text, const std::vector<std::string>& pointers,
                                    const PassedText& passed = nullptr,
                                    TextState state = TextState::kUnchecked);
std::vector<SourcePosition> positions_at(std::string_view text,
                                         const std::vector<std::size_t>& offsets,
                                         const PassedText& passed = nullptr);

}  // namespace lkjip
