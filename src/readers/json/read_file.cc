#include "read_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "lkjip/error.h"
#include "reader_messages.h"

namespace lkjip {
namespace {

[[noreturn]] void fail(const std::string& path, Text message) {
  throw InputError(path, {}, "", std::move(message));
}

class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  FileDescriptor(FileDescriptor&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
  FileDescriptor& operator=(FileDescriptor&&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

}  // namespace

namespace {

// Opens `path` for reading and says what it is; a directory or a failure is an InputError.
FileDescriptor open_data_file(const std::string& path, struct stat& info) {
  FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (file.get() < 0) fail(path, say(ReaderMessage::kCannotOpen, std::strerror(errno)));
  if (::fstat(file.get(), &info) != 0) {
    fail(path, say(ReaderMessage::kCannotStat, std::strerror(errno)));
  }
  if (S_ISDIR(info.st_mode)) fail(path, say(ReaderMessage::kIsDirectory));
  return file;
}

// Reads what is left of an open file (a pipe is read once: it cannot be opened again).
std::string read_rest(const FileDescriptor& file, const struct stat& info,
                      const std::string& path) {
  std::string content;
  if (S_ISREG(info.st_mode)) content.reserve(static_cast<std::size_t>(info.st_size));
  char buffer[1 << 16];
  for (;;) {
    const ssize_t count = ::read(file.get(), buffer, sizeof buffer);
    if (count == 0) break;
    if (count < 0) {
      if (errno == EINTR) continue;
      fail(path, say(ReaderMessage::kCannotRead, std::strerror(errno)));
    }
    content.append(buffer, static_cast<std::size_t>(count));
  }
  return content;
}

}  // namespace

FileText::FileText(const std::string& path) {
  struct stat info {};
  const FileDescriptor file = open_data_file(path, info);
  // Mapping costs more than reading for a small file, and only pays for a large one.
  constexpr off_t kMapFrom = 8 << 20;
  if (S_ISREG(info.st_mode) && info.st_size >= kMapFrom) {
    void* mapping = ::mmap(nullptr, static_cast<std::size_t>(info.st_size), PROT_READ, MAP_PRIVATE,
                           file.get(), 0);
    if (mapping != MAP_FAILED) {
      data_ = static_cast<const char*>(mapping);
      size_ = static_cast<std::size_t>(info.st_size);
      mapped_ = true;
      ::madvise(mapping, size_, MADV_SEQUENTIAL);
      return;
    }
  }
  // A small file, not a regular file (a pipe), or not mappable: read whole.
  read_ = read_rest(file, info, path);
  data_ = read_.data();
  size_ = read_.size();
}

FileText::~FileText() {
  if (mapped_) ::munmap(const_cast<char*>(data_), size_);
}

void FileText::release_before(std::size_t offset) {
  constexpr std::size_t kStep = 4 << 20;  // a system call every 4 MB passed
  if (offset < released_) released_ = 0;  // a new pass: it read the pages again from the start
  if (!mapped_ || offset < released_ + kStep) return;
  const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  const std::size_t end = std::min(offset, size_) / page * page;
  if (end <= released_) return;
  ::madvise(const_cast<char*>(data_) + released_, end - released_, MADV_DONTNEED);
  released_ = end;
}

}  // namespace lkjip
