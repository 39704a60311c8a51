#include "lkjip/zip_library.h"

namespace lkjip {
namespace {

ZipLibrary opened() {
  const LibraryInfo library{LKJIP_ZIP_SONAME, LKJIP_ZIP_PACKAGE,
                            Text{"membaca buku kerja .xlsx", "read .xlsx workbooks"}};
  void* handle = open_library(library);
  ZipLibrary table;
#define LKJIP_ZIP_LOOKUP(name) \
  table.name = reinterpret_cast<decltype(&::name)>(library_function(handle, library, #name));
  LKJIP_ZIP_FUNCTIONS(LKJIP_ZIP_LOOKUP)
#undef LKJIP_ZIP_LOOKUP
  return table;
}

}  // namespace

const ZipLibrary& zip_library() {
  // A failed opening throws out of the initialisation, which the next call tries again.
  static const ZipLibrary library = opened();
  return library;
}

}  // namespace lkjip
