#include "json_text.h"

#include <fmt/format.h>

#include <cstdint>

#include "lkjip/error.h"

namespace lkjip {

std::string json_string(std::string_view raw) {
  // Well-formed UTF-8 always (a file name from the OS may be any bytes: see valid_utf8()); the
  // controls a terminal would act on as \uNNNN, which a parser reads back as the same character.
  const std::string text = valid_utf8(raw);
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const auto byte = static_cast<unsigned char>(c);
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
      default:
        if (byte < 0x20 || byte == 0x7F) {
          out += fmt::format("\\u{:04x}", byte);
        } else if (byte == 0xC2 && i + 1 < text.size() &&
                   static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
          // C1 controls: U+0080-U+009F, 0xC2 0x80-0x9F
          out += fmt::format("\\u{:04x}", static_cast<unsigned char>(text[i + 1]));
          ++i;
        } else if (byte == 0xE2 && i + 2 < text.size()) {
          // U+2000-U+2FFF: 0xE2 0x80-0xBF 0x80-0xBF
          const char32_t code = 0x2000 + ((static_cast<unsigned char>(text[i + 1]) & 0x3F) << 6) +
                                (static_cast<unsigned char>(text[i + 2]) & 0x3F);
          if (is_bidi_control(code)) {
            out += fmt::format("\\u{:04x}", static_cast<std::uint32_t>(code));
            i += 2;
          } else {
            out += c;
          }
        } else {
          out += c;
        }
    }
  }
  return out + '"';
}

}  // namespace lkjip
