#include "lkjip/error.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "lkjip/byte_words.h"

namespace lkjip {
namespace {

std::string render_all(const std::vector<Problem>& problems, Language language) {
  std::string out;
  for (const Problem& problem : problems) {
    if (!out.empty()) out += '\n';
    out += render(problem, language);
  }
  return out;
}

}  // namespace

InputError::InputError(std::string file, SourcePosition position, std::string json_path,
                       Text message)
    : InputError(Location{std::move(file), position, {}, std::move(json_path)},
                 std::move(message)) {}

InputError::InputError(Location location, Text message)
    : InputError(std::vector<Problem>{Problem{std::move(location), std::move(message)}}) {}

InputError::InputError(std::vector<Problem> problems)
    : std::runtime_error(render_all(problems, Language::kEnglish)),
      problems_(std::move(problems)) {}

std::string render(const Problem& problem, Language language, std::string_view severity) {
  const Location& where = problem.location;
  std::string out = printable(where.file);
  if (where.position.line > 0) {
    out += ':' + std::to_string(where.position.line) + ':' + std::to_string(where.position.column);
  }
  if (!where.cell.empty()) out += ':' + printable(where.cell);
  out += ": ";
  out += severity;
  out += ": ";
  if (!where.path.empty()) out += printable(where.path) + ": ";
  out += printable(problem.message.in(language));
  return out;
}

WorkbookLimitError::WorkbookLimitError(Limit what, std::string sheet_name, std::string cell_name,
                                       std::size_t needed, std::size_t at_most)
    : std::runtime_error(
          what == Limit::kRows
              ? "the sheet " + sheet_name + " would need " + std::to_string(needed) +
                    " rows; a workbook's sheet holds at most " + std::to_string(at_most)
              : "the sheet " + sheet_name + ", cell " + cell_name + ": a text of " +
                    std::to_string(needed) + " characters; a workbook's cell holds at most " +
                    std::to_string(at_most)),
      limit(what),
      sheet(std::move(sheet_name)),
      cell(std::move(cell_name)),
      size(needed),
      most(at_most) {}

std::size_t characters_of(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::string render(const InputError& error, Language language) {
  return render_all(error.problems(), language);
}

namespace {

constexpr char kHex[] = "0123456789ABCDEF";

void append_byte_escape(std::string& out, unsigned char byte) {
  out += "\\x";
  out += kHex[byte >> 4];
  out += kHex[byte & 0xF];
}

// The length of the well-formed UTF-8 sequence at the start of `text` and its code point, or 0
// when the first byte starts none (a stray continuation byte, an overlong form, a surrogate, a
// code point above U+10FFFF, a sequence cut short).
std::size_t utf8_sequence(std::string_view text, char32_t& code) {
  const auto at = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char first = at(0);
  std::size_t length = 0;
  if (first < 0x80) {
    code = first;
    return 1;
  }
  if (first >= 0xC2 && first <= 0xDF) {
    length = 2;
    code = first & 0x1F;
  } else if (first >= 0xE0 && first <= 0xEF) {
    length = 3;
    code = first & 0x0F;
  } else if (first >= 0xF0 && first <= 0xF4) {
    length = 4;
    code = first & 0x07;
  } else {
    return 0;
  }
  if (text.size() < length) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    if ((at(i) & 0xC0) != 0x80) return 0;
    code = (code << 6) | (at(i) & 0x3F);
  }
  if ((length == 3 && code < 0x800) || (length == 4 && (code < 0x10000 || code > 0x10FFFF)) ||
      (code >= 0xD800 && code <= 0xDFFF)) {
    return 0;
  }
  return length;
}

// The bytes that are not printable ASCII (0x20 to 0x7E), which every walk keeps as they are:
// most of any text, taken by runs.
constexpr words::ByteSet kNotPrintableAscii{.below = 0x20, .high = true, .equal = {0x7F, 0, 0}};

// The walk both functions share: every well-formed character to `keep`, every byte of what is
// not well-formed UTF-8 as \xNN. Printable ASCII goes in by runs: every `keep` keeps it.
template <class Keep>
std::string walk_utf8(std::string_view text, const Keep& keep) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (const std::size_t run = words::run_outside<kNotPrintableAscii>(text, i); run > 0) {
      out.append(text.substr(i, run));
      i += run;
      continue;
    }
    char32_t code = 0;
    const std::size_t length = utf8_sequence(text.substr(i), code);
    if (length == 0) {
      append_byte_escape(out, static_cast<unsigned char>(text[i]));
      ++i;
      continue;
    }
    keep(out, text.substr(i, length), code);
    i += length;
  }
  return out;
}

}  // namespace

bool is_bidi_control(char32_t code) {
  return (code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069);
}

std::string printable(std::string_view text, bool escape_non_ascii) {
  return printable(text, escape_non_ascii ? Kept::kAscii : Kept::kOneLine);
}

std::string printable(std::string_view text, Kept kept) {
  return walk_utf8(text, [&](std::string& out, std::string_view character, char32_t code) {
    const bool line_break = code == '\n' || code == '\t';
    if ((code < 0x20 && !(kept == Kept::kLines && line_break)) || code == 0x7F) {
      append_byte_escape(out, static_cast<unsigned char>(code));
    } else if ((code >= 0x80 && code <= 0x9F) || is_bidi_control(code)) {
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4)
        out += kHex[(code >> shift) & 0xF];
    } else if (kept == Kept::kAscii && code > 0x7F) {
      for (const char c : character)
        append_byte_escape(out, static_cast<unsigned char>(c));
    } else {
      out += character;
    }
  });
}

std::string valid_utf8(std::string_view text) {
  // Most text is valid: copied as it is after one pass.
  char32_t code = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    if (const std::size_t run = words::run_outside<kNotPrintableAscii>(text, i); run > 0) {
      i += run;
      continue;
    }
    const std::size_t length = utf8_sequence(text.substr(i), code);
    if (length == 0) break;
    i += length;
  }
  if (i == text.size()) return std::string(text);
  return walk_utf8(
      text, [](std::string& out, std::string_view character, char32_t) { out += character; });
}

}  // namespace lkjip
