// Input errors, rendered one way: FILE:LINE:COL: error: PATH: message for a text file (PATH a
// JSON Pointer), FILE:SHEET!CELL: error: message for a workbook. One error may hold every
// problem of a file, in the file's order.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "lkjip/compact_string.h"
#include "lkjip/language.h"

namespace lkjip {

struct SourcePosition {
  int line = 0;  // 1-based; 0 when the error is about the file as a whole
  int column = 0;
};

// Where a value is in a file, spelled by the reader of its format. Compact strings: every
// finding of a check holds one, and a large report's findings are many.
struct Location {
  CompactString file;
  SourcePosition position;  // a text file: line and column (0 when not known)
  CompactString cell;       // a workbook: "Anggaran!E7"
  CompactString path;       // a JSON file: "/programs/2/budget/pagu"
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
  std::string_view file() const { return problems_.front().location.file; }
  SourcePosition position() const { return problems_.front().location.position; }
  std::string_view json_path() const { return problems_.front().location.path; }
  const Text& message() const { return problems_.front().message; }

 private:
  std::vector<Problem> problems_;
};

// One line: FILE:LINE:COL: error: PATH: message, the message in `language` (the rest is the
// same in every language: tools parse it).
std::string render(const Problem& problem, Language language, std::string_view severity = "error");
// One line per problem. (what() is the English, for logs.)
std::string render(const InputError& error, Language language);

// Excel's limits, which a workbook written by lkjip keeps: the characters of a cell's text and
// the rows of a sheet.
inline constexpr std::size_t kWorkbookCellCharacters = 32767;
inline constexpr std::size_t kWorkbookRows = 1048576;

// A value a workbook cannot hold (a text longer than a cell takes, a table longer than a sheet):
// the xlsx writers refuse with it rather than leave the value out, and write nothing. The
// command line says it in its user's language; what() is the English, for logs.
class WorkbookLimitError : public std::runtime_error {
 public:
  enum class Limit { kCellText, kRows };
  // `cell` is the cell's address (A1) with kCellText, empty with kRows; `size` what the value
  // needs (characters, rows), `most` the limit.
  WorkbookLimitError(Limit limit, std::string sheet, std::string cell, std::size_t size,
                     std::size_t most);
  Limit limit;
  std::string sheet;
  std::string cell;
  std::size_t size;
  std::size_t most;
};

// The characters (code points) of UTF-8 text, as a workbook's cell limit counts them.
std::size_t characters_of(std::string_view text);

// What printable() keeps as it is.
enum class Kept {
  kOneLine,  // every character but the controls: one line of a message
  kLines,    // the same and line breaks and tabs: a text of several lines (an explanation)
  kAscii,    // printable ASCII only (a parser's message that may quote any byte)
};

// The one escaping policy for text meant for a terminal (the text formats' data, check's
// findings, explanations, every diagnostic on stderr), so that no byte of the data can move the
// cursor, change colours, reorder what follows or split a line:
// - C0 controls (U+0000-U+001F, but line breaks and tabs with Kept::kLines) and DEL as \xNN;
// - C1 controls (U+0080-U+009F, e.g. U+009B, a CSI) and the bidirectional embeddings,
//   overrides and isolates (U+202A-U+202E, U+2066-U+2069) as \uNNNN;
// - each byte that is not part of well-formed UTF-8 (a file name from the OS) as \xNN;
// - with Kept::kAscii, every other non-ASCII character too, byte by byte as \xNN.
// Everything else (any other letter or sign of any script) is kept.
std::string printable(std::string_view text, Kept kept);
std::string printable(std::string_view text, bool escape_non_ascii = false);

// Text made well-formed UTF-8, for the outputs that keep the data as it is (CSV, HTML, xlsx, the
// JSON writers): each byte that is not part of well-formed UTF-8 as the four characters \xNN
// (uppercase hex), everything else unchanged. Text that is valid is returned unchanged.
std::string valid_utf8(std::string_view text);

// U+202A-U+202E and U+2066-U+2069: the controls that reorder the text that follows them.
bool is_bidi_control(char32_t code);

}  // namespace lkjip
