#include "json_document.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
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

// The parser's words for what it read, for the kinds of token it names.
struct ParserWord {
  std::string_view english;
  ReaderMessage words;
};
constexpr ParserWord kParserContexts[] = {
    {"value", ReaderMessage::kJsonReadingValue},
    {"object key", ReaderMessage::kJsonReadingKey},
    {"object separator", ReaderMessage::kJsonReadingSeparator},
    {"object", ReaderMessage::kJsonReadingObject},
    {"array", ReaderMessage::kJsonReadingArray},
};
constexpr ParserWord kParserTokens[] = {
    {"true literal", ReaderMessage::kJsonTokenTrue},
    {"false literal", ReaderMessage::kJsonTokenFalse},
    {"null literal", ReaderMessage::kJsonTokenNull},
    {"string literal", ReaderMessage::kJsonTokenString},
    {"number literal", ReaderMessage::kJsonTokenNumber},
    {"end of input", ReaderMessage::kJsonTokenEnd},
    {"'[', '{', or a literal", ReaderMessage::kJsonTokenValue},
    {"unknown token", ReaderMessage::kJsonTokenUnknown},
};
constexpr ParserWord kParserErrors[] = {
    {"invalid literal", ReaderMessage::kJsonInvalidLiteral},
    {"invalid number; expected digit after '-'", ReaderMessage::kJsonDigitAfterMinus},
    {"invalid number; expected digit after '.'", ReaderMessage::kJsonDigitAfterPoint},
    {"invalid number; expected digit after exponent sign", ReaderMessage::kJsonDigitAfterExponent},
    {"invalid string: missing closing quote", ReaderMessage::kJsonMissingQuote},
    {"invalid string: ill-formed UTF-8 byte", ReaderMessage::kJsonBadUtf8},
    {"invalid string: forbidden character after backslash", ReaderMessage::kJsonBadEscape},
    {"invalid string: '\\u' must be followed by 4 hex digits",
     ReaderMessage::kJsonBadUnicodeEscape},
    {"invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF",
     ReaderMessage::kJsonHighSurrogate},
    {"invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF",
     ReaderMessage::kJsonLowSurrogate},
    {"invalid BOM; must be 0xEF 0xBB 0xBF if given", ReaderMessage::kJsonBadBom},
};

// `english` in Indonesian by `words`: a word of the table, or as it is (a quote such as "','").
std::string indonesian_of(std::string_view english, std::span<const ParserWord> words) {
  for (const ParserWord& word : words) {
    if (word.english == english) return say_in(Language::kIndonesian, phrase_of(word.words));
  }
  return std::string(english);
}

// The lexer's error in Indonesian; one the table does not know stays as the parser says it.
std::string indonesian_error(std::string_view error) {
  constexpr std::string_view kControl = "invalid string: control character ";
  if (error.starts_with(kControl)) {
    const std::string_view rest = error.substr(kControl.size());
    const auto must = rest.find(" must be escaped to ");
    if (must != std::string_view::npos) {
      std::string escapes(rest.substr(must + 20));
      if (const auto either = escapes.find(" or "); either != std::string::npos) {
        escapes.replace(either, 4, " atau ");
      }
      return say_in(Language::kIndonesian, phrase_of(ReaderMessage::kJsonControlCharacter),
                    rest.substr(0, must), escapes);
    }
  }
  return indonesian_of(error, kParserErrors);
}

// nlohmann's diagnosis ("syntax error while parsing value - unexpected ','; expected string
// literal") in Indonesian: its frame, the kinds of what it read and its lexer's errors; what it
// quotes stays as it is.
std::string indonesian_diagnosis(const std::string& message) {
  constexpr std::string_view kWhile = "syntax error while parsing ";
  constexpr std::string_view kPlain = "syntax error - ";
  std::string_view context;
  std::string_view detail;
  if (message.starts_with(kWhile)) {
    const std::string_view rest = std::string_view(message).substr(kWhile.size());
    const auto dash = rest.find(" - ");
    if (dash == std::string_view::npos) return message;
    context = rest.substr(0, dash);
    detail = rest.substr(dash + 3);
  } else if (message.starts_with(kPlain)) {
    detail = std::string_view(message).substr(kPlain.size());
  } else {
    return message;
  }
  // "; expected TOKEN" last, when the token is one the parser names.
  std::string expected;
  if (const auto at = detail.rfind("; expected "); at != std::string_view::npos) {
    const std::string_view token = detail.substr(at + 11);
    const bool named = token.starts_with("'") ||
                       std::any_of(std::begin(kParserTokens), std::end(kParserTokens),
                                   [&](const ParserWord& w) { return w.english == token; });
    const auto read = detail.find("; last read: '");
    if (named && (read == std::string_view::npos || at > read)) {
      expected = say_in(Language::kIndonesian, phrase_of(ReaderMessage::kJsonExpectedToken),
                        indonesian_of(token, kParserTokens));
      detail = detail.substr(0, at);
    }
  }
  std::string said;
  constexpr std::string_view kUnexpected = "unexpected ";
  if (detail == "unexpected end of input") {
    said = say_in(Language::kIndonesian, phrase_of(ReaderMessage::kJsonUnexpectedEnd));
  } else if (detail.starts_with(kUnexpected)) {
    said = say_in(Language::kIndonesian, phrase_of(ReaderMessage::kJsonUnexpected),
                  indonesian_of(detail.substr(kUnexpected.size()), kParserTokens));
  } else if (const auto read = detail.find("; last read: '"); read != std::string_view::npos) {
    std::string_view quoted = detail.substr(read + 14);
    if (quoted.ends_with("'")) quoted.remove_suffix(1);
    said = say_in(Language::kIndonesian, phrase_of(ReaderMessage::kJsonLastRead),
                  indonesian_error(detail.substr(0, read)), quoted);
  } else {
    said = indonesian_error(detail);
  }
  said += expected;
  if (context.empty()) {
    return say_in(Language::kIndonesian, phrase_of(ReaderMessage::kJsonSyntax), said);
  }
  return say_in(Language::kIndonesian, phrase_of(ReaderMessage::kJsonSyntaxWhile),
                indonesian_of(context, kParserContexts), said);
}

// A message clipped and printable on one line: the parser quotes what it read, maybe 400 digits.
std::string one_line(std::string message) {
  constexpr std::size_t kMaxLength = 160;
  if (message.size() > kMaxLength) message = message.substr(0, kMaxLength) + "...";
  return printable(message, true);
}

// nlohmann's message without its "[json.exception...] parse error at line 1, column 2: " prefix,
// since we print our own position; in both languages.
Text parser_message(const std::string& what) {
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
  return Text{one_line(indonesian_diagnosis(message)), one_line(message)};
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
    const Text message = parser_message(exception.what());
    if (position == 0) position = 1;
    if (exception.id == kNumberOutOfRange) {
      // A valid JSON number, too large for any figure: the loader's own limit, said plainly.
      error_ = InputError(file_, locator_.peek_token(), next_pointer(),
                          say(ReaderMessage::kNumberBeyondDigits, kMaxIntegerDigits, kMaxDecimals));
    } else if (message.english.find(" - unexpected ") != std::string::npos) {
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
