// The fewest corrections (`lkjip check`): single values that, put in place of what the report
// or the data says, make several findings agree at once. A suggestion with its evidence; the
// data is never changed. Internal to the report; check.cc runs it.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

#include "check_findings.h"
#include "lkjip/fields.h"
#include "lkjip/model.h"
#include "lkjip/report.h"

namespace lkjip {

// One value tried in place of the one a key names.
struct Correction {
  Key key;
  FieldValue value;
};

// Each correction tried, and each place whose row is checked on its own terms, is a check of the
// whole report: at most this many values of the report (its indicators, facilities and printed
// figures, `values_checked`) are checked in all. The seed's 24 candidates of ~600 values each are
// well within it (0,3 s); a report of 50 000 values or more tries none and says so (a check of
// the 54 MB benchmark file with printed figures takes 3 s and 1,1 GB, and each try as much again).
constexpr std::size_t kMaxCheckWork = 50'000;
std::size_t values_checked(const PerformanceReport& report);
// How many checks of the whole report fit within kMaxCheckWork.
std::size_t affordable_checks(const PerformanceReport& report);
// The note that only `done` of the `wanted` checks of the whole report were made.
Finding checks_cut_note(const Findings& findings, FindingCode code, Message message,
                        std::size_t done, std::size_t wanted);

// `value` as a value of the same kind as `current`: a quantity keeps at least its decimals (and
// `decimals`, those it is printed with), rupiah stay whole; none for a value that kind cannot
// hold (a negative one, a fraction of a rupiah).
std::optional<FieldValue> value_like(const FieldValue& current, const Rational& value,
                                     int decimals);

// What a differing printed figure suggests: an input printed otherwise than the data file gives
// it may be the right one (the printed value in its place); a printed sum or mean whose parts
// are given values may differ by one part (each part moved by the difference).
void propose_corrections(const PerformanceReport& report, const PrintedFigure& printed,
                         const Cell& cell, std::vector<Correction>& candidates);

// The findings of a report, as check_report finds them (without corrections).
using CheckRun = std::function<std::vector<Finding>(const PerformanceReport&)>;

// Tries every candidate on a copy of the report: one that makes two or more findings agree and
// no other appear is a correction. The fewest of them that explain the most findings are added
// as notes (code `correction`) before the report's findings (`findings`), the one explaining
// most first.
void suggest_corrections(const PerformanceReport& report, std::vector<Correction> candidates,
                         const CheckRun& run, Findings& findings);

}  // namespace lkjip
