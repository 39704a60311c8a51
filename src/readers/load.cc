// One entry for every input format: the file's first bytes say which reader reads it.
#include <iostream>
#include <iterator>
#include <mutex>

#include "json/json_loader.h"
#include "json/read_file.h"
#include "lkjip/loader.h"
#include "reader_messages.h"
#include "xlsx/workbook_reader.h"

namespace lkjip {

namespace {

// Standard input, read whole the first time it is asked for and kept: it can be read only once,
// and a finding's place is looked up in the text again.
const std::string& standard_input_text() {
  static std::once_flag once;
  static std::string text;
  std::call_once(once, [] {
    text.assign(std::istreambuf_iterator<char>(std::cin.rdbuf()), std::istreambuf_iterator<char>());
  });
  return text;
}

// The text's first value, when it is an object: skips white space (and a UTF-8 BOM), then
// expects `{ "format" : "` and returns what follows.
std::optional<std::string_view> format_marker(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const auto skip = [&] {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n' ||
                             text.front() == '\r'))
      text.remove_prefix(1);
  };
  const auto expect = [&](std::string_view word) {
    skip();
    if (text.substr(0, word.size()) != word) return false;
    text.remove_prefix(word.size());
    return true;
  };
  if (!expect("{") || !expect("\"format\"") || !expect(":") || !expect("\"")) return std::nullopt;
  return text;
}

std::optional<std::string_view> output_kind_of_text(std::string_view text) {
  const std::optional<std::string_view> marker = format_marker(text);
  if (!marker) return std::nullopt;
  if (marker->substr(0, 14) == "lkjip-output/1") return "compute --format json";
  if (marker->substr(0, 16) == "lkjip-findings/1") return "check --format json";
  return std::nullopt;
}

bool starts_like_zip(std::string_view bytes) {
  return bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("PK\3\4", 4);
}

// An OLE2 compound file: an Excel 97-2003 .xls, or an .xlsx encrypted with a password.
bool starts_like_compound_file(std::string_view bytes) {
  return bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("\xD0\xCF\x11\xE0", 4);
}

}  // namespace

LkjipOutputError::LkjipOutputError(const std::string& file, std::string_view kind)
    : InputError(Location{file, {}, {}, {}}, say(ReaderMessage::kLkjipOutput, std::string(kind))),
      kind_(kind) {}

std::optional<std::string_view> lkjip_output_kind(const InputError& error) {
  const auto* output = dynamic_cast<const LkjipOutputError*>(&error);
  if (output == nullptr) return std::nullopt;
  return output->kind();
}

PerformanceReport load_report_file(const std::string& path,
                                   std::shared_ptr<const SourceMap>* sources,
                                   std::vector<Problem>* warnings) {
  if (path == kStandardInput) {
    const std::string& text = standard_input_text();
    if (const std::optional<std::string_view> kind = output_kind_of_text(text)) {
      throw LkjipOutputError(input_name(path), *kind);
    }
    const std::string name(kStandardInputName);
    if (!starts_like_zip(text)) return load_report_text(text, name, sources);
    WorkbookReading reading = read_report_workbook_bytes(text, name);
    if (sources != nullptr) *sources = std::move(reading.sources);
    if (warnings != nullptr) *warnings = std::move(reading.warnings);
    return std::move(reading.report);
  }
  // Opened once: its first bytes say what it is.
  auto file = std::make_shared<FileText>(path);
  const std::string_view start = file->text().substr(0, 256);
  if (const std::optional<std::string_view> kind = output_kind_of_text(start)) {
    throw LkjipOutputError(path, *kind);
  }
  if (starts_like_compound_file(start)) {
    throw InputError(Location{path, {}, {}, {}}, say(ReaderMessage::kXlsOrProtected));
  }
  if (!starts_like_zip(start)) return load_json_report_file(std::move(file), path, sources);
  // A workbook is read by seeking in it: a regular file from its name, a pipe from its bytes.
  WorkbookReading reading = file->regular() ? read_report_workbook_file(path)
                                            : read_report_workbook_bytes(file->text(), path);
  if (sources != nullptr) *sources = std::move(reading.sources);
  if (warnings != nullptr) *warnings = std::move(reading.warnings);
  return std::move(reading.report);
}

}  // namespace lkjip
