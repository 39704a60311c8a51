#include "batch.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <mutex>
#include <system_error>
#include <thread>

#include "cli_messages.h"
#include "lkjip/error.h"
#include "lkjip/loader.h"

namespace lkjip {

bool names_many(const std::vector<std::string>& arguments) {
  std::error_code error;
  return arguments.size() > 1 ||
         (arguments.size() == 1 && std::filesystem::is_directory(arguments.front(), error));
}

namespace {

// Regular files (links followed) named *.json or *.xlsx, not hidden ones (._x.json, .x.json) nor
// the lock files Excel leaves beside an open workbook (~$x.xlsx). A link that leads nowhere
// (broken, or a loop) is taken too: reading it says what is wrong.
bool looks_like_data_file(const std::filesystem::directory_entry& entry) {
  const std::string name = entry.path().filename().string();
  std::string extension = entry.path().extension().string();
  for (char& c : extension)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));  // LAPORAN.XLSX
  std::error_code kind;
  std::error_code target;
  return (extension == ".json" || extension == ".xlsx") && name.front() != '.' &&
         name.front() != '~' &&
         (entry.is_regular_file(kind) ||
          (entry.is_symlink(kind) && !std::filesystem::exists(entry.path(), target)));
}

void say_no_data_files(const std::string& directory, Language language) {
  std::cerr << printable(directory) << ": error: " << say(language, CliMessage::kNoDataFiles)
            << '\n';
}

}  // namespace

std::optional<Inputs> expand_inputs(const std::vector<std::string>& arguments, Language language) {
  Inputs inputs;
  if (std::count(arguments.begin(), arguments.end(), kStandardInput) > 1) {
    std::cerr << "-: error: " << say(language, CliMessage::kStandardInputTwice) << '\n';
    return std::nullopt;
  }
  for (const std::string& argument : arguments) {
    std::error_code error;
    if (!std::filesystem::is_directory(argument, error)) {
      inputs.files.push_back(argument);  // reading it says what is wrong with it, if anything
      continue;
    }
    std::vector<std::string> found;
    for (const auto& entry : std::filesystem::directory_iterator(argument, error)) {
      if (looks_like_data_file(entry)) found.push_back(entry.path().string());
    }
    if (error) {
      std::cerr << printable(argument)
                << ": error: " << say(language, CliMessage::kCannotList, error.message()) << '\n';
      return std::nullopt;
    }
    if (found.empty()) {
      say_no_data_files(argument, language);
      return std::nullopt;
    }
    std::sort(found.begin(), found.end());
    const std::size_t begin = inputs.files.size();
    inputs.files.insert(inputs.files.end(), std::make_move_iterator(found.begin()),
                        std::make_move_iterator(found.end()));
    inputs.listings.push_back(Inputs::Listing{argument, begin, inputs.files.size()});
  }
  return inputs;
}

OwnOutputSkipper::OwnOutputSkipper(const Inputs& inputs, Language language)
    : inputs_(inputs), language_(language) {}

bool OwnOutputSkipper::skip(std::size_t index, std::optional<std::string_view> kind) {
  const std::vector<Inputs::Listing>& listings = inputs_.listings;
  while (listing_ < listings.size() && listings[listing_].end <= index)
    ++listing_;
  if (listing_ == listings.size() || index < listings[listing_].begin) return false;  // named
  const Inputs::Listing& listing = listings[listing_];
  if (kind) {
    std::cerr << "lkjip: note: "
              << say(language_, CliMessage::kSkippedOwnOutput, printable(inputs_.files[index]),
                     std::string(*kind))
              << '\n';
  } else {
    data_listed_ = true;
  }
  if (index + 1 == listing.end) {
    if (!data_listed_) {
      say_no_data_files(listing.directory, language_);
      failed_ = true;
    }
    data_listed_ = false;
  }
  return kind.has_value();
}

std::optional<std::vector<bool>> skip_own_output(
    const Inputs& inputs, const std::vector<std::optional<std::string_view>>& own_outputs,
    Language language) {
  OwnOutputSkipper skipper(inputs, language);
  std::vector<bool> skipped(inputs.files.size());
  for (std::size_t i = 0; i < skipped.size(); ++i)
    skipped[i] = skipper.skip(i, own_outputs[i]);
  if (skipper.failed()) return std::nullopt;
  return skipped;
}

namespace {

void draw_progress(std::size_t done, std::size_t count, Language language) {
  constexpr std::size_t kWidth = 30;
  const std::size_t filled = count == 0 ? kWidth : done * kWidth / count;
  std::cerr << "\r[" << std::string(filled, '=') << std::string(kWidth - filled, ' ') << "] "
            << say(language, CliMessage::kFilesDone, done, count) << std::flush;
}

}  // namespace

void for_each_parallel(std::size_t count, unsigned jobs,
                       const std::function<void(std::size_t)>& work, Language language) {
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(count, 1)));
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> done{0};
  std::mutex mutex;
  std::condition_variable finished;
  std::vector<std::thread> workers;
  std::exception_ptr failure;
  std::mutex failure_mutex;
  const auto take_work = [&] {
    for (std::size_t i = next++; i < count; i = next++) {
      try {
        work(i);
      } catch (...) {  // passed to the caller after the join, never lost in a thread
        const std::lock_guard lock(failure_mutex);
        if (!failure) failure = std::current_exception();
      }
      if (++done == count) {
        const std::lock_guard lock(mutex);
        finished.notify_all();
      }
    }
  };
  // A thread the system will not make (a process limit, no memory) is done without: the work is
  // shared by the threads made, or done on this thread alone, with the same result.
  for (unsigned j = 0; j < jobs; ++j) {
    try {
      workers.emplace_back(take_work);
    } catch (const std::system_error&) {
      break;
    }
  }
  if (workers.empty()) take_work();
  const bool terminal = ::isatty(STDERR_FILENO) == 1;
  const auto start = std::chrono::steady_clock::now();
  bool shown = false;
  {
    std::unique_lock lock(mutex);
    while (done < count) {
      finished.wait_for(lock, std::chrono::milliseconds(200));
      if (terminal && std::chrono::steady_clock::now() - start > std::chrono::seconds(1)) {
        draw_progress(done, count, language);
        shown = true;
      }
    }
  }
  for (std::thread& worker : workers)
    worker.join();
  if (shown) {
    draw_progress(count, count, language);
    std::cerr << '\n';
  }
  if (failure) std::rethrow_exception(failure);
}

}  // namespace lkjip
