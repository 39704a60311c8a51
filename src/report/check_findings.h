// Where the checks of `lkjip check` put their findings, in the language of the messages.
// Internal to the report.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "lkjip/check.h"
#include "lkjip/check_messages.h"

namespace lkjip {

// A number as the report writes it, rounded half up at `decimals` (97,09; 2.696.606.251): the
// findings quote the report's notation in both languages.
inline std::string as_printed(const Rational& value, int decimals) {
  return value.round_half_up(decimals).render(',', '.');
}
inline std::string as_printed(const Quantity& quantity) {
  return as_printed(quantity.value, quantity.decimals);
}

class Findings {
 public:
  Findings(Language language, std::vector<Finding>& out) : language_(language), out_(out) {}

  Language language() const { return language_; }

  template <class... Args>
  std::string say(Message message, const Args&... args) const {
    return lkjip::say(language_, message, args...);
  }

  // A finding about a value of the data: its code, how bad, which value, what is wrong.
  Finding& add(FindingCode code, Finding::Severity severity, const Key& key, std::string message) {
    Finding finding;
    finding.code = code;
    finding.severity = severity;
    finding.key = key;
    finding.message = std::move(message);
    return add(std::move(finding));
  }

  Finding& add(Finding finding) {
    out_.push_back(std::move(finding));
    return out_.back();
  }

  // The findings so far, in order (a later check may add to what an earlier one said).
  std::vector<Finding>& all() { return out_; }

 private:
  Language language_;
  std::vector<Finding>& out_;
};

}  // namespace lkjip
