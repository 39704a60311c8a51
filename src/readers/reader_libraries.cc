#include "lkjip/reader_libraries.h"

#include <expat.h>
#include <fmt/format.h>
#include <xlsxwriter.h>

#include <nlohmann/json.hpp>

#include "lkjip/zip_library.h"

namespace lkjip {

namespace {

// libzip's version at run time: the library is opened to ask it (it is otherwise opened only
// to read a workbook), and when it cannot be, that is what is shown.
std::string libzip_version() {
  try {
    return zip_library().zip_libzip_version();
  } catch (const LibraryUnavailable& unavailable) {
    return fmt::format("({})", unavailable.message().english);
  }
}

}  // namespace

std::string reader_libraries() {
  const XML_Expat_Version expat = XML_ExpatVersionInfo();
  return fmt::format("libxlsxwriter {}, libzip {}, expat {}.{}.{}, nlohmann/json {}.{}.{}",
                     LXW_VERSION, libzip_version(), expat.major, expat.minor, expat.micro,
                     NLOHMANN_JSON_VERSION_MAJOR, NLOHMANN_JSON_VERSION_MINOR,
                     NLOHMANN_JSON_VERSION_PATCH);
}

}  // namespace lkjip
