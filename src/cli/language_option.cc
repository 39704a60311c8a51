#include "language_option.h"

namespace lkjip {

void add_language_option(CLI::App& command, std::string& lang, const std::string& what) {
  command.add_option("--lang", lang, what)
      ->check(CLI::IsMember({"id", "en"}))
      ->envname("LKJIP_LANG")
      ->capture_default_str();
}

Language language_of(const std::string& lang) {
  return language_named(lang).value_or(Language::kIndonesian);
}

}  // namespace lkjip
