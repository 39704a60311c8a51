#include "json_cursor.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstdint>
#include <numeric>
#include <optional>
#include <utility>
#include <vector>

#include "json_document.h"
#include "lkjip/byte_words.h"
#include "reader_messages.h"

namespace lkjip {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void append_utf8(std::string& out, unsigned code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

}  // namespace

bool is_continuation_byte(unsigned char byte) {
  return (byte & 0xC0) == 0x80;
}

bool has_bom(std::string_view text) {
  return text.substr(0, 3) == "\xEF\xBB\xBF";
}

JsonCursor::JsonCursor(std::string_view text) : text_(text) {
  if (has_bom(text_)) pos_ = 3;
}

void JsonCursor::fail(ReaderMessage message) const {
  throw JsonSyntaxError{pos_, say(message)};
}

void JsonCursor::fail(ReaderMessage message, const char* what) const {
  throw JsonSyntaxError{pos_, say(message, what)};
}

void JsonCursor::fail(ReaderMessage message, char byte) const {
  throw JsonSyntaxError{pos_, say(message, byte)};
}

void JsonCursor::fail(ReaderMessage message, int count) const {
  throw JsonSyntaxError{pos_, say(message, count)};
}

void JsonCursor::skip_whitespace_run() {
  while (pos_ < text_.size() && is_json_space(text_[pos_]))
    ++pos_;
}

std::size_t JsonCursor::next_offset() {
  skip_whitespace();
  return pos_;
}

void JsonCursor::scan_literal(std::string_view word) {
  if (text_.substr(pos_, word.size()) != word) fail(ReaderMessage::kCursorInvalidLiteral);
  pos_ += word.size();
}

void JsonCursor::read_null() {
  skip_whitespace();
  scan_literal("null");
}

bool JsonCursor::read_boolean() {
  if (peek() != Kind::kBoolean) fail(ReaderMessage::kCursorExpectedBoolean);
  const bool value = text_[pos_] == 't';
  scan_literal(value ? "true" : "false");
  return value;
}

JsonNumber JsonCursor::read_number() {
  skip_whitespace();
  const std::size_t start = pos_;
  PlainDigits plain;
  std::size_t digit_count = 0;
  // A run of digits, gathered into plain.digits (past 18 digits the number is not plain: what
  // wraps around is dropped).
  const auto digits = [&] {
    const std::size_t from = pos_;
    std::uint64_t value = plain.digits;
    std::size_t at = pos_;
    for (; at < text_.size(); ++at) {
      const unsigned digit = static_cast<unsigned char>(text_[at]) - unsigned{'0'};
      if (digit > 9) break;
      value = value * 10 + digit;
    }
    pos_ = at;
    if (pos_ == from) fail(ReaderMessage::kCursorExpectedDigit);
    plain.digits = value;
    digit_count += pos_ - from;
  };
  if (pos_ < text_.size() && text_[pos_] == '-') {
    plain.negative = true;
    ++pos_;
  }
  if (pos_ < text_.size() && text_[pos_] == '0') {
    ++pos_;
    ++digit_count;
  } else {
    digits();
  }
  std::size_t decimals = 0;
  if (pos_ < text_.size() && text_[pos_] == '.') {
    ++pos_;
    const std::size_t before_point = digit_count;
    digits();
    decimals = digit_count - before_point;
  }
  bool exponent = false;
  if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
    exponent = true;
    ++pos_;
    if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-')) ++pos_;
    const std::size_t run = words::digit_run(text_, pos_);
    if (run == 0) fail(ReaderMessage::kCursorExpectedDigit);
    pos_ += run;
  }
  JsonNumber number{text_.substr(start, pos_ - start), std::nullopt};
  if (!exponent && digit_count <= PlainDigits::kMaxDigits) {
    plain.decimals = static_cast<int>(decimals);
    number.plain = plain;
  }
  return number;
}

void JsonCursor::fail_no_value() const {
  fail(pos_ >= text_.size() ? ReaderMessage::kCursorEndExpectedValue
                            : ReaderMessage::kCursorExpectedValue);
}

void JsonCursor::fail_no_comma(char close) const {
  if (pos_ >= text_.size()) fail(ReaderMessage::kCursorEnd);
  fail(ReaderMessage::kCursorCommaOr, close);
}

void JsonCursor::fail_no_key(bool first) const {
  fail(first ? ReaderMessage::kCursorKeyOrClose : ReaderMessage::kCursorKey);
}

std::string_view JsonCursor::scan_string_rest(std::size_t start, bool* without_controls) {
  bool decoded = false;  // scratch_ holds the value, escapes resolved
  bool del = false;      // a DEL byte (0x7F) seen, a control character JSON allows raw
  while (pos_ < text_.size()) {
    const auto c = static_cast<unsigned char>(text_[pos_]);
    if (c == '"') {
      const std::string_view raw = text_.substr(start, pos_ - start);
      ++pos_;
      if (without_controls != nullptr) *without_controls = !decoded && !del;
      return decoded ? std::string_view(scratch_) : raw;
    }
    if (c == '\\') {
      if (!decoded) scratch_.assign(text_.substr(start, pos_ - start));
      decoded = true;
      scan_escape();
    } else if (c < 0x20) {
      fail(ReaderMessage::kCursorControlCharacter);
    } else if (c >= 0x80) {
      const std::size_t from = pos_;
      scan_utf8_sequence();
      if (decoded) scratch_.append(text_.substr(from, pos_ - from));
    } else {
      del = del || c == 0x7F;
      if (decoded) scratch_ += static_cast<char>(c);
      ++pos_;
    }
    // Plain bytes by runs, sixteen or eight at a time; the loop above takes the one that ends it.
    const std::size_t plain = words::run_outside<kStringRunEnders>(text_, pos_);
    if (decoded) scratch_.append(text_.substr(pos_, plain));
    pos_ += plain;
  }
  fail(ReaderMessage::kCursorUnterminatedString);
}

void JsonCursor::scan_escape() {
  ++pos_;  // the backslash
  if (pos_ >= text_.size()) fail(ReaderMessage::kCursorUnterminatedEscape);
  const char c = text_[pos_++];
  switch (c) {
    case '"':
    case '\\':
    case '/':
      scratch_ += c;
      return;
    case 'b':
      scratch_ += '\b';
      return;
    case 'f':
      scratch_ += '\f';
      return;
    case 'n':
      scratch_ += '\n';
      return;
    case 'r':
      scratch_ += '\r';
      return;
    case 't':
      scratch_ += '\t';
      return;
    case 'u':
      break;
    default:
      fail(ReaderMessage::kCursorInvalidEscape);
  }
  const auto hex4 = [&] {
    if (pos_ + 4 > text_.size()) fail(ReaderMessage::kCursorInvalidUnicodeEscape);
    unsigned value = 0;
    for (int i = 0; i < 4; ++i) {
      const int digit = hex_value(text_[pos_++]);
      if (digit < 0) fail(ReaderMessage::kCursorInvalidUnicodeEscape);
      value = value * 16 + static_cast<unsigned>(digit);
    }
    return value;
  };
  unsigned code = hex4();
  if (code >= 0xDC00 && code <= 0xDFFF) fail(ReaderMessage::kCursorLowSurrogate);
  if (code >= 0xD800 && code <= 0xDBFF) {
    if (text_.substr(pos_, 2) != "\\u") fail(ReaderMessage::kCursorHighSurrogate);
    pos_ += 2;
    const unsigned low = hex4();
    if (low < 0xDC00 || low > 0xDFFF) fail(ReaderMessage::kCursorHighSurrogate);
    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
  }
  append_utf8(scratch_, code);
}

// One well-formed UTF-8 sequence (Unicode Table 3-7: no overlong forms, no surrogates, nothing
// above U+10FFFF).
void JsonCursor::scan_utf8_sequence() {
  const auto byte = [&](std::size_t i) {
    return pos_ + i < text_.size()
               ? static_cast<unsigned>(static_cast<unsigned char>(text_[pos_ + i]))
               : 0U;
  };
  const unsigned lead = byte(0);
  int length = 0;
  unsigned low = 0x80;
  unsigned high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    fail(ReaderMessage::kCursorInvalidUtf8);
  }
  const unsigned second = byte(1);
  if (second < low || second > high) fail(ReaderMessage::kCursorInvalidUtf8);
  for (int i = 2; i < length; ++i) {
    if (!is_continuation_byte(static_cast<unsigned char>(byte(static_cast<std::size_t>(i)))))
      fail(ReaderMessage::kCursorInvalidUtf8);
  }
  pos_ += static_cast<std::size_t>(length);
}

void JsonCursor::skip_value() {
  int depth = 0;
  // An explicit stack of the open containers' closing brackets, bounded as the whole document's
  // nesting is (the schema never nests more than a few levels: the loader meets a wrong type
  // long before this).
  char open[kMaxJsonDepth];
  std::string_view key;
  for (;;) {
    switch (peek()) {
      case Kind::kObject:
      case Kind::kArray: {
        if (depth == kMaxJsonDepth) {
          fail(ReaderMessage::kNestingDeeper, kMaxJsonDepth);
        }
        const bool object = text_[pos_] == '{';
        object ? begin_object() : begin_array();
        open[depth++] = object ? '}' : ']';
        break;
      }
      case Kind::kString:
        scan_string();
        break;
      case Kind::kNumber:
        static_cast<void>(read_number());
        break;
      case Kind::kBoolean:
        read_boolean();
        break;
      case Kind::kNull:
        read_null();
        break;
    }
    // Close every container that ends here; stop when the value we skip is complete.
    for (;;) {
      if (depth == 0) return;
      const bool more = open[depth - 1] == '}' ? next_member(&key) : next_item();
      if (more) break;
      --depth;
    }
  }
}

void JsonCursor::skip_valid_value() {
  skip_whitespace();
  const auto past_string = [&] {  // from its opening quote
    for (++pos_; pos_ < text_.size(); ++pos_) {
      if (text_[pos_] == '\\') {
        ++pos_;
      } else if (text_[pos_] == '"') {
        ++pos_;
        return;
      }
    }
  };
  if (pos_ >= text_.size()) return;
  if (text_[pos_] == '"') {
    past_string();
    return;
  }
  if (text_[pos_] != '{' && text_[pos_] != '[') {  // a number, true, false or null
    while (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '}' && text_[pos_] != ']' &&
           text_[pos_] != ' ' && text_[pos_] != '\n' && text_[pos_] != '\r' &&
           text_[pos_] != '\t') {
      ++pos_;
    }
    return;
  }
  std::size_t depth = 0;
  while (pos_ < text_.size()) {
    switch (text_[pos_]) {
      case '"':
        past_string();
        continue;
      case '{':
      case '[':
        ++depth;
        break;
      case '}':
      case ']':
        if (--depth == 0) {
          ++pos_;
          return;
        }
        break;
      default:
        break;
    }
    ++pos_;
  }
}

void JsonCursor::finish() {
  skip_whitespace();
  if (pos_ != text_.size()) fail(ReaderMessage::kCursorAfterValue);
}

SourcePosition position_at(std::string_view text, std::size_t offset) {
  return positions_at(text, {offset}).front();
}

namespace {

// One reference token of a JSON Pointer, "~1" and "~0" undone.
std::string unescape_token(std::string_view token) {
  std::string out;
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (token[i] == '~' && i + 1 < token.size() && (token[i + 1] == '0' || token[i + 1] == '1')) {
      out += token[i + 1] == '0' ? '~' : '/';
      ++i;
    } else {
      out += token[i];
    }
  }
  return out;
}

// Whether a JSON Pointer comes before another when both are read as lists of reference tokens:
// '/' sorts before every other byte, so the pointers below one token follow each other.
bool before_in_token_order(std::string_view a, std::string_view b) {
  const std::size_t common = std::min(a.size(), b.size());
  // Pointers sorted together share long beginnings ("/programs/12/activities/0/…"): the first
  // byte that differs is found eight at a time.
  std::size_t i = 0;
  for (; i + 8 <= common; i += 8) {
    const std::uint64_t differing =
        words::nonzero_bytes(words::load(a.data() + i) ^ words::load(b.data() + i));
    if (differing != 0) {
      i += static_cast<std::size_t>(words::bytes_before_mark(differing));
      break;
    }
  }
  for (; i < common; ++i) {
    if (a[i] == b[i]) continue;
    if (a[i] == '/') return true;
    if (b[i] == '/') return false;
    return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[i]);
  }
  return a.size() < b.size();
}

// Whether every '~' of a reference token starts "~0" or "~1" (RFC 6901); a token that breaks
// this names no member, as no member name is written so.
bool is_escaped_token(std::string_view token) {
  for (std::size_t at = token.find('~'); at != std::string_view::npos;
       at = token.find('~', at + 2)) {
    if (at + 1 == token.size() || (token[at + 1] != '0' && token[at + 1] != '1')) return false;
  }
  return true;
}

// The pointers locate_all looks for, as a tree of their reference tokens: a node for each
// pointer and each pointer on its way, its children by token. A token is compared with an
// object's member names as text and with an array's items as an index (when it is one: "0",
// "12", not "012"), so that walking the text builds no path and hashes nothing.
class WantedTree {
 public:
  static constexpr std::size_t kRoot = 0;
  static constexpr std::size_t kNoNode = std::string_view::npos;

  // The node of each pointer, in the pointers' order. A pointer that is neither "" nor starts
  // with '/' names nothing (kNoNode); one with a token that is not escaped as RFC 6901 says
  // names the node of the tokens before it.
  std::vector<std::size_t> add(const std::vector<std::string>& pointers) {
    std::vector<std::size_t> order(pointers.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return before_in_token_order(pointers[a], pointers[b]);
    });
    std::vector<std::size_t> nodes(pointers.size());
    for (const std::size_t index : order)
      nodes[index] = add(pointers[index]);
    for (Node& node : nodes_) {
      std::sort(node.members.begin(), node.members.end());
      std::sort(node.items.begin(), node.items.end());
    }
    return nodes;
  }

  // Records the offset of each wanted value, entering only the members and items that lead to
  // another wanted value; everything else is skipped.
  void visit(JsonCursor& cursor, const PassedText& passed, TextState state) {
    state_ = state;
    visit(cursor, kRoot, passed);
  }

  // The offset of the value at `node`, or of its nearest enclosing value found; 0 when the text
  // breaks before its first value, or for kNoNode.
  std::size_t offset(std::size_t node) const {
    if (node == kNoNode) return 0;
    for (; node != kRoot; node = nodes_[node].parent) {
      if (nodes_[node].offset != kNotFound) return nodes_[node].offset;
    }
    return nodes_[kRoot].offset == kNotFound ? 0 : nodes_[kRoot].offset;
  }

 private:
  static constexpr std::size_t kNotFound = std::string_view::npos;

  struct Node {
    std::size_t parent = kRoot;
    std::size_t offset = kNotFound;
    std::vector<std::pair<std::string, std::size_t>> members;  // token -> node, sorted by token
    std::vector<std::pair<std::size_t, std::size_t>> items;    // index -> node, sorted by index
  };

  static std::optional<std::size_t> item_index(std::string_view token) {
    if (token.empty() || token.size() > 18 || (token.size() > 1 && token.front() == '0')) {
      return std::nullopt;
    }
    std::size_t index = 0;
    for (const char c : token) {
      if (!is_digit(c)) return std::nullopt;
      index = index * 10 + static_cast<std::size_t>(c - '0');
    }
    return index;
  }

  // Pointers come in token order: a token already added below a node is its last child.
  std::size_t add(std::string_view pointer) {
    if (!pointer.empty() && pointer.front() != '/') return kNoNode;
    std::size_t node = kRoot;
    while (!pointer.empty()) {
      pointer.remove_prefix(1);  // the '/'
      const std::size_t end = std::min(pointer.find('/'), pointer.size());
      const std::string_view token = pointer.substr(0, end);
      if (!is_escaped_token(token)) break;
      node = child(node, unescape_token(token));
      pointer.remove_prefix(end);
    }
    return node;
  }

  std::size_t child(std::size_t parent, std::string token) {
    const auto& members = nodes_[parent].members;
    if (!members.empty() && members.back().first == token) return members.back().second;
    const std::size_t node = nodes_.size();
    const std::optional<std::size_t> index = item_index(token);
    nodes_.push_back(Node{parent, kNotFound, {}, {}});  // `members` is not used after this
    nodes_[parent].members.emplace_back(std::move(token), node);
    if (index) nodes_[parent].items.emplace_back(*index, node);
    return node;
  }

  std::optional<std::size_t> member(std::size_t node, std::string_view key) const {
    const auto& members = nodes_[node].members;
    const auto at =
        std::lower_bound(members.begin(), members.end(), key,
                         [](const auto& member, std::string_view k) { return member.first < k; });
    if (at == members.end() || at->first != key) return std::nullopt;
    return at->second;
  }

  void visit(JsonCursor& cursor, std::size_t node, const PassedText& passed) {
    nodes_[node].offset = cursor.next_offset();
    const JsonCursor::Kind kind = cursor.peek();
    if (kind == JsonCursor::Kind::kObject) {
      cursor.begin_object();
      std::string_view key;
      while (cursor.next_member(&key)) {
        const std::optional<std::size_t> wanted =
            nodes_[node].members.empty() ? std::nullopt : member(node, key);
        wanted ? visit(cursor, *wanted, passed) : skip(cursor);
      }
    } else if (kind == JsonCursor::Kind::kArray) {
      cursor.begin_array();
      std::size_t next_wanted = 0;  // into the node's items, sorted by index
      for (std::size_t i = 0; cursor.next_item(); ++i) {
        const auto& items = nodes_[node].items;
        if (next_wanted < items.size() && items[next_wanted].first == i) {
          visit(cursor, items[next_wanted++].second, passed);
        } else {
          skip(cursor);
        }
        if (passed) passed(cursor.read_up_to());
      }
    } else {
      skip(cursor);
    }
  }

  void skip(JsonCursor& cursor) const {
    state_ == TextState::kValidJson ? cursor.skip_valid_value() : cursor.skip_value();
  }

  std::vector<Node> nodes_{Node{kRoot, kNotFound, {}, {}}};
  TextState state_ = TextState::kUnchecked;
};

}  // namespace

std::vector<std::size_t> locate_all(std::string_view text, const std::vector<std::string>& pointers,
                                    const PassedText& passed, TextState state) {
  WantedTree wanted;
  const std::vector<std::size_t> nodes = wanted.add(pointers);
  JsonCursor cursor(text);
  try {
    wanted.visit(cursor, passed, state);
  } catch (const JsonSyntaxError&) {
    // What was found before the text breaks still stands.
  }
  std::vector<std::size_t> offsets;
  offsets.reserve(pointers.size());
  for (const std::size_t node : nodes)
    offsets.push_back(wanted.offset(node));
  return offsets;
}

std::vector<SourcePosition> positions_at(std::string_view text,
                                         const std::vector<std::size_t>& offsets,
                                         const PassedText& passed) {
  constexpr std::size_t kBlock = 1 << 20;  // `passed` is told after each block counted
  std::vector<std::size_t> order(offsets.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return offsets[a] < offsets[b]; });
  std::vector<SourcePosition> positions(offsets.size());
  SourcePosition position{1, 1};
  std::size_t at = has_bom(text) ? 3 : 0;
  for (const std::size_t index : order) {
    const std::size_t until = std::min(offsets[index], text.size());
    while (at < until) {
      const std::size_t block_end = std::min(until, at + kBlock);
      while (at < block_end) {
        // Eight bytes at once when they hold no line break: a column for each byte that
        // starts a character.
        if (at + 8 <= block_end) {
          const std::uint64_t word = words::load(text.data() + at);
          if (words::bytes_equal(word, '\n') == 0) {
            const std::uint64_t continuations =
                words::bytes_equal(word & (words::kOnes * 0xC0), 0x80);
            position.column += 8 - words::count_marks(continuations);
            at += 8;
            continue;
          }
        }
        if (text[at] == '\n') {
          ++position.line;
          position.column = 1;
        } else if (!is_continuation_byte(static_cast<unsigned char>(text[at]))) {
          ++position.column;
        }
        ++at;
      }
      if (passed) passed(at);
    }
    positions[index] = position;
  }
  return positions;
}

LocatedValue locate(std::string_view text, std::string_view pointer) {
  JsonCursor cursor(text);
  LocatedValue found;
  try {
    found.value_offset = cursor.next_offset();
    while (!pointer.empty() && pointer.front() == '/') {
      pointer.remove_prefix(1);
      const std::size_t end = pointer.find('/');
      const std::string token = unescape_token(pointer.substr(0, end));
      pointer = end == std::string_view::npos ? std::string_view() : pointer.substr(end);
      bool entered = false;
      if (cursor.peek() == JsonCursor::Kind::kObject) {
        cursor.begin_object();
        std::string_view key;
        while (cursor.next_member(&key)) {
          if (key == token) {
            found = LocatedValue{cursor.key_offset(), cursor.next_offset()};
            entered = true;
            break;
          }
          cursor.skip_value();
        }
      } else if (cursor.peek() == JsonCursor::Kind::kArray) {
        std::size_t index = 0;
        const auto [end_of_index, error] =
            std::from_chars(token.data(), token.data() + token.size(), index);
        if (error != std::errc() || end_of_index != token.data() + token.size()) return found;
        cursor.begin_array();
        for (std::size_t i = 0; cursor.next_item(); ++i) {
          if (i == index) {
            found = LocatedValue{std::string_view::npos, cursor.next_offset()};
            entered = true;
            break;
          }
          cursor.skip_value();
        }
      }
      if (!entered) return found;
    }
  } catch (const JsonSyntaxError&) {
    // The text breaks before the value: the deepest value found so far is the best answer.
  }
  return found;
}

}  // namespace lkjip
