#include "read_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>

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

// Reads what is left of an open file (a pipe is read once: it cannot be opened again), straight
// into room left uninitialised (no pass to copy it from a buffer, nor to zero it first): a
// regular file's size and one byte more, where the read that finds its end goes; a pipe's text,
// or a file that grew meanwhile, in room doubled as it comes.
FileText::Bytes read_rest(const FileDescriptor& file, const struct stat& info,
                          const std::string& path) {
  std::size_t room = S_ISREG(info.st_mode) ? static_cast<std::size_t>(info.st_size) + 1 : 1 << 16;
  FileText::Bytes text{std::make_unique_for_overwrite<char[]>(room), 0};
  for (;;) {
    if (text.size == room) {  // a file that claims no size (/proc's) grows by 64 kB at least
      room = std::max<std::size_t>(2 * room, 1 << 16);
      auto larger = std::make_unique_for_overwrite<char[]>(room);
      std::memcpy(larger.get(), text.data.get(), text.size);
      text.data = std::move(larger);
    }
    const std::size_t asked = room - text.size;
    const ssize_t count = ::read(file.get(), text.data.get() + text.size, asked);
    if (count == 0) break;
    if (count < 0) {
      if (errno == EINTR) continue;
      fail(path, say(ReaderMessage::kCannotRead, std::strerror(errno)));
    }
    text.size += static_cast<std::size_t>(count);
    // A regular file gives less than asked only at its end: no second call to hear it (a call
    // for each of thousands of files in a roll-up).
    if (S_ISREG(info.st_mode) && static_cast<std::size_t>(count) < asked) break;
  }
  return text;
}

}  // namespace

namespace {

// The mappings the SIGBUS handler repairs: a fixed table, read by the handler without a lock
// (it may run on any thread, at any moment). A slot is taken by a FileText for its mapping's
// life; with none free, the file is read whole instead.
struct Guard {
  std::atomic<int> state{0};
  std::atomic<std::uintptr_t> start{0};
  std::atomic<std::size_t> size{0};
  std::atomic<bool> faulted{false};  // a page past the file's end was replaced by zeros
};
constexpr int kFree = 0;
constexpr int kTaken = 1;  // being filled in
constexpr int kLive = 2;
constexpr std::size_t kGuards = 256;
Guard g_guards[kGuards];
std::uintptr_t g_page_size = 4096;
struct sigaction g_previous {};

// A page of a mapped data file that is no longer in the file (cut short while it is read):
// replaced by a page of zeros, the mapping marked, and the read made again. Any other SIGBUS
// goes where it would have gone without this handler. Only async-signal-safe calls (mmap(2) and
// signal(2) are system calls).
void on_sigbus(int signal, siginfo_t* info, void* context) {
  const auto address = reinterpret_cast<std::uintptr_t>(info->si_addr);
  for (Guard& guard : g_guards) {
    if (guard.state.load(std::memory_order_acquire) != kLive) continue;
    const std::uintptr_t start = guard.start.load(std::memory_order_relaxed);
    if (address < start || address - start >= guard.size.load(std::memory_order_relaxed)) continue;
    void* page = reinterpret_cast<void*>(address & ~(g_page_size - 1));
    if (::mmap(page, g_page_size, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) ==
        MAP_FAILED) {
      break;
    }
    guard.faulted.store(true, std::memory_order_release);
    return;
  }
  if ((g_previous.sa_flags & SA_SIGINFO) != 0 && g_previous.sa_sigaction != nullptr) {
    g_previous.sa_sigaction(signal, info, context);
    return;
  }
  if (g_previous.sa_handler != SIG_DFL && g_previous.sa_handler != SIG_IGN) {
    g_previous.sa_handler(signal);
    return;
  }
  ::signal(SIGBUS, SIG_DFL);  // the fault comes again on return, and ends the process
}

void install_sigbus_handler() {
  static std::once_flag once;
  std::call_once(once, [] {
    g_page_size = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
    struct sigaction action {};
    action.sa_sigaction = on_sigbus;
    action.sa_flags = SA_SIGINFO;
    ::sigemptyset(&action.sa_mask);
    ::sigaction(SIGBUS, &action, &g_previous);
  });
}

// A slot guarding [start, start + size), or -1 when the table is full.
int guard_mapping(const void* start, std::size_t size) {
  install_sigbus_handler();
  for (std::size_t i = 0; i < kGuards; ++i) {
    int free = kFree;
    if (!g_guards[i].state.compare_exchange_strong(free, kTaken)) continue;
    g_guards[i].start.store(reinterpret_cast<std::uintptr_t>(start), std::memory_order_relaxed);
    g_guards[i].size.store(size, std::memory_order_relaxed);
    g_guards[i].faulted.store(false, std::memory_order_relaxed);
    g_guards[i].state.store(kLive, std::memory_order_release);
    return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

FileText::FileText(const std::string& path) : path_(path) {
  struct stat info {};
  const FileDescriptor file = open_data_file(path, info);
  regular_ = S_ISREG(info.st_mode);
  // Mapping costs more than reading for a small file, and only pays for a large one.
  constexpr off_t kMapFrom = 8 << 20;
  if (S_ISREG(info.st_mode) && info.st_size >= kMapFrom) {
    const auto size = static_cast<std::size_t>(info.st_size);
    void* mapping = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, file.get(), 0);
    if (mapping != MAP_FAILED) {
      guard_ = guard_mapping(mapping, size);
      if (guard_ >= 0) {
        data_ = static_cast<const char*>(mapping);
        size_ = size;
        mapped_ = true;
        changed_ = info.st_mtim;
        device_ = static_cast<unsigned long>(info.st_dev);
        inode_ = static_cast<unsigned long>(info.st_ino);
        ::madvise(mapping, size_, MADV_SEQUENTIAL);
        return;
      }
      ::munmap(mapping, size);  // no slot to guard it: read whole
    }
  }
  // A small file, not a regular file (a pipe), or not mappable: read whole.
  read_ = read_rest(file, info, path);
  data_ = read_.data.get();
  size_ = read_.size;
}

FileText::~FileText() {
  if (!mapped_) return;
  g_guards[guard_].state.store(kFree, std::memory_order_release);
  ::munmap(const_cast<char*>(data_), size_);
}

void FileText::check_unchanged() const {
  if (!mapped_) return;
  bool changed = g_guards[guard_].faulted.load(std::memory_order_acquire);
  struct stat now {};
  // The same file (not another one renamed over its name, which leaves this one as it was)
  // with another size or time of change.
  if (!changed && ::stat(path_.c_str(), &now) == 0 &&
      static_cast<unsigned long>(now.st_dev) == device_ &&
      static_cast<unsigned long>(now.st_ino) == inode_) {
    changed = static_cast<std::size_t>(now.st_size) != size_ ||
              now.st_mtim.tv_sec != changed_.tv_sec || now.st_mtim.tv_nsec != changed_.tv_nsec;
  }
  if (changed) fail(path_, say(ReaderMessage::kChangedWhileRead));
}

void FileText::release_before(std::size_t offset) {
  if (!mapped_) return;
  // A page lost: said now, not after a pass over zeros. At the end of a pass: the file as it was.
  if (offset >= size_ || g_guards[guard_].faulted.load(std::memory_order_relaxed))
    check_unchanged();
  constexpr std::size_t kStep = 4 << 20;  // a system call every 4 MB passed
  if (offset < released_) released_ = 0;  // a new pass: it read the pages again from the start
  // At the end of a pass every page goes, the last one too: the model is checked and its
  // tables written after the reading, and the last 4 MB need not be held meanwhile.
  const bool pass_ended = offset >= size_;
  if (!pass_ended && offset < released_ + kStep) return;
  const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  const std::size_t end = pass_ended ? (size_ + page - 1) / page * page : offset / page * page;
  if (end <= released_) return;
  ::madvise(const_cast<char*>(data_) + released_, end - released_, MADV_DONTNEED);
  released_ = end;
}

}  // namespace lkjip
