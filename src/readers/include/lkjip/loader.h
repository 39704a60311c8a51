// The loader: a data file into the model, whatever its format: an `lkjip/1` JSON file or an input
// workbook (.xlsx, told by its first bytes, whatever its name). Every problem of the file is in
// one InputError, each at its place (FILE:LINE:COL and JSON path, or FILE:SHEET!CELL); nothing is
// guessed or defaulted silently.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lkjip/error.h"
#include "lkjip/model.h"
#include "lkjip/source_map.h"

namespace lkjip {

inline constexpr std::string_view kFormatVersion = "lkjip/1";
// The path that means standard input (read whole, once, and kept), and its name in messages.
inline constexpr std::string_view kStandardInput = "-";
inline constexpr std::string_view kStandardInputName = "<stdin>";

// With `sources`, the file's source map: where each value was read, to name and locate it in
// messages (the file's text is kept there, or mapped again, for that). With `warnings`, what was
// read but deserves a look (a workbook's number typed as text): each to be shown to the user.
PerformanceReport load_report_file(const std::string& path,
                                   std::shared_ptr<const SourceMap>* sources = nullptr,
                                   std::vector<Problem>* warnings = nullptr);
// A path as messages name it: "<stdin>" for "-".
inline std::string input_name(const std::string& path) {
  return path == kStandardInput ? std::string(kStandardInputName) : path;
}
// A file that is lkjip's own JSON output, not a data file: load_report_file's error for it. A
// directory's roll-up skips such a file (check DIR --format json > DIR/check.json) with a note.
class LkjipOutputError : public InputError {
 public:
  // `kind`: the command that wrote it, a literal ("compute --format json").
  LkjipOutputError(const std::string& file, std::string_view kind);
  std::string_view kind() const { return kind_; }

 private:
  std::string_view kind_;
};
// The command that wrote the file when `error` is a LkjipOutputError, else nullopt: for code that
// handles every input error alike and lkjip's output apart only in the end.
std::optional<std::string_view> lkjip_output_kind(const InputError& error);
// `file` names the source in error messages.
PerformanceReport load_report_text(std::string_view text, const std::string& file,
                                   std::shared_ptr<const SourceMap>* sources = nullptr);

}  // namespace lkjip
