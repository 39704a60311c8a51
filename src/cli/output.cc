#include "output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string_view>

#include "lkjip/exit_codes.h"

namespace lkjip {

int write_output(const std::string& output) {
  const std::size_t written = std::fwrite(output.data(), 1, output.size(), stdout);
  if (written != output.size() || std::fflush(stdout) != 0 || std::ferror(stdout) != 0) {
    std::cerr << "lkjip: error: cannot write the output\n";
    return kExitUsageOrInput;
  }
  return kExitSuccess;
}

int write_output_file(const std::string& output, const std::string& path) {
  std::string temporary = path + ".XXXXXX";
  const int fd = ::mkstemp(temporary.data());
  auto fail = [&](const char* what) {
    std::cerr << path << ": error: cannot " << what << ": " << std::strerror(errno) << '\n';
    if (fd >= 0) ::unlink(temporary.c_str());
    return kExitUsageOrInput;
  };
  if (fd < 0) return fail("create it");
  std::size_t done = 0;
  while (done < output.size()) {
    const ssize_t count = ::write(fd, output.data() + done, output.size() - done);
    if (count < 0 && errno == EINTR) continue;
    if (count <= 0) {
      ::close(fd);
      return fail("write it");
    }
    done += static_cast<std::size_t>(count);
  }
  ::fchmod(fd, 0644);
  if (::close(fd) != 0) return fail("write it");
  if (::rename(temporary.c_str(), path.c_str()) != 0) return fail("write it");
  return kExitSuccess;
}

bool stdout_is_terminal() {
  return ::isatty(STDOUT_FILENO) == 1;
}

bool stdout_wants_color(const std::string& choice) {
  if (choice == "always") return true;
  if (choice == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::string_view(term) == "dumb") return false;
  return stdout_is_terminal();
}

}  // namespace lkjip
