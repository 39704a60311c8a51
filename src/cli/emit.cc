#include "emit.h"

#include <cstring>
#include <iostream>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "choices.h"
#include "cli_messages.h"
#include "exit_codes.h"
#include "language_option.h"
#include "lkjip/error.h"
#include "lkjip/format.h"
#include "lkjip/on_demand_library.h"
#include "lkjip/scratch_file.h"
#include "output.h"

namespace lkjip {
namespace {

std::vector<std::string> format_names() {
  std::vector<std::string> names;
  for (const OutputFormat& format : output_formats())
    names.emplace_back(format.name);
  return names;
}

// "text (aligned; the default), csv, ... xlsx or html": the first format is the default.
std::string format_choices(Language language) {
  const std::vector<OutputFormat>& formats = output_formats();
  std::string out;
  for (std::size_t i = 0; i < formats.size(); ++i) {
    if (i > 0)
      out += i + 1 == formats.size() ? (language == Language::kEnglish ? " or " : " atau ") : ", ";
    out += formats[i].name;
    std::string note(formats[i].note.in(language));
    if (i == 0) {
      const std::string the_default = say(language, CliMessage::kFormatDefault);
      note += note.empty() ? the_default : "; " + the_default;
    }
    if (!note.empty()) out += " (" + note + ")";
  }
  return out;
}

std::string joined(const std::vector<std::string>& parts, const char* separator) {
  std::string out;
  for (const std::string& part : parts)
    out += (out.empty() ? "" : separator) + part;
  return out;
}

// A binary file (xlsx: a zip archive), made whole before it is written: nothing is written when
// it cannot be made.
int emit_whole(const Document& document, const OutputFormat& format, const OutputOptions& options) {
  const Language language = language_of(options);
  std::string whole;
  try {
    format.write(document, {}, [&](std::string_view piece) { whole.append(piece); });
  } catch (const WorkbookLimitError& error) {
    std::cerr << "lkjip: error: " << workbook_limit_message(error, language) << "; "
              << say(language, CliMessage::kWorkbookOtherFormat) << '\n';
    return kExitUsageOrInput;
  } catch (const ScratchFileError& error) {
    std::cerr << "lkjip: error: "
              << say(language, CliMessage::kCannotWriteTemporary, printable(error.path()),
                     std::strerror(error.error_number()))
              << '\n';
    return kExitUsageOrInput;
  } catch (const LibraryUnavailable& unavailable) {  // xlsx without libxlsxwriter
    std::cerr << "lkjip: error: " << unavailable.message().in(language) << '\n';
    return kExitUsageOrInput;
  } catch (const std::runtime_error& error) {
    std::cerr << "lkjip: error: " << printable(error.what()) << '\n';
    return kExitUsageOrInput;
  }
  if (!options.output.empty()) return write_output_file(whole, options.output, language);
  return write_output(whole, language);
}

}  // namespace

std::string workbook_limit_message(const WorkbookLimitError& error, Language language) {
  if (error.limit == WorkbookLimitError::Limit::kRows)
    return say(language, CliMessage::kWorkbookTooManyRows, printable(error.sheet), error.size,
               error.most);
  return say(language, CliMessage::kWorkbookTextTooLong, printable(error.sheet) + "!" + error.cell,
             error.size, error.most);
}

void add_output_options(CLI::App& command, OutputOptions& options, Language language) {
  command
      .add_option("-O,--output-format,-f,--format", options.format,
                  say(language, CliMessage::kFormatOption, format_choices(language)))
      ->check(one_of(format_names(), language));
  command.add_option("-o,--output", options.output, say(language, CliMessage::kOutputOption));
  command.add_option("--locale", options.locale, say(language, CliMessage::kLocaleOption))
      ->check(one_of({"c", "id"}, language))
      ->capture_default_str();
  command.add_option("--header", options.header, say(language, CliMessage::kHeaderOption))
      ->check(one_of({"keys", "labels"}, language));
  command.add_option("--color", options.color, say(language, CliMessage::kColorOption))
      ->check(one_of({"auto", "always", "never"}, language))
      ->capture_default_str();
  add_language_option(command, options.lang, say(language, CliMessage::kLangOutputOption),
                      language);
}

Language language_of(const OutputOptions& options) {
  return language_of(options.lang);
}

const OutputFormat* resolve_format(const OutputOptions& options) {
  const OutputFormat* format = &output_formats().front();
  if (!options.format.empty()) {
    format = output_format_named(options.format);  // one of them: -O checks it
  } else if (!options.output.empty()) {
    format = output_format_of_file(options.output);
    if (format == nullptr) {
      std::cerr << say(language_of(options), CliMessage::kCannotTellFormat,
                       printable(options.output), joined(format_names(), ", "))
                << '\n';
      return nullptr;
    }
  }
  if (format->made_whole && options.output.empty() && stdout_is_terminal()) {
    std::cerr << say(language_of(options), CliMessage::kBinaryOutput, format->name,
                     format->noun.in(language_of(options)), format->extensions.front())
              << '\n';
    return nullptr;
  }
  return format;
}

int emit(const Document& document, const OutputFormat& format, const OutputOptions& options) {
  if (format.made_whole) return emit_whole(document, format, options);
  WriterOptions writer_options;
  writer_options.color = options.output.empty() && stdout_wants_color(options.color);
  writer_options.indonesian = options.locale == "id";
  writer_options.for_people =
      options.header.empty() ? writer_options.indonesian : options.header == "labels";
  return write_streamed([&](const TextSink& sink) { format.write(document, writer_options, sink); },
                        options.output, language_of(options));
}

}  // namespace lkjip
