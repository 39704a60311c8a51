// --lang on every subcommand, one way: id (Indonesian, the default) or en, or LKJIP_LANG when
// the option is not given; never the system locale, so that a command gives the same bytes on
// every machine. Internal to the command line.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "lkjip/language.h"

namespace lkjip {

// Adds --lang to `command`, read into `lang` ("id" unless given or set in LKJIP_LANG).
// `what` says what the language changes for this command.
void add_language_option(CLI::App& command, std::string& lang, const std::string& what,
                         Language language);

// The language `lang` names (checked when parsed: id or en).
Language language_of(const std::string& lang);

// The language the command line asks for, before it is parsed: the last --lang given, else
// LKJIP_LANG, else Indonesian (also for a value that is neither id nor en, which parsing then
// refuses). The help and the usage errors are written in it.
Language requested_language(int argc, const char* const* argv, const char* environment_value);

}  // namespace lkjip
