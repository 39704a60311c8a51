// Libraries opened when first needed rather than when lkjip starts: the workbook libraries
// (libxlsxwriter to write .xlsx, libzip to read it), which bring libcrypto, libbz2 and minizip
// with them. Mapping and relocating those costs every run of lkjip about 5 ms, a third of its
// start, though a command on JSON files never calls them (measured: bench/README.md).
#pragma once

#include <stdexcept>
#include <string>

#include "lkjip/language.h"

namespace lkjip {

// A library that cannot be opened (not installed) or lacks a function lkjip calls (another
// version): what could not be done, why, and what to install.
class LibraryUnavailable : public std::runtime_error {
 public:
  explicit LibraryUnavailable(Text message);
  const Text& message() const { return message_; }

 private:
  Text message_;
};

// What a library is for, in both languages ("to write .xlsx workbooks"), and how it is found.
struct LibraryInfo {
  const char* soname;   // "libxlsxwriter.so.4": of the library whose headers the build used
  const char* package;  // the Debian package that has it, "libxlsxwriter4"
  Text purpose;         // "menulis buku kerja .xlsx" / "write .xlsx workbooks"
};

// Opens the library (once per process: the system's loader keeps it) and returns its handle;
// throws LibraryUnavailable.
void* open_library(const LibraryInfo& library);
// The address of `function` in the library; throws LibraryUnavailable when it has none.
void* library_function(void* handle, const LibraryInfo& library, const char* function);

}  // namespace lkjip
