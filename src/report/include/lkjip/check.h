// `lkjip check`: the figures a report prints against the computed ones, and the consistency of
// the data (parts that must add up, spending above pagu, the same indicator given twice).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lkjip/error.h"
#include "lkjip/heap_optional.h"
#include "lkjip/model.h"
#include "lkjip/report.h"
#include "lkjip/source_map.h"

namespace lkjip {

// What a finding is about, stable across languages and versions: scripts match on its name
// (`finding_code_name`), people read the message.
enum class FindingCode : std::uint8_t {
  kPrintedMismatch,      // a printed figure differs from the computed one
  kPrintedCapped,        // printed at the cap where the report states none
  kPrintedUncomputable,  // printed, but the figure cannot be computed
  kUnknownFigure,        // a printed entry names no figure (input error)
  kPrintedKind,          // a number printed for a text figure or the other way (input error)
  kPartsSum,             // a level's amount against its parts' sum
  kSpendingAbovePagu,    // spending above the pagu
  kPeriodsSum,           // the year's spending against its periods'
  kPlanSum,              // the cash plan against the pagu
  kRepeatedIndicator,    // the same indicator given different figures
  kDerivedActual,        // an actual given twice (value and what makes it) disagrees
  kSakipWeights,         // SAKIP weights not adding up to 100
  kSakipTotal,           // SAKIP stated total against its components
  kSakipPredicate,       // SAKIP stated predicate against the scale
  kRenstraYearTarget,    // the agreement's target against the Renstra's of the year
  kRenstraEndTarget,     // a Renstra end target short of a target on the way
  kTreeUnlinked,         // indicators that support nothing
  kTreeOtherObjective,   // a program indicator supporting another objective's key indicator
  kTreeKeyUnsupported,   // a key indicator nothing supports
  kProgramWithoutObjective,
  kObjectiveSum,             // an objective's staff or pagu against its programs' sum
  kNothingToCompare,         // the file states no printed figure and no claim
  kMethodUncappedMean,       // printed means and efficiencies made of uncapped capaian
  kMethodUnweightedMean,     // a total percentage as the unweighted mean of its rows'
  kMethodEfficiencyFormula,  // an efficiency made by another formula on some rows
  kCorrection,               // one value that would make several findings agree (a note)
  kSumOfParts,               // a printed total or mean against its printed parts
  kClaimFalse,               // a claim of the text the figures contradict
  kClaimUncheckable,         // a claim whose figures cannot be computed
  kRowArithmetic,            // a figure against the inputs printed beside it
  kScaleGap,                 // values of a printed rating scale in no band
  kScaleOverlap,             // values of a printed rating scale in two bands
  kScaleUnreachable,         // a band of a printed rating scale that no score can fall in
  kScaleRatingDiffers,       // a printed rating scale rates computed scores otherwise
  kPrintedName,              // an object's name printed otherwise than the data's
  kPrintedUnit,              // an indicator's unit printed otherwise than the data's
  kPrintedFact,              // a fact printed two ways or more, or otherwise than the data's
  kLast = kPrintedFact,
};

// "printed-mismatch", "sum-of-parts", …: the code as scripts and the JSON output spell it.
const char* finding_code_name(FindingCode code);

// A figure the report prints and what lkjip computes for it. Compact strings (16 bytes, up to 15
// bytes inline); each may be empty (a scale's finding names only where it is printed).
struct FigureComparison {
  CompactString figure;   // the figure's name, when it is about one
  CompactString printed;  // as the report prints it (Indonesian format)
  CompactString computed;
  CompactString where;    // where the report prints it
  CompactString formula;  // how the computed figure is made, in words
};

struct Finding {
  enum class Severity {
    kError,       // the report or the data is wrong
    kWarning,     // suspicious; fails the check only with --strict
    kInputError,  // the check itself cannot be made (an unknown figure name): exit 2
    kNote,        // a suggestion with its evidence (a correction); counted as neither
  };
  Severity severity = Severity::kError;
  FindingCode code = FindingCode::kPrintedMismatch;
  Key key;  // what the finding is about in the data
  // What it says of a figure the report prints (a claim, a scale): most findings are about the
  // data and give none, so it is out of line (8 bytes), as a large report's findings are many.
  // Read it through comparison_of(), write it through edit_comparison().
  HeapOptional<FigureComparison> comparison;
  CompactString message;  // one line, in the report's language
  // Where `key` is in the data file, once located (locate_findings): out of line, as a large
  // report's findings are many while they are made, and none is located before the last.
  // Read it through location_of().
  HeapOptional<Location> location;
};

// The finding's comparison, empty texts when it gives none.
const FigureComparison& comparison_of(const Finding& finding);
// Its comparison to be written, made when it has none.
FigureComparison& edit_comparison(Finding& finding);
// Where the finding is in the data file; an empty location before it is located.
const Location& location_of(const Finding& finding);

// What was compared: the summary says it, so that "0 errors" of a file with nothing to compare
// is not taken for a clean report.
struct CheckCounts {
  std::size_t printed = 0;       // printed figures compared
  std::size_t agreeing = 0;      // … that agree at their printed precision
  std::size_t differing = 0;     // … that do not
  std::size_t uncomputable = 0;  // … whose figure cannot be computed
  std::size_t claims = 0;        // claims of the text checked
  std::size_t claims_true = 0;
  std::size_t claims_false = 0;
  std::size_t words = 0;  // printed names, units and facts compared
  std::size_t words_agreeing = 0;
  std::size_t words_differing = 0;

  CheckCounts& operator+=(const CheckCounts& other);
};

// The data checks read the model alone and the SAKIP statements its evaluation alone; the report
// is evaluated, with traces, and laid out in tables only when it states printed figures, which
// are looked up in them.
// `sources` spells the places of the data file's values in the findings' messages.
// Messages are in `language`; `counts`, when given, receives what was compared. The printed
// figures' findings come after the data's, grouped by where the report prints them, in the
// report's order (`report_order`).
std::vector<Finding> check_report(const PerformanceReport& report, const SourceMap& sources,
                                  Language language = Language::kIndonesian,
                                  CheckCounts* counts = nullptr);

// The order of places in a report ("Tabel 2.1" < "§3.2 teks" < "teks setelah Tabel 3.4" <
// "Tabel 3.10" < "BAB IV"): by the chapter and section numbers a place names; a place after a
// table comes after it; a place that names none comes last.
bool report_order(std::string_view a, std::string_view b);

// The claims of the text (report.claims) that `check` verified: each claim gives at most one
// finding, claim-false or claim-uncheckable (or an input error naming an unknown figure); the
// others hold.
struct ClaimCounts {
  std::size_t checked = 0;  // every claim of the report
  std::size_t held = 0;     // true
  std::size_t contradicted = 0;
  std::size_t uncheckable = 0;
};
ClaimCounts count_claims(const PerformanceReport& report, const std::vector<Finding>& findings);

// Fills each finding's location from its key, all at once (a JSON file is read again for that).
void locate_findings(std::vector<Finding>& findings, const SourceMap& sources);

}  // namespace lkjip
