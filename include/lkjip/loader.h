// The loader: a data file (format "lkjip/1") into the model. Every problem is an InputError
// with file, line, column and JSON path; nothing is guessed or defaulted silently.
#pragma once

#include <string>
#include <string_view>

#include "lkjip/model.h"

namespace lkjip {

inline constexpr std::string_view kFormatVersion = "lkjip/1";

PerformanceReport load_report_file(const std::string& path);
// `file` names the source in error messages.
PerformanceReport load_report_text(std::string_view text, const std::string& file);

}  // namespace lkjip
