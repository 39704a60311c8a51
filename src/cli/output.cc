#include "output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <optional>
#include <string_view>

#include "cli_messages.h"
#include "exit_codes.h"
#include "lkjip/error.h"
#include "lkjip/scratch_file.h"

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
  int error = 0;  // errno of the failed write
  void operator()(std::string_view piece) {
    if (failed) return;
    failed = !write_all(fd, piece);
    if (failed) error = errno != 0 ? errno : EIO;
  }
};

// Not a regular file (a device, a pipe): written into, as a shell redirection would.
int write_in_place(const std::function<void(const TextSink&)>& write, const std::string& path,
                   Language language) {
  FileSink file{::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC)};
  if (file.fd < 0) return fail_writing(path, CliMessage::kCannotOpen, language);
  write([&](std::string_view piece) { file(piece); });
  const bool closed = ::close(file.fd) == 0;
  if (file.failed) errno = file.error;
  if (!closed || file.failed) return fail_writing(path, CliMessage::kCannotWrite, language);
  return kExitSuccess;
}

// The file a dangling link names, following a chain of links (as a shell's > does): relative
// targets are read from the link's directory. `path` itself when it is no link. Sets errno to
// ELOOP for a chain too long.
std::string dangling_link_target(std::string path) {
  for (int hops = 0; hops < 40; ++hops) {
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0 || !S_ISLNK(info.st_mode)) return path;
    std::string target(PATH_MAX, '\0');
    const ssize_t length = ::readlink(path.c_str(), target.data(), target.size());
    if (length < 0) return path;
    target.resize(static_cast<std::size_t>(length));
    const std::size_t slash = path.rfind('/');
    path = target.front() == '/' || slash == std::string::npos ? target
                                                               : path.substr(0, slash + 1) + target;
  }
  errno = ELOOP;
  return {};
}

int write_to_file(const std::function<void(const TextSink&)>& write, const std::string& requested,
                  Language language) {
  struct stat info {};
  std::string path = requested;
  // A new file gets 0666 less the umask (open applies it), as any file a program makes; an
  // existing one keeps its mode (as after a shell's >).
  std::optional<mode_t> mode;
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
  } else if (errno == ELOOP) {
    return fail_writing(requested, CliMessage::kCannotCreate, language);
  } else {
    // A dangling link: the file it names is made, and the link then points at it.
    path = dangling_link_target(requested);
    if (path.empty()) return fail_writing(requested, CliMessage::kCannotCreate, language);
  }
  std::string temporary = path + ".XXXXXX";
  const TemporaryFile made = create_temporary(temporary, 0666);
  FileSink file{made.fd};
  if (file.fd < 0) return fail_writing(requested, CliMessage::kCannotCreate, language);
  write([&](std::string_view piece) { file(piece); });
  const bool written = !file.failed && (!mode || ::fchmod(file.fd, *mode) == 0);
  const int write_error = file.failed ? file.error : errno;
  const bool closed = ::close(file.fd) == 0;
  if (!written || !closed || ::rename(temporary.c_str(), path.c_str()) != 0) {
    const int saved = !written ? write_error : errno;
    ::unlink(temporary.c_str());
    forget_temporary(made.slot);
    errno = saved;
    return fail_writing(requested, CliMessage::kCannotWrite, language);
  }
  forget_temporary(made.slot);
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
