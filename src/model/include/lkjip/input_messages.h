// The words of input errors about the model's rules (validate()), and the ones every reader
// shares, in Indonesian and English: their table of the catalogue (lkjip/catalogue.h), each
// message written once per language. The readers' own messages: readers/reader_messages.h.
#pragma once

#include <cstddef>
#include <cstdint>

#include "lkjip/catalogue.h"
#include "lkjip/language.h"

namespace lkjip {

// A message or a word of an input error. The templates take positional arguments ({0}, {1}, …),
// the same ones in both languages (a test renders every one of them). Names of JSON members,
// codes and quoted values stay as they are in both.
enum class InputMessage : std::uint16_t {
  // Texts.
  kNonEmptyString,
  kControlCharacter,  // {0} code point (hex)
  // Claims.
  kClaimKindName,    // {0} kind
  kClaimTakesNo,     // {0} claim, {1} member, {2} why
  kClaimNeeds,       // {0} claim, {1} what
  kNoIndicatorId,    // {0} id, {1} suggestion or hint
  kDidYouMeanColon,  // {0} name
  kClaimNamesById,   //
  kWhyCountOfClass,
  kWhyReachedNamesTarget,
  kWhyClaimsNoNumber,
  kWhyAboutIndicators,
  kWhyOnlyIndicatorsOfClass,
  kWhyCountsGroup,
  kWhyAboutFigures,
  kWhyNamesIndicators,
  kWhyAboutOneIndicator,
  kClaimNeedsKind,
  kClaimGroupOrIndicators,  // {0} claim
  kNeedsGroupCounted,
  kNeedsFigureChanging,
  kNeedsFigureAbout,
  kNeedsIndicatorsReached,
  kClaimNeedsWholeValue,       // {0} claim, {1} found or nothing
  kClaimNeedsChange,           // {0} claim, {1} found or nothing
  kFoundQuoted,                // {0} text
  kClaimValueOrOther,          // {0} claim
  kClaimNeedsNumber,           // {0} claim, {1} text found
  kClaimOneIndicatorOrFigure,  // {0} claim
  kClaimNeedsClass,            // {0} claim
  // Printed words and figures.
  kNoIdOf,  // {0} what, {1} id, {2} suggestion or hint
  kWhatNamed,
  kWhatIndicator,
  kNameItById,
  kPrintedOneKind,
  kPrintedWordsNotNumber,
  kCappedOnWords,
  kOfLabelOnWords,
  kAggregateBesideOf,
  kPrintedNeedsFigure,
  kLabelOnFigure,
  kFigureAndAggregate,
  kAggregateNeedsNumber,  // {0} sum or mean
  kWordSum,
  kWordMean,
  kCappedOnAggregate,
  kAggregateNeedsOf,  // {0} sum or mean
  kOfEntryNotName,    // {0} entry number, {1} name
  kOfEntryRepeats,    // {0} entry number, {1} name, {2} the earlier entry's number
  kDecimalsOnWords,
  kDecimalsOnText,  // {0} text
  // Ids and references.
  kReservedId,  // {0} id
  kIdSlash,
  kDuplicateId,       // {0} id, {1} where first used
  kUnknownObjective,  // {0} id, {1} known ids
  // Indicators.
  kMethodNeedsLower,
  kPastYearRange,  // {0} earliest, {1} latest, {2} found
  kPastYearsOrder,
  kPeriodWholeYear,
  kPeriodsMixed,
  kPeriodsOrder,
  kPeriodRuleWithoutPeriods,
  kPeriodRuleMissing,
  kRangeAndPeriodTargets,
  kCategoryNotOnScale,  // {0} category, {1} scale, {2} its categories
  kScaleNeedsCategory,
  kCategoryTwice,  // {0} category
  kQualitativeTarget,
  kTargetBothWays,
  kRangeEmpty,
  kActualOneWay,
  kOriginalTarget,
  kQualitativeActual,
  kCountNegative,
  kRatePer,
  // The performance tree.
  kLevelKey,
  kLevelProgram,
  kLevelActivity,
  kLevelSubActivity,
  kKeySupportsNone,     // {0} found
  kSupportsWrongLevel,  // {0} found, {1} its level, {2} this level, {3} level above, {4} known
  kSupportsUnknown,     // {0} found, {1} level above, {2} suggestion or nothing, {3} known
  kTreeNoneKnown,
  kTreeKnown,  // {0} ids, {1} more or nothing
  kAndMore,    // {0} count
  // The strategic plan's period and targets.
  kRenstraPeriodBoth,
  kPeriodEndsBeforeStart,
  kRenstraYearNeedsPeriod,  // {0} year
  kRenstraYearOutside,      // {0} first, {1} last, {2} found
  kRenstraYearsOrder,       // {0} found, {1} the year before
  // Scales and settings.
  kScaleNeedsBand,
  kBandMinBelowMax,
  kBandsOrder,
  kBandGap,      // {0} lower band, {1} upper band
  kBandOverlap,  // {0} band, {1} lower band
  kExceededBelowMet,
  kFloorBelowCap,
  kScaleCoversScores,
  kStatedScaleNeedsBand,
  kStatedBandSwapped,  // {0} min, {1} max
  kSakipNeedsComponent,
  kWeightAboveZero,
  kComponentScore,
  // Years of one unit (trend).
  kUnitDiffersAcrossYears,      // {0} id, {1} unit, {2} year, {3} later unit, {4} later year
  kPolarityDiffersAcrossYears,  // {0} id, {1} polarity, {2} year, {3} later one, {4} later year
  // Every reader.
  kMoreProblems,  // {0} count
  kLast = kMoreProblems,
};

inline constexpr std::size_t kInputMessageCount = static_cast<std::size_t>(InputMessage::kLast) + 1;

const Phrase& phrase_of(InputMessage message);
// For the test: the enumerator the table's entry `index` is written for.
InputMessage input_message_at(std::size_t index);

// `message` in both languages, its arguments (a Text in the message's language) filled in.
template <class... Args>
Text say(InputMessage message, const Args&... args) {
  return say_both(phrase_of(message), args...);
}

}  // namespace lkjip
