#include "read_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cctype>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "lkjip/error.h"

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

namespace {

// A file of `size` bytes of 'x' in TMPDIR (or /tmp); its name.
std::string make_file(std::size_t size) {
  const char* directory = std::getenv("TMPDIR");
  std::string name =
      std::string(directory != nullptr && *directory ? directory : "/tmp") + "/lkjip-shrunk-XXXXXX";
  const int fd = ::mkstemp(name.data());
  REQUIRE(fd >= 0);
  ::close(fd);
  std::ofstream(name, std::ios::binary) << std::string(size, 'x');
  return name;
}

// Every byte of the text, read: a page past the file's end would be a SIGBUS.
std::size_t count_x(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text)
    count += c == 'x' ? 1 : 0;
  return count;
}

std::string english(const InputError& error) {
  return render(error, Language::kEnglish);
}

}  // namespace

TEST_CASE("a mapped file cut short while it is read is an input error, not a SIGBUS",
          "[read_file]") {
  const std::size_t size = 12 << 20;
  const std::size_t kept = GENERATE(std::size_t{0}, std::size_t{(5 << 20) + 100});
  const std::string name = make_file(size);
  {
    FileText text(name);
    REQUIRE(text.text().size() == size);
    CHECK_NOTHROW(text.check_unchanged());
    REQUIRE(::truncate(name.c_str(), static_cast<off_t>(kept)) == 0);
    // The pages past the new end read as zeros (with no SIGBUS), those before as they were.
    CHECK(count_x(text.text()) == kept);
    try {
      text.check_unchanged();
      FAIL("no error for a file cut short");
    } catch (const InputError& error) {
      CHECK(error.file() == name);
      CHECK(english(error) == name +
                                  ": error: the file changed (cut short or rewritten) while it "
                                  "was read: run again once the file is completely written");
      CHECK(render(error, Language::kIndonesian).find("berkas berubah") != std::string::npos);
    }
    CHECK_THROWS_AS(text.release_before(size), InputError);
  }
  ::unlink(name.c_str());
}

TEST_CASE("a mapped file written over or grown while it is read is an input error", "[read_file]") {
  const std::string name = make_file(9 << 20);
  {
    FileText text(name);
    std::ofstream(name, std::ios::binary | std::ios::app) << "y";
    CHECK_THROWS_AS(text.check_unchanged(), InputError);
  }
  ::unlink(name.c_str());
}

TEST_CASE("a mapped file left as it was, or replaced by another under its name, is no error",
          "[read_file]") {
  const std::string name = make_file(9 << 20);
  const std::string other = make_file(10);
  {
    FileText text(name);
    CHECK(count_x(text.text()) == 9u << 20);
    CHECK_NOTHROW(text.check_unchanged());
    CHECK_NOTHROW(text.release_before(9 << 20));
    REQUIRE(::rename(other.c_str(), name.c_str()) == 0);  // the mapping keeps the old file
    CHECK(count_x(text.text()) == 9u << 20);
    CHECK_NOTHROW(text.check_unchanged());
  }
  ::unlink(name.c_str());
}

TEST_CASE("a SIGBUS outside the data files' mappings still ends the process", "[read_file]") {
  const std::string guarded = make_file(9 << 20);
  const std::string other = make_file(1 << 20);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    {
      const FileText text(guarded);  // installs the handler
    }
    const int fd = ::open(other.c_str(), O_RDONLY);
    void* mapping = ::mmap(nullptr, 1 << 20, PROT_READ, MAP_PRIVATE, fd, 0);
    if (mapping == MAP_FAILED || ::truncate(other.c_str(), 0) != 0) ::_exit(3);
    const volatile char* bytes = static_cast<const char*>(mapping);
    ::_exit(bytes[1 << 19] == 'x' ? 4 : 5);
  }
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  // Ended by the SIGBUS; or, in a sanitizer's build, by the sanitizer's own handler, which was
  // there first and reports the fault then exits: never by reading on past the fault.
  if (WIFSIGNALED(status)) {
    CHECK(WTERMSIG(status) == SIGBUS);
  } else {
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) != 0);
    CHECK(WEXITSTATUS(status) != 3);
    CHECK(WEXITSTATUS(status) != 4);
    CHECK(WEXITSTATUS(status) != 5);
  }
  ::unlink(guarded.c_str());
  ::unlink(other.c_str());
}

TEST_CASE("a small file and a pipe are read whole: every byte whatever their size", "[read_file]") {
  const std::string dir = "/tmp/lkjip-read-whole-" + std::to_string(::getpid());
  REQUIRE(::mkdir(dir.c_str(), 0700) == 0);
  // Sizes around the first room of a pipe (64 kB) and its doublings; all below the size from
  // which a regular file is mapped.
  for (const std::size_t size : {0UL, 1UL, 65535UL, 65536UL, 65537UL, 300000UL}) {
    std::string bytes(size, '\0');
    for (std::size_t i = 0; i < size; ++i)
      bytes[i] = static_cast<char>('a' + i % 23);
    const std::string file = dir + "/f.json";
    std::ofstream(file, std::ios::binary) << bytes;
    INFO("size " << size);
    CHECK(FileText(file).text() == bytes);

    const std::string fifo = dir + "/p";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const pid_t writer = ::fork();
    REQUIRE(writer >= 0);
    if (writer == 0) {  // the pipe's other end, in a process of its own
      std::ofstream(fifo, std::ios::binary) << bytes;
      std::_Exit(0);
    }
    const FileText piped(fifo);
    CHECK_FALSE(piped.regular());
    CHECK(piped.text() == bytes);
    int status = 0;
    ::waitpid(writer, &status, 0);
    ::unlink(fifo.c_str());
    ::unlink(file.c_str());
  }
  ::rmdir(dir.c_str());
  // A file that claims no size (the kernel's /proc files) is read whole all the same.
  const FileText status("/proc/self/status");
  CHECK(status.text().rfind("Name:", 0) == 0);
  CHECK(status.text().find("\nPid:") != std::string_view::npos);
}
