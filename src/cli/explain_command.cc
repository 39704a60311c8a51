#include "explain_command.h"

#include <cstdio>
#include <iostream>

#include "cli_messages.h"
#include "exit_codes.h"
#include "help_words.h"
#include "language_option.h"
#include "lkjip/engine.h"
#include "lkjip/error.h"
#include "lkjip/figures.h"
#include "lkjip/loader.h"
#include "lkjip/report.h"
#include "lkjip/suggest.h"
#include "loaded_report.h"
#include "output.h"

namespace lkjip {

namespace {

// "no figure named …", with the closest name if one is close and how to list them; a name of any
// length is quoted by its first characters (a figure's name is far shorter).
void report_unknown_figure(const std::string& name, const std::vector<std::string>& names,
                           const std::string& file, Language language) {
  constexpr std::size_t kShown = 80;
  std::string shown = printable(name);
  if (shown.size() > kShown) {
    std::size_t end = kShown;
    while (end > 0 && (static_cast<unsigned char>(shown[end]) & 0xC0) == 0x80)
      --end;
    shown = shown.substr(0, end) + "…";
  }
  std::cerr << say(language, CliMessage::kNoFigureNamed, shown);
  const std::vector<std::string_view> candidates(names.begin(), names.end());
  if (const auto suggestion = closest(name, candidates))
    std::cerr << say(language, CliMessage::kDidYouMean, printable(*suggestion));
  std::cerr << say(language, CliMessage::kListHint, printable(file)) << '\n';
}

}  // namespace

CLI::App* setup_explain(CLI::App& app, ExplainOptions& options, Language language) {
  CLI::App* explain =
      add_command(app, "explain", say(language, CliMessage::kExplainDescription), language);
  explain->add_option("FILE", options.file, say(language, CliMessage::kExplainFileArgument))
      ->required();
  explain->add_option("FIGURE", options.figures, say(language, CliMessage::kFigureArgument));
  explain->add_flag("-l,--list", options.list, say(language, CliMessage::kListOption));
  add_language_option(*explain, options.lang, say(language, CliMessage::kLangExplainOption),
                      language);
  add_period_option(*explain, options.period, language);
  explain->footer(say(language, CliMessage::kExplainFooter));
  return explain;
}

int run_explain(const ExplainOptions& options) {
  const Language language = language_of(options.lang);
  if (options.figures.empty() && !options.list) {
    std::cerr << say(language, CliMessage::kNameAFigure) << '\n';
    return kExitUsageOrInput;
  }
  // The list needs only the figures' names: no traces, no source map, rows made as they are
  // read (10^6 programs: 10 GiB with them).
  const std::unique_ptr<LoadedReport> loaded =
      load_or_report(options.file, language, options.list ? Traces::kDrop : Traces::kKeep,
                     /*keep_sources=*/!options.list, period_option(options.period));
  if (!loaded) return kExitUsageOrInput;
  if (options.list) {
    const Document names =
        build_document(loaded->report, loaded->results, language, Rows::kOnDemand);
    return write_streamed(
        [&](const TextSink& sink) {
          std::string block;
          for_each_figure_name(names, [&](const std::string& name) {
            block += printable(name) + '\n';
            if (block.size() >= 64 * 1024) {
              sink(block);
              block.clear();
            }
          });
          sink(block);
        },
        "", language);
  }
  const Document document = build_document(loaded->report, loaded->results, language);
  // Every name is looked up before anything is printed: all unknown ones are named at once.
  std::vector<FigureRef> figures;
  std::vector<std::string> names;  // of every figure, made at the first unknown one
  bool unknown = false;
  for (const std::string& name : options.figures) {
    if (const std::optional<FigureRef> figure = find_figure(document, name)) {
      figures.push_back(*figure);
      continue;
    }
    if (names.empty()) names = figure_names(document);
    report_unknown_figure(name, names, options.file, language);
    unknown = true;
  }
  if (unknown) return kExitUsageOrInput;
  std::string output;
  for (const FigureRef& figure : figures) {
    if (!output.empty()) output += '\n';  // a blank line between two explanations
    output += format_explanation(figure, *loaded->sources, language);
  }
  return write_output(output, language);
}

}  // namespace lkjip
