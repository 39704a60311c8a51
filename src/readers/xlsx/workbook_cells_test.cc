#include "workbook_cells.h"

#include <stdlib.h>  // mkdtemp
#include <xlsxwriter.h>
#include <zip.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

using namespace lkjip::xlsx;

namespace {

// ---- Helpers: files, zips, workbooks ---------------------------------------------------------

class TemporaryFolder {
 public:
  TemporaryFolder() {
    char name[] = "/tmp/lkjip-xlsx-test-XXXXXX";
    if (::mkdtemp(name) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = name;
  }
  ~TemporaryFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;

  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

std::string read_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

void write_file(const std::string& path, std::string_view bytes) {
  std::ofstream(path, std::ios::binary)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// Content made on the fly while libzip compresses it: head, `filler` repeated, tail. Never held in
// memory whole, so that an entry of a gigabyte costs nothing.
struct GeneratedContent {
  std::string head;
  char filler = ' ';
  std::uint64_t filler_count = 0;
  std::string tail;
  std::uint64_t position = 0;

  std::uint64_t size() const { return head.size() + filler_count + tail.size(); }

  std::uint64_t read(char* out, std::uint64_t wanted) {
    std::uint64_t written = 0;
    while (written < wanted && position < size()) {
      const std::uint64_t filler_end = head.size() + filler_count;
      std::uint64_t count = 0;
      if (position < head.size()) {
        count = std::min(wanted - written, head.size() - position);
        std::memcpy(out + written, head.data() + position, count);
      } else if (position < filler_end) {
        count = std::min(wanted - written, filler_end - position);
        std::memset(out + written, filler, count);
      } else {
        count = std::min(wanted - written, size() - position);
        std::memcpy(out + written, tail.data() + (position - filler_end), count);
      }
      written += count;
      position += count;
    }
    return written;
  }

  static zip_int64_t callback(void* user, void* data, zip_uint64_t length,
                              zip_source_cmd_t command) {
    auto& content = *static_cast<GeneratedContent*>(user);
    switch (command) {
      case ZIP_SOURCE_OPEN:
        content.position = 0;
        return 0;
      case ZIP_SOURCE_READ:
        return static_cast<zip_int64_t>(content.read(static_cast<char*>(data), length));
      case ZIP_SOURCE_STAT: {
        auto* stat = ZIP_SOURCE_GET_ARGS(zip_stat_t, data, length, nullptr);
        zip_stat_init(stat);
        stat->size = content.size();
        stat->valid |= ZIP_STAT_SIZE;
        return sizeof(zip_stat_t);
      }
      case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                              ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE,
                                              -1);
      case ZIP_SOURCE_CLOSE:
      case ZIP_SOURCE_FREE:
        return 0;
      default:
        return -1;
    }
  }
};

// Writes a zip archive into memory with libzip.
class ZipWriter {
 public:
  ZipWriter() {
    zip_error_t error;
    zip_error_init(&error);
    buffer_ = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_source_keep(buffer_);
    archive_ = zip_open_from_source(buffer_, ZIP_TRUNCATE, &error);
    zip_error_fini(&error);
    if (archive_ == nullptr) throw std::runtime_error("cannot create a zip in memory");
  }
  ~ZipWriter() {
    if (archive_ != nullptr) zip_discard(archive_);
    zip_source_free(buffer_);
  }
  ZipWriter(const ZipWriter&) = delete;
  ZipWriter& operator=(const ZipWriter&) = delete;

  // Adds an entry; returns its index.
  zip_uint64_t add(const std::string& name, std::string content) {
    const std::string& kept = contents_.emplace_back(std::move(content));
    return add_source(name, zip_source_buffer(archive_, kept.data(), kept.size(), 0));
  }

  zip_uint64_t add_generated(const std::string& name, GeneratedContent content) {
    GeneratedContent& kept = generated_.emplace_back(std::move(content));
    return add_source(name, zip_source_function(archive_, &GeneratedContent::callback, &kept));
  }

  zip_t* archive() { return archive_; }

  // The bytes of the archive.
  std::string finish() {
    if (zip_close(archive_) != 0) throw std::runtime_error(zip_strerror(archive_));
    archive_ = nullptr;
    std::string bytes;
    if (zip_source_open(buffer_) != 0) throw std::runtime_error("cannot read the zip back");
    char chunk[1 << 16];
    for (zip_int64_t count; (count = zip_source_read(buffer_, chunk, sizeof chunk)) > 0;) {
      bytes.append(chunk, static_cast<std::size_t>(count));
    }
    zip_source_close(buffer_);
    return bytes;
  }

 private:
  zip_uint64_t add_source(const std::string& name, zip_source_t* source) {
    if (source == nullptr) throw std::runtime_error("cannot make a zip source");
    const zip_int64_t index = zip_file_add(archive_, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(source);
      throw std::runtime_error(zip_strerror(archive_));
    }
    return static_cast<zip_uint64_t>(index);
  }

  zip_source_t* buffer_ = nullptr;
  zip_t* archive_ = nullptr;
  std::deque<std::string> contents_;
  std::deque<GeneratedContent> generated_;
};

constexpr const char* kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char* kRelationshipsNs =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* kPackageRelationshipsNs =
    "http://schemas.openxmlformats.org/package/2006/relationships";

std::string xml_declaration() {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
}

std::string worksheet_xml(const std::string& sheet_data) {
  return xml_declaration() + "<worksheet xmlns=\"" + kMain + "\" xmlns:r=\"" + kRelationshipsNs +
         "\"><dimension ref=\"A1\"/><sheetData>" + sheet_data + "</sheetData></worksheet>";
}

std::string shared_strings_xml(const std::string& items) {
  return xml_declaration() + "<sst xmlns=\"" + kMain + "\">" + items + "</sst>";
}

// The parts of a small workbook written by hand, one worksheet per entry of `sheets`, to be
// changed by a test before zipping.
struct HandMadeWorkbook {
  std::map<std::string, std::string> parts;

  explicit HandMadeWorkbook(const std::vector<std::pair<std::string, std::string>>& sheets,
                            const std::optional<std::string>& shared_string_items) {
    std::string sheet_list;
    std::string relationships;
    for (std::size_t i = 0; i < sheets.size(); ++i) {
      const std::string number = std::to_string(i + 1);
      sheet_list += "<sheet name=\"" + sheets[i].first + "\" sheetId=\"" + number +
                    "\" r:id=\"rId" + number + "\"/>";
      relationships += "<Relationship Id=\"rId" + number + "\" Type=\"" + kRelationshipsNs +
                       "/worksheet\" Target=\"worksheets/sheet" + number + ".xml\"/>";
      parts["xl/worksheets/sheet" + number + ".xml"] = worksheet_xml(sheets[i].second);
    }
    if (shared_string_items) {
      relationships += std::string("<Relationship Id=\"rIdStrings\" Type=\"") + kRelationshipsNs +
                       "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
      parts["xl/sharedStrings.xml"] = shared_strings_xml(*shared_string_items);
    }
    parts["[Content_Types].xml"] =
        xml_declaration() +
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
    parts["_rels/.rels"] = xml_declaration() + "<Relationships xmlns=\"" + kPackageRelationshipsNs +
                           "\"><Relationship Id=\"rId1\" Type=\"" + kRelationshipsNs +
                           "/officeDocument\" Target=\"xl/workbook.xml\"/>" + "</Relationships>";
    parts["xl/workbook.xml"] = xml_declaration() + "<workbook xmlns=\"" + kMain + "\" xmlns:r=\"" +
                               kRelationshipsNs + "\"><sheets>" + sheet_list +
                               "</sheets></workbook>";
    parts["xl/_rels/workbook.xml.rels"] = xml_declaration() + "<Relationships xmlns=\"" +
                                          kPackageRelationshipsNs + "\">" + relationships +
                                          "</Relationships>";
  }

  // One sheet, "Data", holding `sheet_data`.
  static HandMadeWorkbook with_sheet(const std::string& sheet_data,
                                     const std::optional<std::string>& shared_string_items = {}) {
    return HandMadeWorkbook({{"Data", sheet_data}}, shared_string_items);
  }

  // The zip; with `stored`, the parts are not compressed (their text can be found and patched).
  std::string zip(bool stored = false) const {
    ZipWriter writer;
    for (const auto& [name, content] : parts) {
      const zip_uint64_t index = writer.add(name, content);
      if (stored) zip_set_file_compression(writer.archive(), index, ZIP_CM_STORE, 0);
    }
    return writer.finish();
  }
};

// A workbook of one sheet, "Data", holding `sheet_data`.
std::string one_sheet(const std::string& sheet_data,
                      const std::optional<std::string>& shared_string_items = {}) {
  return HandMadeWorkbook::with_sheet(sheet_data, shared_string_items).zip();
}

WorkbookError error_reading(std::string_view bytes, const Limits& limits = {}) {
  try {
    (void)read_workbook_bytes(bytes, limits);
  } catch (const WorkbookError& error) {
    return error;
  }
  throw std::logic_error("expected a WorkbookError, the workbook was read");
}

WorkbookError error_reading_file(const std::string& path) {
  try {
    (void)read_workbook_file(path);
  } catch (const WorkbookError& error) {
    return error;
  }
  throw std::logic_error("expected a WorkbookError, the workbook was read");
}

// The one sheet's cells as "A1 n 73.75" lines: name, type, text, "f" when a formula.
std::string listing(const Sheet& sheet) {
  static const char* const kTypeNames[] = {"n", "s", "inlineStr", "str", "b", "e", "d"};
  std::string out;
  for (const Cell& cell : sheet.cells) {
    out += cell_name(cell.row, cell.column) + ' ' + kTypeNames[static_cast<int>(cell.type)] + ' ' +
           cell.text + (cell.has_formula ? " f" : "") + '\n';
  }
  return out;
}

std::string only_sheet_listing(std::string_view bytes) {
  const Workbook workbook = read_workbook_bytes(bytes);
  REQUIRE(workbook.sheets.size() == 1);
  return listing(workbook.sheets.front());
}

// A workbook written by libxlsxwriter: numbers, strings (shared), formulas with cached values, a
// boolean, three worksheets and a chartsheet.
void write_xlsxwriter_workbook(const std::string& path) {
  lxw_workbook* workbook = workbook_new(path.c_str());
  REQUIRE(workbook != nullptr);
  lxw_worksheet* indicators = workbook_add_worksheet(workbook, "Indikator");
  worksheet_write_string(indicators, 0, 0, "Indikator Kinerja", nullptr);
  worksheet_write_string(indicators, 0, 1, "Target", nullptr);
  worksheet_write_string(indicators, 1, 0, "Persentase capaian", nullptr);
  worksheet_write_number(indicators, 1, 1, 73.75, nullptr);
  worksheet_write_number(indicators, 1, 2, 2696606251.0, nullptr);
  worksheet_write_number(indicators, 2, 1, 0.1, nullptr);
  worksheet_write_number(indicators, 2, 2, -5, nullptr);
  worksheet_write_formula_num(indicators, 3, 1, "=B2+B3", nullptr, 73.85);
  worksheet_write_formula_str(indicators, 3, 0, "=\"Jumlah\"", nullptr, "Jumlah");
  worksheet_write_boolean(indicators, 4, 0, 1, nullptr);
  worksheet_write_string(indicators, 1048575, 16383, "Persentase capaian", nullptr);

  lxw_chartsheet* chartsheet = workbook_add_chartsheet(workbook, "Grafik");
  lxw_chart* chart = workbook_add_chart(workbook, LXW_CHART_COLUMN);
  chart_add_series(chart, nullptr, "=Indikator!$B$2:$B$3");
  chartsheet_set_chart(chartsheet, chart);

  lxw_worksheet* budget = workbook_add_worksheet(workbook, "Anggaran");
  worksheet_write_string(budget, 0, 0, "Pagu", nullptr);
  worksheet_write_number(budget, 0, 1, 1250000000, nullptr);
  workbook_add_worksheet(workbook, "Kosong");
  REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
}

// A workbook written by libxlsxwriter whose numbers have number formats: A1 "0.00", B1 "#,##0",
// C1 "0.000", D1 built-in 10 ("0.00%"), E1 a currency with two decimals, F1 bold (General),
// G1 none; A2 a formula "0.00", B2 a string "0.000".
void write_formats_workbook(const std::string& path) {
  lxw_workbook* workbook = workbook_new(path.c_str());
  REQUIRE(workbook != nullptr);
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Capaian");
  lxw_format* two = workbook_add_format(workbook);
  format_set_num_format(two, "0.00");
  lxw_format* thousands = workbook_add_format(workbook);
  format_set_num_format(thousands, "#,##0");
  lxw_format* three = workbook_add_format(workbook);
  format_set_num_format(three, "0.000");
  lxw_format* percent = workbook_add_format(workbook);
  format_set_num_format_index(percent, 10);
  lxw_format* rupiah = workbook_add_format(workbook);
  format_set_num_format(rupiah, "\"Rp\" #,##0.00;[Red]-\"Rp\" #,##0.00");
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  worksheet_write_number(sheet, 0, 0, 73.5, two);  // typed 73,50: shows two decimals
  worksheet_write_number(sheet, 0, 1, 2696606251.0, thousands);
  worksheet_write_number(sheet, 0, 2, 0.125, three);
  worksheet_write_number(sheet, 0, 3, 0.735, percent);
  worksheet_write_number(sheet, 0, 4, 1250000, rupiah);
  worksheet_write_number(sheet, 0, 5, 7.25, bold);  // styled, but General
  worksheet_write_number(sheet, 0, 6, 1.5, nullptr);
  worksheet_write_formula_num(sheet, 1, 0, "=A1*2", two, 147);
  worksheet_write_string(sheet, 1, 1, "teks", three);
  REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
}

// A workbook whose one sheet holds `cells` numbers (a multiple of ten), ten to a row.
std::string workbook_with_many_cells(std::uint64_t cells) {
  ZipWriter writer;
  HandMadeWorkbook parts = HandMadeWorkbook::with_sheet("");
  parts.parts.erase("xl/worksheets/sheet1.xml");
  for (const auto& [name, content] : parts.parts)
    writer.add(name, content);
  // Rows without r and cells without r, each "<c><v>1</v></c>", ten to a row.
  std::string row = "<row>";
  for (int i = 0; i < 10; ++i)
    row += "<c><v>1</v></c>";
  row += "</row>";
  std::string rows;
  for (std::uint64_t i = 0; i < cells / 10; ++i)
    rows += row;
  writer.add("xl/worksheets/sheet1.xml", worksheet_xml(rows));
  return writer.finish();
}

// A zip whose one sheet is a bomb: a gigabyte of spaces, deflating about 1000 times.
std::string workbook_with_bomb() {
  ZipWriter writer;
  HandMadeWorkbook parts = HandMadeWorkbook::with_sheet("");
  parts.parts.erase("xl/worksheets/sheet1.xml");
  for (const auto& [name, content] : parts.parts)
    writer.add(name, content);
  GeneratedContent bomb;
  bomb.head = xml_declaration() + "<worksheet xmlns=\"" + kMain + "\"><sheetData>";
  bomb.filler_count = std::uint64_t{1} << 30;
  bomb.tail = "</sheetData></worksheet>";
  writer.add_generated("xl/worksheets/sheet1.xml", std::move(bomb));
  return writer.finish();
}

void put_le32(std::string& bytes, std::size_t at, std::uint32_t value) {
  for (int i = 0; i < 4; ++i)
    bytes[at + i] = static_cast<char>((value >> (8 * i)) & 0xFF);
}

// `zip` with the uncompressed size of entry `name` stated as `size`, in its local header and in
// the central directory, as a hostile file would lie.
std::string with_stated_size(std::string zip, const std::string& name, std::uint32_t size) {
  int patched = 0;
  for (std::size_t at = 0; at + 46 <= zip.size(); ++at) {
    if (zip.compare(at, 4, "PK\x03\x04") == 0 && zip.compare(at + 30, name.size(), name) == 0) {
      put_le32(zip, at + 22, size);
      ++patched;
    } else if (zip.compare(at, 4, "PK\x01\x02") == 0 &&
               zip.compare(at + 46, name.size(), name) == 0) {
      put_le32(zip, at + 24, size);
      ++patched;
    }
  }
  REQUIRE(patched == 2);
  return zip;
}

bool has_soffice() {
  return std::system("command -v soffice >/dev/null 2>&1") == 0;
}

// Converts `inputs` with LibreOffice, in one run (each run starts it anew, which is slow), into
// .xlsx files in `output_folder`; returns their paths.
std::vector<std::string> convert_with_libreoffice(const TemporaryFolder& folder,
                                                  const std::vector<std::string>& inputs,
                                                  const std::string& output_folder) {
  std::filesystem::create_directories(output_folder);
  std::string command =
      "soffice --headless -env:UserInstallation=file://" + folder.file("profile") +
      " --convert-to xlsx:'Calc MS Excel 2007 XML' --outdir '" + output_folder + "'";
  for (const std::string& input : inputs)
    command += " '" + input + "'";
  command += " >/dev/null 2>&1";
  REQUIRE(std::system(command.c_str()) == 0);
  std::vector<std::string> outputs;
  for (const std::string& input : inputs) {
    outputs.push_back(output_folder + "/" + std::filesystem::path(input).stem().string() + ".xlsx");
  }
  return outputs;
}

}  // namespace

// ---- Cell names ------------------------------------------------------------------------------

TEST_CASE("cell_name writes the A1 name of a cell", "[xlsx]") {
  CHECK(cell_name(7, 5) == "E7");
  CHECK(cell_name(1, 1) == "A1");
  CHECK(cell_name(1, 26) == "Z1");
  CHECK(cell_name(1, 27) == "AA1");
  CHECK(cell_name(12, 702) == "ZZ12");
  CHECK(cell_name(12, 703) == "AAA12");
  CHECK(cell_name(1, 16384) == "XFD1");
  CHECK(cell_name(1048576, 16384) == "XFD1048576");
}

TEST_CASE("parse_cell_name reads names within XFD1048576 and nothing else", "[xlsx]") {
  using Position = std::pair<std::uint32_t, std::uint32_t>;
  CHECK(parse_cell_name("E7") == Position{7, 5});
  CHECK(parse_cell_name("A1") == Position{1, 1});
  CHECK(parse_cell_name("AA10") == Position{10, 27});
  CHECK(parse_cell_name("XFD1") == Position{1, 16384});
  CHECK(parse_cell_name("XFD1048576") == Position{1048576, 16384});
  for (const char* bad : {"XFE1", "A1048577", "ZZZ1", "AAAA1", "A0", "A01", "a1", "$A$1", "A", "1",
                          "", "E7 ", " E7", "E-7", "E7:F8", "A99999999999"}) {
    INFO(bad);
    CHECK_FALSE(parse_cell_name(bad).has_value());
  }
  for (std::uint32_t column : {1u, 26u, 27u, 52u, 53u, 702u, 703u, 16384u}) {
    CHECK(parse_cell_name(cell_name(99, column)) == Position{99, column});
  }
}

// ---- Workbooks as Excel-like writers make them -----------------------------------------------

TEST_CASE("a libxlsxwriter workbook reads with its stored numbers, strings and formulas",
          "[xlsx]") {
  TemporaryFolder folder;
  const std::string path = folder.file("indikator.xlsx");
  write_xlsxwriter_workbook(path);
  const Workbook workbook = read_workbook_file(path);

  REQUIRE(workbook.sheets.size() == 3);  // the chartsheet is left out
  CHECK(workbook.sheets[0].name == "Indikator");
  CHECK(workbook.sheets[1].name == "Anggaran");
  CHECK(workbook.sheets[2].name == "Kosong");
  CHECK(listing(workbook.sheets[0]) ==
        "A1 s Indikator Kinerja\n"
        "B1 s Target\n"
        "A2 s Persentase capaian\n"
        "B2 n 73.75\n"
        "C2 n 2696606251\n"
        "B3 n 0.1\n"
        "C3 n -5\n"
        "A4 str Jumlah f\n"
        "B4 n 73.84999999999999 f\n"  // the cached 73.85 as libxlsxwriter stores it (%.16G)
        "A5 b 1\n"
        "XFD1048576 s Persentase capaian\n");
  CHECK(listing(workbook.sheets[1]) == "A1 s Pagu\nB1 n 1250000000\n");
  CHECK(workbook.sheets[2].cells.empty());

  const Cell* target = find_cell(workbook.sheets[0], 2, 2);
  REQUIRE(target != nullptr);
  CHECK(target->text == "73.75");
  CHECK(find_cell(workbook.sheets[0], 2, 4) == nullptr);

  // The same bytes from memory read the same.
  const Workbook from_bytes = read_workbook_bytes(read_file(path));
  REQUIRE(from_bytes.sheets.size() == 3);
  CHECK(listing(from_bytes.sheets[0]) == listing(workbook.sheets[0]));
}

TEST_CASE("numbers keep their stored text, never going through double", "[xlsx]") {
  CHECK(only_sheet_listing(one_sheet("<row r=\"1\">"
                                     "<c r=\"A1\"><v>8.4120000000000005E+1</v></c>"
                                     "<c r=\"B1\" t=\"n\"><v>2696606251</v></c>"
                                     "<c r=\"C1\"><v>0.30000000000000004</v></c>"
                                     "<c r=\"D1\"><v>1e-7</v></c>"
                                     "<c r=\"E1\"><v>-.5</v></c>"
                                     "<c r=\"F1\"><v>123456789012345678901234567890</v></c>"
                                     "</row>")) ==
        "A1 n 8.4120000000000005E+1\n"
        "B1 n 2696606251\n"
        "C1 n 0.30000000000000004\n"
        "D1 n 1e-7\n"
        "E1 n -.5\n"
        "F1 n 123456789012345678901234567890\n");
}

TEST_CASE("inline strings, booleans, errors, dates and formula strings", "[xlsx]") {
  CHECK(only_sheet_listing(one_sheet(
            "<row r=\"1\">"
            "<c r=\"A1\" t=\"inlineStr\"><is><t>Dinas Kesehatan</t></is></c>"
            "<c r=\"B1\" t=\"b\"><v>0</v></c>"
            "<c r=\"C1\" t=\"b\"><v>true</v></c>"
            "<c r=\"D1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
            "<c r=\"E1\" t=\"d\"><v>2024-12-31T00:00:00</v></c>"
            "<c r=\"F1\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c>"
            "<c r=\"G1\" t=\"str\"><f>\"\"</f><v></v></c>"
            "<c r=\"H1\"><f>SUM(A2:A3)</f></c>"
            "<c r=\"I1\" t=\"inlineStr\"><is><r><t>Kab. </t></r><r><rPr><b/></rPr><t>Bogor</t></r>"
            "</is></c>"
            "</row>")) ==
        "A1 inlineStr Dinas Kesehatan\n"
        "B1 b 0\n"
        "C1 b 1\n"
        "D1 e #DIV/0! f\n"
        "E1 d 2024-12-31T00:00:00\n"
        "F1 str ab f\n"
        "G1 str  f\n"
        "H1 n  f\n"  // a formula never calculated: no cached value, empty text
        "I1 inlineStr Kab. Bogor\n");
}

TEST_CASE("empty cells and empty rows are left out", "[xlsx]") {
  CHECK(only_sheet_listing(one_sheet("<row r=\"1\"/>"
                                     "<row r=\"2\"><c r=\"A2\" s=\"3\"/><c r=\"B2\"><v></v></c>"
                                     "<c r=\"C2\" t=\"s\"/><c r=\"D2\"><v>4</v></c></row>"
                                     "<row r=\"3\" spans=\"1:3\"></row>")) == "D2 n 4\n");
}

TEST_CASE("rows and cells out of order come sorted", "[xlsx]") {
  CHECK(only_sheet_listing(one_sheet("<row r=\"9\"><c r=\"C9\"><v>3</v></c><c r=\"A9\"><v>1</v></c>"
                                     "</row>"
                                     "<row r=\"2\"><c r=\"B2\"><v>2</v></c></row>"
                                     "<row r=\"5\"><c r=\"AA5\"><v>27</v></c><c r=\"Z5\"><v>26</v>"
                                     "</c></row>")) ==
        "B2 n 2\nZ5 n 26\nAA5 n 27\nA9 n 1\nC9 n 3\n");
}

TEST_CASE("rows and cells without r follow the ones before", "[xlsx]") {
  CHECK(only_sheet_listing(one_sheet("<row><c><v>1</v></c><c><v>2</v></c></row>"
                                     "<row r=\"4\"><c r=\"C4\"><v>3</v></c><c><v>4</v></c></row>"
                                     "<row><c><v>5</v></c></row>")) ==
        "A1 n 1\nB1 n 2\nC4 n 3\nD4 n 4\nA5 n 5\n");
}

TEST_CASE("shared strings: rich text runs joined, phonetic runs left out, whitespace kept",
          "[xlsx]") {
  const std::string items =
      "<si><t>Target</t></si>"
      "<si><r><rPr><b/></rPr><t>Capaian </t></r><r><t>Kinerja</t></r></si>"
      "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/></si>"
      "<si><t xml:space=\"preserve\">  dua spasi  </t></si>"
      "<si><t>Baris_x000D_\nbaru</t></si>"
      "<si><t/></si>";
  CHECK(only_sheet_listing(one_sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                                     "<c r=\"B1\" t=\"s\"><v>1</v></c>"
                                     "<c r=\"C1\" t=\"s\"><v>2</v></c>"
                                     "<c r=\"D1\" t=\"s\"><v>3</v></c>"
                                     "<c r=\"E1\" t=\"s\"><v>4</v></c>"
                                     "<c r=\"F1\" t=\"s\"><v>5</v></c></row>",
                                     items)) ==
        "A1 s Target\n"
        "B1 s Capaian Kinerja\n"
        "C1 s 東京\n"
        "D1 s   dua spasi  \n"
        "E1 s Baris_x000D_\nbaru\n"  // Excel's escapes are left as stored
        "F1 s \n");
}

TEST_CASE("prefixed namespaces (x:) and absolute relationship targets", "[xlsx]") {
  HandMadeWorkbook workbook = HandMadeWorkbook::with_sheet("");
  const std::string main = kMain;
  const std::string rels = kRelationshipsNs;
  workbook.parts["xl/workbook.xml"] =
      xml_declaration() + "<x:workbook xmlns:x=\"" + main + "\" xmlns:rel=\"" + rels +
      "\"><x:sheets><x:sheet name=\"Realisasi\" sheetId=\"1\" rel:id=\"rId7\"/></x:sheets>"
      "</x:workbook>";
  workbook.parts["xl/_rels/workbook.xml.rels"] =
      xml_declaration() + "<Relationships xmlns=\"" + kPackageRelationshipsNs +
      "\"><Relationship Id=\"rId7\" Type=\"" + rels +
      "/worksheet\" Target=\"/xl/worksheets/sheet1.xml\"/><Relationship Id=\"rId8\" Type=\"" +
      rels + "/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/></Relationships>";
  workbook.parts["xl/sharedStrings.xml"] =
      xml_declaration() + "<x:sst xmlns:x=\"" + main +
      "\"><x:si><x:t>Pagu</x:t></x:si><x:si><x:r><x:t>A</x:t></x:r><x:rPh><x:t>ignored</x:t>"
      "</x:rPh></x:si></x:sst>";
  workbook.parts["xl/worksheets/sheet1.xml"] =
      xml_declaration() + "<x:worksheet xmlns:x=\"" + main +
      "\"><x:sheetData><x:row x:r=\"3\"><x:c r=\"B3\" t=\"s\"><x:v>0</x:v></x:c>"
      "<x:c r=\"C3\" t=\"s\"><x:v>1</x:v></x:c><x:c r=\"D3\" t=\"inlineStr\"><x:is><x:t>i</x:t>"
      "</x:is></x:c><x:c r=\"E3\"><x:v>9.5</x:v></x:c></x:row></x:sheetData></x:worksheet>";
  const Workbook read = read_workbook_bytes(workbook.zip());
  REQUIRE(read.sheets.size() == 1);
  CHECK(read.sheets[0].name == "Realisasi");
  CHECK(listing(read.sheets[0]) == "B3 s Pagu\nC3 s A\nD3 inlineStr i\nE3 n 9.5\n");
}

TEST_CASE("Strict Open XML namespaces and a part in UTF-16 read alike", "[xlsx]") {
  HandMadeWorkbook workbook = HandMadeWorkbook::with_sheet("");
  for (auto& [name, content] : workbook.parts) {
    for (const auto& [transitional, strict] :
         {std::pair<std::string, std::string>{kMain,
                                              "http://purl.oclc.org/ooxml/spreadsheetml/main"},
          {kRelationshipsNs, "http://purl.oclc.org/ooxml/officeDocument/relationships"}}) {
      for (std::size_t at; (at = content.find(transitional)) != std::string::npos;) {
        content.replace(at, transitional.size(), strict);
      }
    }
  }
  const std::string sheet =
      "<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet xmlns=\"http://purl.oclc.org/ooxml/"
      "spreadsheetml/main\"><sheetData><row r=\"2\"><c r=\"B2\"><v>42.5</v></c></row></sheetData>"
      "</worksheet>";
  std::string utf16 = "\xFF\xFE";  // little-endian byte order mark
  for (const char c : sheet) {
    utf16 += c;
    utf16 += '\0';
  }
  workbook.parts["xl/worksheets/sheet1.xml"] = utf16;
  CHECK(only_sheet_listing(workbook.zip()) == "B2 n 42.5\n");
}

TEST_CASE("the workbook part is found through _rels/.rels; targets resolve as URIs", "[xlsx]") {
  HandMadeWorkbook workbook =
      HandMadeWorkbook::with_sheet("<row r=\"1\"><c r=\"A1\"><v>7</v></c></row>");
  auto moved = workbook.parts.extract("xl/workbook.xml");
  moved.key() = "book/main.xml";
  workbook.parts.insert(std::move(moved));
  auto moved_rels = workbook.parts.extract("xl/_rels/workbook.xml.rels");
  moved_rels.key() = "book/_rels/main.xml.rels";
  workbook.parts.insert(std::move(moved_rels));
  std::string& rels = workbook.parts["book/_rels/main.xml.rels"];
  // Relative to book/, with "." and "..", percent-encoded, in other case than the zip entry.
  rels.replace(rels.find("worksheets/sheet1"), 17, "../xl/./Work%73heets/SHEET1");
  workbook.parts["_rels/.rels"] = xml_declaration() + "<Relationships xmlns=\"" +
                                  kPackageRelationshipsNs + "\"><Relationship Id=\"rId1\" Type=\"" +
                                  kRelationshipsNs +
                                  "/officeDocument\" Target=\"/book/main.xml\"/></Relationships>";
  CHECK(only_sheet_listing(workbook.zip()) == "A1 n 7\n");
}

TEST_CASE("a workbook without sharedStrings.xml reads when no cell needs it", "[xlsx]") {
  const std::string bytes = one_sheet("<row r=\"1\"><c r=\"A1\"><v>1.5</v></c></row>");
  CHECK(only_sheet_listing(bytes) == "A1 n 1.5\n");
}

TEST_CASE("sheets keep the workbook's order, whatever the part names", "[xlsx]") {
  HandMadeWorkbook workbook({{"Satu", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"},
                             {"Dua", "<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>"},
                             {"Tiga &amp; Empat", "<row r=\"1\"><c r=\"A1\"><v>3</v></c></row>"}},
                            std::nullopt);
  std::string& list = workbook.parts["xl/workbook.xml"];
  // Put "Tiga" first in <sheets>.
  const std::size_t third = list.find("<sheet name=\"Tiga");
  const std::size_t third_end = list.find("/>", third) + 2;
  const std::string sheet = list.substr(third, third_end - third);
  list.erase(third, third_end - third);
  list.insert(list.find("<sheets>") + 8, sheet);
  const Workbook read = read_workbook_bytes(workbook.zip());
  REQUIRE(read.sheets.size() == 3);
  CHECK(read.sheets[0].name == "Tiga & Empat");
  CHECK(read.sheets[0].cells.at(0).text == "3");
  CHECK(read.sheets[1].name == "Satu");
  CHECK(read.sheets[2].name == "Dua");
}

// ---- LibreOffice -----------------------------------------------------------------------------

TEST_CASE("a workbook saved by LibreOffice reads", "[xlsx][libreoffice]") {
  if (!has_soffice()) {
    WARN("skipped: LibreOffice (soffice) is not installed");
    return;
  }
  TemporaryFolder folder;
  const std::string csv = folder.file("laporan.csv");
  write_file(csv, "Indikator,Target,Realisasi\nKinerja A,73.75,2696606251\nKinerja B,0.1,-5\n");
  const std::string original = folder.file("indikator.xlsx");
  write_xlsxwriter_workbook(original);
  const std::string formatted = folder.file("formats.xlsx");
  write_formats_workbook(formatted);
  const std::vector<std::string> saved =
      convert_with_libreoffice(folder, {csv, original, formatted}, folder.file("saved"));

  const Workbook from_csv = read_workbook_file(saved[0]);
  REQUIRE(from_csv.sheets.size() == 1);
  CHECK(from_csv.sheets[0].name == "laporan");
  CHECK(listing(from_csv.sheets[0]) ==
        "A1 s Indikator\nB1 s Target\nC1 s Realisasi\n"
        "A2 s Kinerja A\nB2 n 73.75\nC2 n 2696606251\n"
        "A3 s Kinerja B\nB3 n 0.1\nC3 n -5\n");

  // libxlsxwriter's workbook saved again by LibreOffice: formulas, a boolean, the chartsheet.
  const Workbook resaved = read_workbook_file(saved[1]);
  // LibreOffice has no chartsheets: it saves the chart on a worksheet of its own, without cells.
  REQUIRE(resaved.sheets.size() == 4);
  CHECK(resaved.sheets[0].name == "Indikator");
  CHECK(resaved.sheets[1].name == "Grafik");
  CHECK(resaved.sheets[1].cells.empty());
  CHECK(resaved.sheets[2].name == "Anggaran");
  CHECK(resaved.sheets[3].name == "Kosong");
  const Sheet& indicators = resaved.sheets[0];
  REQUIRE(find_cell(indicators, 2, 2) != nullptr);
  CHECK(find_cell(indicators, 2, 2)->text == "73.75");
  CHECK(find_cell(indicators, 2, 3)->text == "2696606251");
  const Cell* sum = find_cell(indicators, 4, 2);
  REQUIRE(sum != nullptr);
  CHECK(sum->has_formula);
  CHECK(sum->type == CellType::kNumber);
  CHECK(sum->text == "73.85");
  const Cell* label = find_cell(indicators, 4, 1);
  REQUIRE(label != nullptr);
  CHECK(label->has_formula);
  CHECK(label->text == "Jumlah");
  const Cell* flag = find_cell(indicators, 5, 1);
  REQUIRE(flag != nullptr);
  CHECK(flag->type == CellType::kBoolean);
  CHECK(flag->text == "1");
  CHECK(find_cell(resaved.sheets[2], 1, 2)->text == "1250000000");

  // Number formats as LibreOffice writes them again: the decimals shown stay.
  const Workbook formats = read_workbook_file(saved[2]);
  REQUIRE(formats.sheets.size() == 1);
  const auto decimals = [&](std::uint32_t row, std::uint32_t column) {
    const Cell* cell = find_cell(formats.sheets[0], row, column);
    REQUIRE(cell != nullptr);
    INFO(format_code(formats, *cell));
    return shown_decimals(format_code(formats, *cell));
  };
  CHECK(find_cell(formats.sheets[0], 1, 1)->text == "73.5");
  CHECK(decimals(1, 1) == 2);
  CHECK(decimals(1, 2) == 0);
  CHECK(decimals(1, 3) == 3);
  CHECK(decimals(1, 4) == 2);
  CHECK(decimals(1, 5) == 2);
  CHECK(decimals(1, 6) == std::nullopt);
  CHECK(decimals(1, 7) == std::nullopt);
  CHECK(decimals(2, 1) == 2);
}

// ---- Files that are not workbooks ------------------------------------------------------------

TEST_CASE("not a zip: text, empty, an OLE file, an encrypted workbook", "[xlsx][hostile]") {
  CHECK_THAT(error_reading("Indikator,Target\nA,1\n").what(),
             Catch::Contains("not a zip archive, so not an .xlsx workbook") &&
                 Catch::Contains("'Excel 2007-365 (.xlsx)'"));
  CHECK_THAT(error_reading("").what(), Catch::Contains("empty"));

  std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  ole.resize(1536, '\0');
  CHECK_THAT(error_reading(ole).what(),
             Catch::Contains("OLE compound file, not a zip") && Catch::Contains(".xls"));
  for (const char c : std::string_view("EncryptedPackage")) {
    ole += c;
    ole += '\0';
  }
  CHECK_THAT(error_reading(ole).what(), Catch::Contains("password-protected (encrypted)") &&
                                            Catch::Contains("save it as .xlsx"));

  TemporaryFolder folder;
  write_file(folder.file("encrypted.xlsx"), ole);
  CHECK_THAT(error_reading_file(folder.file("encrypted.xlsx")).what(),
             Catch::Contains("password-protected (encrypted)"));
  CHECK_THAT(error_reading_file(folder.file("missing.xlsx")).what(),
             Catch::StartsWith("cannot open the file: No such file"));
  CHECK_THAT(error_reading_file(folder.file("")).what(),
             Catch::StartsWith("this is a folder, not an .xlsx workbook file"));
  write_file(folder.file("empty.xlsx"), "");
  CHECK_THAT(error_reading_file(folder.file("empty.xlsx")).what(),
             Catch::StartsWith("the file is empty (0 bytes)"));
}

TEST_CASE("a truncated zip says so", "[xlsx][hostile]") {
  const std::string whole = one_sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
  for (const std::size_t kept :
       {whole.size() - 1, whole.size() - 30, whole.size() / 2, std::size_t{10}}) {
    INFO(kept);
    CHECK_THAT(error_reading(whole.substr(0, kept)).what(), Catch::Contains("truncated"));
  }
}

TEST_CASE("a zip that is not a workbook says what it is", "[xlsx][hostile]") {
  ZipWriter ods;
  ods.add("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
  ods.add("content.xml", "<office:document-content/>");
  CHECK_THAT(error_reading(ods.finish()).what(), Catch::Contains("OpenDocument file (.ods)"));

  ZipWriter other;
  other.add("readme.txt", "hello");
  CHECK_THAT(error_reading(other.finish()).what(),
             Catch::StartsWith("not an .xlsx workbook (no xl/workbook.xml in the zip archive)"));

  // An empty zip is its end record alone (libzip writes no file for an empty archive).
  std::string empty_zip = "PK\x05\x06";
  empty_zip.resize(22, '\0');
  CHECK_THAT(error_reading(empty_zip).what(),
             Catch::StartsWith("the zip archive is empty (it holds no files)"));
}

// ---- Hostile workbooks -----------------------------------------------------------------------

TEST_CASE("a zip bomb (a 1 GiB part) is refused", "[xlsx][hostile]") {
  const std::string bytes = workbook_with_bomb();
  CHECK(bytes.size() < (2u << 20));
  const std::string refused =
      "xl/worksheets/sheet1.xml expands to more than 500 times its compressed size";
  CHECK_THAT(error_reading(bytes).what(),
             Catch::StartsWith(refused) && Catch::Contains("zip bomb"));

  // Stating a small size in the zip does not help: the bytes are counted as they come.
  const std::string lying = with_stated_size(bytes, "xl/worksheets/sheet1.xml", 4000);
  CHECK_THAT(error_reading(lying).what(), Catch::StartsWith(refused));
}

TEST_CASE("the uncompressed bytes of all parts together are limited", "[xlsx][hostile]") {
  // Ten thousand rows of ten cells: about 1.7 MB of XML.
  const std::string bytes = workbook_with_many_cells(100'000);
  Limits limits;
  limits.max_uncompressed_bytes = 100'000;
  CHECK_THAT(
      error_reading(bytes, limits).what(),
      Catch::StartsWith("the workbook's XML parts come to more than 100000 bytes uncompressed"));
  CHECK(read_workbook_bytes(bytes).sheets.at(0).cells.size() == 100'000);
}

TEST_CASE("too many cells are refused with a clear message", "[xlsx][hostile]") {
  const std::string bytes = workbook_with_many_cells(1'000);
  Limits limits;
  limits.max_cells = 999;
  const WorkbookError error = error_reading(bytes, limits);
  CHECK_THAT(error.what(), Catch::Contains("more than 999 cells with values"));
  CHECK(error.sheet == "Data");
  CHECK(error.cell == "J100");  // the thousandth
  limits.max_cells = 1'000;
  CHECK(read_workbook_bytes(bytes, limits).sheets.at(0).cells.size() == 1'000);
}

TEST_CASE("shared strings: an index out of range, a bad index, too many, too large",
          "[xlsx][hostile]") {
  const std::string items = "<si><t>satu</t></si><si><t>dua</t></si>";
  WorkbookError error =
      error_reading(one_sheet("<row r=\"7\"><c r=\"E7\" t=\"s\"><v>2</v></c></row>", items));
  CHECK(error.sheet == "Data");
  CHECK(error.cell == "E7");
  CHECK_THAT(error.what(),
             Catch::StartsWith("sheet 'Data', cell E7: refers to shared string 2, but the "
                               "workbook has only 2"));
  CHECK_THAT(error_reading(one_sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")).what(),
             Catch::Contains("refers to shared string 0, but the workbook has no shared strings"));
  CHECK_THAT(error_reading(one_sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>-1</v></c></row>", items))
                 .what(),
             Catch::Contains("the shared-string index \"-1\" is not a number"));
  CHECK_THAT(error_reading(one_sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>99999999999999999999"
                                     "</v></c></row>",
                                     items))
                 .what(),
             Catch::Contains("is not a number"));

  Limits limits;
  limits.max_shared_strings = 1;
  CHECK_THAT(error_reading(one_sheet("", items), limits).what(),
             Catch::Contains("more than 1 shared strings"));
  limits = {};
  limits.max_shared_string_bytes = 6;
  CHECK_THAT(error_reading(one_sheet("", items), limits).what(),
             Catch::Contains("the shared strings come to more than 6 bytes"));
}

TEST_CASE("cell text is limited in total, shared strings counting for each use",
          "[xlsx][hostile]") {
  std::string rows = "<row r=\"1\">";
  for (int column = 1; column <= 100; ++column) {
    rows +=
        "<c r=\"" + cell_name(1, static_cast<std::uint32_t>(column)) + "\" t=\"s\"><v>0</v></c>";
  }
  rows += "</row>";
  const std::string bytes = one_sheet(rows, "<si><t>" + std::string(1000, 'x') + "</t></si>");
  Limits limits;
  limits.max_cell_text_bytes = 50'000;
  const WorkbookError error = error_reading(bytes, limits);
  CHECK_THAT(error.what(), Catch::Contains("of text together"));
  CHECK(error.cell == "AY1");  // the 51st
}

TEST_CASE("malformed XML reports the part, line and column", "[xlsx][hostile]") {
  HandMadeWorkbook workbook = HandMadeWorkbook::with_sheet("");
  workbook.parts["xl/worksheets/sheet1.xml"] =
      "<worksheet xmlns=\"" + std::string(kMain) + "\">\n<sheetData>\n  <row r=\"1\"></rows>";
  CHECK_THAT(error_reading(workbook.zip()).what(),
             Catch::StartsWith("xl/worksheets/sheet1.xml, line 3, column 16: malformed XML "
                               "(mismatched tag)"));

  workbook.parts["xl/worksheets/sheet1.xml"] = "";
  CHECK_THAT(error_reading(workbook.zip()).what(),
             Catch::StartsWith("xl/worksheets/sheet1.xml, line 1, column 1: malformed XML (no "
                               "element found)"));

  HandMadeWorkbook bad_rels = HandMadeWorkbook::with_sheet("");
  bad_rels.parts["xl/_rels/workbook.xml.rels"] = "<Relationships><Relationship";
  CHECK_THAT(
      error_reading(bad_rels.zip()).what(),
      Catch::StartsWith("xl/_rels/workbook.xml.rels, line 1,") && Catch::Contains("malformed XML"));
}

TEST_CASE("a DOCTYPE is refused: no entity ever expands", "[xlsx][hostile]") {
  const std::string laughs =
      "<?xml version=\"1.0\"?>\n"
      "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
      "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
      "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
      "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>\n"
      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<si><t>&lol3;</t></si></sst>";
  HandMadeWorkbook workbook =
      HandMadeWorkbook::with_sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", "");
  workbook.parts["xl/sharedStrings.xml"] = laughs;
  CHECK_THAT(error_reading(workbook.zip()).what(),
             Catch::StartsWith("xl/sharedStrings.xml, line 2,") &&
                 Catch::Contains("a DOCTYPE declaration") && Catch::Contains("refused"));

  HandMadeWorkbook external = HandMadeWorkbook::with_sheet("");
  external.parts["xl/workbook.xml"] =
      "<!DOCTYPE workbook SYSTEM \"file:///etc/passwd\"><workbook/>";
  CHECK_THAT(error_reading(external.zip()).what(), Catch::Contains("a DOCTYPE declaration"));
}

TEST_CASE("cell references beyond XFD1048576 or malformed are refused", "[xlsx][hostile]") {
  WorkbookError error = error_reading(one_sheet("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>"));
  CHECK(error.sheet == "Data");
  CHECK_THAT(error.what(), Catch::StartsWith("sheet 'Data': the cell reference \"XFE1\" lies "
                                             "beyond the last cell of a sheet, XFD1048576"));
  CHECK_THAT(error_reading(one_sheet("<row r=\"1\"><c r=\"A1048577\"><v>1</v></c></row>")).what(),
             Catch::Contains("\"A1048577\" lies beyond the last cell"));
  CHECK_THAT(error_reading(one_sheet("<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>")).what(),
             Catch::Contains("the cell reference \"1A\" is not a reference like E7"));
  CHECK_THAT(error_reading(one_sheet("<row r=\"1048577\"><c><v>1</v></c></row>")).what(),
             Catch::Contains("a row numbered \"1048577\": expected a row number from 1 to "
                             "1048576"));
  CHECK_THAT(error_reading(one_sheet("<row r=\"1048576\"/><row><c><v>1</v></c></row>")).what(),
             Catch::Contains("a row after row 1048576"));
  CHECK_THAT(error_reading(one_sheet("<row r=\"1\"><c r=\"XFD1\"><v>1</v></c><c><v>2</v></c>"
                                     "</row>"))
                 .what(),
             Catch::Contains("row 1 has a cell after column XFD (16384)"));
}

TEST_CASE("a cell stored twice is refused", "[xlsx][hostile]") {
  const WorkbookError error = error_reading(
      one_sheet("<row r=\"2\"><c r=\"B2\"><v>1</v></c></row><row r=\"3\"><c r=\"C3\"><v>2</v></c>"
                "</row><row r=\"2\"><c r=\"B2\"><v>3</v></c></row>"));
  CHECK(error.sheet == "Data");
  CHECK(error.cell == "B2");
  CHECK_THAT(error.what(), Catch::StartsWith("sheet 'Data', cell B2: the cell is stored twice"));
  CHECK_THAT(error_reading(one_sheet("<row><c><v>1</v></c><c r=\"A1\"><v>2</v></c></row>")).what(),
             Catch::Contains("cell A1: the cell is stored twice"));
}

TEST_CASE("unknown cell types and numbers that are not numbers are refused", "[xlsx][hostile]") {
  CHECK_THAT(error_reading(one_sheet("<row r=\"1\"><c r=\"C1\" t=\"x\"><v>1</v></c></row>")).what(),
             Catch::StartsWith("sheet 'Data', cell C1: an unknown cell type t=\"x\""));
  for (const char* bad : {"abc", "1,5", "1.2.3", "E5", "1e", "--1", " 1", "0x10", "NaN"}) {
    INFO(bad);
    CHECK_THAT(error_reading(
                   one_sheet("<row r=\"1\"><c r=\"A1\"><v>" + std::string(bad) + "</v></c></row>"))
                   .what(),
               Catch::Contains("as a number; expected digits like 73.75"));
  }
  CHECK_THAT(
      error_reading(one_sheet("<row r=\"1\"><c r=\"A1\" t=\"b\"><v>yes</v></c></row>")).what(),
      Catch::Contains("a boolean stored as \"yes\" (expected 0 or 1)"));
}

TEST_CASE("messages show hostile text printable and short", "[xlsx][hostile]") {
  const std::string long_type(5000, 'z');
  const std::string message = error_reading(one_sheet("<row r=\"1\"><c r=\"A1\" t=\"&#9;" +
                                                      long_type + "\"><v>1</v></c></row>"))
                                  .what();
  CHECK_THAT(message, Catch::Contains("t=\"\\x09zzz") && Catch::Contains("zzz...\""));
  CHECK(message.size() < 300);
}

TEST_CASE("broken package structure names what is missing", "[xlsx][hostile]") {
  HandMadeWorkbook no_relationship = HandMadeWorkbook::with_sheet("");
  std::string& list = no_relationship.parts["xl/workbook.xml"];
  list.replace(list.find("rId1"), 4, "rId9");
  WorkbookError error = error_reading(no_relationship.zip());
  CHECK(error.sheet == "Data");
  CHECK_THAT(error.what(), Catch::Contains("names the sheet by relationship \"rId9\", which "
                                           "xl/_rels/workbook.xml.rels does not have"));

  HandMadeWorkbook no_part = HandMadeWorkbook::with_sheet("");
  no_part.parts.erase("xl/worksheets/sheet1.xml");
  CHECK_THAT(error_reading(no_part.zip()).what(),
             Catch::Contains("its part \"xl/worksheets/sheet1.xml\" is missing"));

  HandMadeWorkbook nameless = HandMadeWorkbook::with_sheet("");
  std::string& nameless_list = nameless.parts["xl/workbook.xml"];
  nameless_list.replace(nameless_list.find("name=\"Data\""), 11, "");
  CHECK_THAT(error_reading(nameless.zip()).what(),
             Catch::Contains("lists a <sheet> without a name or an r:id"));

  Limits limits;
  limits.max_sheets = 2;
  CHECK_THAT(
      error_reading(HandMadeWorkbook({{"A", ""}, {"B", ""}, {"C", ""}}, std::nullopt).zip(), limits)
          .what(),
      Catch::Contains("more than 2 sheets"));
}

TEST_CASE("an entry encrypted inside the zip is refused", "[xlsx][hostile]") {
  ZipWriter writer;
  HandMadeWorkbook parts =
      HandMadeWorkbook::with_sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
  for (const auto& [name, content] : parts.parts) {
    const zip_uint64_t index = writer.add(name, content);
    if (name == "xl/worksheets/sheet1.xml" &&
        zip_file_set_encryption(writer.archive(), index, ZIP_EM_AES_256, "rahasia") != 0) {
      WARN("skipped: this libzip cannot write encrypted entries");
      return;
    }
  }
  CHECK_THAT(error_reading(writer.finish()).what(),
             Catch::StartsWith("xl/worksheets/sheet1.xml is encrypted inside the zip archive"));
}

TEST_CASE("a damaged zip entry is refused after its data fail the CRC", "[xlsx][hostile]") {
  std::string bytes =
      HandMadeWorkbook::with_sheet("<row r=\"1\"><c r=\"A1\"><v>7</v></c></row>").zip(true);
  const std::size_t value = bytes.find("<v>7</v>");
  REQUIRE(value != std::string::npos);
  bytes[value + 3] = '8';
  CHECK_THAT(error_reading(bytes).what(),
             Catch::StartsWith("cannot read xl/worksheets/sheet1.xml from the zip archive (CRC "
                               "error)") &&
                 Catch::Contains("the file is damaged"));
}

TEST_CASE("an entry compressed with an unknown method is refused", "[xlsx][hostile]") {
  std::string bytes = one_sheet("<row r=\"1\"><c r=\"A1\"><v>7</v></c></row>");
  const std::string name = "xl/worksheets/sheet1.xml";
  int patched = 0;
  for (std::size_t at = 0; at + 46 <= bytes.size(); ++at) {
    if (bytes.compare(at, 4, "PK\x03\x04") == 0 && bytes.compare(at + 30, name.size(), name) == 0) {
      bytes[at + 8] = 97;  // compression method 97: WavPack
      ++patched;
    } else if (bytes.compare(at, 4, "PK\x01\x02") == 0 &&
               bytes.compare(at + 46, name.size(), name) == 0) {
      bytes[at + 10] = 97;
      ++patched;
    }
  }
  REQUIRE(patched == 2);
  CHECK_THAT(error_reading(bytes).what(),
             Catch::StartsWith("xl/worksheets/sheet1.xml is compressed with a method this reader "
                               "does not support"));
}

TEST_CASE("an .xlsb or a .docx says what it is", "[xlsx][hostile]") {
  ZipWriter xlsb;
  xlsb.add("xl/workbook.bin", "binary");
  CHECK_THAT(error_reading(xlsb.finish()).what(),
             Catch::StartsWith("this is an Excel binary workbook (.xlsb)"));
  ZipWriter docx;
  docx.add("word/document.xml", "<w:document/>");
  CHECK_THAT(error_reading(docx.finish()).what(),
             Catch::StartsWith("this is a Word document (.docx)"));
}

TEST_CASE("a worksheet linked outside the package is refused", "[xlsx][hostile]") {
  HandMadeWorkbook workbook = HandMadeWorkbook::with_sheet("");
  std::string& rels = workbook.parts["xl/_rels/workbook.xml.rels"];
  const std::string target = "Target=\"worksheets/sheet1.xml\"";
  rels.replace(rels.find(target), target.size(),
               "Target=\"file:///etc/passwd\" TargetMode=\"External\"");
  const WorkbookError error = error_reading(workbook.zip());
  CHECK(error.sheet == "Data");
  CHECK_THAT(error.what(), Catch::Contains("the worksheet is an external link"));
}

TEST_CASE("deep nesting and floods of relationships are refused", "[xlsx][hostile]") {
  std::string nested;
  for (int i = 0; i < 300; ++i)
    nested += "<a>";
  for (int i = 0; i < 300; ++i)
    nested += "</a>";
  CHECK_THAT(error_reading(one_sheet(nested)).what(),
             Catch::StartsWith("xl/worksheets/sheet1.xml, line 2,") &&
                 Catch::Contains("elements nested more than 256 deep"));

  HandMadeWorkbook flooded = HandMadeWorkbook::with_sheet("");
  std::string extra;
  for (int i = 0; i < 10'001; ++i) {
    extra += "<Relationship Id=\"x" + std::to_string(i) + "\" Type=\"t\" Target=\"y\"/>";
  }
  std::string& rels = flooded.parts["xl/_rels/workbook.xml.rels"];
  rels.insert(rels.find("</Relationships>"), extra);
  Limits limits;
  limits.max_sheets = 1;
  CHECK_THAT(error_reading(flooded.zip(), limits).what(),
             Catch::StartsWith("xl/_rels/workbook.xml.rels has more than 10001 relationships"));
  CHECK(read_workbook_bytes(flooded.zip()).sheets.size() == 1);
}

// ---- Number formats --------------------------------------------------------------------------

namespace {

std::string styles_xml(const std::string& inside) {
  return xml_declaration() + "<styleSheet xmlns=\"" + kMain + "\">" + inside + "</styleSheet>";
}

// `workbook` with xl/styles.xml holding `styles`, named by the workbook's relationships.
HandMadeWorkbook with_styles(HandMadeWorkbook workbook, const std::string& styles) {
  std::string& rels = workbook.parts["xl/_rels/workbook.xml.rels"];
  rels.insert(rels.find("</Relationships>"), std::string("<Relationship Id=\"rIdStyles\" Type=\"") +
                                                 kRelationshipsNs +
                                                 "/styles\" Target=\"styles.xml\"/>");
  workbook.parts["xl/styles.xml"] = styles;
  return workbook;
}

// Each cell of the only sheet as "A1 73.5 0.00" lines: name, text, format code.
std::string format_listing(const Workbook& workbook) {
  REQUIRE(workbook.sheets.size() == 1);
  std::string out;
  for (const Cell& cell : workbook.sheets.front().cells) {
    out += cell_name(cell.row, cell.column) + ' ' + cell.text + ' ' +
           std::string(format_code(workbook, cell)) + '\n';
  }
  return out;
}

}  // namespace

TEST_CASE("Cell stays small", "[xlsx]") {
  STATIC_REQUIRE(sizeof(Cell) <= 56);
  CHECK(sizeof(Cell) == 16 + sizeof(std::string));
}

TEST_CASE("libxlsxwriter number formats read back with their codes and decimals", "[xlsx]") {
  TemporaryFolder folder;
  const std::string path = folder.file("formats.xlsx");
  write_formats_workbook(path);

  const Workbook read = read_workbook_file(path);
  CHECK(format_listing(read) ==
        "A1 73.5 0.00\n"
        "B1 2696606251 #,##0\n"
        "C1 0.125 0.000\n"
        "D1 0.735 0.00%\n"
        "E1 1250000 \"Rp\" #,##0.00;[Red]-\"Rp\" #,##0.00\n"
        "F1 7.25 General\n"
        "G1 1.5 General\n"
        "A2 147 0.00\n"
        "B2 teks 0.000\n");
  const Sheet& cells = read.sheets.front();
  CHECK(read.formats.front() == "General");
  CHECK(shown_decimals(format_code(read, *find_cell(cells, 1, 1))) == 2);
  CHECK(shown_decimals(format_code(read, *find_cell(cells, 1, 2))) == 0);
  CHECK(shown_decimals(format_code(read, *find_cell(cells, 1, 3))) == 3);
  CHECK(shown_decimals(format_code(read, *find_cell(cells, 1, 4))) == 2);
  CHECK(shown_decimals(format_code(read, *find_cell(cells, 1, 5))) == 2);
  CHECK(shown_decimals(format_code(read, *find_cell(cells, 1, 6))) == std::nullopt);
  CHECK(find_cell(cells, 1, 6)->format == 0);
  CHECK(find_cell(cells, 1, 7)->format == 0);
  // Each code once in the table.
  CHECK(find_cell(cells, 2, 1)->format == find_cell(cells, 1, 1)->format);
  CHECK(read.formats.size() == 6);
}

TEST_CASE("a workbook without styles has every cell General", "[xlsx]") {
  const Workbook workbook = read_workbook_bytes(
      one_sheet("<row r=\"1\"><c r=\"A1\" s=\"3\"><v>73.5</v></c><c r=\"B1\"><v>2</v></c></row>"));
  CHECK(format_listing(workbook) == "A1 73.5 General\nB1 2 General\n");
  CHECK(workbook.formats == std::vector<std::string>{"General"});
}

TEST_CASE("styles.xml: custom and built-in formats, cellXfs by index, cellStyleXfs ignored",
          "[xlsx]") {
  const std::string styles = styles_xml(
      "<numFmts count=\"4294967295\">"  // a count is never trusted
      "<numFmt numFmtId=\"164\" formatCode=\"#,##0.000;[Red]-#,##0.000\"/>"
      "<numFmt numFmtId=\"165\" formatCode=\"[$-421]0.0%\"/>"
      "<numFmt numFmtId=\"166\" formatCode=\"0.00\\ \\%\"/>"
      "</numFmts>"
      "<cellStyleXfs count=\"1\"><xf numFmtId=\"4\"/></cellStyleXfs>"
      "<cellXfs count=\"99999999\">"
      "<xf numFmtId=\"0\" xfId=\"0\"/>"
      "<xf numFmtId=\"164\" xfId=\"0\" applyNumberFormat=\"1\"/>"
      "<xf numFmtId=\"165\"/>"
      "<xf numFmtId=\"2\"/>"
      "<xf numFmtId=\"14\"/>"
      "<xf numFmtId=\"30\"/>"  // locale-dependent, not defined: General
      "<xf/>"
      "<xf numFmtId=\"166\"/>"
      "<xf numFmtId=\"49\"/>"
      "</cellXfs>");
  std::string row = "<row r=\"1\">";
  for (int s = 0; s <= 8; ++s) {
    row += "<c r=\"" + cell_name(1, static_cast<std::uint32_t>(s + 1)) + "\" s=\"" +
           std::to_string(s) + "\"><v>1</v></c>";
  }
  row += "<c r=\"J1\"><v>2</v></c></row>";
  const Workbook workbook =
      read_workbook_bytes(with_styles(HandMadeWorkbook::with_sheet(row), styles).zip());
  CHECK(format_listing(workbook) ==
        "A1 1 General\n"
        "B1 1 #,##0.000;[Red]-#,##0.000\n"
        "C1 1 [$-421]0.0%\n"
        "D1 1 0.00\n"
        "E1 1 mm-dd-yy\n"
        "F1 1 General\n"
        "G1 1 General\n"
        "H1 1 0.00\\ \\%\n"
        "I1 1 @\n"
        "J1 2 General\n");
  CHECK(workbook.formats == std::vector<std::string>{"General", "#,##0.000;[Red]-#,##0.000",
                                                     "[$-421]0.0%", "0.00", "mm-dd-yy",
                                                     "0.00\\ \\%", "@"});

  // A cell without s takes cell format 0, whatever it is.
  const std::string first_is_two =
      styles_xml("<cellXfs count=\"1\"><xf numFmtId=\"2\"/></cellXfs>");
  CHECK(format_listing(read_workbook_bytes(
            with_styles(HandMadeWorkbook::with_sheet("<row r=\"1\"><c r=\"A1\"><v>5</v></c></row>"),
                        first_is_two)
                .zip())) == "A1 5 0.00\n");
  // A styles part without cellXfs: s="0" is General.
  CHECK(format_listing(read_workbook_bytes(
            with_styles(
                HandMadeWorkbook::with_sheet("<row r=\"1\"><c r=\"A1\" s=\"0\"><v>5</v></c></row>"),
                styles_xml(""))
                .zip())) == "A1 5 General\n");
}

TEST_CASE("a style index beyond cellXfs or not a number is an error naming the cell",
          "[xlsx][hostile]") {
  const std::string styles =
      styles_xml("<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"2\"/></cellXfs>");
  const WorkbookError beyond = error_reading(
      with_styles(
          HandMadeWorkbook::with_sheet("<row r=\"7\"><c r=\"E7\" s=\"2\"><v>1</v></c></row>"),
          styles)
          .zip());
  CHECK(beyond.sheet == "Data");
  CHECK(beyond.cell == "E7");
  CHECK_THAT(beyond.what(), Catch::StartsWith("sheet 'Data', cell E7: refers to cell format "
                                              "(style) 2, but the styles part has only 2"));
  CHECK_THAT(error_reading(with_styles(HandMadeWorkbook::with_sheet(
                                           "<row r=\"1\"><c r=\"A1\" s=\"x\"><v>1</v></c></row>"),
                                       styles)
                               .zip())
                 .what(),
             Catch::Contains("cell A1: the style index s=\"x\" is not a number"));
  // An empty cell is left out, its style unread.
  CHECK(read_workbook_bytes(
            with_styles(HandMadeWorkbook::with_sheet("<row r=\"1\"><c r=\"A1\" s=\"99\"/></row>"),
                        styles)
                .zip())
            .sheets.front()
            .cells.empty());
}

TEST_CASE("a hostile styles.xml is refused with a clear message", "[xlsx][hostile]") {
  const std::string cell = "<row r=\"1\"><c r=\"A1\" s=\"0\"><v>1</v></c></row>";
  const std::string laughs =
      "<?xml version=\"1.0\"?>\n"
      "<!DOCTYPE s [<!ENTITY a \"0.00\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n" +
      styles_xml("<numFmts><numFmt numFmtId=\"164\" formatCode=\"&b;\"/></numFmts>");
  CHECK_THAT(error_reading(with_styles(HandMadeWorkbook::with_sheet(cell), laughs).zip()).what(),
             Catch::StartsWith("xl/styles.xml, line 2,") &&
                 Catch::Contains("a DOCTYPE declaration") && Catch::Contains("refused"));

  std::string many = "<numFmts count=\"100001\">";
  for (int id = 0; id < 100'001; ++id) {
    many += "<numFmt numFmtId=\"" + std::to_string(164 + id) + "\" formatCode=\"0.0\"/>";
  }
  many += "</numFmts>";
  CHECK_THAT(
      error_reading(with_styles(HandMadeWorkbook::with_sheet(cell), styles_xml(many)).zip()).what(),
      Catch::StartsWith("xl/styles.xml defines more than 100000 number formats (<numFmt>)"));

  std::string xfs = "<cellXfs>";
  for (int i = 0; i < 11; ++i)
    xfs += "<xf numFmtId=\"2\"/>";
  xfs += "</cellXfs>";
  Limits limits;
  limits.max_cell_formats = 10;
  CHECK_THAT(
      error_reading(with_styles(HandMadeWorkbook::with_sheet(cell), styles_xml(xfs)).zip(), limits)
          .what(),
      Catch::StartsWith("xl/styles.xml has more than 10 cell formats (<cellXfs><xf>)"));

  CHECK_THAT(error_reading(with_styles(HandMadeWorkbook::with_sheet(cell),
                                       styles_xml("<numFmts><numFmt numFmtId=\"-1\" "
                                                  "formatCode=\"0\"/></numFmts>"))
                               .zip())
                 .what(),
             Catch::Contains("has a <numFmt> whose numFmtId is \"-1\", not a number"));
  CHECK_THAT(error_reading(with_styles(HandMadeWorkbook::with_sheet(cell),
                                       styles_xml("<numFmts><numFmt numFmtId=\"164\"/></numFmts>"))
                               .zip())
                 .what(),
             Catch::Contains("a <numFmt> without a formatCode"));
  CHECK_THAT(error_reading(with_styles(HandMadeWorkbook::with_sheet(cell),
                                       styles_xml("<cellXfs><xf numFmtId=\"9999999999999\"/>"
                                                  "</cellXfs>"))
                               .zip())
                 .what(),
             Catch::Contains("has a <xf> whose numFmtId is \"9999999999999\", not a number"));
}

TEST_CASE("shown_decimals reads the decimals of a format's first section", "[xlsx]") {
  const std::vector<std::pair<std::string_view, std::optional<int>>> cases = {
      {"0.00", 2},
      {"0", 0},
      {"#,##0", 0},
      {"#,##0.00", 2},
      {"0.000", 3},
      {"#,##0.000;[Red]-#,##0.000", 3},
      {"0.0%", 1},
      {"0%", 0},
      {"0.00%", 2},
      {"\"Rp\" #,##0.00", 2},
      {"\"Rp.\" #,##0", 0},  // the point in quotes is text
      {"0.00\\ \\%", 2},
      {"0\\.0", 0},  // an escaped point is text
      {"[$-421]#,##0.0", 1},
      {"[$Rp-421]#,##0.00", 2},
      {"[$\xE2\x82\xAC-407] #,##0.00", 2},
      {"[Red]0.0", 1},
      {"[Color10]#,##0.00;[Red]-#,##0.00", 2},
      {"[>=100]0.0;0.00", 1},
      {"#,##0.00_);(#,##0.00)", 2},
      {"#,##0 ;(#,##0)", 0},
      {"_(* #,##0.00_);_(* \\(#,##0.00\\);_(* \"-\"??_);_(@_)", 2},
      {"0.0,,\" jt\"", 1},
      {"#,##0.##", 2},
      {"0.0?", 2},
      {"0.00 \"kg\"", 2},
      {"General", std::nullopt},
      {"general", std::nullopt},
      {"\"Rp\" General", std::nullopt},
      {"@", std::nullopt},
      {"0.00E+00", std::nullopt},
      {"##0.0E+0", std::nullopt},
      {"0.00e-0", std::nullopt},
      {"# ?/?", std::nullopt},
      {"# ?\?/??", std::nullopt},
      {"mm-dd-yy", std::nullopt},
      {"d-mmm-yy", std::nullopt},
      {"h:mm AM/PM", std::nullopt},
      {"[h]:mm:ss", std::nullopt},
      {"mmss.0", std::nullopt},
      {"[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy", std::nullopt},
      {"yyyy-mm-dd", std::nullopt},
      {"\"text only\"", std::nullopt},
      {"", std::nullopt},
      {";;;", std::nullopt},
      {";0.00", std::nullopt},
      {"[Red", std::nullopt},
      {"\"unclosed 0.00", std::nullopt},
      {"0.00\\", 2},
      {"0.00_", 2},
  };
  for (const auto& [code, decimals] : cases) {
    INFO(code);
    CHECK(shown_decimals(code) == decimals);
  }
}
