// The self-contained bundle's `lkjip`: a static program that runs the real lkjip (lib/lkjip)
// through the dynamic loader shipped beside it (lib/ld-linux-x86-64.so.2), with the bundled
// libraries only (--library-path), so that nothing of the machine's own libraries is used: the
// bundle runs on any x86-64 Linux, even in a root with nothing else (packaging/README.md).
// It uses no library function that needs /proc, NSS, locales or dlopen.
#include <sys/auxv.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

// The real path of this program: /proc/self/exe where /proc is mounted, else the path it was
// started by (AT_EXECFN), with symbolic links resolved (a link in a bin directory on PATH).
std::string own_path() {
  char resolved[PATH_MAX];
  const ssize_t length = readlink("/proc/self/exe", resolved, sizeof resolved - 1);
  if (length > 0) return std::string(resolved, static_cast<std::size_t>(length));
  const char* started_as = reinterpret_cast<const char*>(getauxval(AT_EXECFN));
  if (started_as != nullptr && realpath(started_as, resolved) != nullptr) return resolved;
  return {};
}

}  // namespace

int main(int argc, char** argv) {
  const std::string self = own_path();
  const std::size_t slash = self.rfind('/');
  if (slash == std::string::npos) {
    std::fputs("lkjip: error: cannot find the directory of the lkjip bundle\n", stderr);
    return 2;
  }
  const std::string lib = self.substr(0, slash) + "/lib";
  const std::string loader = lib + "/ld-linux-x86-64.so.2";
  const std::string program = lib + "/lkjip";
  std::vector<char*> arguments;
  arguments.push_back(const_cast<char*>(loader.c_str()));
  arguments.push_back(const_cast<char*>("--library-path"));
  arguments.push_back(const_cast<char*>(lib.c_str()));
  arguments.push_back(const_cast<char*>("--argv0"));
  arguments.push_back(argv[0]);
  arguments.push_back(const_cast<char*>(program.c_str()));
  for (int i = 1; i < argc; ++i)
    arguments.push_back(argv[i]);
  arguments.push_back(nullptr);
  execv(loader.c_str(), arguments.data());
  std::fprintf(stderr, "lkjip: error: cannot run %s: %s\n", loader.c_str(), std::strerror(errno));
  return 2;
}
