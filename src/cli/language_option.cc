#include "language_option.h"

#include <string_view>

#include "choices.h"

namespace lkjip {

void add_language_option(CLI::App& command, std::string& lang, const std::string& what,
                         Language language) {
  command.add_option("--lang", lang, what)
      ->check(one_of({"id", "en"}, language))
      ->envname("LKJIP_LANG")
      ->capture_default_str();
}

Language language_of(const std::string& lang) {
  return language_named(lang).value_or(Language::kIndonesian);
}

Language requested_language(int argc, const char* const* argv, const char* environment_value) {
  std::optional<std::string_view> named;
  for (int i = 1; i < argc; ++i) {
    const std::string_view argument = argv[i];
    if (argument == "--") break;
    if (argument == "--lang" && i + 1 < argc) {
      named = argv[++i];
    } else if (argument.starts_with("--lang=")) {
      named = argument.substr(7);
    }
  }
  if (!named && environment_value != nullptr) named = environment_value;
  if (!named) return Language::kIndonesian;
  return language_named(*named).value_or(Language::kIndonesian);
}

}  // namespace lkjip
