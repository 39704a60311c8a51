#include "lkjip/error.h"

namespace lkjip {
namespace {

std::string compose(const std::string& file, SourcePosition position, const std::string& json_path,
                    const std::string& message) {
  std::string out = file;
  if (position.line > 0) {
    out += ':' + std::to_string(position.line) + ':' + std::to_string(position.column);
  }
  out += ": error: ";
  if (!json_path.empty()) out += json_path + ": ";
  out += message;
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

}  // namespace lkjip
