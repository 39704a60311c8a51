// JSON string literals. Internal to the formatters.
#pragma once

#include <string>
#include <string_view>

namespace lkjip {

// `text` as a JSON string literal, quotes and all: well-formed UTF-8 always, and the controls a
// terminal would act on escaped.
std::string json_string(std::string_view text);
// The same, appended to `out`.
void append_json_string(std::string& out, std::string_view text);

}  // namespace lkjip
