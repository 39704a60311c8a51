#include "json_text.h"

#include <fmt/format.h>

#include <cstdint>
#include <iterator>

#include "lkjip/byte_words.h"
#include "lkjip/error.h"

namespace lkjip {
namespace {

void append_code_escape(std::string& out, std::uint32_t code) {
  fmt::format_to(std::back_inserter(out), "\\u{:04x}", code);
}

// One byte of ASCII, escaped as JSON needs or a terminal would want.
void append_ascii(std::string& out, char c) {
  switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    case '\t':
      out += "\\t";
      break;
    default: {
      const auto byte = static_cast<unsigned char>(c);
      if (byte < 0x20 || byte == 0x7F) {
        append_code_escape(out, byte);
      } else {
        out += c;
      }
    }
  }
}

// Well-formed UTF-8, escaped: the controls a terminal would act on as \uNNNN, which a parser
// reads back as the same character.
void append_escaped_utf8(std::string& out, std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      append_ascii(out, c);
    } else if (byte == 0xC2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      // C1 controls: U+0080-U+009F, 0xC2 0x80-0x9F
      append_code_escape(out, static_cast<unsigned char>(text[i + 1]));
      ++i;
    } else if (byte == 0xE2 && i + 2 < text.size()) {
      // U+2000-U+2FFF: 0xE2 0x80-0xBF 0x80-0xBF
      const char32_t code = 0x2000 + ((static_cast<unsigned char>(text[i + 1]) & 0x3F) << 6) +
                            (static_cast<unsigned char>(text[i + 2]) & 0x3F);
      if (is_bidi_control(code)) {
        append_code_escape(out, static_cast<std::uint32_t>(code));
        i += 2;
      } else {
        out += c;
      }
    } else {
      out += c;
    }
  }
}

// The bytes that are not printable ASCII other than a quote or a backslash.
constexpr words::ByteSet kNotPlain{.below = 0x20, .high = true, .equal = {'"', '\\', 0x7F}};

}  // namespace

void append_json_string(std::string& out, std::string_view raw) {
  out += '"';
  // Plain ASCII goes in by runs; from the first byte that is not ASCII on, the rest is made
  // well-formed UTF-8 (a file name from the OS may be any bytes: see valid_utf8()) and escaped
  // character by character. ASCII before it is whole characters, so the rest reads the same.
  std::size_t at = 0;
  while (at < raw.size()) {
    const std::size_t run = words::run_outside<kNotPlain>(raw, at);
    out.append(raw.substr(at, run));
    at += run;
    if (at == raw.size()) break;
    if (static_cast<unsigned char>(raw[at]) >= 0x80) {
      append_escaped_utf8(out, valid_utf8(raw.substr(at)));
      break;
    }
    append_ascii(out, raw[at++]);
  }
  out += '"';
}

std::string json_string(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  append_json_string(out, text);
  return out;
}

}  // namespace lkjip
