#include "lkjip/scratch_file.h"

#include <fcntl.h>
#include <limits.h>
#include <sys/random.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iterator>

namespace lkjip {

namespace {

// The temporary files to remove on a signal: a fixed table the handler reads without a lock.
struct Temporary {
  std::atomic<int> state{0};
  char path[PATH_MAX] = {};
};
constexpr int kFree = 0;
constexpr int kTaken = 1;  // being filled in or emptied
constexpr int kLive = 2;
constexpr std::size_t kTemporaries = 64;
Temporary g_temporaries[kTemporaries];

constexpr int kEndingSignals[] = {SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE};

// Only async-signal-safe calls: unlink(2), signal(2), raise(3).
extern "C" void remove_and_end(int signal) {
  for (Temporary& temporary : g_temporaries) {
    if (temporary.state.load(std::memory_order_acquire) == kLive) ::unlink(temporary.path);
  }
  ::signal(signal, SIG_DFL);
  ::raise(signal);  // delivered, with the default action, once the handler returns
}

}  // namespace

ScratchFileError::ScratchFileError(std::string path, int error_number)
    : std::runtime_error(path + ": " + std::strerror(error_number)),
      path_(std::move(path)),
      error_number_(error_number) {}

std::string temporary_directory() {
  const char* directory = std::getenv("TMPDIR");
  return directory != nullptr && *directory != '\0' ? directory : "/tmp";
}

int register_temporary(const std::string& path) {
  if (path.size() >= PATH_MAX) return -1;
  for (std::size_t i = 0; i < kTemporaries; ++i) {
    int free = kFree;
    if (!g_temporaries[i].state.compare_exchange_strong(free, kTaken)) continue;
    std::memcpy(g_temporaries[i].path, path.c_str(), path.size() + 1);
    g_temporaries[i].state.store(kLive, std::memory_order_release);
    return static_cast<int>(i);
  }
  return -1;
}

TemporaryFile create_temporary(std::string& name, unsigned mode) {
  constexpr char kLetters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  constexpr std::size_t kRandom = 6;
  TemporaryFile made;
  if (name.size() < kRandom) {
    errno = EINVAL;
    return made;
  }
  // The ending signals wait until the file is made and registered.
  sigset_t ending;
  sigset_t before;
  ::sigemptyset(&ending);
  for (const int signal : kEndingSignals)
    ::sigaddset(&ending, signal);
  ::pthread_sigmask(SIG_BLOCK, &ending, &before);
  for (int attempt = 0; attempt < 100 && made.fd < 0; ++attempt) {
    unsigned char random[kRandom] = {};
    if (::getrandom(random, sizeof random, 0) != static_cast<ssize_t>(sizeof random)) {
      const auto seed = static_cast<unsigned long>(::getpid()) * 7919u +
                        static_cast<unsigned long>(attempt) * 104729u +
                        static_cast<unsigned long>(std::clock());
      for (std::size_t i = 0; i < kRandom; ++i)
        random[i] = static_cast<unsigned char>(seed >> (5 * i));
    }
    for (std::size_t i = 0; i < kRandom; ++i)
      name[name.size() - kRandom + i] = kLetters[random[i] % (sizeof kLetters - 1)];
    made.fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (made.fd < 0 && errno != EEXIST) break;
  }
  const int saved = errno;
  if (made.fd >= 0) made.slot = register_temporary(name);
  ::pthread_sigmask(SIG_SETMASK, &before, nullptr);
  errno = saved;
  return made;
}

void forget_temporary(int slot) {
  if (slot >= 0) g_temporaries[slot].state.store(kFree, std::memory_order_release);
}

void remove_temporaries_on_signals() {
  for (const int signal : kEndingSignals) {
    struct sigaction action {};
    struct sigaction previous {};
    // A signal ignored (nohup, a shell's background job) stays ignored.
    if (::sigaction(signal, nullptr, &previous) != 0 || previous.sa_handler == SIG_IGN) continue;
    action.sa_handler = remove_and_end;
    ::sigemptyset(&action.sa_mask);
    for (const int other : kEndingSignals)
      ::sigaddset(&action.sa_mask, other);  // one handler at a time
    ::sigaction(signal, &action, nullptr);
  }
  ::signal(SIGXFSZ, SIG_IGN);
}

ScratchFile::ScratchFile(const std::string& stem) {
  path_ = temporary_directory() + "/" + stem + "-XXXXXX";
  const TemporaryFile made = create_temporary(path_, 0600);
  if (made.fd < 0) throw ScratchFileError(path_, errno);
  registered_ = made.slot;
  ::close(made.fd);
}

ScratchFile::~ScratchFile() {
  std::remove(path_.c_str());
  forget_temporary(registered_);
}

std::string ScratchFile::contents() const {
  std::ifstream in(path_, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace lkjip
