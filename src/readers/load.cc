// One entry for every input format: the file's first bytes say which reader reads it.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <mutex>

#include "json/json_loader.h"
#include "lkjip/loader.h"
#include "reader_messages.h"
#include "xlsx/workbook_reader.h"

namespace lkjip {

bool is_workbook_file(const std::string& path) {
  // Only a regular file is looked into: the first bytes of a pipe, once read, are gone (and a
  // workbook, a zip archive, is read by seeking in it).
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) return false;
  std::ifstream file(path, std::ios::binary);
  char magic[4] = {};
  file.read(magic, sizeof magic);
  // Every .xlsx is a zip archive, whose first local header starts "PK\3\4".
  return file.gcount() == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
}

// An OLE2 compound file: an Excel 97-2003 .xls, or an .xlsx encrypted with a password.
bool is_compound_file(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) return false;
  std::ifstream file(path, std::ios::binary);
  unsigned char magic[4] = {};
  file.read(reinterpret_cast<char*>(magic), sizeof magic);
  return file.gcount() == 4 && magic[0] == 0xD0 && magic[1] == 0xCF && magic[2] == 0x11 &&
         magic[3] == 0xE0;
}

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

}  // namespace

std::optional<std::string_view> lkjip_output_kind(const std::string& path) {
  if (path == kStandardInput) return output_kind_of_text(standard_input_text());
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) return std::nullopt;
  std::ifstream file(path, std::ios::binary);
  char start[256] = {};  // the marker is at the start: the rest is not read
  file.read(start, sizeof start);
  return output_kind_of_text(std::string_view(start, static_cast<std::size_t>(file.gcount())));
}

PerformanceReport load_report_file(const std::string& path,
                                   std::shared_ptr<const SourceMap>* sources,
                                   std::vector<Problem>* warnings) {
  if (const std::optional<std::string_view> kind = lkjip_output_kind(path)) {
    throw InputError(Location{input_name(path), {}, {}, {}},
                     say(ReaderMessage::kLkjipOutput, std::string(*kind)));
  }
  if (path == kStandardInput) {
    const std::string& text = standard_input_text();
    const std::string name(kStandardInputName);
    if (!starts_like_zip(text)) return load_report_text(text, name, sources);
    WorkbookReading reading = read_report_workbook_bytes(text, name);
    if (sources != nullptr) *sources = std::move(reading.sources);
    if (warnings != nullptr) *warnings = std::move(reading.warnings);
    return std::move(reading.report);
  }
  if (is_compound_file(path)) {
    throw InputError(Location{path, {}, {}, {}}, say(ReaderMessage::kXlsOrProtected));
  }
  if (!is_workbook_file(path)) return load_json_report_file(path, sources);
  WorkbookReading reading = read_report_workbook_file(path);
  if (sources != nullptr) *sources = std::move(reading.sources);
  if (warnings != nullptr) *warnings = std::move(reading.warnings);
  return std::move(reading.report);
}

}  // namespace lkjip
