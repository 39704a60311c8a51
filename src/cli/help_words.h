// The words CLI11 writes itself (help headings, value types, usage errors), in the language of
// the command line. Internal to the command line.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

#include "lkjip/language.h"

namespace lkjip {

// Before any command is added: the help's headings and labels, the --help and --version flags
// and the groups options and commands are listed under. `version` makes --version's text when
// it is asked for: making it opens the workbook libraries to ask their versions.
void speak_help(CLI::App& app, Language language, std::function<std::string()> version);

// A command of `app`, its --help flag in the options' group.
CLI::App* add_command(CLI::App& app, const std::string& name, const std::string& description,
                      Language language);

// After every option is added: the value types shown in help (TEXT, UINT) in `language`.
void name_value_types(CLI::App& app, Language language);

// What was wrong with the command line, for people: the command, what is wrong, the nearest
// option for a misspelt one, and where its help is.
std::string usage_error(const CLI::ParseError& error, const CLI::App& app, Language language);

}  // namespace lkjip
