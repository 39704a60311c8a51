// The command line's words, in Indonesian and English: its table of the catalogue
// (lkjip/catalogue.h). Help texts, usage errors and the commands' own messages. What tools
// parse stays the same in both: "FILE: error:", option names, command names.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "lkjip/catalogue.h"

namespace lkjip {

// A message of the command line. The templates take positional arguments ({0}, {1}, …), the
// same ones in both languages (a test renders every one of them).
enum class CliMessage : std::uint16_t {
  // lkjip itself, its help and CLI11's words.
  kAppDescription,
  kHelpFlag,
  kVersionFlag,
  kOptionsGroup,
  kCommandsGroup,
  kArgumentsGroup,
  kUsageLabel,
  kOptionsLabel,
  kCommandLabel,
  kRequiredLabel,
  kTextType,
  kNumberType,
  kHelpCommand,
  kHelpCommandArgument,
  kVersionCommand,
  kNoCommand,      // {0} the word given
  kDidYouMean,     // {0} the nearest name
  kRunHelp,        //
  kHelpNoCommand,  // {0} the word given
  kInternalError,  // {0} what went wrong
  kNameACommand,   // {0} the commands
  kSeeHelp,        // {0} the command's help, "lkjip compute --help"
  // Usage errors (from parsing the command line).
  kUnknownOption,    // {0} the option
  kUnexpectedValue,  // {0} the argument
  kRequired,         // {0} the option or argument
  kNeedsValue,       // {0} the option
  kNotANumber,       // {0} the option, {1} the value
  kNotOneOf,         // {0} the value, {1} the set
  kNotOneOfNearest,  // {0} the value, {1} the nearest, {2} the set
  kOtherUsageError,  // {0} CLI11's words
  // Options shared by the commands.
  kFilesArgument,
  kFormatOption,   // {0} the formats
  kFormatDefault,  // "the default", after the first format
  kOutputOption,
  kLocaleOption,
  kHeaderOption,
  kColorOption,
  kLangOutputOption,
  kLangCheckOption,
  kLangExplainOption,
  kLangWorkbookOption,
  kLangHelpOption,
  kJobsOption,
  kJobsTrendOption,
  kPeriodOption,
  kStrictComputeOption,
  kStrictCheckOption,
  kForceOption,
  // compute
  kComputeDescription,
  kTableOption,
  kTablesHeading,
  kComputeFooter,
  kTableOfOneReport,
  kSameUnitAndYear,  // {0} unit, {1} year, {2} the other file
  kWarningPrefix,    // {0} the command
  // explain
  kExplainDescription,
  kExplainFileArgument,
  kFigureArgument,
  kListOption,
  kExplainFooter,
  kNameAFigure,
  kNoFigureNamed,  // {0} the name
  kListHint,       // {0} the file
  // check
  kCheckDescription,
  kCheckFormatOption,
  kCheckFooter,
  // trend
  kTrendDescription,
  kTrendFilesArgument,
  kTrendFooter,
  kOtherUnit,         // {0} this file's unit, {1} the first unit, {2} the first file
  kSecondReportYear,  // {0} the year
  // init, convert
  kInitDescription,
  kInitOutputOption,
  kExampleOption,
  kInitFooter,
  kConvertDescription,
  kConvertFileArgument,
  kConvertOutputOption,
  kFileExists,
  kWorkbookName,
  kConvertName,
  // Reading and writing files.
  kNoMemory,
  kCannotList,            // {0} why
  kNoDataFiles,           //
  kFilesDone,             // {0} done, {1} of
  kCannotTellFormat,      // {0} the file, {1} the formats
  kBinaryOutput,          // {0} format, {1} noun, {2} extension
  kCannotWriteOutput,     //
  kCannotOpen,            // {0} why
  kCannotCreate,          // {0} why
  kCannotWrite,           // {0} why
  kIsADirectory,          //
  kCannotWriteTemporary,  // {0} the temporary file, {1} why
  // Inputs of a roll-up.
  kStandardInputTwice,  //
  kSkippedOwnOutput,    // {0} the file, {1} the command that wrote it
  // What a workbook cannot hold (issue 17).
  kWorkbookTextTooLong,  // {0} SHEET!CELL, {1} characters, {2} the most a cell holds
  kWorkbookTooManyRows,  // {0} sheet, {1} rows needed, {2} the most a sheet holds
  kWorkbookOtherFormat,  //
  kWorkbookUseJson,      //
  kLast = kWorkbookUseJson,
};

const Phrase& phrase_of(CliMessage message);

// The enumerator whose texts are at `index` of the table (for its test).
CliMessage cli_message_at(std::size_t index);

// `message` in `language`.
template <class... Args>
std::string say(Language language, CliMessage message, const Args&... args) {
  return say_in(language, phrase_of(message), args...);
}

}  // namespace lkjip
