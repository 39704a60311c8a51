#include "loaded_report.h"

#include <iostream>
#include <new>

#include "cli_messages.h"
#include "lkjip/error.h"
#include "lkjip/loader.h"

namespace lkjip {

namespace {

// make(), or null with the error line in `error` on bad input or too little memory (and, for
// lkjip's own output, the command that wrote it in `own_output`).
template <class Make>
auto made_or_error(const std::string& file, std::string& error, Language language, Make make,
                   std::optional<std::string_view>* own_output = nullptr) -> decltype(make()) {
  try {
    return make();
  } catch (const InputError& input) {
    error = render(input, language);
    if (own_output != nullptr) *own_output = lkjip_output_kind(input);
  } catch (const std::bad_alloc&) {
    error = printable(input_name(file)) + ": error: " + say(language, CliMessage::kNoMemory);
  }
  return nullptr;
}

}  // namespace

void print_warnings(const std::vector<Problem>& warnings, Language language) {
  for (const Problem& warning : warnings)
    std::cerr << render(warning, language, "warning") << '\n';
}

std::unique_ptr<LoadedReport> load_or_error(const std::string& file, std::string& error,
                                            std::optional<std::string_view>& own_output,
                                            Language language) {
  return made_or_error(
      file, error, language, [&] { return std::make_unique<LoadedReport>(file); }, &own_output);
}

std::unique_ptr<PerformanceReport> load_model_or_error(const std::string& file,
                                                       std::shared_ptr<const SourceMap>* sources,
                                                       std::string& error,
                                                       std::vector<Problem>* warnings,
                                                       Language language) {
  return made_or_error(file, error, language, [&] {
    return std::make_unique<PerformanceReport>(load_report_file(file, sources, warnings));
  });
}

std::unique_ptr<LoadedReport> load_or_report(const std::string& file, Language language,
                                             Traces traces, bool keep_sources,
                                             const std::optional<Period>& period) {
  std::string error;
  std::unique_ptr<LoadedReport> loaded = made_or_error(file, error, language, [&] {
    return std::make_unique<LoadedReport>(file, traces, keep_sources, period);
  });
  if (!loaded) {
    std::cerr << error << '\n';
  } else {
    print_warnings(loaded->warnings, language);
  }
  return loaded;
}

void keep_until_exit(std::unique_ptr<LoadedReport> loaded) {
  static auto* const kept = new std::vector<std::unique_ptr<LoadedReport>>();  // never freed
  kept->push_back(std::move(loaded));
}

}  // namespace lkjip
