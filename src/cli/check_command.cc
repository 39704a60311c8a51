#include "check_command.h"

#include <condition_variable>
#include <iostream>
#include <memory>
#include <mutex>
#include <new>
#include <optional>

#include "batch.h"
#include "choices.h"
#include "cli_messages.h"
#include "exit_codes.h"
#include "help_words.h"
#include "language_option.h"
#include "lkjip/check.h"
#include "lkjip/error.h"
#include "lkjip/findings_format.h"
#include "lkjip/loader.h"
#include "loaded_report.h"
#include "output.h"

namespace lkjip {
namespace {

// A finding that means the check could not be made is an input error, rendered as one on
// stderr, and with JSON an entry in `json` too.
bool report_input_errors(const FileFindings& file, Language language, FindingsWriter& writer,
                         std::string& json) {
  bool any = false;
  for (const Finding& finding : file.findings) {
    if (finding.severity != Finding::Severity::kInputError) continue;
    std::cerr << render(Problem{location_of(finding), verbatim(finding.message.str())}, language)
              << '\n';
    Location where = location_of(finding);
    where.file = file.file;
    json += writer.input_error(where, finding_code_name(finding.code), finding.message.str());
    any = true;
  }
  return any;
}

}  // namespace

CLI::App* setup_check(CLI::App& app, CheckOptions& options, Language language) {
  CLI::App* check =
      add_command(app, "check", say(language, CliMessage::kCheckDescription), language);
  check->add_option("FILE", options.files, say(language, CliMessage::kFilesArgument))->required();
  check->add_option("-f,--format", options.format, say(language, CliMessage::kCheckFormatOption))
      ->check(one_of({"text", "json"}, language))
      ->capture_default_str();
  check->add_flag("--strict", options.strict, say(language, CliMessage::kStrictCheckOption));
  add_language_option(*check, options.lang, say(language, CliMessage::kLangCheckOption), language);
  add_period_option(*check, options.period, language);
  check->add_option("-j,--jobs", options.jobs, say(language, CliMessage::kJobsOption));
  check->footer(say(language, CliMessage::kCheckFooter));
  return check;
}

namespace {

// The findings of one file, located in it, or the error that kept it from being checked; the
// report and its text are let go after.
struct Checked {
  std::optional<FileFindings> found;
  std::string error;
  std::vector<Problem> problems;               // of the error
  std::vector<Problem> warnings;               // of reading the file
  std::optional<std::string_view> own_output;  // the command that wrote it, for lkjip's output
};

Checked check_file(const std::string& file, const std::optional<Period>& period,
                   Language language) {
  std::shared_ptr<const SourceMap> sources;
  Checked checked;
  std::unique_ptr<PerformanceReport> report;
  try {
    report =
        std::make_unique<PerformanceReport>(load_report_file(file, &sources, &checked.warnings));
  } catch (const InputError& input) {
    checked.error = render(input, language);
    checked.problems = input.problems();
    checked.own_output = lkjip_output_kind(input);
    return checked;
  } catch (const std::bad_alloc&) {
    checked.error =
        printable(input_name(file)) + ": error: " + say(language, CliMessage::kNoMemory);
    checked.problems.push_back(Problem{Location{input_name(file), {}, {}, {}},
                                       Text{say(Language::kIndonesian, CliMessage::kNoMemory),
                                            say(Language::kEnglish, CliMessage::kNoMemory)}});
    return checked;
  }
  *report = with_period(std::move(*report), period);
  FileFindings found{input_name(file), {}, {}};
  found.findings = check_report(*report, *sources, language, &found.counts);
  // The report is let go before the findings are located: locating reads the file's text again,
  // and a large file's text and model need not be held together.
  report.reset();
  try {
    locate_findings(found.findings, *sources);
  } catch (const InputError& input) {  // the file changed since it was read
    checked.error = render(input, language);
    checked.problems = input.problems();
    return checked;
  }
  checked.found = std::move(found);
  return checked;
}

// Writes each file's findings as soon as those of every file before it are written: the output
// is in file order whatever the threads do, and only the files between the oldest one still
// being checked and the newest one done are held in memory.
class OrderedFindings {
 public:
  OrderedFindings(const Inputs& inputs, bool json, Language language)
      : pending_(inputs.files.size()),
        skipper_(inputs, language),
        writer_(json, language),
        language_(language) {}

  // Blocks a worker that is too far ahead of the output (a large file being checked).
  void wait_for_turn(std::size_t index) {
    std::unique_lock lock(mutex_);
    turn_.wait(lock, [&] { return index < next_ + kWindow; });
  }

  void deliver(std::size_t index, Checked checked) {
    const std::lock_guard lock(mutex_);
    pending_[index] = std::move(checked);
    while (next_ < pending_.size() && pending_[next_]) {
      write(*pending_[next_]);
      pending_[next_].reset();
      ++next_;
    }
    turn_.notify_all();
  }

  // After the last file: the summary, when any file was checked.
  void finish() {
    if ((checked_any_ || wrote_any_) && exit_code_ == kExitSuccess)
      exit_code_ = write_output(writer_.end(), language_);
  }

  bool input_error() const { return input_error_; }
  int write_status() const { return exit_code_; }
  FindingCounts counts() const { return writer_.counts(); }

 private:
  static constexpr std::size_t kWindow = 64;

  void write(const Checked& result) {
    if (skipper_.skip(next_, result.own_output)) {
      input_error_ = input_error_ || skipper_.failed();  // a directory of lkjip's output only
      return;
    }
    print_warnings(result.warnings, language_);
    if (!result.found) {
      std::cerr << result.error << '\n';
      input_error_ = true;
      std::string json;  // with JSON, the file is in the output too: a finding it cannot be read
      for (const Problem& problem : result.problems)
        json += writer_.input_error(problem.location, "unreadable", problem.message.in(language_));
      put(json);
      return;
    }
    std::string json;
    if (report_input_errors(*result.found, language_, writer_, json)) {
      input_error_ = true;  // the check of this file could not be made: no finding of it stands
      put(json);
      return;
    }
    checked_any_ = true;
    const std::string text = writer_.file(*result.found);
    if (!text.empty() && exit_code_ == kExitSuccess) exit_code_ = write_output(text, language_);
  }

  void put(const std::string& text) {
    if (text.empty()) return;
    wrote_any_ = true;
    if (exit_code_ == kExitSuccess) exit_code_ = write_output(text, language_);
  }

  std::mutex mutex_;
  std::condition_variable turn_;
  std::vector<std::optional<Checked>> pending_;
  std::size_t next_ = 0;
  OwnOutputSkipper skipper_;
  FindingsWriter writer_;
  Language language_;
  bool checked_any_ = false;
  bool wrote_any_ = false;  // an entry for a file that could not be checked
  bool input_error_ = false;
  int exit_code_ = kExitSuccess;
};

}  // namespace

int run_check(const CheckOptions& options) {
  const Language language = language_of(options.lang);
  const std::optional<Inputs> inputs = expand_inputs(options.files, language);
  if (!inputs) return kExitUsageOrInput;
  OrderedFindings output(*inputs, options.format == "json", language);
  for_each_parallel(
      inputs->files.size(), options.jobs,
      [&](std::size_t i) {
        output.wait_for_turn(i);
        output.deliver(i, check_file(inputs->files[i], period_option(options.period), language));
      },
      language);
  output.finish();
  if (output.write_status() != kExitSuccess || output.input_error()) return kExitUsageOrInput;
  const FindingCounts counts = output.counts();
  const bool failed = counts.errors > 0 || (options.strict && counts.warnings > 0);
  return failed ? kExitCheckFailed : kExitSuccess;
}

}  // namespace lkjip
