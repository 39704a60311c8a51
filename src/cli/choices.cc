#include "choices.h"

#include <algorithm>
#include <string_view>

#include "cli_messages.h"
#include "lkjip/suggest.h"

namespace lkjip {

CLI::Validator one_of(std::vector<std::string> names, Language language) {
  std::string set;
  for (const std::string& name : names)
    set += (set.empty() ? "" : ",") + name;
  set = "{" + set + "}";
  return CLI::Validator(
      [names = std::move(names), set, language](std::string& value) -> std::string {
        if (std::find(names.begin(), names.end(), value) != names.end()) return {};
        const std::vector<std::string_view> candidates(names.begin(), names.end());
        if (const auto near = closest(value, candidates))
          return say(language, CliMessage::kNotOneOfNearest, value, *near, set);
        return say(language, CliMessage::kNotOneOf, value, set);
      },
      set);
}

}  // namespace lkjip
