// libFuzzer target: any bytes through the loader, the engine, every table, every formatter,
// explain and check. Bad input must end in an InputError, never in a crash or a hang. Bytes that
// start like a zip archive are read as the input workbook (as `lkjip` reads a file), so that
// the workbooks among the seeds reach the workbook reader.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <utility>

#include "lkjip/check.h"
#include "lkjip/engine.h"
#include "lkjip/error.h"
#include "lkjip/figures.h"
#include "lkjip/findings_format.h"
#include "lkjip/format.h"
#include "lkjip/loader.h"
#include "lkjip/report.h"
#include "workbook_reader.h"  // src/readers/xlsx

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    std::shared_ptr<const lkjip::SourceMap> sources;
    lkjip::PerformanceReport report;
    if (text.starts_with("PK\x03\x04")) {
      lkjip::WorkbookReading reading = lkjip::read_report_workbook_bytes(text, "fuzz.xlsx");
      report = std::move(reading.report);
      sources = std::move(reading.sources);
    } else {
      report = lkjip::load_report_text(text, "fuzz.json", &sources);
    }
    const lkjip::Results results = lkjip::evaluate(report);
    const lkjip::Document document = lkjip::build_document(report, results);
    (void)lkjip::format_text(document);
    (void)lkjip::format_csv(document);
    (void)lkjip::format_json(document);
    const lkjip::Document produced = lkjip::build_document(
        report, results, lkjip::Language::kIndonesian, lkjip::Rows::kOnDemand);
    (void)lkjip::format_text(produced);
    (void)lkjip::format_json(produced);
    for (const std::string& name : lkjip::figure_names(document)) {
      (void)lkjip::format_explanation(*lkjip::find_figure(document, name), *sources);
    }
    std::vector<lkjip::FileFindings> findings = {
        {"fuzz.json", lkjip::check_report(report, *sources), {}}};
    lkjip::locate_findings(findings.front().findings, *sources);
    (void)lkjip::format_findings_text(findings);
    (void)lkjip::format_findings_json(findings);
  } catch (const lkjip::InputError&) {
    // Expected for bad input: a clear error, reported by the command line.
  }
  return 0;
}
