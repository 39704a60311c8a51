#include "read_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "lkjip/error.h"

namespace lkjip {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& message) {
  throw InputError(path, {}, "", message);
}

class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

}  // namespace

std::string read_whole_file(const std::string& path) {
  FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (file.get() < 0) fail(path, std::string("cannot open: ") + std::strerror(errno));
  struct stat info {};
  if (::fstat(file.get(), &info) != 0)
    fail(path, std::string("cannot stat: ") + std::strerror(errno));
  if (S_ISDIR(info.st_mode)) fail(path, "is a directory, expected a JSON data file");

  std::string content;
  if (S_ISREG(info.st_mode)) content.reserve(static_cast<std::size_t>(info.st_size));
  char buffer[1 << 16];
  for (;;) {
    const ssize_t count = ::read(file.get(), buffer, sizeof buffer);
    if (count == 0) break;
    if (count < 0) {
      if (errno == EINTR) continue;
      fail(path, std::string("cannot read: ") + std::strerror(errno));
    }
    content.append(buffer, static_cast<std::size_t>(count));
  }
  return content;
}

}  // namespace lkjip
