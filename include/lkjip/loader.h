// The loader: a data file (format "lkjip/1") into the model. Every problem is an InputError
// with file, line, column and JSON path; nothing is guessed or defaulted silently.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "lkjip/error.h"
#include "lkjip/model.h"

namespace lkjip {

inline constexpr std::string_view kFormatVersion = "lkjip/1";

// Where each value of the file stands, by JSON Pointer: for diagnostics about the data.
using SourceMap = std::unordered_map<std::string, SourcePosition>;

// The position of the value at `path`, or of the nearest value enclosing it that the map holds.
SourcePosition position_in(const SourceMap& positions, std::string path);

// With `positions`, the position of every value of the file is recorded there too.
PerformanceReport load_report_file(const std::string& path, SourceMap* positions = nullptr);
// `file` names the source in error messages.
PerformanceReport load_report_text(std::string_view text, const std::string& file,
                                   SourceMap* positions = nullptr);

}  // namespace lkjip
