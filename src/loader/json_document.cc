#include "json_document.h"

#include <nlohmann/json.hpp>
#include <optional>

namespace lkjip {
namespace {

bool is_continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Walks the text in step with the parser's events to find where each token starts. The parser
// has already checked the grammar, so a token always starts at the next non-separator byte.
class TokenLocator {
 public:
  explicit TokenLocator(std::string_view text) : text_(text) {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") advance(3);
  }

  // Moves to the next token, returns where it starts, and moves past it.
  SourcePosition next_token(std::string_view* token_text) {
    while (offset_ < text_.size() && is_separator(text_[offset_]))
      advance(1);
    const SourcePosition start{line_, column_};
    const std::size_t begin = offset_;
    advance(token_length());
    if (token_text != nullptr) *token_text = text_.substr(begin, offset_ - begin);
    return start;
  }

  // Line and column of a byte offset, counted from the start (for the parser's own errors).
  SourcePosition position_of(std::size_t byte_offset) const {
    SourcePosition position{1, 1};
    for (std::size_t i = 0; i < byte_offset && i < text_.size(); ++i) {
      if (text_[i] == '\n') {
        ++position.line;
        position.column = 1;
      } else if (!is_continuation_byte(text_[i])) {
        ++position.column;
      }
    }
    return position;
  }

 private:
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
      } else if (!is_continuation_byte(text_[offset_])) {
        ++column_;
      }
    }
  }

  std::string_view text_;
  std::size_t offset_ = 0;
  int line_ = 1;
  int column_ = 1;
};

// Bytes that would garble a terminal are shown as \xNN: control characters always, and every
// non-ASCII byte in text that may not be valid UTF-8 (what the parser last read).
std::string printable(std::string_view text, bool escape_non_ascii) {
  std::string out;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F || (escape_non_ascii && byte > 0x7F)) {
      static const char kHex[] = "0123456789ABCDEF";
      out += "\\x";
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    } else {
      out += c;
    }
  }
  return out;
}

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

JsonNode make_node(JsonNode::Kind kind, SourcePosition position) {
  JsonNode node;
  node.kind = kind;
  node.position = position;
  return node;
}

class TreeBuilder : public nlohmann::json_sax<nlohmann::json> {
 public:
  TreeBuilder(std::string_view text, const std::string& file) : locator_(text), file_(file) {}

  bool null() override { return add_scalar(JsonNode::Kind::kNull); }
  bool boolean(bool value) override {
    JsonNode* node = add_scalar_node(JsonNode::Kind::kBoolean);
    if (node != nullptr) node->boolean = value;
    return node != nullptr;
  }
  bool number_integer(number_integer_t) override { return add_number(); }
  bool number_unsigned(number_unsigned_t) override { return add_number(); }
  bool number_float(number_float_t, const string_t&) override { return add_number(); }
  bool string(string_t& value) override {
    JsonNode* node = add_scalar_node(JsonNode::Kind::kString);
    if (node != nullptr) node->text = std::move(value);
    return node != nullptr;
  }
  bool binary(binary_t&) override { return false; }  // not produced by the JSON parser

  bool start_object(std::size_t) override { return open(JsonNode::Kind::kObject); }
  bool end_object() override { return close(); }
  bool start_array(std::size_t) override { return open(JsonNode::Kind::kArray); }
  bool end_array() override { return close(); }

  bool key(string_t& value) override {
    const SourcePosition position = locator_.next_token(nullptr);
    JsonNode& object = *open_.back();
    for (const JsonMember& member : object.members) {
      if (member.key == value) {
        error_ = InputError(file_, position, "",
                            "duplicate key \"" + printable(value, false) + "\" (first at line " +
                                std::to_string(member.key_position.line) + ")");
        return false;
      }
    }
    pending_key_ = std::move(value);
    pending_key_position_ = position;
    return true;
  }

  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& exception) override {
    const std::size_t byte_offset = position > 0 ? position - 1 : 0;
    error_ = InputError(file_, locator_.position_of(byte_offset), "",
                        "invalid JSON: " + parser_message(exception.what()));
    return false;
  }

  JsonNode take_root() { return std::move(root_); }
  const std::optional<InputError>& error() const { return error_; }

 private:
  bool add_number() {
    std::string_view text;
    const SourcePosition position = locator_.next_token(&text);
    JsonNode* node = place(make_node(JsonNode::Kind::kNumber, position));
    node->text = std::string(text);
    return node != nullptr;
  }

  bool add_scalar(JsonNode::Kind kind) { return add_scalar_node(kind) != nullptr; }

  JsonNode* add_scalar_node(JsonNode::Kind kind) {
    const SourcePosition position = locator_.next_token(nullptr);
    return place(make_node(kind, position));
  }

  bool open(JsonNode::Kind kind) {
    const SourcePosition position = locator_.next_token(nullptr);
    if (static_cast<int>(open_.size()) >= kMaxJsonDepth) {
      error_ = InputError(file_, position, "",
                          "nesting deeper than " + std::to_string(kMaxJsonDepth) + " levels");
      return false;
    }
    JsonNode* node = place(make_node(kind, position));
    open_.push_back(node);
    return true;
  }

  bool close() {
    locator_.next_token(nullptr);
    open_.pop_back();
    return true;
  }

  // Puts a new node where it belongs: the root, the next array item or the pending member.
  JsonNode* place(JsonNode node) {
    if (open_.empty()) {
      root_ = std::move(node);
      return &root_;
    }
    JsonNode& parent = *open_.back();
    if (parent.kind == JsonNode::Kind::kArray) {
      parent.items.push_back(std::move(node));
      return &parent.items.back();
    }
    parent.members.push_back(
        JsonMember{std::move(pending_key_), pending_key_position_, std::move(node)});
    return &parent.members.back().value;
  }

  TokenLocator locator_;
  const std::string& file_;
  JsonNode root_;
  std::vector<JsonNode*> open_;  // containers being filled, innermost last
  std::string pending_key_;
  SourcePosition pending_key_position_;
  std::optional<InputError> error_;
};

}  // namespace

JsonNode parse_json_document(std::string_view content, const std::string& file) {
  TreeBuilder builder(content, file);
  const bool ok = nlohmann::json::sax_parse(content.begin(), content.end(), &builder,
                                            nlohmann::json::input_format_t::json, true);
  if (builder.error()) throw *builder.error();
  if (!ok) throw InputError(file, {1, 1}, "", "invalid JSON");
  return builder.take_root();
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
