#include "lkjip/language.h"

namespace lkjip {

std::optional<Language> language_named(std::string_view name) {
  if (name == "id") return Language::kIndonesian;
  if (name == "en") return Language::kEnglish;
  return std::nullopt;
}

std::string_view language_name(Language language) {
  return language == Language::kEnglish ? "en" : "id";
}

}  // namespace lkjip
