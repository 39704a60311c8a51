// The words of the readers' input errors and warnings (a JSON file, a workbook, a number written
// as text), in Indonesian and English: their table of the catalogue (lkjip/catalogue.h), each
// message written once per language. What tools parse stays as it is in both: JSON Pointers,
// member names, cells, codes and quoted values. Internal to the readers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lkjip/catalogue.h"
#include "lkjip/language.h"

namespace lkjip {

// A message or a word. The templates take positional arguments ({0}, {1}, …), the same ones in
// both languages (a test renders every one of them).
enum class ReaderMessage : std::uint16_t {
  // ---- Files ----
  kCannotOpen,  // {0} the system's reason
  kCannotStat,  // {0} the system's reason
  kIsDirectory,
  kCannotRead,  // {0} the system's reason
  kXlsOrProtected,
  kLkjipOutput,  // {0} the command that wrote it (compute --format json)
  kChangedWhileRead,
  // ---- JSON syntax ----
  kInvalidJson,         // {0} the parser's diagnosis
  kInvalidJsonAlone,    //
  kNulByte,             //
  kNestingDeeper,       // {0} levels
  kDuplicateKey,        // {0} key, {1} line of the first
  kNumberBeyondDigits,  // {0} digits before, {1} after
  // ---- JSON values: what was expected, what was found ----
  kExpectedFound,        // {0} expected, {1} found
  kExpectedFoundString,  // {0} expected, {1} the string
  kFoundNumber,          // {0} number
  kFoundString,          // {0} text
  kFoundArray,
  kFoundObject,
  kFoundValue,
  kOr,  // between choices
  kExpectString,
  kExpectBoolean,
  kExpectObject,
  kExpectArray,
  kExpectWhole,
  kExpectWholeYear,
  kExpectWholeCount,
  kExpectRupiah,
  kExpectNumber,
  kExpectComponents,
  kExpectPastYears,
  kExpectPeriods,
  kExpectCategories,
  kExpectYearTargets,
  kExpectItems,
  kExpectFigureNames,
  kExpectPrintedFigures,
  kExpectIndicatorIds,
  kExpectClaims,
  kExpectRatingScales,
  kExpectBands,
  kWholeNumberRange,   // {0} expected, {1} min, {2} max, {3} found
  kNonNegativeRupiah,  // {0} found
  kRupiahTooLarge,     // {0} largest
  kNumberDigits,       // {0} digits before, {1} after, {2} found
  kBoundDecimals,      // {0} decimals, {1} found
  kComponentsNeeded,
  kPrintedValueKind,  // {0} found
  kClaimNumberText,   // {0} text, {1} how to write it
  kClaimValueKind,    // {0} found
  kMissingField,      // {0} key
  kMissingFieldHint,  // {0} key, {1} hint
  kNullHint,
  kOrGiveOneOf,       // {0} members
  kUnknownField,      // {0} key, {1} suggestion or the allowed members
  kUnknownLongField,  // {0} the key's first characters, {1} its length, {2} as kUnknownField's
  kDidYouMean,        // {0} name
  kAllowedHere,       // {0} members
  // ---- Numbers written as text (number_text.h) ----
  kHoldsDecimal,
  kHoldsRupiah,
  kHoldsWhole,
  kBudgetNotNegative,
  kCountNotNegative,
  kWriteDecimal,
  kWriteRupiah,
  kWriteWhole,
  kGroupDecimal,
  kGroupRupiah,
  kGroupWhole,
  kJsonDecimal,
  kJsonRupiah,
  kJsonWhole,
  kSpaces,
  kTheByte,             // {0} escaped byte
  kTextCurrency,        // {0} text, {1} prefix, {2} the column holds, {3} how to write
  kJsonCurrency,        // {0} how to write it in JSON
  kTextPercent,         // {0} text, {1} the column holds, {2} how to write
  kJsonPercent,         // {0} how to write it in JSON
  kTextNoSen,           // {0} text, {1} ",-", {2} the column holds, {3} how to write
  kTextDigits,          // {0} text, {1} digits, {2} most
  kJsonDigits,          // {0} most
  kTextDecimals,        // {0} text, {1} decimals, {2} most
  kJsonDecimals,        // {0} most
  kTextNoDigits,        // {0} text
  kTextForeign,         // {0} text, {1} character, {2} how to write
  kFixNegative,         // {0} digits
  kFixWrite,            // {0} digits, {1} why
  kTextDash,            // {0} text, {1} dash, {2} fix
  kJsonDash,            // {0} how to write it in JSON
  kTextExponent,        // {0} text
  kJsonExponent,        //
  kTextLeadingMark,     // {0} text, {1} mark, {2} fix
  kWriteThis,           // {0} text
  kTextMarksInARow,     // {0} text, {1} first, {2} second, {3} how to write
  kTextTrailingMark,    // {0} text, {1} mark, {2} fix
  kTextMixedMarks,      // {0} text, {1} how to group
  kTextBadGroups,       // {0} text, {1} mark, {2} how to group
  kTextAmbiguous,       // {0} text, {1} grouping, {2} point, {3} with a decimal comma
  kJsonAmbiguous,       // {0} grouping, {1} point
  kTextSign,            // {0} text
  kJsonSign,            //
  kTextNegativeRupiah,  // {0} text
  kJsonNegativeRupiah,  //
  kRupiahAreWhole,      //
  kIsWhole,             // {0} what the column holds
  kTextNotWhole,        // {0} text, {1} read as, {2} why, {3} below, {4} above
  kJsonNotWhole,        // {0} why, {1} below, {2} above
  kReadAs,              // {0} text, {1} value, {2} notes or nothing, {3} alternative or nothing
  kNotes,               // {0} notes
  kIfCommaGroups,       // {0} value
  kNoteUnicodeMinus,
  kNotePlus,
  kNoteMinusZero,
  kNotePrefix,  // {0} prefix
  kNoteDots,
  kNoteCommasPoint,
  kNoteCommas,
  kNoteSpacesPoint,
  kNoteSpaces,
  kNoteDecimalComma,
  kNoteNoSen,         // {0} ",-"
  kNoteZeroSen,       // {0} zero sen
  kNoteZeroDecimals,  // {0} zero decimals
  kNotePercent,
  kNoteLeadingZeros,
  kJsonWriteAs,    // {0} value, {1} parts, {2} alternative or nothing
  kJsonOrGrouped,  // {0} value
  kPartNoQuotes,
  kPartNoSeparators,
  kPartPoint,
  kPartNoCurrency,
  kPartNoPercent,
  kPartMinus,
  // ---- A printed figure's text ----
  kPrintedNotNumber,  // {0} text, {1} why
  kWhyIdr,            // {0} prefix
  kWhyCurrencyAndPercent,
  kWhyParentheses,  // {0} digits
  kWhyDash,         // {0} dash, {1} digits
  kWhyExponent,
  kWhyTwoSigns,
  kWhyBlankAfterSign,
  kWhyNoDigits,
  kWhyDotAfterComma,
  kWhyTwoCommas,
  kWhyNoSenDecimals,
  kWhyBlankInside,
  kWhyPercentInside,
  kWhySignInside,      // {0} sign
  kWhyNoPlace,         // {0} character
  kWhyNoIntegerDigit,  // {0} the text after 0
  kWhyEndsWithComma,
  kWhyNoSenPercent,
  kWhyLeadingZero,      // {0} fix
  kWhyDotForDigit,      // {0} suggestion or nothing
  kWhyFirstGroup,       // {0} group, {1} suggestion or nothing
  kWhyGroupOfThree,     // {0} group, {1} suggestion or nothing
  kIfDecimalDot,        // {0} fix
  kWhyPrintedDigits,    // {0} digits, {1} most
  kWhyPrintedDecimals,  // {0} decimals, {1} most
  // ---- A workbook's sheets, rows and cells ----
  kNoHeadingRow,         // {0} the first heading
  kSecondColumn,         // {0} heading, {1} the first's column
  kHeadingMisspelt,      // {0} heading, {1} the one meant
  kColumnNotRead,        // {0} heading
  kSecondSheet,          // {0} sheet, {1} the first's name
  kSheetMisspelt,        // {0} sheet, {1} the one meant
  kNoReportSheet,        //
  kSecondRow,            // {0} label, {1} the first's row
  kRowNotRead,           // {0} label
  kRowMisspelt,          // {0} label, {1} the one meant
  kNoRow,                // {0} label, {1} label column, {2} value column
  kCellScoreDecimals,    // {0} decimals
  kCellCapaianDecimals,  // {0} decimals
  kGivenTogether,        // {0} headings
  kAnd,                  // between the last two of a list
  kTogetherEmpty,        // {0} what is given together
  kTogetherAddRow,       // {0} what is given together, {1} row label
  kStaffTogether,        //
  kNoColumn,             // {0} heading, {1} why, {2} row
  kEveryRowNeeds,
  kQualitativeColumnNeeds,
  kUnknownCode,      // {0} what, {1} code, {2} sheets, {3} suggestion or nothing
  kSheetOne,         // {0} sheet
  kSheetMany,        // {0} sheets
  kColonDidYouMean,  // {0} quoted name
  kWhatProgram,
  kWhatActivity,
  kWhatOwner,
  kWhatIndicator,
  kWhatLevel,
  kIndicatorNotCompared,  // {0} code
  kCodeIsObjective,       // {0} code
  kQualitativeNeeds,      // {0} heading, {1} sheet
  kSecondRenstraRow,      // {0} the first's row
  kNoRenstraRow,          // {0} sheet
  kSecondIndicatorRow,    // {0} the first's row
  kRequiredEmpty,         // {0} heading
  kCellError,             // {0} error
  kUncalculated,
  kCellText,
  kFoundDate,
  kFoundBoolean,
  kFoundDateFormat,  // {0} expected
  kFoundPercentage,  // {0} expected
  kReadPercentage,   // {0} percent, {1} fraction
  kRoundIt,
  kShownDecimals,   // {0} value, {1} decimals shown
  kNoSen,           // {0} found
  kChoiceExpected,  // {0} choices, {1} found
  kYesNoExpected,   // {0} yes, {1} no, {2} yes in English, {3} no in English, {4} found
  // ---- A workbook's file (zip, XML) ----
  kXlsxSaveAs,
  kXlsxDamaged,
  kXlsxWhereSheet,      // {0} sheet
  kXlsxWhereCell,       // {0} cell
  kXlsxWhereSheetCell,  // {0} sheet, {1} cell
  kXlsxPosition,        // {0} part, {1} line, {2} column
  kXlsxBytes,           // {0} count
  kXlsxEncrypted,
  kXlsxOle,         // {0} how to save
  kXlsxCannotOpen,  // {0} why
  kXlsxEmpty,
  kXlsxTruncated,
  kXlsxNotZip,         // {0} how to save
  kXlsxInconsistent,   // {0} why, {1} fix
  kXlsxCannotReadZip,  // {0} why
  kXlsxEmptyZip,       // {0} how to save
  kXlsxFolder,
  kXlsxCannotReadBytes,       // {0} why
  kXlsxMalformedXml,          // {0} where, {1} why, {2} fix
  kXlsxTooDeep,               // {0} where, {1} depth, {2} how to save
  kXlsxDoctype,               // {0} where, {1} how to save
  kXlsxCannotReadPart,        // {0} part, {1} why, {2} fix
  kXlsxCannotReadEntry,       // {0} part, {1} fix
  kXlsxPartEncrypted,         // {0} part, {1} how to save
  kXlsxTooLarge,              // {0} size
  kXlsxZipBomb,               // {0} part, {1} ratio, {2} bytes, {3} how to save
  kXlsxPartEncryptedOnly,     // {0} part, {1} how to save
  kXlsxCompression,           // {0} part, {1} why, {2} how to save
  kXlsxCannotOpenPart,        // {0} part, {1} why, {2} fix
  kXlsxTooManyRelationships,  // {0} part, {1} most, {2} sheets, {3} how to save
  kXlsxXlsb,                  // {0} how to save
  kXlsxOds,                   // {0} how to save
  kXlsxDocx,
  kXlsxNoPart,           // {0} part, {1} how to save
  kXlsxSheetNoName,      // {0} part, {1} fix
  kXlsxTooManySheets,    // {0} most
  kXlsxTooManyStrings,   // {0} most
  kXlsxStringsTooLarge,  // {0} size
  kXlsxNumFmtId,         // {0} part, {1} element, {2} what it is, {3} fix
  kXlsxIsQuoted,         // {0} text
  kXlsxIsMissing,
  kXlsxTooManyNumFmts,      // {0} part, {1} most, {2} how to save
  kXlsxNumFmtNoCode,        // {0} part, {1} fix
  kXlsxTooManyCellFormats,  // {0} part, {1} most, {2} how to save
  kXlsxRowNumber,           // {0} number, {1} fix
  kXlsxRowAfterLast,        // {0} fix
  kXlsxCellBeyond,          // {0} reference
  kXlsxCellNotRef,          // {0} reference
  kXlsxInRow,               // {0} what, {1} row, {2} fix
  kXlsxCellAfterXfd,        // {0} row, {1} fix
  kXlsxCellType,            // {0} type, {1} fix
  kXlsxStringIndex,         // {0} index, {1} fix
  kXlsxStringBeyondNone,    // {0} index, {1} fix
  kXlsxStringBeyondOnly,    // {0} index, {1} count, {2} fix
  kXlsxBoolean,             // {0} value, {1} fix
  kXlsxNumberValue,         // {0} value, {1} fix
  kXlsxStyleIndex,          // {0} index, {1} fix
  kXlsxStyleBeyondNone,     // {0} index, {1} fix
  kXlsxStyleBeyondOnly,     // {0} index, {1} count, {2} fix
  kXlsxTooManyCells,        // {0} most
  kXlsxTooMuchText,         // {0} size
  kXlsxCellTwice,           // {0} fix
  kXlsxNoRelationship,      // {0} part, {1} id, {2} relationships part, {3} fix
  kXlsxExternal,            // {0} fix
  kXlsxPartMissing,         // {0} part, {1} fix
  // ---- The JSON parser's diagnosis ----
  kJsonSyntaxWhile,  // {0} what was read, {1} detail
  kJsonSyntax,       // {0} detail
  kJsonReadingValue,
  kJsonReadingKey,
  kJsonReadingSeparator,
  kJsonReadingObject,
  kJsonReadingArray,
  kJsonUnexpected,  // {0} token
  kJsonUnexpectedEnd,
  kJsonLastRead,       // {0} error, {1} text read
  kJsonExpectedToken,  // {0} token
  kJsonTokenTrue,
  kJsonTokenFalse,
  kJsonTokenNull,
  kJsonTokenString,
  kJsonTokenNumber,
  kJsonTokenEnd,
  kJsonTokenValue,
  kJsonTokenUnknown,
  kJsonInvalidLiteral,
  kJsonDigitAfterMinus,
  kJsonDigitAfterPoint,
  kJsonDigitAfterExponent,
  kJsonMissingQuote,
  kJsonBadUtf8,
  kJsonBadEscape,
  kJsonBadUnicodeEscape,
  kJsonHighSurrogate,
  kJsonLowSurrogate,
  kJsonControlCharacter,  // {0} character, {1} escapes
  kJsonBadBom,
  // ---- The JSON reader's own syntax check ----
  kCursorEndExpectedValue,
  kCursorExpectedValue,
  kCursorExpected,  // {0} a character
  kCursorInvalidLiteral,
  kCursorExpectedBoolean,
  kCursorExpectedDigit,
  kCursorExpectedString,
  kCursorControlCharacter,
  kCursorUnterminatedString,
  kCursorUnterminatedEscape,
  kCursorInvalidEscape,
  kCursorInvalidUnicodeEscape,
  kCursorLowSurrogate,
  kCursorHighSurrogate,
  kCursorInvalidUtf8,
  kCursorEnd,
  kCursorCommaOr,  // {0} closing bracket
  kCursorKeyOrClose,
  kCursorKey,
  kCursorAfterValue,
  // ---- Printed figures' decimals ----
  kDecimalsDisagree,  // {0} stated, {1} text, {2} its decimals
  kDecimalsFewer,     // {0} stated, {1} written decimals, {2} value
  kLast = kDecimalsFewer,
};

inline constexpr std::size_t kReaderMessageCount =
    static_cast<std::size_t>(ReaderMessage::kLast) + 1;

const Phrase& phrase_of(ReaderMessage message);
// For the test: the enumerator the table's entry `index` is written for.
ReaderMessage reader_message_at(std::size_t index);

// `message` in both languages, its arguments (a Text in the message's language) filled in.
template <class... Args>
Text say(ReaderMessage message, const Args&... args) {
  return say_both(phrase_of(message), args...);
}

// One text after the other, in each language.
inline Text joined(const Text& first, const Text& second) {
  return Text{first.indonesian + second.indonesian, first.english + second.english};
}

}  // namespace lkjip
