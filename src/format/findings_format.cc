#include "lkjip/findings_format.h"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

#include "json_text.h"
#include "lkjip/check_messages.h"

namespace lkjip {
namespace {

const char* severity_name(Finding::Severity severity) {
  switch (severity) {
    case Finding::Severity::kWarning:
      return "warning";
    case Finding::Severity::kNote:
      return "note";
    default:
      return "error";
  }
}

// FILE:LINE:COL for a text file, FILE:SHEET!CELL for a workbook, FILE alone when not located.
std::string location(const FileFindings& file, const Finding& finding) {
  const Location& where = location_of(finding);
  std::string out = file.file;
  if (where.position.line > 0) {
    out += fmt::format(":{}:{}", where.position.line, where.position.column);
  }
  if (!where.cell.empty()) out += ":" + where.cell;
  return out;
}

// A JSON file's findings name the value's JSON Pointer after the severity; a workbook's cell is
// in the location already.
std::string path_part(const Finding& finding) {
  const CompactString& path = location_of(finding).path;
  return path.empty() ? std::string() : path + ": ";
}

// The group a finding is written in: the corrections, the data's and methods', or a place's.
std::pair<bool, std::string_view> group_of(const Finding& finding) {
  const bool correction = finding.code == FindingCode::kCorrection;
  return {correction,
          correction ? std::string_view() : std::string_view(comparison_of(finding).where)};
}

}  // namespace

std::string FindingsWriter::start() {
  const bool first = !started_;
  started_ = true;
  return first && json_ ? "{\n  \"format\": \"lkjip-findings/1\",\n  \"findings\": [" : "";
}

std::string FindingsWriter::file(const FileFindings& file) {
  std::string out = start();
  compared_ += file.counts;
  // Headings where the report's places group the findings (check_report orders them so).
  const bool grouped =
      !json_ && std::any_of(file.findings.begin(), file.findings.end(), [](const Finding& f) {
        return !comparison_of(f).where.empty() || f.code == FindingCode::kCorrection;
      });
  for (std::size_t i = 0; i < file.findings.size(); ++i) {
    const Finding& finding = file.findings[i];
    if (finding.severity == Finding::Severity::kWarning) ++counts_.warnings;
    if (finding.severity == Finding::Severity::kError) ++counts_.errors;
    if (grouped && (i == 0 || group_of(file.findings[i - 1]) != group_of(finding))) {
      append_heading(out, finding);
    }
    json_ ? append_json(out, file, finding) : append_text(out, file, finding);
  }
  return out;
}

void FindingsWriter::append_heading(std::string& out, const Finding& finding) {
  if (finding.code == FindingCode::kCorrection) {
    out += say(language_, Message::kGroupCorrections);
  } else {
    const CompactString& where = comparison_of(finding).where;
    out += where.empty() ? say(language_, Message::kGroupData)
                         : printable(say(language_, Message::kGroupPlace, where));
  }
  out += '\n';
}

std::string FindingsWriter::end() {
  std::string out = start();
  const CheckCounts& c = compared_;
  if (json_) {
    out += fmt::format(
        "\n  ],\n  \"compared\": {{\"printed\": {}, \"agreeing\": {}, \"differing\": {}, "
        "\"uncomputable\": {}, \"claims\": {}, \"claims_true\": {}, \"claims_false\": {}, "
        "\"words\": {}, \"words_agreeing\": {}, \"words_differing\": {}}},",
        c.printed, c.agreeing, c.differing, c.uncomputable, c.claims, c.claims_true, c.claims_false,
        c.words, c.words_agreeing, c.words_differing);
    out += fmt::format("\n  \"errors\": {},\n  \"warnings\": {}\n}}\n", counts_.errors,
                       counts_.warnings);
  } else {
    out += say(language_, Message::kSummaryPrinted, c.printed, c.agreeing, c.differing,
               c.uncomputable) +
           "\n";
    if (c.claims > 0) {
      out +=
          say(language_, Message::kSummaryClaims, c.claims, c.claims_true, c.claims_false) + "\n";
    }
    if (c.words > 0) {
      out += say(language_, Message::kSummaryWords, c.words, c.words_agreeing, c.words_differing) +
             "\n";
    }
    out += fmt::format("{} error{}, {} warning{}\n", counts_.errors, counts_.errors == 1 ? "" : "s",
                       counts_.warnings, counts_.warnings == 1 ? "" : "s");
  }
  return out;
}

void FindingsWriter::append_text(std::string& out, const FileFindings& file,
                                 const Finding& finding) {
  // One line per finding whatever the file's name or the data hold (printable()).
  out += printable(fmt::format("{}: {}: {}{} [{}]", location(file, finding),
                               severity_name(finding.severity), path_part(finding), finding.message,
                               finding_code_name(finding.code))) +
         '\n';
  if (const CompactString& formula = comparison_of(finding).formula; !formula.empty())
    out += printable(say(language_, Message::kFormulaLine, formula)) + "\n";
}

void FindingsWriter::append_json(std::string& out, const FileFindings& file,
                                 const Finding& finding) {
  const Location& where = location_of(finding);
  const FigureComparison& compared = comparison_of(finding);
  out += first_finding_ ? "\n    " : ",\n    ";
  first_finding_ = false;
  // A workbook's findings name their cell; a JSON file's have none, and no "cell" key.
  const std::string cell =
      where.cell.empty() ? std::string() : fmt::format(R"("cell": {}, )", json_string(where.cell));
  out += fmt::format(
      R"({{"severity": "{}", "code": "{}", "file": {}, "line": {}, "column": {}, )"
      R"({}"path": {}, )"
      R"("figure": {}, "printed": {}, "computed": {}, "where": {}, "formula": {}, )"
      R"("message": {}}})",
      severity_name(finding.severity), finding_code_name(finding.code), json_string(file.file),
      where.position.line, where.position.column, cell, json_string(where.path),
      json_string(compared.figure), json_string(compared.printed), json_string(compared.computed),
      json_string(compared.where), json_string(compared.formula), json_string(finding.message));
}

std::string FindingsWriter::input_error(const Location& where, std::string_view code,
                                        const std::string& message) {
  if (!json_) return "";
  std::string out = start();
  ++counts_.errors;
  out += first_finding_ ? "\n    " : ",\n    ";
  first_finding_ = false;
  const std::string cell =
      where.cell.empty() ? std::string() : fmt::format(R"("cell": {}, )", json_string(where.cell));
  out +=
      fmt::format(R"({{"severity": "error", "code": "{}", "file": {}, "line": {}, "column": {}, )"
                  R"({}"path": {}, )"
                  R"("figure": "", "printed": "", "computed": "", "where": "", "formula": "", )"
                  R"("message": {}}})",
                  code, json_string(where.file), where.position.line, where.position.column, cell,
                  json_string(where.path), json_string(message));
  return out;
}

namespace {

std::string format_all(const std::vector<FileFindings>& files, bool json, Language language) {
  FindingsWriter writer(json, language);
  std::string out;
  for (const FileFindings& file : files)
    out += writer.file(file);
  return out + writer.end();
}

}  // namespace

std::string format_findings_text(const std::vector<FileFindings>& files, Language language) {
  return format_all(files, false, language);
}

std::string format_findings_json(const std::vector<FileFindings>& files) {
  return format_all(files, true, Language::kIndonesian);
}

}  // namespace lkjip
