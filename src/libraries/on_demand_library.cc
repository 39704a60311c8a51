#include "lkjip/on_demand_library.h"

#include <dlfcn.h>
#include <fmt/format.h>

namespace lkjip {

LibraryUnavailable::LibraryUnavailable(Text message)
    : std::runtime_error(message.english), message_(std::move(message)) {}

namespace {

// dlerror()'s reason, or a word when it gives none.
std::string loader_reason() {
  const char* reason = ::dlerror();
  return reason != nullptr ? reason : "?";
}

}  // namespace

void* open_library(const LibraryInfo& library) {
  void* handle = ::dlopen(library.soname, RTLD_NOW | RTLD_LOCAL);
  if (handle != nullptr) return handle;
  const std::string reason = loader_reason();
  throw LibraryUnavailable(Text{
      fmt::format("pustaka {} tidak dapat dibuka, padahal diperlukan untuk {}: {}; pasang paket {}",
                  library.soname, library.purpose.indonesian, reason, library.package),
      fmt::format("cannot open the library {}, which is needed to {}: {}; install the package {}",
                  library.soname, library.purpose.english, reason, library.package)});
}

void* library_function(void* handle, const LibraryInfo& library, const char* function) {
  ::dlerror();  // a symbol's address may be null: only dlerror() tells a missing one
  void* address = ::dlsym(handle, function);
  if (address != nullptr) return address;
  const std::string reason = loader_reason();
  throw LibraryUnavailable(Text{
      fmt::format("pustaka {} tidak memuat fungsi {} (diperlukan untuk {}): {}; pasang paket {} "
                  "versi yang dipakai saat lkjip dibangun",
                  library.soname, function, library.purpose.indonesian, reason, library.package),
      fmt::format("the library {} has no function {} (needed to {}): {}; install the version of "
                  "the package {} lkjip was built with",
                  library.soname, function, library.purpose.english, reason, library.package)});
}

}  // namespace lkjip
