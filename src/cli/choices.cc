#include "choices.h"

#include <algorithm>
#include <string_view>

#include "lkjip/suggest.h"

namespace lkjip {

CLI::Validator one_of(std::vector<std::string> names) {
  std::string set;
  for (const std::string& name : names)
    set += (set.empty() ? "" : ",") + name;
  set = "{" + set + "}";
  return CLI::Validator(
      [names = std::move(names), set](std::string& value) -> std::string {
        if (std::find(names.begin(), names.end(), value) != names.end()) return {};
        const std::vector<std::string_view> candidates(names.begin(), names.end());
        std::string error = value + " not in " + set;
        if (const auto near = closest(value, candidates)) {
          error = value + ": did you mean \"" + std::string(*near) + "\"? (one of " + set + ")";
        }
        return error;
      },
      set);
}

}  // namespace lkjip
