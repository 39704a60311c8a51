// The words of `lkjip check`'s findings, in Indonesian and English: their table of the
// catalogue (lkjip/catalogue.h), each message written once per language. Internal to the report.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "lkjip/catalogue.h"
#include "lkjip/report.h"

namespace lkjip {

// A message or a word of the findings. The templates take positional arguments ({0}, {1}, …),
// the same ones in both languages (a test renders every one of them).
enum class Message : std::uint16_t {
  // Printed figures.
  kPrintedDiffers,       // {0} figure, {1} printed, {2} where, {3} compared with, {4} computed
  kPrintedCapped,        // {0} figure, {1} printed, {2} where, {3} computed
  kPrintedUncomputable,  // {0} figure, {1} printed, {2} where, {3} why
  kPrintedTextDiffers,   // {0} figure, {1} printed, {2} where, {3} computed
  kUnknownFigure,        // {0} name
  kDidYouMean,           // {0} name
  kListFigures,          //
  kFigureIsText,         // {0} figure
  kFigureIsNumber,       // {0} figure
  kComputed,             // "dihitung"
  kInDataFile,           // {0} where in the data file
  kDefault,              // a value no file gives
  kCategoryFormula,      // how a printed category is made
  kPredicateFormula,     // how a predicate is made
  // Budgets.
  kPartsOverflow,      // {0} level, {1} amount name, {2} amount, {3} count, {4} parts name
  kPartsDiffer,        // … {5} parts' sum, {6} difference
  kSpendingAbovePagu,  // {0} level, {1} spending, {2} pagu
  kPeriodsDiffer,      // {0} level, {1} spending, {2} count, {3} periods' sum, {4} difference
  kPlanDiffers,        // {0} level, {1} count, {2} plan, {3} pagu, {4} difference
  kWordPagu,
  kWordOriginalPagu,
  kWordSpending,
  kWordActivities,
  kWordSubActivities,
  // Indicators.
  kRepeatedIndicator,  // {0} id, {1} the earlier id, {2} name, {3} what differs
  kWordTarget,
  kWordActual,
  kDerivedActual,  // {0} id, {1} actual, {2} made from, {3} computed
  kMadeFromComponents,
  kMadeFromRatio,
  kMadeFromPeriods,
  // SAKIP.
  kSakipWeights,    // {0} sum of weights
  kSakipTotal,      // {0} stated, {1} components' sum
  kSakipPredicate,  // {0} stated, {1} predicate of the sum
  // Renstra.
  kRenstraYearTarget,      // {0} id, {1} year, {2} target, {3} plan's year, {4} plan's target
  kRenstraEndBelowTarget,  // {0} id, {1} end, {2} above/below, {3} year, {4} target, {5} polarity
  kRenstraEndBelowYear,  // {0} id, {1} end, {2} above/below, {3} plan's year, {4} target, {5} pol.
  kWordAbove,
  kWordBelow,
  kWordHigherIsBetter,
  kWordLowerIsBetter,
  // Performance tree.
  kTreeLevelUnlinked,        // {0} count, {1} level's indicators, {2} level above, {3} first id
  kTreeIndicatorUnlinked,    // {0} id, {1} level's indicator, {2} owner, {3} level above
  kTreeOtherObjective,       // {0} id, {1} program, {2} supported, {3} its objective, {4} objective
  kTreeKeyUnsupported,       // {0} id, {1} objective
  kProgramWithoutObjective,  // {0} program
  kObjectiveStaffDiffers,    // {0} objective, {1} what, {2} stated, {3} count, {4} ids, {5} sum,
                             // {6} difference
  kWordKeyIndicator,
  kWordProgramIndicator,
  kWordActivityIndicator,
  kWordSubActivityIndicator,
  kWordObjective,
  kWordStaffNeeded,
  kWordStaffAvailable,
  kWordNotComputable,  // "t.d."
  // Text output.
  kFormulaLine,  // {0} formula
  // What was compared.
  kNothingToCompare,  //
  kSummaryPrinted,    // {0} compared, {1} agreeing, {2} differing, {3} not computable
  kSummaryClaims,     // {0} checked, {1} true, {2} false
  kGroupData,         // the heading of the data's findings
  kGroupPlace,        // {0} where the report prints them
  // Methods.
  kMethodUncappedMean,       // {0} count, {1} figures, {2} the cap
  kMethodUnweightedMean,     // {0} count, {1} figures, {2} how the rows are counted
  kMethodEfficiencyFormula,  // {0} count, {1} figures, {2} the cap
  kWordEachRowOnce,
  kWordEachIndicatorRow,
  kExplainedByMethod,  // {0} the method's code
  kCorrection,         // {0} count, {1} the value now, {2} the value it would be, {3} findings
  kGroupCorrections,   // the heading of the corrections
  kCorrectionsCut,     // {0} tried, {1} candidates
  // A printed total or mean against its printed parts.
  kSumOfParts,       // {0} figure, {1} printed, {2} where, {3} count, {4} parts' value, {5} how,
                     // {6} against the computed figure
  kPartsTruncated,   // {0} expected
  kPartsRoundedUp,   // {0} expected
  kPartsTransposed,  // {0} position, {1} next position, {2} digit, {3} next digit, {4} expected
  kPartsLeftOut,     // {0} part, {1} its printed value
  kPartsTwice,       // {0} part, {1} its printed value
  kPartsOneDigit,    // {0} position, {1} printed digit, {2} expected digit, {3} expected
  kPartsDifference,  // {0} difference
  kPartsComputedAgrees,      // {0} computed
  kPartsComputedOnParts,     // {0} computed
  kPartsComputedDiffers,     // {0} computed
  kAggregateMatchesNothing,  // {0} pattern
  kWordOneOf,                // {0} names
  // Claims of the text (check_claims.cc).
  kClaimFalse,         // {0} where, {1} what it claims, {2} what the figures give
  kClaimUncheckable,   // {0} where, {1} what it claims, {2} why not
  kClaimAllMet,        // {0} whom
  kClaimAllExceeded,   // {0} whom
  kClaimNoneMet,       // {0} whom
  kClaimCount,         // {0} what is counted, {1} the claimed number
  kClaimChange,        // {0} the figure (or "from → to"), {1} the claimed change
  kClaimEquals,        // {0} figure, {1} claimed value or figure
  kClaimAbove,         // {0} figure, {1} claimed value or figure
  kClaimBelow,         // {0} figure, {1} claimed value or figure
  kClaimReachedEnd,    // {0} indicators
  kClaimReachedYear,   // {0} indicators, {1} year
  kClaimClassified,    // {0} indicator or figure, {1} claimed class
  kClaimCounted,       // {0} the count, {1} which
  kClaimComputed,      // {0} the computed value
  kClaimNoRenstra,     // {0} id: no Renstra target to reach
  kClaimNoYearTarget,  // {0} id, {1} year
  kClaimOfClass,       // {0} what is counted, {1} the class
  kClaimNone,          // {0} what the report has none of
  kWordObjectives,
  kWordPrograms,
  kWordIndicators,
  kWordUp,
  kWordDown,
  kWordUnchanged,
  kWordExceeded,
  kWordMet,
  kWordNotMet,
  kWordReached,
  kRowArithmetic,  // {0} figure, {1} printed, {2} where, {3} the inputs printed there, {4} computed
  kRowsCut,        // {0} places checked, {1} places
  // Rating scales the report prints (check_scales.cc).
  kScaleGap,             // {0} what it rates, {1} values, {2} floor, {3} cap, {4} its neighbours
  kScaleGapBetween,      // {0} band below, {1} band above
  kScaleGapBelow,        // {0} the band above the values
  kScaleGapAbove,        // {0} the band below the values
  kScaleOverlap,         // {0} what it rates, {1} values, {2} count of bands, {3} bands
  kScaleUnreachable,     // {0} what it rates, {1} band, {2} floor, {3} cap
  kScaleEmptyBand,       // {0} what it rates, {1} band
  kScaleRatesOtherwise,  // {0} what it rates, {1} count, {2} the scores and both ratings
  kScaleRatedAs,         // {0} indicator, {1} score, {2} stated band, {3} lkjip's band
  kWordNoBand,
  kWordCapaian,
  // Printed words about the data (check_words.cc).
  kPrintedName,      // {0} id, {1} printed name, {2} places, {3} the data's name
  kPrintedUnit,      // {0} id, {1} printed unit, {2} places, {3} the data's unit
  kPrintedFact,      // {0} fact, {1} how many ways, {2} each wording with its places
  kPrintedFactData,  // {0} fact, {1} printed, {2} places, {3} the data's value
  kSummaryWords,     // {0} compared, {1} agreeing, {2} differing
  kLast = kSummaryWords,
};

// A message's templates.
const Phrase& phrase_of(Message message);

// The enumerator the catalogue's entry `index` is written for (a test checks the order).
Message message_at(std::size_t index);
constexpr std::size_t kMessageCount = static_cast<std::size_t>(Message::kLast) + 1;

template <class... Args>
std::string say(Language language, Message message, const Args&... args) {
  return say_in(language, phrase_of(message), args...);
}

}  // namespace lkjip
