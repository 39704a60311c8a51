// Findings of `lkjip check` as lines (FILE:LINE:COL: error: PATH: message) or as JSON.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lkjip/check.h"
#include "lkjip/error.h"

namespace lkjip {

struct FileFindings {
  std::string file;
  std::vector<Finding> findings;  // located in the file (Finding::position)
  CheckCounts counts;             // what was compared
};

struct FindingCounts {
  std::size_t errors = 0;
  std::size_t warnings = 0;
};

// Findings written file by file as they come (`lkjip check` on thousands of files keeps none
// of them): the text lines, or the pieces of one JSON document.
class FindingsWriter {
 public:
  explicit FindingsWriter(bool json, Language language = Language::kIndonesian)
      : json_(json), language_(language) {}

  // The findings of one more file (with JSON, the first call also opens the document).
  std::string file(const FileFindings& file);
  // With JSON, an entry for an error that kept a file from being checked (a file that cannot be
  // read: code "unreadable"; a check that cannot be made: its finding's code), severity "error"
  // and counted as one; `message` in the writer's language. The text format writes nothing (the
  // error goes to stderr).
  std::string input_error(const Location& where, std::string_view code, const std::string& message);
  // The summary line, or the end of the JSON document with the counts.
  std::string end();
  FindingCounts counts() const { return counts_; }
  const CheckCounts& compared() const { return compared_; }

 private:
  // The opening of the JSON document, the first time only.
  std::string start();
  void append_text(std::string& out, const FileFindings& file, const Finding& finding);
  // The heading of a group of findings, where a file's findings come in more than one.
  void append_heading(std::string& out, const Finding& finding);
  void append_json(std::string& out, const FileFindings& file, const Finding& finding);

  bool json_;
  Language language_;
  bool started_ = false;
  bool first_finding_ = true;
  FindingCounts counts_;
  CheckCounts compared_;
};

std::string format_findings_text(const std::vector<FileFindings>& files,
                                 Language language = Language::kIndonesian);
std::string format_findings_json(const std::vector<FileFindings>& files);

}  // namespace lkjip
