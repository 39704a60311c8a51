#include "read_file.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <cctype>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

using namespace lkjip;

namespace {

// The resident size, in kB, of this process's mapping that starts at `start` (from
// /proc/self/smaps), or -1 when there is none.
long resident_kb(const void* start) {
  std::ifstream smaps("/proc/self/smaps");
  const auto wanted = reinterpret_cast<std::uintptr_t>(start);
  bool in_mapping = false;
  for (std::string line; std::getline(smaps, line);) {
    const std::size_t dash = line.find('-');
    if (dash != std::string::npos && dash > 0 && line.find(' ') > dash &&
        std::isxdigit(static_cast<unsigned char>(line[0]))) {
      in_mapping = std::stoull(line.substr(0, dash), nullptr, 16) == wanted;
    } else if (in_mapping && line.rfind("Rss:", 0) == 0) {
      long kb = 0;
      std::istringstream(line.substr(4)) >> kb;
      return kb;
    }
  }
  return -1;
}

// Reads every byte of the text, as a pass of the parser would, telling `text` how far it is
// every megabyte.
std::size_t read_through(FileText& text, bool tell) {
  std::size_t sum = 0;
  const std::string_view view = text.text();
  for (std::size_t at = 0; at < view.size(); ++at) {
    sum += static_cast<unsigned char>(view[at]);
    if (tell && at % (1 << 20) == 0) text.release_before(at);
  }
  if (tell) text.release_before(view.size());
  return sum;
}

}  // namespace

TEST_CASE("a mapped file's pages are let go behind each pass over it, not only the first") {
  char name[] = "/tmp/lkjip-mapped-XXXXXX";
  const int fd = ::mkstemp(name);
  REQUIRE(fd >= 0);
  ::close(fd);
  std::ofstream(name, std::ios::binary) << std::string(12 << 20, 'x');
  {
    FileText text(name);
    REQUIRE(text.text().size() == 12u << 20);
    const void* start = text.text().data();
    const std::size_t sum = std::size_t{'x'} * (12 << 20);
    CHECK(read_through(text, false) == sum);
    const long all = resident_kb(start);
    REQUIRE(all >= 11 * 1024);  // read, so resident: the mapping is found and measured
    CHECK(read_through(text, true) == sum);
    CHECK(resident_kb(start) < 1024);
    // Locating findings passes over the text again from its start.
    CHECK(read_through(text, true) == sum);
    CHECK(resident_kb(start) < 1024);
  }
  ::unlink(name);
}
