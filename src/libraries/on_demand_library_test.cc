#include "lkjip/on_demand_library.h"

#include <catch2/catch.hpp>

#include "lkjip/xlsxwriter_library.h"
#include "lkjip/zip_library.h"

namespace lkjip {
namespace {

const LibraryInfo kAbsent{"liblkjip-absent.so.9", "liblkjip-absent9",
                          Text{"menguji pesan", "test the message"}};

}  // namespace

// The test program is linked against both libraries: each function opened on demand is the very
// function the system's loader binds the linked name to.
TEST_CASE("the workbook libraries opened on demand give the functions lkjip is built against") {
  const XlsxWriterLibrary& xlsxwriter = xlsxwriter_library();
  CHECK(xlsxwriter.workbook_new_opt == &::workbook_new_opt);
  CHECK(xlsxwriter.worksheet_write_string == &::worksheet_write_string);
  CHECK(xlsxwriter.lxw_strerror == &::lxw_strerror);
  CHECK(&xlsxwriter_library() == &xlsxwriter);  // opened once
  const ZipLibrary& zip = zip_library();
  CHECK(zip.zip_open_from_source == &::zip_open_from_source);
  CHECK(zip.zip_error_strerror == &::zip_error_strerror);
  CHECK(std::string(zip.zip_libzip_version()) == ::zip_libzip_version());
  // Every one of them.
#define LKJIP_SAME_XLSXWRITER(name) CHECK(xlsxwriter.name == &::name);
  LKJIP_XLSXWRITER_FUNCTIONS(LKJIP_SAME_XLSXWRITER)
#undef LKJIP_SAME_XLSXWRITER
#define LKJIP_SAME_ZIP(name) CHECK(zip.name == &::name);
  LKJIP_ZIP_FUNCTIONS(LKJIP_SAME_ZIP)
#undef LKJIP_SAME_ZIP
}

TEST_CASE("a library that cannot be opened says which, what for, why and what to install") {
  try {
    open_library(kAbsent);
    FAIL("a library that does not exist was opened");
  } catch (const LibraryUnavailable& unavailable) {
    const Text& message = unavailable.message();
    CHECK_THAT(message.english,
               Catch::StartsWith("cannot open the library liblkjip-absent.so.9, which is needed "
                                 "to test the message: liblkjip-absent.so.9: cannot open shared "
                                 "object file"));
    CHECK_THAT(message.english, Catch::EndsWith("; install the package liblkjip-absent9"));
    CHECK_THAT(message.indonesian,
               Catch::StartsWith("pustaka liblkjip-absent.so.9 tidak dapat dibuka, padahal "
                                 "diperlukan untuk menguji pesan: "));
    CHECK_THAT(message.indonesian, Catch::EndsWith("; pasang paket liblkjip-absent9"));
    CHECK(std::string(unavailable.what()) == message.english);
  }
}

TEST_CASE("a library without a function lkjip calls is refused by the function's name") {
  const LibraryInfo zip{LKJIP_ZIP_SONAME, LKJIP_ZIP_PACKAGE, Text{"membaca", "read"}};
  void* handle = open_library(zip);
  CHECK(library_function(handle, zip, "zip_fread") == reinterpret_cast<void*>(&::zip_fread));
  try {
    library_function(handle, zip, "zip_lkjip_absent");
    FAIL("a function that does not exist was found");
  } catch (const LibraryUnavailable& unavailable) {
    CHECK_THAT(unavailable.message().english,
               Catch::StartsWith("the library " LKJIP_ZIP_SONAME
                                 " has no function zip_lkjip_absent (needed to read): "));
    CHECK_THAT(
        unavailable.message().indonesian,
        Catch::StartsWith("pustaka " LKJIP_ZIP_SONAME
                          " tidak memuat fungsi zip_lkjip_absent (diperlukan untuk membaca): "));
  }
}

}  // namespace lkjip
