#include "explain_command.h"

#include <cstdio>
#include <iostream>

#include "exit_codes.h"
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

CLI::App* setup_explain(CLI::App& app, ExplainOptions& options) {
  CLI::App* explain = app.add_subcommand(
      "explain",
      "Explain how one figure of the tables was computed: the formula in words and symbols, "
      "every input with where it was read (its JSON path, or its workbook cell), the exact "
      "intermediate values and the rounding.");
  explain->add_option("FILE", options.file, "Data file: lkjip/1 JSON or an input workbook (.xlsx)")
      ->required();
  explain->add_option("FIGURE", options.figure,
                      "The figure's name, TABLE/ROW/COLUMN, e.g. iku/AKIP/capaian");
  explain->add_flag("-l,--list", options.list, "List the names of every figure instead");
  add_language_option(*explain, options.lang,
                      "Labels and messages in id (Indonesian) or en (English); figure names do "
                      "not change");
  add_period_option(*explain, options.period);
  explain->footer(
      "Names are stable: the table as --table selects it, the row's key and the column's key, "
      "as `compute --format json` shows them.");
  return explain;
}

int run_explain(const ExplainOptions& options) {
  if (options.figure.empty() && !options.list) {
    std::cerr << "lkjip explain: name a FIGURE (TABLE/ROW/COLUMN) or give --list\n";
    return kExitUsageOrInput;
  }
  const Language language = language_of(options.lang);
  const std::unique_ptr<LoadedReport> loaded = load_or_report(
      options.file, language, Traces::kKeep, /*keep_sources=*/true, period_option(options.period));
  if (!loaded) return kExitUsageOrInput;
  const Document document = build_document(loaded->report, loaded->results, language);
  std::string output;
  if (options.list) {
    for (const std::string& name : figure_names(document))
      output += name + '\n';
    return write_output(output);
  }
  const std::optional<FigureRef> figure = find_figure(document, options.figure);
  if (!figure) {
    const std::vector<std::string> names = figure_names(document);
    const std::vector<std::string_view> candidates(names.begin(), names.end());
    std::cerr << "lkjip explain: no figure named \"" << printable(options.figure) << "\"";
    if (const auto suggestion = closest(options.figure, candidates)) {
      std::cerr << "; did you mean \"" << *suggestion << "\"?";
    }
    std::cerr << " (`lkjip explain " << options.file << " --list` names them all)\n";
    return kExitUsageOrInput;
  }
  return write_output(format_explanation(*figure, *loaded->sources));
}

}  // namespace lkjip
