// One entry for every input format: the file's first bytes say which reader reads it.
#include <filesystem>
#include <fstream>

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

PerformanceReport load_report_file(const std::string& path,
                                   std::shared_ptr<const SourceMap>* sources,
                                   std::vector<Problem>* warnings) {
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
