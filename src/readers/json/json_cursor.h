// A pull parser over a JSON text in memory: the loader asks for the value it expects next and
// the cursor reads it, so the file streams into the model without a JSON tree in between.
// Strict RFC 8259 (UTF-8 checked, duplicate keys left to the caller). Internal to the loader.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lkjip/byte_words.h"
#include "lkjip/error.h"
#include "lkjip/language.h"
#include "lkjip/rational.h"
#include "reader_messages.h"

namespace lkjip {

// Where the text stops being JSON. The loader turns it into an InputError with the parser's
// full diagnosis; `offset` is the byte where the cursor gave up.
struct JsonSyntaxError {
  std::size_t offset;
  Text message;
};

// A number as written and, when it is plain (PlainDigits: most numbers of a file), its digits,
// gathered while it was scanned: no second pass over its text makes its value.
struct JsonNumber {
  std::string_view text;
  std::optional<PlainDigits> plain;
};

class JsonCursor {
 public:
  enum class Kind { kNull, kBoolean, kNumber, kString, kArray, kObject };

  explicit JsonCursor(std::string_view text);

  // The kind of the next value, without reading it. Throws JsonSyntaxError when none starts.
  // What the reader calls for every value is inline here, its errors out of line (cold).
  [[gnu::always_inline]] Kind peek() {
    switch (token_byte()) {
      case '{':
        return Kind::kObject;
      case '[':
        return Kind::kArray;
      case '"':
        return Kind::kString;
      case 't':
      case 'f':
        return Kind::kBoolean;
      case 'n':
        return Kind::kNull;
      case '-':
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7':
      case '8':
      case '9':
        return Kind::kNumber;
      default:
        break;
    }
    fail_no_value();
  }
  // The byte offset where the next token starts.
  std::size_t next_offset();
  // How far the text has been read: nothing before this offset is read again.
  std::size_t read_up_to() const { return pos_; }

  void read_null();
  bool read_boolean();
  // The number exactly as written (valid JSON number grammar), its digits when it is plain.
  JsonNumber read_number();
  // The decoded string; the view is valid until the next string is read.
  std::string_view read_string() {
    if (peek() != Kind::kString) fail(ReaderMessage::kCursorExpectedString);
    return scan_string();
  }
  // The same when peek() has just said kString (not looked at again).
  [[gnu::always_inline]] std::string_view read_peeked_string() { return scan_string(); }
  // The same, and whether the string is free of control characters (bytes below 0x20, and
  // 0x7F): true when it holds no escape (which may stand for one) and no DEL byte, as nearly
  // every string of a file; its scan looked at every byte of it.
  [[gnu::always_inline]] std::string_view read_peeked_string(bool* without_controls) {
    return scan_string(without_controls);
  }

  // Objects: begin_object(), then next_member(&key) until it returns false (the '}' is read).
  void begin_object() {
    expect_byte('{', "'{'");
    first_in_container_ = true;
  }
  [[gnu::always_inline]] bool next_member(std::string_view* key) {
    bool guessed = false;
    return next_member(key, {}, &guessed);  // no guess: every key is scanned
  }
  // The same for an object whose next key is likely `guess` (a key of the format: not empty, no
  // escapes), as most files give their keys in the order they were written: when the text spells
  // it next, its bytes are compared and not scanned. `*guessed`: whether the key is the guess.
  [[gnu::always_inline]] bool next_member(std::string_view* key, std::string_view guess,
                                          bool* guessed) {
    const bool first = first_in_container_;
    if (!next_in_container('}')) return false;
    if (token_byte() != '"') fail_no_key(first);
    key_offset_ = pos_;
    // The guess and its closing quote: no escape can hide in the bytes compared.
    const std::size_t end = pos_ + 1 + guess.size();
    *guessed = !guess.empty() && end < text_.size() && text_[end] == '"' &&
               words::same_bytes(text_.data() + pos_ + 1, guess.data(), guess.size());
    if (*guessed) {
      *key = std::string_view(text_.data() + pos_ + 1, guess.size());
      pos_ = end + 1;
    } else {
      *key = scan_string();
    }
    expect_byte(':', "':'");
    return true;
  }
  // Where the key last read by next_member() starts.
  std::size_t key_offset() const { return key_offset_; }
  // begin_object() or begin_array() when peek() has just said kObject or kArray: its bracket is
  // where the cursor is, not looked for again.
  void begin_peeked_container() {
    ++pos_;
    first_in_container_ = true;
  }
  // Arrays: begin_array(), then next_item() before each item until it returns false.
  void begin_array() {
    expect_byte('[', "'['");
    first_in_container_ = true;
  }
  bool next_item() {
    const bool first = first_in_container_;
    if (!next_in_container(']')) return false;
    if (!first) peek();  // "[1,]": a value must follow the comma
    return true;
  }

  // Reads past the next value, however deeply nested (no recursion).
  void skip_value();
  // The same, over a text this cursor's kind has read whole before without an error (a data
  // file loaded): only strings and brackets are followed, nothing is checked. On a text that is
  // not JSON it stops somewhere within the text, never past it.
  void skip_valid_value();
  // Only whitespace may follow the top-level value.
  void finish();

 private:
  // The errors, out of the way of the functions that check for them.
  [[noreturn, gnu::cold, gnu::noinline]] void fail(ReaderMessage message) const;
  [[noreturn, gnu::cold, gnu::noinline]] void fail(ReaderMessage message, const char* what) const;
  [[noreturn, gnu::cold, gnu::noinline]] void fail(ReaderMessage message, char byte) const;
  [[noreturn, gnu::cold, gnu::noinline]] void fail(ReaderMessage message, int count) const;
  [[noreturn, gnu::cold, gnu::noinline]] void fail_no_value() const;
  [[noreturn, gnu::cold, gnu::noinline]] void fail_no_key(bool first) const;
  // Neither a comma nor `close` where the next item or the end of a container must be.
  [[noreturn, gnu::cold, gnu::noinline]] void fail_no_comma(char close) const;

  // Skips whitespace, and says the byte the next token starts with: 0 at the end of the text (a
  // NUL byte in the text says 0 too, which no token starts with: a caller that finds no token
  // tells the two apart on its way to the error). Inline for the common case, a token right where
  // the cursor is or after one space (as after ':' and ',' in most files), with one look at the
  // end of the text and one at each byte.
  [[gnu::always_inline]] unsigned char token_byte() {
    if (pos_ >= text_.size()) return 0;
    auto byte = static_cast<unsigned char>(text_[pos_]);
    if (byte > ' ' || !is_json_space(static_cast<char>(byte))) return byte;
    if (++pos_ >= text_.size()) return 0;
    byte = static_cast<unsigned char>(text_[pos_]);
    if (byte > ' ' || !is_json_space(static_cast<char>(byte))) return byte;
    skip_whitespace_run();
    return pos_ < text_.size() ? static_cast<unsigned char>(text_[pos_]) : 0;
  }
  [[gnu::always_inline]] void skip_whitespace() { static_cast<void>(token_byte()); }
  // One comparison for the common byte, above a space.
  static bool is_json_space(char c) {
    constexpr std::uint64_t kSpaces = (std::uint64_t{1} << ' ') | (std::uint64_t{1} << '\n') |
                                      (std::uint64_t{1} << '\r') | (std::uint64_t{1} << '\t');
    const auto byte = static_cast<unsigned char>(c);
    return byte <= ' ' && ((std::uint64_t{1} << byte) & kSpaces) != 0;
  }
  void skip_whitespace_run();
  [[gnu::always_inline]] void expect_byte(char byte, const char* what) {
    if (token_byte() != static_cast<unsigned char>(byte))
      fail(ReaderMessage::kCursorExpected, what);
    ++pos_;
  }
  void scan_literal(std::string_view word);

  // The bytes that end a string's plain run: a quote, a backslash, a control byte (below 0x20,
  // zero among them, or DEL) or a byte of a multi-byte UTF-8 character (0x80 and up).
  static constexpr words::ByteSet kStringRunEnders{
      .below = 0x20, .high = true, .equal = {'"', '\\', 0x7F}};
  // Reads a string from its opening quote: inline when it is plain to its closing quote, as
  // most are; scan_string_rest() takes any other from the first byte that is not.
  // `without_controls`, when given: whether the string is free of control characters.
  [[gnu::always_inline]] std::string_view scan_string(bool* without_controls = nullptr) {
    const std::size_t start = pos_ + 1;
    pos_ = start + words::run_outside<kStringRunEnders>(text_, start);
    if (pos_ < text_.size() && text_[pos_] == '"') {
      ++pos_;
      if (without_controls != nullptr) *without_controls = true;
      return text_.substr(start, pos_ - 1 - start);
    }
    return scan_string_rest(start, without_controls);
  }
  // The rest of the string that starts at `start`, from pos_; decodes into scratch_ only when it
  // has escapes.
  std::string_view scan_string_rest(std::size_t start, bool* without_controls);
  void scan_escape();
  void scan_utf8_sequence();
  // Moves past the ',' before the next element, or past the closing bracket (returns false).
  bool next_in_container(char close) {
    const unsigned char byte = token_byte();
    if (byte == static_cast<unsigned char>(close)) {
      ++pos_;
      first_in_container_ = false;
      return false;
    }
    if (!first_in_container_) {
      if (byte != ',') fail_no_comma(close);
      ++pos_;
    } else if (byte == 0 && pos_ >= text_.size()) {
      fail(ReaderMessage::kCursorEnd);
    }
    first_in_container_ = false;
    return true;
  }

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
