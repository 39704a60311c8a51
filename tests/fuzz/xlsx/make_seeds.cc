// Writes the seed corpus of fuzz_workbook into FOLDER: small workbooks from libxlsxwriter and
// hand-made ones whose parts are stored uncompressed, so that mutations reach the XML. With
// PARTS_FOLDER, also the seeds of fuzz_workbook_parts: the hand-made parts joined by NUL bytes.
//   make_seeds FOLDER [PARTS_FOLDER]
#include <xlsxwriter.h>
#include <zip.h>

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

namespace {

bool write_xlsxwriter_seed(const std::string& path, bool constant_memory) {
  lxw_workbook_options options = {};
  options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;  // inline strings
  lxw_workbook* workbook = workbook_new_opt(path.c_str(), &options);
  if (workbook == nullptr) return false;
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Indikator");
  worksheet_write_string(sheet, 0, 0, "Indikator", nullptr);
  worksheet_write_number(sheet, 0, 1, 73.75, nullptr);
  worksheet_write_number(sheet, 1, 1, 2696606251.0, nullptr);
  worksheet_write_formula_num(sheet, 2, 1, "=B1+B2", nullptr, 2696606324.75);
  worksheet_write_formula_str(sheet, 3, 0, "=\"a\"", nullptr, "a");
  worksheet_write_boolean(sheet, 3, 1, 1, nullptr);
  if (!constant_memory) {
    lxw_chartsheet* chartsheet = workbook_add_chartsheet(workbook, "Grafik");
    lxw_chart* chart = workbook_add_chart(workbook, LXW_CHART_LINE);
    chart_add_series(chart, nullptr, "=Indikator!$B$1:$B$2");
    chartsheet_set_chart(chartsheet, chart);
  }
  lxw_worksheet* second = workbook_add_worksheet(workbook, "Anggaran");
  worksheet_write_string(second, 4, 2, "Pagu", nullptr);
  return workbook_close(workbook) == LXW_NO_ERROR;
}

const char* const kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const char* const kRelationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const char* const kPackage = "http://schemas.openxmlformats.org/package/2006/relationships";

std::vector<std::pair<std::string, std::string>> hand_made_parts() {
  const std::string main = kMain;
  const std::string rels = kRelationships;
  const std::string package = kPackage;
  return {
      {"_rels/.rels", "<Relationships xmlns=\"" + package + "\"><Relationship Id=\"rId1\" Type=\"" +
                          rels + "/officeDocument\" Target=\"/xl/workbook.xml\"/></Relationships>"},
      {"xl/workbook.xml",
       "<x:workbook xmlns:x=\"" + main + "\" xmlns:r=\"" + rels +
           "\"><x:sheets><x:sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/>"
           "<x:sheet name=\"Dua\" sheetId=\"2\" r:id=\"rId2\"/></x:sheets></x:workbook>"},
      {"xl/_rels/workbook.xml.rels",
       "<Relationships xmlns=\"" + package + "\"><Relationship Id=\"rId1\" Type=\"" + rels +
           "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" +
           rels +
           "/worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/><Relationship Id=\"rId3\" "
           "Type=\"" +
           rels + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"},
      {"xl/sharedStrings.xml",
       "<sst xmlns=\"" + main +
           "\"><si><t>Target</t></si><si><r><t>Capaian </t></r><r><t>"
           "Kinerja</t></r></si><si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si>"
           "<si><t xml:space=\"preserve\"> a </t></si></sst>"},
      {"xl/worksheets/sheet1.xml",
       "<worksheet xmlns=\"" + main +
           "\"><sheetData><row r=\"2\"><c r=\"B2\" t=\"s\"><v>1</v>"
           "</c><c r=\"A2\"><v>8.4120000000000005E+1</v></c></row><row><c><v>1</v></c><c t=\"b\">"
           "<v>1</v></c><c t=\"e\"><f>1/0</f><v>#DIV/0!</v></c><c t=\"d\"><v>2024-01-31</v></c>"
           "<c t=\"str\"><f>\"x\"</f><v>x</v></c><c t=\"inlineStr\"><is><r><t>i</t></r><rPh><t>p"
           "</t></rPh></is></c><c r=\"XFD3\" t=\"s\"><v>2</v></c></row><row r=\"1\"><c r=\"A1\" "
           "s=\"1\"/><c r=\"C1\"><f>SUM(A2:B2)</f></c></row></sheetData></worksheet>"},
      {"xl/worksheets/sheet2.xml",
       "<x:worksheet xmlns:x=\"" + main +
           "\"><x:sheetData><x:row x:r=\"1048576\"><x:c r=\""
           "A1048576\" t=\"s\"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>"},
  };
}

bool write_hand_made_seed(const std::string& path, bool stored) {
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (archive == nullptr) return false;
  const auto parts = hand_made_parts();
  for (const auto& [name, content] : parts) {
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(source);
      zip_discard(archive);
      return false;
    }
    if (stored)
      zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
  }
  return zip_close(archive) == 0;  // reads the parts, which live until here
}

bool write_file(const std::string& path, const std::string& bytes) {
  FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) return false;
  const bool written = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size();
  return std::fclose(file) == 0 && written;
}

// The hand-made parts in the order fuzz_workbook_parts reads them, joined by NUL bytes.
bool write_parts_seed(const std::string& path) {
  const auto parts = hand_made_parts();
  std::string seed;
  for (const char* name : {"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml",
                           "xl/_rels/workbook.xml.rels", "_rels/.rels"}) {
    for (const auto& [part, content] : parts) {
      if (part == name) seed += content;
    }
    seed += '\0';
  }
  seed.pop_back();
  return write_file(path, seed);
}

// A worksheet with a DOCTYPE declaring entities, which the reader refuses.
bool write_doctype_seed(const std::string& path) {
  return write_file(path,
                    "<!DOCTYPE w [<!ENTITY a \"aa\"><!ENTITY b \"&a;&a;\">]><worksheet xmlns=\"" +
                        std::string(kMain) +
                        "\"><sheetData><row><c t=\"inlineStr\"><is><t>&b;</t></is></c></row>"
                        "</sheetData></worksheet>");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2 && argc != 3) {
    std::fprintf(stderr, "usage: make_seeds FOLDER [PARTS_FOLDER]\n");
    return 2;
  }
  const std::string folder = argv[1];
  const bool written = write_xlsxwriter_seed(folder + "/xlsxwriter.xlsx", false) &&
                       write_xlsxwriter_seed(folder + "/xlsxwriter-inline.xlsx", true) &&
                       write_hand_made_seed(folder + "/hand-made-stored.xlsx", true) &&
                       write_hand_made_seed(folder + "/hand-made.xlsx", false) &&
                       (argc == 2 || (write_parts_seed(std::string(argv[2]) + "/hand-made-parts") &&
                                      write_doctype_seed(std::string(argv[2]) + "/doctype")));
  if (!written) std::fprintf(stderr, "make_seeds: cannot write the seeds into %s\n", argv[1]);
  return written ? 0 : 1;
}
