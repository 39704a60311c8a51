#include "emit.h"

#include <iostream>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "choices.h"
#include "exit_codes.h"
#include "language_option.h"
#include "lkjip/format.h"
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
std::string format_choices() {
  const std::vector<OutputFormat>& formats = output_formats();
  std::string out;
  for (std::size_t i = 0; i < formats.size(); ++i) {
    if (i > 0) out += i + 1 == formats.size() ? " or " : ", ";
    out += formats[i].name;
    std::string note(formats[i].note);
    if (i == 0) note += note.empty() ? "the default" : "; the default";
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
  std::string whole;
  try {
    format.write(document, {}, [&](std::string_view piece) { whole.append(piece); });
  } catch (const std::runtime_error& error) {
    std::cerr << "lkjip: error: " << error.what() << '\n';
    return kExitUsageOrInput;
  }
  if (!options.output.empty()) return write_output_file(whole, options.output);
  return write_output(whole);
}

}  // namespace

void add_output_options(CLI::App& command, OutputOptions& options) {
  command
      .add_option("-O,--output-format,-f,--format", options.format,
                  format_choices() + "; without it, the extension of -o decides")
      ->check(one_of(format_names()));
  command.add_option("-o,--output", options.output,
                     "Write to this file (written whole, or not at all) instead of stdout");
  command
      .add_option("--locale", options.locale,
                  "csv and tsv: c ('.' decimal mark, ',' between fields) or id (',' decimal "
                  "mark, ';' between csv fields: what Excel set to Indonesian opens)")
      ->check(CLI::IsMember({"c", "id"}))
      ->capture_default_str();
  command
      .add_option("--header", options.header,
                  "csv and tsv: keys (one row of the stable column keys: for scripts) or labels "
                  "(a UTF-8 BOM, a title row per table, the column titles in the --lang language, "
                  "t.d.[n] with footnotes: for people); the default: labels with --locale id, "
                  "else keys")
      ->check(one_of({"keys", "labels"}));
  command
      .add_option("--color", options.color,
                  "text: bold titles and totals; auto uses them on a terminal unless NO_COLOR "
                  "is set or TERM=dumb")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  add_language_option(command, options.lang,
                      "Labels, headings and messages in id (Indonesian) or en (English); the "
                      "figures do not change");
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
      std::cerr << "lkjip: cannot tell the format from \"" << options.output << "\"; give -O ("
                << joined(format_names(), ", ") << ")\n";
      return nullptr;
    }
  }
  if (format->made_whole && options.output.empty() && stdout_is_terminal()) {
    std::cerr << "lkjip: an " << format->name << " " << format->noun
              << " is binary; write it with -o FILE" << format->extensions.front() << "\n";
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
                        options.output);
}

}  // namespace lkjip
