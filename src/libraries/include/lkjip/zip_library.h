// libzip, opened when lkjip first reads a workbook (on_demand_library.h): its functions are
// called through zip_library(), never by name (lkjip is not linked against it).
#pragma once

#include <zip.h>

#include "lkjip/on_demand_library.h"

namespace lkjip {

// Every function of libzip lkjip calls.
#define LKJIP_ZIP_FUNCTIONS(X) \
  X(zip_libzip_version)        \
  X(zip_source_buffer_create)  \
  X(zip_source_file_create)    \
  X(zip_source_free)           \
  X(zip_open_from_source)      \
  X(zip_discard)               \
  X(zip_get_error)             \
  X(zip_get_name)              \
  X(zip_get_num_entries)       \
  X(zip_name_locate)           \
  X(zip_stat_init)             \
  X(zip_stat_index)            \
  X(zip_fopen_index)           \
  X(zip_fread)                 \
  X(zip_fclose)                \
  X(zip_file_get_error)        \
  X(zip_error_init)            \
  X(zip_error_fini)            \
  X(zip_error_code_zip)        \
  X(zip_error_strerror)

struct ZipLibrary {
#define LKJIP_ZIP_POINTER(name) decltype(&::name) name = nullptr;
  LKJIP_ZIP_FUNCTIONS(LKJIP_ZIP_POINTER)
#undef LKJIP_ZIP_POINTER
};

// The library, opened at the first call; throws LibraryUnavailable when it cannot be (and
// tries again at the next call).
const ZipLibrary& zip_library();

}  // namespace lkjip
