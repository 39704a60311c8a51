#include "lkjip/error.h"

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

std::string render(const InputError& error, Language language) {
  return render_all(error.problems(), language);
}

std::string printable(std::string_view text, bool escape_non_ascii) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F || (escape_non_ascii && byte > 0x7F)) {
      out += "\\x";
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace lkjip
