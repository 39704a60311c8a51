#include "help_words.h"

#include <string_view>
#include <typeinfo>
#include <utility>
#include <vector>

#include "cli_messages.h"
#include "lkjip/error.h"
#include "lkjip/suggest.h"

namespace lkjip {
namespace {

// CLI11's own value types, as help shows them before an option's set ("TEXT:{a,b}").
std::string value_type_in(std::string_view type, Language language) {
  if (type == "TEXT") return say(language, CliMessage::kTextType);
  if (type == "UINT") return say(language, CliMessage::kNumberType);
  return std::string(type);
}

void name_option_types(CLI::Option& option, Language language) {
  const std::string full = option.get_type_name();
  const std::string type = full.substr(0, full.find(':'));
  const std::string named = value_type_in(type, language);
  if (!type.empty() && named != type) option.type_name(named);
}

// The command that was being read when the error was found: the command given, or lkjip.
const CLI::App& command_read(const CLI::App& app) {
  for (const CLI::App* command : app.get_subcommands({}))
    if (command->parsed()) return *command;
  return app;
}

std::string full_name(const CLI::App& command) {
  return command.get_parent() == nullptr ? "lkjip" : "lkjip " + command.get_name();
}

// What a ParseError's words name before their first ": ", or before `suffix`.
std::string named_before(const std::string& words, std::string_view suffix) {
  const std::size_t end = words.find(suffix);
  return end == std::string::npos ? std::string() : words.substr(0, end);
}

// "--formt": no such option; with the nearest long option of the command.
std::string unknown_option(const std::string& given, const CLI::App& command, Language language) {
  std::vector<std::string> names;
  for (const CLI::Option* option : command.get_options()) {
    for (const std::string& name : option->get_lnames())
      names.push_back("--" + name);
  }
  const std::vector<std::string_view> candidates(names.begin(), names.end());
  const std::string spelt = given.substr(0, given.find('='));  // --formt=csv
  std::string out = say(language, CliMessage::kUnknownOption, printable(spelt));
  if (const auto near = closest(spelt, candidates))
    out += say(language, CliMessage::kDidYouMean, *near);
  return out;
}

// Each argument the command did not expect, on its own line.
std::vector<std::string> extras(const CLI::App& app, const CLI::App& command, Language language) {
  std::vector<std::string> given = command.remaining(false);
  if (given.empty() && &command != &app) given = app.remaining(false);
  std::vector<std::string> lines;
  for (const std::string& argument : given) {
    if (argument.size() > 1 && argument.front() == '-') {
      lines.push_back(unknown_option(argument, command, language));
    } else {
      lines.push_back(say(language, CliMessage::kUnexpectedValue, printable(argument)));
    }
  }
  return lines;
}

std::string command_names(const CLI::App& app) {
  std::string out;
  for (const CLI::App* command : app.get_subcommands({}))
    out += (out.empty() ? "" : ", ") + command->get_name();
  return out;
}

std::vector<std::string> problems(const CLI::ParseError& error, const CLI::App& app,
                                  const CLI::App& command, Language language) {
  const std::string words = error.what();
  if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr) {
    std::vector<std::string> lines = extras(app, command, language);
    if (!lines.empty()) return lines;
  }
  if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr) {
    const std::string name = named_before(words, " is required");
    if (!name.empty() && name != "A subcommand")
      return {say(language, CliMessage::kRequired, name)};
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr) {
    const std::string name = named_before(words, ": ");
    if (!name.empty()) return {say(language, CliMessage::kNeedsValue, name)};
  }
  if (dynamic_cast<const CLI::ConversionError*>(&error) != nullptr) {
    constexpr std::string_view kPrefix = "Could not convert: ";
    const std::size_t equals = words.find(" = ");
    if (words.starts_with(kPrefix) && equals != std::string::npos) {
      return {say(language, CliMessage::kNotANumber,
                  words.substr(kPrefix.size(), equals - kPrefix.size()),
                  printable(words.substr(equals + 3)))};
    }
  }
  if (dynamic_cast<const CLI::ValidationError*>(&error) != nullptr) {
    return {words};  // the option's name, then its validator's words (one_of: in `language`)
  }
  return {say(language, CliMessage::kOtherUsageError, words)};
}

}  // namespace

void speak_help(CLI::App& app, Language language, std::function<std::string()> version) {
  CLI::FormatterBase& formatter = *app.get_formatter();
  formatter.label("Usage", say(language, CliMessage::kUsageLabel));
  formatter.label("OPTIONS", say(language, CliMessage::kOptionsLabel));
  formatter.label("SUBCOMMAND", say(language, CliMessage::kCommandLabel));
  formatter.label("Positionals", say(language, CliMessage::kArgumentsGroup));
  formatter.label("REQUIRED", say(language, CliMessage::kRequiredLabel));
  const std::string options = say(language, CliMessage::kOptionsGroup);
  app.option_defaults()->group(options);
  app.get_help_ptr()->group(options)->description(say(language, CliMessage::kHelpFlag));
  app.set_version_flag("--version", std::move(version), say(language, CliMessage::kVersionFlag))
      ->group(options);
  app.group(say(language, CliMessage::kCommandsGroup));  // inherited by each command
}

CLI::App* add_command(CLI::App& app, const std::string& name, const std::string& description,
                      Language language) {
  CLI::App* command = app.add_subcommand(name, description);
  command->get_help_ptr()->group(say(language, CliMessage::kOptionsGroup));
  return command;
}

void name_value_types(CLI::App& app, Language language) {
  for (CLI::Option* option : app.get_options())
    name_option_types(*option, language);
  for (CLI::App* command : app.get_subcommands([](CLI::App*) { return true; }))
    name_value_types(*command, language);
}

std::string usage_error(const CLI::ParseError& error, const CLI::App& app, Language language) {
  const CLI::App& command = command_read(app);
  if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr &&
      std::string_view(error.what()).starts_with("A subcommand")) {
    return say(language, CliMessage::kNameACommand, command_names(app)) + '\n';
  }
  std::string out;
  for (const std::string& problem : problems(error, app, command, language))
    out += full_name(command) + ": " + problem + '\n';
  return out + say(language, CliMessage::kSeeHelp, full_name(command) + " --help") + '\n';
}

}  // namespace lkjip
