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

#include "cli_messages.h"
#include "exit_codes.h"
#include "lkjip/error.h"

namespace lkjip {

namespace {

int fail_writing(const std::string& path, CliMessage what, Language language) {
  std::cerr << printable(path) << ": error: " << say(language, what, std::strerror(errno)) << '\n';
  return kExitUsageOrInput;
}

bool write_all(int fd, std::string_view output) {
  std::size_t done = 0;
  while (done < output.size()) {
    const ssize_t count = ::write(fd, output.data() + done, output.size() - done);
    if (count < 0 && errno == EINTR) continue;
    if (count <= 0) return false;
    done += static_cast<std::size_t>(count);
  }
  return true;
}

int write_to_stdout(const std::function<void(const TextSink&)>& write, Language language) {
  bool written = true;
  write([&](std::string_view piece) {
    if (written) written = std::fwrite(piece.data(), 1, piece.size(), stdout) == piece.size();
  });
  if (!written || std::fflush(stdout) != 0 || std::ferror(stdout) != 0) {
    std::cerr << "lkjip: error: " << say(language, CliMessage::kCannotWriteOutput) << '\n';
    return kExitUsageOrInput;
  }
  return kExitSuccess;
}

// Hands each piece to the file; after a failed write the rest is dropped and `failed` says so.
struct FileSink {
  int fd = -1;
  bool failed = false;
  void operator()(std::string_view piece) {
    if (!failed) failed = !write_all(fd, piece);
  }
};

// Not a regular file (a device, a pipe): written into, as a shell redirection would.
int write_in_place(const std::function<void(const TextSink&)>& write, const std::string& path,
                   Language language) {
  FileSink file{::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC)};
  if (file.fd < 0) return fail_writing(path, CliMessage::kCannotOpen, language);
  write([&](std::string_view piece) { file(piece); });
  if (::close(file.fd) != 0 || file.failed)
    return fail_writing(path, CliMessage::kCannotWrite, language);
  return kExitSuccess;
}

int write_to_file(const std::function<void(const TextSink&)>& write, const std::string& requested,
                  Language language) {
  struct stat info {};
  std::string path = requested;
  mode_t mode = 0644;
  if (::stat(requested.c_str(), &info) == 0) {
    if (!S_ISREG(info.st_mode)) {
      if (S_ISDIR(info.st_mode)) {
        std::cerr << printable(requested) << ": error: " << say(language, CliMessage::kIsADirectory)
                  << '\n';
        return kExitUsageOrInput;
      }
      return write_in_place(write, requested, language);
    }
    // A link is followed: the file it names is replaced, the link stays.
    if (char* real = ::realpath(requested.c_str(), nullptr)) {
      path = real;
      std::free(real);
    }
    mode = info.st_mode & 07777;
  }
  std::string temporary = path + ".XXXXXX";
  FileSink file{::mkstemp(temporary.data())};
  if (file.fd < 0) return fail_writing(requested, CliMessage::kCannotCreate, language);
  write([&](std::string_view piece) { file(piece); });
  const bool written = !file.failed && ::fchmod(file.fd, mode) == 0;
  if (::close(file.fd) != 0 || !written || ::rename(temporary.c_str(), path.c_str()) != 0) {
    const int saved = errno;
    ::unlink(temporary.c_str());
    errno = saved;
    return fail_writing(requested, CliMessage::kCannotWrite, language);
  }
  return kExitSuccess;
}

}  // namespace

int write_streamed(const std::function<void(const TextSink&)>& write, const std::string& path,
                   Language language) {
  return path.empty() ? write_to_stdout(write, language) : write_to_file(write, path, language);
}

int write_output(const std::string& output, Language language) {
  return write_to_stdout([&](const TextSink& sink) { sink(output); }, language);
}

int write_output_file(const std::string& output, const std::string& path, Language language) {
  return write_to_file([&](const TextSink& sink) { sink(output); }, path, language);
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
