// JSON string literals. Internal to the formatters.
#pragma once

#include <string>
#include <string_view>

namespace lkjip {

std::string json_string(std::string_view text);

}  // namespace lkjip
