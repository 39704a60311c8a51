#include "lkjip/xlsxwriter_library.h"

namespace lkjip {
namespace {

XlsxWriterLibrary opened() {
  const LibraryInfo library{LKJIP_XLSXWRITER_SONAME, LKJIP_XLSXWRITER_PACKAGE,
                            Text{"menulis buku kerja .xlsx", "write .xlsx workbooks"}};
  void* handle = open_library(library);
  XlsxWriterLibrary table;
#define LKJIP_XLSXWRITER_LOOKUP(name) \
  table.name = reinterpret_cast<decltype(&::name)>(library_function(handle, library, #name));
  LKJIP_XLSXWRITER_FUNCTIONS(LKJIP_XLSXWRITER_LOOKUP)
#undef LKJIP_XLSXWRITER_LOOKUP
  return table;
}

}  // namespace

const XlsxWriterLibrary& xlsxwriter_library() {
  // A failed opening throws out of the initialisation, which the next call tries again.
  static const XlsxWriterLibrary library = opened();
  return library;
}

}  // namespace lkjip
