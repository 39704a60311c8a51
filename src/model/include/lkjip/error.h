// The one error type for bad input, rendered one way: FILE:LINE:COL: error: PATH: message.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace lkjip {

struct SourcePosition {
  int line = 0;  // 1-based; 0 when the error is about the file as a whole
  int column = 0;
};

class InputError : public std::runtime_error {
 public:
  InputError(std::string file, SourcePosition position, std::string json_path, std::string message);

  const std::string& file() const { return file_; }
  SourcePosition position() const { return position_; }
  const std::string& json_path() const { return json_path_; }
  const std::string& message() const { return message_; }

 private:
  std::string file_;
  SourcePosition position_;
  std::string json_path_;
  std::string message_;
};

std::string render(const InputError& error);

// Text with the bytes that would garble a terminal or break a one-line message shown as \xNN:
// control characters always; with escape_non_ascii, every byte above 0x7F too (text that may not
// be valid UTF-8).
std::string printable(std::string_view text, bool escape_non_ascii = false);

}  // namespace lkjip
