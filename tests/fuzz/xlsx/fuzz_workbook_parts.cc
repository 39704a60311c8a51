// libFuzzer target: the XML parts of a workbook, zipped here, read by read_workbook_bytes. The
// bytes a mutation changes inside a zip rarely survive its offsets and checksums; here every one
// reaches expat and the handlers. The input is up to five parts separated by NUL bytes (which no
// XML holds), in this order: the worksheet, the shared strings, the workbook, the workbook's
// relationships, the package's relationships; a part not given is a valid default.
#include <zip.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "workbook_cells.h"  // src/readers/xlsx

namespace {

constexpr std::array<std::string_view, 5> kPartNames = {
    "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels", "_rels/.rels"};

constexpr std::array<std::string_view, 5> kDefaults = {
    "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>",
    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>a</t></si>"
    "</sst>",
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\""
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet "
    "name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
    "Target=\"sharedStrings.xml\"/></Relationships>",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"};

lkjip::xlsx::Limits fuzzing_limits() {
  lkjip::xlsx::Limits limits;
  limits.max_uncompressed_bytes = 16 << 20;
  limits.max_sheets = 1'000;
  limits.max_cells = 200'000;
  limits.max_cell_text_bytes = 16 << 20;
  limits.max_shared_strings = 100'000;
  limits.max_shared_string_bytes = 8 << 20;
  return limits;
}

// The parts of the input, defaults where it gives none.
std::array<std::string_view, 5> split_parts(std::string_view input) {
  std::array<std::string_view, 5> parts = kDefaults;
  for (std::size_t i = 0; i < parts.size() && !input.empty(); ++i) {
    const std::size_t end = input.find('\0');
    parts[i] = input.substr(0, end);
    input = end == std::string_view::npos ? std::string_view() : input.substr(end + 1);
  }
  return parts;
}

// The parts zipped, stored uncompressed; empty if libzip fails.
std::string zipped(const std::array<std::string_view, 5>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_error_fini(&error);
  if (buffer == nullptr) return {};
  zip_source_keep(buffer);
  std::string bytes;
  if (zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, nullptr)) {
    bool added = true;
    for (std::size_t i = 0; i < parts.size() && added; ++i) {
      zip_source_t* source = zip_source_buffer(archive, parts[i].data(), parts[i].size(), 0);
      const zip_int64_t index =
          source ? zip_file_add(archive, kPartNames[i].data(), source, 0) : -1;
      if (index < 0) {
        zip_source_free(source);
        added = false;
      } else {
        zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
      }
    }
    const bool written = added && zip_close(archive) == 0;
    if (!written) zip_discard(archive);
    if (written && zip_source_open(buffer) == 0) {
      char chunk[1 << 16];
      for (zip_int64_t count; (count = zip_source_read(buffer, chunk, sizeof chunk)) > 0;) {
        bytes.append(chunk, static_cast<std::size_t>(count));
      }
      zip_source_close(buffer);
    }
  }
  zip_source_free(buffer);
  return bytes;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const lkjip::xlsx::Limits kLimits = fuzzing_limits();
  const std::string bytes =
      zipped(split_parts(std::string_view(reinterpret_cast<const char*>(data), size)));
  if (bytes.empty()) return 0;
  try {
    (void)lkjip::xlsx::read_workbook_bytes(bytes, kLimits);
  } catch (const lkjip::xlsx::WorkbookError&) {
    // Expected for bad input.
  }
  return 0;
}
