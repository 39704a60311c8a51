#include "lkjip/error.h"

namespace lkjip {
namespace {

std::string compose(const std::string& file, SourcePosition position, const std::string& json_path,
                    const std::string& message) {
  std::string out = printable(file);
  if (position.line > 0) {
    out += ':' + std::to_string(position.line) + ':' + std::to_string(position.column);
  }
  out += ": error: ";
  if (!json_path.empty()) out += printable(json_path) + ": ";
  out += printable(message);
  return out;
}

}  // namespace

InputError::InputError(std::string file, SourcePosition position, std::string json_path,
                       std::string message)
    : std::runtime_error(compose(file, position, json_path, message)),
      file_(std::move(file)),
      position_(position),
      json_path_(std::move(json_path)),
      message_(std::move(message)) {}

std::string render(const InputError& error) {
  return error.what();
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
