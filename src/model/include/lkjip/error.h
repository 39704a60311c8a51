// Input errors, rendered one way: FILE:LINE:COL: error: PATH: message for a text file (PATH a
// JSON Pointer), FILE:SHEET!CELL: error: message for a workbook. One error may hold every
// problem of a file, in the file's order.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "lkjip/language.h"

namespace lkjip {

struct SourcePosition {
  int line = 0;  // 1-based; 0 when the error is about the file as a whole
  int column = 0;
};

// Where a value is in a file, spelled by the reader of its format.
struct Location {
  std::string file;
  SourcePosition position;  // a text file: line and column (0 when not known)
  std::string cell;         // a workbook: "Anggaran!E7"
  std::string path;         // a JSON file: "/programs/2/budget/pagu"
};

struct Problem {
  Location location;
  Text message;  // in both languages: who reads it chooses
};

class InputError : public std::runtime_error {
 public:
  InputError(std::string file, SourcePosition position, std::string json_path, Text message);
  InputError(Location location, Text message);
  // Precondition: at least one problem.
  explicit InputError(std::vector<Problem> problems);

  const std::vector<Problem>& problems() const { return problems_; }
  // The first problem's.
  const std::string& file() const { return problems_.front().location.file; }
  SourcePosition position() const { return problems_.front().location.position; }
  const std::string& json_path() const { return problems_.front().location.path; }
  const Text& message() const { return problems_.front().message; }

 private:
  std::vector<Problem> problems_;
};

// One line: FILE:LINE:COL: error: PATH: message, the message in `language` (the rest is the
// same in every language: tools parse it).
std::string render(const Problem& problem, Language language, std::string_view severity = "error");
// One line per problem. (what() is the English, for logs.)
std::string render(const InputError& error, Language language);

// Text with the bytes that would garble a terminal or break a one-line message shown as \xNN:
// control characters always; with escape_non_ascii, every byte above 0x7F too (text that may not
// be valid UTF-8).
std::string printable(std::string_view text, bool escape_non_ascii = false);

}  // namespace lkjip
