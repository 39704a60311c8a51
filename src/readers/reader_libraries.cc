#include "lkjip/reader_libraries.h"

#include <expat.h>
#include <fmt/format.h>
#include <xlsxwriter.h>
#include <zip.h>

#include <nlohmann/json.hpp>

namespace lkjip {

std::string reader_libraries() {
  const XML_Expat_Version expat = XML_ExpatVersionInfo();
  return fmt::format("libxlsxwriter {}, libzip {}, expat {}.{}.{}, nlohmann/json {}.{}.{}",
                     LXW_VERSION, zip_libzip_version(), expat.major, expat.minor, expat.micro,
                     NLOHMANN_JSON_VERSION_MAJOR, NLOHMANN_JSON_VERSION_MINOR,
                     NLOHMANN_JSON_VERSION_PATCH);
}

}  // namespace lkjip
