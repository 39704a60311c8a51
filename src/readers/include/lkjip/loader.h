// The loader: a data file (format "lkjip/1") into the model. Every problem is an InputError
// with file, line, column and JSON path; nothing is guessed or defaulted silently.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "lkjip/error.h"
#include "lkjip/model.h"
#include "lkjip/source_map.h"

namespace lkjip {

inline constexpr std::string_view kFormatVersion = "lkjip/1";

// With `sources`, the file's source map: where each value was read, to name and locate it in
// messages (the file's text is kept there, or mapped again, for that).
PerformanceReport load_report_file(const std::string& path,
                                   std::shared_ptr<const SourceMap>* sources = nullptr);
// `file` names the source in error messages.
PerformanceReport load_report_text(std::string_view text, const std::string& file,
                                   std::shared_ptr<const SourceMap>* sources = nullptr);

}  // namespace lkjip
