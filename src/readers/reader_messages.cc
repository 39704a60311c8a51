#include "reader_messages.h"

#include <array>

namespace lkjip {
namespace {

struct ReaderMessageText {
  ReaderMessage message;
  Phrase phrase;
};

using M = ReaderMessage;

// In the order of the enumerators; a test checks that each is where its enumerator says.
constexpr std::array kReaderMessages = {
    // ---- Files ----
    ReaderMessageText{M::kCannotOpen, "tidak dapat dibuka: {0}", "cannot open: {0}"},
    ReaderMessageText{M::kCannotStat, "tidak dapat diperiksa (stat): {0}", "cannot stat: {0}"},
    ReaderMessageText{M::kIsDirectory, "adalah direktori, diharapkan berkas data JSON",
                      "is a directory, expected a JSON data file"},
    ReaderMessageText{M::kCannotRead, "tidak dapat dibaca: {0}", "cannot read: {0}"},
    ReaderMessageText{M::kXlsOrProtected,
                      "buku kerja Excel 97-2003 (.xls) atau buku kerja yang dilindungi kata "
                      "sandi: simpan sebagai Excel Workbook (.xlsx) tanpa kata sandi",
                      "an Excel 97-2003 workbook (.xls) or a workbook protected by a password: "
                      "save it as an Excel Workbook (.xlsx) without a password"},
    ReaderMessageText{M::kLkjipOutput,
                      "ini keluaran lkjip sendiri ({0}), bukan berkas data: berikan berkas data "
                      "yang menghasilkannya",
                      "this is lkjip's own output ({0}), not a data file: give the data file it "
                      "was made from"},
    ReaderMessageText{M::kChangedWhileRead,
                      "berkas berubah (dipotong atau ditulis ulang) selagi dibaca: jalankan lagi "
                      "setelah berkas selesai ditulis",
                      "the file changed (cut short or rewritten) while it was read: run again "
                      "once the file is completely written"},
    // ---- JSON syntax ----
    ReaderMessageText{M::kInvalidJson, "JSON tidak sah: {0}", "invalid JSON: {0}"},
    ReaderMessageText{M::kInvalidJsonAlone, "JSON tidak sah", "invalid JSON"},
    ReaderMessageText{M::kNulByte, "berkas memuat bait NUL: bukan teks JSON",
                      "the file contains a NUL byte: not a JSON text"},
    ReaderMessageText{M::kNestingDeeper, "susunan bertingkat lebih dari {0} tingkat",
                      "nesting deeper than {0} levels"},
    ReaderMessageText{M::kDuplicateKey, "kunci \"{0}\" ganda (pertama di baris {1})",
                      "duplicate key \"{0}\" (first at line {1})"},
    ReaderMessageText{M::kNumberBeyondDigits,
                      "diharapkan bilangan dengan paling banyak {0} digit sebelum dan {1} digit "
                      "sesudah tanda desimal, ditemukan bilangan yang melampauinya",
                      "expected a number with at most {0} digits before and {1} after the "
                      "decimal mark, found a number beyond that"},
    // ---- JSON values ----
    ReaderMessageText{M::kExpectedFound, "diharapkan {0}, ditemukan {1}",
                      "expected {0}, found {1}"},
    ReaderMessageText{M::kExpectedFoundString, "diharapkan {0}, ditemukan teks \"{1}\"",
                      "expected {0}, found the string \"{1}\""},
    ReaderMessageText{M::kFoundNumber, "bilangan {0}", "the number {0}"},
    ReaderMessageText{M::kFoundString, "teks \"{0}\"", "the string \"{0}\""},
    ReaderMessageText{M::kFoundArray, "array", "an array"},
    ReaderMessageText{M::kFoundObject, "objek", "an object"},
    ReaderMessageText{M::kFoundValue, "sebuah nilai", "a value"},
    ReaderMessageText{M::kOr, " atau ", " or "},
    ReaderMessageText{M::kExpectString, "teks", "a string"},
    ReaderMessageText{M::kExpectBoolean, "true atau false", "true or false"},
    ReaderMessageText{M::kExpectObject, "objek", "an object"},
    ReaderMessageText{M::kExpectArray, "array", "an array"},
    ReaderMessageText{M::kExpectWhole, "bilangan bulat", "a whole number"},
    ReaderMessageText{M::kExpectWholeYear, "bilangan bulat (tahun)", "a whole number (a year)"},
    ReaderMessageText{M::kExpectWholeCount, "bilangan bulat (hitungan)",
                      "a whole number (a count)"},
    ReaderMessageText{M::kExpectRupiah, "bilangan bulat rupiah", "a whole number of rupiah"},
    ReaderMessageText{M::kExpectNumber, "bilangan", "a number"},
    ReaderMessageText{M::kExpectComponents, "array komponen", "an array of components"},
    ReaderMessageText{M::kExpectPastYears, "array tahun-tahun lalu", "an array of past years"},
    ReaderMessageText{M::kExpectPeriods, "array periode", "an array of periods"},
    ReaderMessageText{M::kExpectCategories, "array kategori", "an array of categories"},
    ReaderMessageText{M::kExpectYearTargets, "array target per tahun",
                      "an array of years' targets"},
    ReaderMessageText{M::kExpectItems, "array butir", "an array of items"},
    ReaderMessageText{M::kExpectFigureNames,
                      "array nama angka (\"table/row/column\") atau satu pola (\"table/*/column\")",
                      "an array of figure names (\"table/row/column\") or one pattern "
                      "(\"table/*/column\")"},
    ReaderMessageText{M::kExpectPrintedFigures, "array angka tercetak",
                      "an array of printed figures"},
    ReaderMessageText{M::kExpectIndicatorIds, "array id indikator", "an array of indicator ids"},
    ReaderMessageText{M::kExpectClaims, "array klaim", "an array of claims"},
    ReaderMessageText{M::kExpectRatingScales, "array skala predikat", "an array of rating scales"},
    ReaderMessageText{M::kExpectBands, "array pita", "an array of bands"},
    ReaderMessageText{M::kWholeNumberRange, "diharapkan {0} dari {1} sampai {2}, ditemukan {3}",
                      "expected {0} from {1} to {2}, found {3}"},
    ReaderMessageText{M::kNonNegativeRupiah,
                      "diharapkan jumlah rupiah yang tidak negatif, ditemukan {0}",
                      "expected a non-negative amount of rupiah, found {0}"},
    ReaderMessageText{M::kRupiahTooLarge,
                      "jumlah melebihi batas terbesar yang didukung ({0} rupiah)",
                      "amount exceeds the largest supported ({0} rupiah)"},
    ReaderMessageText{M::kNumberDigits,
                      "diharapkan bilangan dengan paling banyak {0} digit sebelum dan {1} digit "
                      "sesudah tanda desimal, ditemukan {2}",
                      "expected a number with at most {0} digits before and {1} after the "
                      "decimal mark, found {2}"},
    ReaderMessageText{M::kBoundDecimals,
                      "diharapkan paling banyak {0} desimal: nilai dinilai seperti tercetak, "
                      "ditemukan {1}",
                      "expected at most {0} decimals: scores are rated as printed, found {1}"},
    ReaderMessageText{M::kComponentsNeeded, "indeks komposit memerlukan sedikitnya satu komponen",
                      "a composite index needs at least one component"},
    ReaderMessageText{M::kPrintedValueKind,
                      "diharapkan bilangan atau teks yang dicetak laporan, ditemukan {0}",
                      "expected the number or the text the report prints, found {0}"},
    ReaderMessageText{M::kClaimNumberText,
                      "diharapkan bilangan yang diklaim teks laporan, ditemukan teks \"{0}\"; {1}",
                      "expected the number the text claims, found the string \"{0}\"; {1}"},
    ReaderMessageText{M::kClaimValueKind,
                      "diharapkan bilangan atau teks yang diklaim laporan, ditemukan {0}",
                      "expected the number or the text the report claims, found {0}"},
    ReaderMessageText{M::kMissingField, "isian wajib \"{0}\" tidak ada",
                      "missing required field \"{0}\""},
    ReaderMessageText{M::kMissingFieldHint, "isian wajib \"{0}\" tidak ada ({1})",
                      "missing required field \"{0}\" ({1})"},
    ReaderMessageText{M::kNullHint,
                      "pakai null bila laporan tidak memberi nilai; tidak diisi bukan berarti nol",
                      "use null when the report gives no value; missing is not zero"},
    ReaderMessageText{M::kOrGiveOneOf, "; atau berikan salah satu dari {0} sebagai gantinya",
                      "; or give one of {0} instead"},
    ReaderMessageText{M::kUnknownField, "isian \"{0}\" tidak dikenal{1}",
                      "unknown field \"{0}\"{1}"},
    ReaderMessageText{M::kUnknownLongField, "isian \"{0}…\" ({1} karakter) tidak dikenal{2}",
                      "unknown field \"{0}…\" ({1} characters){2}"},
    ReaderMessageText{M::kDidYouMean, "; maksud Anda \"{0}\"?", "; did you mean \"{0}\"?"},
    ReaderMessageText{M::kAllowedHere, "; yang boleh di sini: {0}", "; allowed here: {0}"},
    // ---- Numbers written as text ----
    ReaderMessageText{M::kHoldsDecimal, "bilangan (target, realisasi, bobot atau nilai)",
                      "a number (a target, an actual, a weight or a score)"},
    ReaderMessageText{M::kHoldsRupiah, "rupiah bulat", "whole rupiah"},
    ReaderMessageText{M::kHoldsWhole, "hitungan atau tahun", "a count or a year"},
    ReaderMessageText{M::kBudgetNotNegative, "anggaran tidak negatif", "a budget is not negative"},
    ReaderMessageText{M::kCountNotNegative, "hitungan atau tahun tidak negatif",
                      "a count or a year is not negative"},
    ReaderMessageText{
        M::kWriteDecimal,
        "tulis bilangannya saja, dengan koma sebelum desimal, misalnya 73,75 atau 1.234,5",
        "write the number alone, with a comma before any decimals, such as 73,75 or 1.234,5"},
    ReaderMessageText{
        M::kWriteRupiah,
        "tulis jumlahnya saja dalam rupiah bulat, misalnya 1.500.000 atau Rp 1.500.000",
        "write the amount alone in whole rupiah, such as 1.500.000 or Rp 1.500.000"},
    ReaderMessageText{M::kWriteWhole, "tulis bilangan bulatnya saja, misalnya 120 atau 2024",
                      "write the whole number alone, such as 120 or 2024"},
    ReaderMessageText{
        M::kGroupDecimal,
        "kelompokkan ribuan dengan titik per 3 digit dan tulis paling banyak satu koma desimal "
        "sesudahnya, misalnya 1.234.567,89, atau tulis tanpa pengelompokan sama sekali, misalnya "
        "1234567,89",
        "group thousands with dots in groups of 3 digits and write at most one decimal comma after "
        "them, such as 1.234.567,89, or write no grouping at all, such as 1234567,89"},
    ReaderMessageText{M::kGroupRupiah,
                      "kelompokkan ribuan dengan titik per 3 digit, misalnya 1.500.000, atau tulis "
                      "tanpa pengelompokan sama sekali, misalnya 1500000",
                      "group thousands with dots in groups of 3 digits, such as 1.500.000, or "
                      "write no grouping at all, such as 1500000"},
    ReaderMessageText{M::kGroupWhole,
                      "kelompokkan ribuan dengan titik per 3 digit, misalnya 1.250, atau tulis "
                      "tanpa pengelompokan sama sekali, misalnya 1250",
                      "group thousands with dots in groups of 3 digits, such as 1.250, or write no "
                      "grouping at all, such as 1250"},
    ReaderMessageText{M::kJsonDecimal,
                      "tulis sebagai bilangan JSON, tanpa tanda kutip atau pemisah ribuan dan "
                      "dengan titik sebagai tanda desimal, misalnya 1234.5",
                      "write it as a JSON number, without quotes or thousands separators and with "
                      "a point as decimal mark, such as 1234.5"},
    ReaderMessageText{M::kJsonRupiah,
                      "tulis sebagai bilangan JSON rupiah bulat, tanpa tanda kutip atau pemisah "
                      "ribuan, misalnya 1500000",
                      "write it as a JSON number of whole rupiah, without quotes or thousands "
                      "separators, such as 1500000"},
    ReaderMessageText{
        M::kJsonWhole,
        "tulis sebagai bilangan bulat JSON, tanpa tanda kutip atau pemisah ribuan, misalnya 1250",
        "write it as a JSON whole number, without quotes or thousands separators, such as 1250"},
    ReaderMessageText{M::kSpaces, "spasi", "spaces"},
    ReaderMessageText{M::kTheByte, "bait {0} (bukan UTF-8)", "the byte {0} (not UTF-8)"},
    ReaderMessageText{
        M::kTextCurrency,
        "teks {0} memiliki awalan mata uang \"{1}\", tetapi kolom ini berisi {2}, bukan rupiah: "
        "{3}",
        "the text {0} has the currency prefix \"{1}\", but this column holds {2}, not rupiah: {3}"},
    ReaderMessageText{M::kJsonCurrency, "mata uang tidak pada tempatnya di sini; {0}",
                      "a currency does not belong here; {0}"},
    ReaderMessageText{M::kTextPercent,
                      "teks {0} memiliki tanda persen, tetapi kolom ini berisi {1}: {2}",
                      "the text {0} has a percent sign, but this column holds {1}: {2}"},
    ReaderMessageText{M::kJsonPercent, "tanda persen tidak pada tempatnya di sini; {0}",
                      "a percent sign does not belong here; {0}"},
    ReaderMessageText{
        M::kTextNoSen,
        "teks {0} diakhiri \"{1}\", penanda rupiah bulat, tetapi kolom ini berisi {2}: {3}",
        "the text {0} ends with \"{1}\", which marks whole rupiah, but this column holds {2}: {3}"},
    ReaderMessageText{M::kTextDigits,
                      "teks {0} memiliki {1} digit sebelum tanda desimal, padahal paling banyak "
                      "{2} yang didukung: periksa nilainya",
                      "the text {0} has {1} digits before the decimal mark, but at most {2} are "
                      "supported: check the value"},
    ReaderMessageText{
        M::kJsonDigits,
        "paling banyak {0} digit sebelum tanda desimal yang didukung: periksa nilainya",
        "at most {0} digits before the decimal mark are supported: check the value"},
    ReaderMessageText{M::kTextDecimals,
                      "teks {0} memiliki {1} desimal, padahal paling banyak {2} yang didukung: "
                      "bulatkan menjadi {2} desimal atau kurang",
                      "the text {0} has {1} decimals, but at most {2} are supported: round it to "
                      "{2} decimals or fewer"},
    ReaderMessageText{M::kJsonDecimals,
                      "paling banyak {0} desimal yang didukung: bulatkan, lalu tulis sebagai "
                      "bilangan JSON tanpa tanda kutip",
                      "at most {0} decimals are supported: round it, and write it as a JSON number "
                      "without quotes"},
    ReaderMessageText{M::kTextNoDigits,
                      "teks {0} tidak memuat digit: kosongkan sel bila tidak ada nilai (kosong "
                      "bukan nol), atau tulis 0 bila nilainya nol",
                      "the text {0} holds no digits: clear the cell when there is no value "
                      "(missing is not zero), or write 0 when the value is zero"},
    ReaderMessageText{M::kTextForeign,
                      "teks {0} bukan bilangan: {1} bukan digit dan bukan pemisah; {2}",
                      "the text {0} is not a number: {1} is neither a digit nor a separator; {2}"},
    ReaderMessageText{M::kFixNegative, "tulis -{0} bila nilainya negatif, {0} bila tidak",
                      "write -{0} if the value is negative, {0} if it is not"},
    ReaderMessageText{M::kFixWrite, "tulis {0}: {1}", "write {0}: {1}"},
    ReaderMessageText{M::kTextDash, "teks {0} diawali tanda pisah {1}, yang bukan tanda minus: {2}",
                      "the text {0} starts with the dash {1}, which is not a minus sign: {2}"},
    ReaderMessageText{M::kJsonDash, "tanda pisah bukan tanda minus; {0}",
                      "a dash is not a minus sign; {0}"},
    ReaderMessageText{M::kTextExponent,
                      "teks {0} ditulis dalam notasi ilmiah, yang mungkin kehilangan digit: tulis "
                      "bilangan dengan semua digitnya, misalnya 2.696.606.251, atau format sel "
                      "sebagai bilangan yang bukan ilmiah",
                      "the text {0} is in scientific notation, which may have lost digits: write "
                      "the number with all its digits, such as 2.696.606.251, or format the cell "
                      "as a number that is not scientific"},
    ReaderMessageText{M::kJsonExponent,
                      "notasi ilmiah dari lembar kerja mungkin kehilangan digit: tulis bilangan "
                      "dengan semua digitnya sebagai bilangan JSON, tanpa tanda kutip",
                      "scientific notation from a spreadsheet may have lost digits: write the "
                      "number with all its digits as a JSON number, without quotes"},
    ReaderMessageText{M::kTextLeadingMark,
                      "teks {0} diawali {1} di tempat yang seharusnya digit: {2}",
                      "the text {0} starts with {1} where a digit belongs: {2}"},
    ReaderMessageText{M::kWriteThis, "tulis {0}", "write {0}"},
    ReaderMessageText{M::kTextMarksInARow,
                      "teks {0} memiliki dua pemisah berturut-turut, {1} dan {2}: tulis digit di "
                      "antara pemisah; {3}",
                      "the text {0} has two separators in a row, {1} and {2}: write digits between "
                      "separators; {3}"},
    ReaderMessageText{M::kTextTrailingMark,
                      "teks {0} diakhiri {1} di tempat yang seharusnya digit: {2}",
                      "the text {0} ends with {1} where a digit belongs: {2}"},
    ReaderMessageText{
        M::kTextMixedMarks,
        "teks {0} mencampur pemisah sehingga tanda desimalnya tidak dapat ditentukan: {1}",
        "the text {0} mixes separators so that no single decimal mark can be told: {1}"},
    ReaderMessageText{
        M::kTextBadGroups,
        "teks {0} memakai {1} sebagai pemisah ribuan, tetapi tidak sebagai kelompok pertama 1 "
        "sampai 3 digit (tidak diawali 0) yang diikuti kelompok tepat 3 digit: {2}",
        "the text {0} has {1} grouping thousands, but not as a first group of 1 to 3 digits (not "
        "starting with 0) followed by groups of exactly 3: {2}"},
    ReaderMessageText{
        M::kTextAmbiguous,
        "teks {0} dapat berarti {1} (titik sebagai pemisah ribuan, cara Indonesia) atau {2} (titik "
        "desimal, cara Inggris): untuk {1} tulis {1}, untuk {2} tulis {3} (koma desimal); atau "
        "masukkan nilainya sebagai bilangan, bukan teks",
        "the text {0} could be {1} (a dot grouping thousands, the Indonesian way) or {2} (a "
        "decimal point, the English way): for {1} write {1}, for {2} write {3} (a decimal comma); "
        "or enter the value as a number, not as text"},
    ReaderMessageText{
        M::kJsonAmbiguous,
        "nilainya dapat berarti {0} atau {1}: tulis bilangan JSON {0} atau {1}, tanpa tanda kutip",
        "it could be {0} or {1}: write the JSON number {0} or {1}, without quotes"},
    ReaderMessageText{M::kTextSign,
                      "teks {0} bertanda, padahal hitungan atau tahun tidak bertanda: tulis "
                      "bilangan bulat nol atau lebih, misalnya 120 atau 2024",
                      "the text {0} has a sign, but a count or a year has none: write a whole "
                      "number of zero or more, such as 120 or 2024"},
    ReaderMessageText{
        M::kJsonSign,
        "hitungan atau tahun tidak bertanda: tulis sebagai bilangan JSON nol atau lebih, tanpa "
        "tanda kutip",
        "a count or a year has no sign: write it as a JSON number of zero or more, without quotes"},
    ReaderMessageText{M::kTextNegativeRupiah,
                      "teks {0} negatif, padahal anggaran tidak negatif: tulis jumlah rupiah tanpa "
                      "tanda minus, nol atau lebih, misalnya 1.500.000",
                      "the text {0} is negative, but a budget is not negative: write the amount of "
                      "rupiah without a minus sign, zero or more, such as 1.500.000"},
    ReaderMessageText{M::kJsonNegativeRupiah,
                      "anggaran tidak negatif: tulis bilangan JSON rupiah bulat nol atau lebih, "
                      "tanpa tanda kutip",
                      "a budget is not negative: write a JSON number of zero or more whole rupiah, "
                      "without quotes"},
    ReaderMessageText{M::kRupiahAreWhole, "rupiah selalu bulat", "rupiah are whole"},
    ReaderMessageText{M::kIsWhole, "{0} selalu bulat", "{0} is whole"},
    ReaderMessageText{M::kTextNotWhole, "teks {0} terbaca {1}, padahal {2}: tulis {3} atau {4}",
                      "the text {0} reads as {1}, but {2}: write {3} or {4}"},
    ReaderMessageText{M::kJsonNotWhole, "{0}: tulis bilangan JSON {1} atau {2}, tanpa tanda kutip",
                      "{0}: write the JSON number {1} or {2}, without quotes"},
    ReaderMessageText{M::kReadAs, "teks {0} dibaca sebagai {1}{2}{3}",
                      "read the text {0} as {1}{2}{3}"},
    ReaderMessageText{M::kNotes, " ({0})", " ({0})"},
    ReaderMessageText{M::kIfCommaGroups, "; bila koma itu pemisah ribuan, tulis {0}",
                      "; if the comma groups thousands, write {0}"},
    ReaderMessageText{M::kNoteUnicodeMinus, "tanda minus U+2212 dibaca sebagai -",
                      "the minus sign U+2212 read as -"},
    ReaderMessageText{M::kNotePlus, "tanda plus dibuang", "the plus sign dropped"},
    ReaderMessageText{M::kNoteMinusZero, "tanda minus pada nol dibuang",
                      "the minus sign of zero dropped"},
    ReaderMessageText{M::kNotePrefix, "awalan \"{0}\" dibuang", "the prefix \"{0}\" dropped"},
    ReaderMessageText{M::kNoteDots, "titik sebagai pemisah ribuan", "dots grouping thousands"},
    ReaderMessageText{M::kNoteCommasPoint,
                      "koma sebagai pemisah ribuan dan titik desimal, gaya Inggris",
                      "commas grouping thousands and a decimal point, English style"},
    ReaderMessageText{M::kNoteCommas, "koma sebagai pemisah ribuan, gaya Inggris",
                      "commas grouping thousands, English style"},
    ReaderMessageText{M::kNoteSpacesPoint, "spasi sebagai pemisah ribuan dan titik desimal",
                      "spaces grouping thousands and a decimal point"},
    ReaderMessageText{M::kNoteSpaces, "spasi sebagai pemisah ribuan", "spaces grouping thousands"},
    ReaderMessageText{M::kNoteDecimalComma, "koma desimal cara Indonesia",
                      "Indonesian decimal comma"},
    ReaderMessageText{M::kNoteNoSen, "\"{0}\" (tanpa sen) dibuang", "\"{0}\" (no sen) dropped"},
    ReaderMessageText{M::kNoteZeroSen, "sen nol \"{0}\" dibuang", "zero sen \"{0}\" dropped"},
    ReaderMessageText{M::kNoteZeroDecimals, "desimal nol \"{0}\" dibuang",
                      "zero decimals \"{0}\" dropped"},
    ReaderMessageText{M::kNotePercent,
                      "angka persen: tanda % dibuang, nilainya tetap seperti tertulis",
                      "a percent figure: the % sign dropped, the value kept as written"},
    ReaderMessageText{M::kNoteLeadingZeros, "nol di depan dibuang", "leading zeros dropped"},
    ReaderMessageText{M::kJsonWriteAs, "tulis sebagai bilangan JSON {0} ({1}){2}",
                      "write it as the JSON number {0} ({1}){2}"},
    ReaderMessageText{M::kJsonOrGrouped, ", atau {0} bila koma itu pemisah ribuan",
                      ", or {0} if the comma groups thousands"},
    ReaderMessageText{M::kPartNoQuotes, "tanpa tanda kutip", "no quotes"},
    ReaderMessageText{M::kPartNoSeparators, "tanpa pemisah ribuan", "no thousands separators"},
    ReaderMessageText{M::kPartPoint, "titik sebagai tanda desimal", "a point as decimal mark"},
    ReaderMessageText{M::kPartNoCurrency, "tanpa mata uang", "no currency"},
    ReaderMessageText{M::kPartNoPercent, "tanpa tanda persen", "no percent sign"},
    ReaderMessageText{M::kPartMinus, "\"-\" sebagai tanda minus", "\"-\" as minus sign"},
    ReaderMessageText{
        M::kPrintedNotNumber,
        "teks {0} tampak seperti bilangan tetapi bukan bilangan menurut cara laporan menulis "
        "bilangan: {1}; diharapkan bilangan seperti dicetak laporan: digit dikelompokkan per tiga "
        "dengan titik, koma sebelum desimal, Rp di depan dan % di belakang bila perlu, misalnya "
        "95,30, 2.696.606.251, Rp 2.696.606.251, -1,57 atau 100%",
        "the text {0} looks like a number but is not one as the report writes numbers: {1}; "
        "expected a number as the report prints it: digits grouped in threes by dots, a comma "
        "before any decimals, an optional Rp before and % after, such as 95,30, 2.696.606.251, Rp "
        "2.696.606.251, -1,57 or 100%"},
    ReaderMessageText{
        M::kWhyIdr,
        "awalan \"{0}\" bukan cara laporan menulis rupiah: tulis Rp, misalnya Rp 2.696.606.251",
        "the prefix \"{0}\" is not how the report writes rupiah: write Rp, such as Rp "
        "2.696.606.251"},
    ReaderMessageText{M::kWhyCurrencyAndPercent,
                      "ada mata uang sekaligus \"%\": sebuah angka hanya salah satunya",
                      "it has both a currency and \"%\": a figure is one or the other"},
    ReaderMessageText{
        M::kWhyParentheses,
        "tanda kurung dapat berarti jumlah negatif (seperti dalam laporan keuangan) atau "
        "keterangan, dan angka laporan harus jelas: tulis -{0} untuk angka negatif, {0} untuk "
        "angka positif",
        "parentheses may mean a negative amount (as in financial statements) or a remark, and the "
        "report's figure must say which: write -{0} for a negative figure, {0} for a positive one"},
    ReaderMessageText{M::kWhyDash,
                      "{0} adalah tanda pisah, bukan tanda minus: tulis -{1} untuk angka negatif",
                      "{0} is a dash, not a minus sign: write -{1} for a negative figure"},
    ReaderMessageText{M::kWhyExponent,
                      "ditulis dalam notasi ilmiah, yang mungkin kehilangan digit: tulis bilangan "
                      "dengan semua digitnya seperti dicetak laporan",
                      "it is in scientific notation, which may have lost digits: write the number "
                      "with all its digits as the report prints it"},
    ReaderMessageText{M::kWhyTwoSigns, "ada dua tanda: tulis satu saja, menempel pada digit",
                      "it has two signs: write one, next to the digits"},
    ReaderMessageText{
        M::kWhyBlankAfterSign,
        "ada spasi sesudah tanda: tulis tanda menempel pada yang mengikutinya, misalnya -1,57",
        "a blank follows the sign: write the sign next to what follows it, such as -1,57"},
    ReaderMessageText{M::kWhyNoDigits, "tidak ada digit di tempat bilangan",
                      "it has no digits where the number belongs"},
    ReaderMessageText{
        M::kWhyDotAfterComma,
        "ada titik sesudah koma desimal, padahal titik hanya memisahkan ribuan, sebelum koma",
        "a dot follows the decimal comma, but a dot only groups thousands, before the comma"},
    ReaderMessageText{M::kWhyTwoCommas,
                      "ada lebih dari satu koma, padahal koma menandai desimal sekali saja",
                      "it has more than one comma, but a comma marks the decimals once"},
    ReaderMessageText{M::kWhyNoSenDecimals,
                      "\",-\" menandai rupiah bulat dan tidak mengikuti desimal",
                      "\",-\" marks whole rupiah and follows no decimals"},
    ReaderMessageText{
        M::kWhyBlankInside,
        "ada spasi di dalam bilangan: spasi tidak memisahkan ribuan, titiklah yang memisahkan",
        "a blank stands inside the number: blanks do not group thousands, dots do"},
    ReaderMessageText{M::kWhyPercentInside,
                      "\"%\" ada di dalam bilangan: tanda itu ditulis paling akhir",
                      "\"%\" stands inside the number: it comes last"},
    ReaderMessageText{M::kWhySignInside, "{0} ada di dalam bilangan: tanda ditulis paling depan",
                      "{0} stands inside the number: a sign comes first"},
    ReaderMessageText{M::kWhyNoPlace, "{0} tidak pada tempatnya dalam bilangan",
                      "{0} has no place in a number"},
    ReaderMessageText{M::kWhyNoIntegerDigit, "tidak ada digit sebelum koma desimal: tulis 0{0}",
                      "no digit comes before the decimal comma: write 0{0}"},
    ReaderMessageText{M::kWhyEndsWithComma,
                      "diakhiri koma: tulis desimal sesudahnya, atau tanpa koma",
                      "it ends with a comma: write the decimals after it, or no comma"},
    ReaderMessageText{M::kWhyNoSenPercent, "\",-\" menandai rupiah bulat, bukan persentase",
                      "\",-\" marks whole rupiah, not a percentage"},
    ReaderMessageText{M::kWhyLeadingZero, "diawali 0 sebelum digit lain: tulis {0}",
                      "it starts with 0 before other digits: write {0}"},
    ReaderMessageText{M::kWhyDotForDigit, "ada titik di tempat yang seharusnya digit{0}",
                      "a dot stands where a digit belongs{0}"},
    ReaderMessageText{M::kWhyFirstGroup,
                      "titik memisahkan ribuan, jadi digit sebelum titik pertama berjumlah 1 "
                      "sampai 3, tidak diawali 0; ditemukan \"{0}\"{1}",
                      "a dot groups thousands, so the digits before the first dot are 1 to 3, not "
                      "starting with 0; found \"{0}\"{1}"},
    ReaderMessageText{
        M::kWhyGroupOfThree,
        "titik memisahkan ribuan, jadi setiap titik diikuti tepat 3 digit; ditemukan \"{0}\"{1}",
        "a dot groups thousands, so exactly 3 digits follow each dot; found \"{0}\"{1}"},
    ReaderMessageText{
        M::kIfDecimalDot,
        "; bila titik terakhir menandai desimal, tulis {0} (koma yang menandai desimal)",
        "; if the last dot marks the decimals, write {0} (a comma marks the decimals)"},
    ReaderMessageText{
        M::kWhyPrintedDigits,
        "ada {0} digit sebelum desimal, padahal paling banyak {1} yang didukung: periksa nilainya",
        "it has {0} digits before the decimals, but at most {1} are supported: check the value"},
    ReaderMessageText{M::kWhyPrintedDecimals,
                      "ada {0} desimal, padahal angka tercetak paling banyak {1}",
                      "it has {0} decimals, but a printed figure has at most {1}"},
    // ---- A workbook's sheets, rows and cells ----
    ReaderMessageText{M::kNoHeadingRow,
                      "tidak ada baris judul kolom: diharapkan judul-judul kolom lembar ini ({0}, "
                      "...) di salah satu baris pertamanya, seperti ditulis `lkjip init`",
                      "no heading row: expected the headings of this sheet ({0}, ...) in one of "
                      "its first rows, as `lkjip init` writes them"},
    ReaderMessageText{M::kSecondColumn, "kolom {0} kedua (yang pertama kolom {1}): sisakan satu",
                      "a second column {0} (the first is column {1}): keep one"},
    ReaderMessageText{M::kHeadingMisspelt,
                      "judul kolom {0} bukan milik lembar ini: maksud Anda {1}?",
                      "the heading {0} is not one of this sheet's: did you mean {1}?"},
    ReaderMessageText{M::kColumnNotRead, "kolom {0} bukan milik lembar ini: kolom itu tidak dibaca",
                      "the column {0} is not one of this sheet's: it is not read"},
    ReaderMessageText{M::kSecondSheet,
                      "lembar ini lembar {0} kedua (yang pertama {1}): sisakan satu, atau ganti "
                      "nama lembar ini bila lembar ini milik Anda sendiri",
                      "this sheet is a second {0} sheet (the first is {1}): keep one, or rename "
                      "this one if it is a sheet of your own"},
    ReaderMessageText{
        M::kSheetMisspelt,
        "lembar {0} tidak dibaca: maksud Anda {1}? Ganti namanya agar baris-barisnya dibaca",
        "the sheet {0} is not read: did you mean {1}? Rename it so that its rows are read"},
    ReaderMessageText{
        M::kNoReportSheet,
        "buku kerja tidak memiliki lembar \"Laporan\" (atau \"Report\") berisi nama unit, tahun "
        "dan periode rencana strategis: mulailah dari buku kerja `lkjip init`",
        "the workbook has no sheet \"Laporan\" (or \"Report\") with the unit's name, year and "
        "strategic plan period: start from the workbook of `lkjip init`"},
    ReaderMessageText{M::kSecondRow, "baris {0} kedua (yang pertama baris {1}): sisakan satu",
                      "a second row {0} (the first is row {1}): keep one"},
    ReaderMessageText{M::kRowNotRead, "baris {0} bukan milik lembar ini: baris itu tidak dibaca",
                      "the row {0} is not one of this sheet's: it is not read"},
    ReaderMessageText{M::kRowMisspelt, "baris {0} bukan milik lembar ini: maksud Anda {1}?",
                      "the row {0} is not one of this sheet's: did you mean {1}?"},
    ReaderMessageText{
        M::kNoRow,
        "tidak ada baris {0}: tambahkan, labelnya di kolom {1} dan nilainya di kolom {2}",
        "no row {0}: add it, its label in column {1} and its value in column {2}"},
    ReaderMessageText{M::kCellScoreDecimals,
                      "diharapkan paling banyak {0} desimal: nilai dinilai seperti tercetak",
                      "expected at most {0} decimals: scores are rated as printed"},
    ReaderMessageText{
        M::kCellCapaianDecimals,
        "diharapkan paling banyak {0} desimal: capaian diklasifikasikan seperti tercetak",
        "expected at most {0} decimals: capaian are classified as printed"},
    ReaderMessageText{M::kGivenTogether, "{0} diisi bersama-sama", "{0} are given together"},
    ReaderMessageText{M::kAnd, " dan ", " and "},
    ReaderMessageText{M::kTogetherEmpty, "{0}: sel ini kosong", "{0}: this cell is empty"},
    ReaderMessageText{M::kTogetherAddRow, "{0}: tambahkan baris {1}", "{0}: add the row {1}"},
    ReaderMessageText{M::kStaffTogether,
                      "kebutuhan pegawai dan pegawai tersedia diisi bersama-sama",
                      "staff needed and staff available are given together"},
    ReaderMessageText{
        M::kNoColumn,
        "lembar ini tidak memiliki kolom {0}{1}: tambahkan (baris {2} yang pertama memerlukannya)",
        "the sheet has no column {0}{1}: add it (row {2} is the first that needs it)"},
    ReaderMessageText{M::kEveryRowNeeds, ", yang diperlukan setiap baris",
                      ", which every row needs"},
    ReaderMessageText{M::kQualitativeColumnNeeds, ", yang diperlukan indikator kualitatif",
                      ", which a qualitative indicator needs"},
    ReaderMessageText{M::kUnknownCode, "tidak ada {0} dengan kode {1} ({2}){3}",
                      "no {0} has the code {1} ({2}){3}"},
    ReaderMessageText{M::kSheetOne, "lembar {0}", "sheet {0}"},
    ReaderMessageText{M::kSheetMany, "lembar-lembar {0}", "sheets {0}"},
    ReaderMessageText{M::kColonDidYouMean, ": maksud Anda {0}?", ": did you mean {0}?"},
    ReaderMessageText{M::kWhatProgram, "program", "program"},
    ReaderMessageText{M::kWhatActivity, "kegiatan", "activity"},
    ReaderMessageText{M::kWhatOwner, "sasaran, program, kegiatan atau sub kegiatan",
                      "objective, program, activity or sub-activity"},
    ReaderMessageText{M::kWhatIndicator, "indikator", "indicator"},
    ReaderMessageText{M::kWhatLevel, "program, kegiatan atau sub kegiatan",
                      "program, activity or sub-activity"},
    ReaderMessageText{M::kIndicatorNotCompared,
                      "indikator {0} milik kegiatan atau sub kegiatan: lembar ini hanya untuk "
                      "indikator kinerja utama dan indikator program",
                      "the indicator {0} is an activity's or a sub-activity's: this sheet is for "
                      "key indicators and program indicators only"},
    ReaderMessageText{M::kCodeIsObjective,
                      "kode {0} milik sasaran strategis: realisasi anggaran milik program, "
                      "kegiatan atau sub kegiatan",
                      "the code {0} is a strategic objective's: spending is a program's, an "
                      "activity's or a sub-activity's"},
    ReaderMessageText{M::kQualitativeNeeds,
                      "{0} wajib diisi untuk indikator kualitatif (yang memiliki kategori, di "
                      "baris ini atau di lembar {1}): sel ini kosong",
                      "{0} is required for a qualitative indicator (one with a category, on this "
                      "row or on the sheet {1}): this cell is empty"},
    ReaderMessageText{
        M::kSecondRenstraRow,
        "baris Renstra kedua untuk indikator ini (yang pertama baris {0}): sisakan satu",
        "a second Renstra row for this indicator (the first is row {0}): keep one"},
    ReaderMessageText{M::kNoRenstraRow,
                      "indikator ini tidak memiliki baris di lembar {0}: isi target akhirnya di "
                      "sana, lalu target per tahunnya di sini",
                      "this indicator has no row on the sheet {0}: give its end target there, then "
                      "its targets per year here"},
    ReaderMessageText{M::kSecondIndicatorRow,
                      "baris kedua untuk indikator ini (yang pertama baris {0}): sisakan satu",
                      "a second row for this indicator (the first is row {0}): keep one"},
    ReaderMessageText{M::kRequiredEmpty, "{0} wajib diisi dan sel ini kosong",
                      "{0} is required and this cell is empty"},
    ReaderMessageText{M::kCellError,
                      "sel menampilkan galat {0}: perbaiki rumusnya atau ketik nilainya",
                      "the cell shows the error {0}: correct its formula or type the value"},
    ReaderMessageText{M::kUncalculated,
                      "rumus sel ini belum memiliki nilai hasil hitungan: buka dan simpan buku "
                      "kerja di Excel atau LibreOffice, atau ketik nilainya",
                      "the formula of this cell has no computed value: open and save the workbook "
                      "in Excel or LibreOffice, or type the value"},
    ReaderMessageText{M::kCellText, "teks", "text"},
    ReaderMessageText{M::kFoundDate, "tanggal", "a date"},
    ReaderMessageText{M::kFoundBoolean, "TRUE atau FALSE", "TRUE or FALSE"},
    ReaderMessageText{
        M::kFoundDateFormat,
        "diharapkan {0}, ditemukan tanggal atau waktu (sel diformat demikian, seperti dilakukan "
        "Excel bila 3/4 diketik): format sel sebagai bilangan dan ketik nilainya lagi",
        "expected {0}, found a date or time (the cell is formatted as one, as Excel does when 3/4 "
        "is typed): format the cell as a number and type the value again"},
    ReaderMessageText{M::kFoundPercentage,
                      "diharapkan {0}, ditemukan persentase: format sel sebagai bilangan",
                      "expected {0}, found a percentage: format the cell as a number"},
    ReaderMessageText{
        M::kReadPercentage,
        "persentase {0}% dibaca sebagai bilangan {0} (angkanya, bukan pecahan {1})",
        "read the percentage {0}% as the number {0} (the figure, not the fraction {1})"},
    ReaderMessageText{M::kRoundIt,
                      ": bulatkan sampai desimal yang dicetak laporan, dengan =ROUND(...;2) atau "
                      "dengan mengetik nilainya seperti tercetak",
                      ": round it to the decimals the report prints, with =ROUND(...;2) or by "
                      "typing the value as printed"},
    ReaderMessageText{M::kShownDecimals,
                      "sel berisi {0} tetapi menampilkan {1} desimal: dibaca sebagai {0}; "
                      "tampilkan semua desimalnya, atau ketik seperti yang tampak",
                      "the cell holds {0} but shows {1} decimals: read as {0}; show all its "
                      "decimals, or type it as shown"},
    ReaderMessageText{M::kNoSen,
                      "diharapkan bilangan bulat rupiah, ditemukan {0}: rupiah di sini tanpa sen",
                      "expected a whole number of rupiah, found {0}: rupiah have no sen here"},
    ReaderMessageText{M::kChoiceExpected,
                      "diharapkan {0} (atau sel kosong), ditemukan {1}: pilih dari daftar sel",
                      "expected {0} (or an empty cell), found {1}: choose from the cell's list"},
    ReaderMessageText{M::kYesNoExpected, "diharapkan {0} atau {1} ({2} atau {3}), ditemukan {4}",
                      "expected {0} or {1} ({2} or {3}), found {4}"},
    // ---- A workbook's file (zip, XML) ----
    ReaderMessageText{M::kXlsxSaveAs,
                      "simpan dari Excel atau LibreOffice sebagai 'Excel 2007-365 (.xlsx)'",
                      "save it from Excel or LibreOffice as 'Excel 2007-365 (.xlsx)'"},
    ReaderMessageText{M::kXlsxDamaged,
                      "berkas rusak; buka di Excel atau LibreOffice lalu simpan lagi",
                      "the file is damaged; open it in Excel or LibreOffice and save it again"},
    ReaderMessageText{M::kXlsxWhereSheet, "lembar '{0}'", "sheet '{0}'"},
    ReaderMessageText{M::kXlsxWhereCell, "sel {0}", "cell {0}"},
    ReaderMessageText{M::kXlsxWhereSheetCell, "lembar '{0}', sel {1}", "sheet '{0}', cell {1}"},
    ReaderMessageText{M::kXlsxPosition, "{0}, baris {1}, kolom {2}", "{0}, line {1}, column {2}"},
    ReaderMessageText{M::kXlsxBytes, "{0} bait", "{0} bytes"},
    ReaderMessageText{
        M::kXlsxEncrypted,
        "buku kerja dilindungi kata sandi (terenkripsi): berkas seperti ini adalah berkas majemuk "
        "OLE berisi paket terenkripsi, bukan zip, dan tidak dapat dibaca tanpa kata sandi. Buka di "
        "Excel (File > Info > Protect Workbook > Encrypt with Password: hapus kata sandinya) atau "
        "LibreOffice (File > Properties: hilangkan centang 'Save with password'), lalu simpan "
        "sebagai .xlsx",
        "the workbook is password-protected (encrypted): such a file is an OLE compound file "
        "holding an encrypted package, not a zip, and cannot be read without the password. Open it "
        "in Excel (File > Info > Protect Workbook > Encrypt with Password: clear the password) or "
        "LibreOffice (File > Properties: uncheck 'Save with password'), and save it as .xlsx"},
    ReaderMessageText{
        M::kXlsxOle,
        "ini berkas majemuk OLE, bukan zip: buku kerja Excel 97-2003 .xls lama atau buku kerja "
        "yang dilindungi kata sandi (terenkripsi), bukan buku kerja .xlsx; hapus kata sandinya "
        "bila ada dan {0}",
        "this is an OLE compound file, not a zip: an old Excel 97-2003 .xls workbook or a "
        "password-protected (encrypted) one, not an .xlsx workbook; remove any password and {0}"},
    ReaderMessageText{M::kXlsxCannotOpen, "berkas tidak dapat dibuka: {0}",
                      "cannot open the file: {0}"},
    ReaderMessageText{M::kXlsxEmpty, "berkas kosong (0 bait), bukan buku kerja .xlsx",
                      "the file is empty (0 bytes), not an .xlsx workbook"},
    ReaderMessageText{
        M::kXlsxTruncated,
        "arsip zip terpotong: awalnya zip tetapi bagian akhirnya (direktori pusat) hilang, seperti "
        "setelah unduhan atau salinan yang tidak selesai; ambil lagi berkas yang utuh",
        "the zip archive is truncated: it starts as a zip but its end (the central directory) is "
        "missing, as after an incomplete download or copy; get the whole file again"},
    ReaderMessageText{M::kXlsxNotZip, "bukan arsip zip, jadi bukan buku kerja .xlsx: {0}",
                      "not a zip archive, so not an .xlsx workbook: {0}"},
    ReaderMessageText{M::kXlsxInconsistent, "arsip zip tidak konsisten ({0}): {1}",
                      "the zip archive is inconsistent ({0}): {1}"},
    ReaderMessageText{M::kXlsxCannotReadZip, "berkas tidak dapat dibaca sebagai arsip zip: {0}",
                      "cannot read the file as a zip archive: {0}"},
    ReaderMessageText{M::kXlsxEmptyZip,
                      "arsip zip kosong (tidak berisi berkas): bukan buku kerja .xlsx; {0}",
                      "the zip archive is empty (it holds no files): not an .xlsx workbook; {0}"},
    ReaderMessageText{M::kXlsxFolder, "ini folder, bukan berkas buku kerja .xlsx",
                      "this is a folder, not an .xlsx workbook file"},
    ReaderMessageText{M::kXlsxCannotReadBytes,
                      "bait-bait ini tidak dapat dibaca sebagai arsip zip: {0}",
                      "cannot read the bytes as a zip archive: {0}"},
    ReaderMessageText{M::kXlsxMalformedXml, "{0}: XML cacat ({1}): {2}",
                      "{0}: malformed XML ({1}): {2}"},
    ReaderMessageText{M::kXlsxTooDeep,
                      "{0}: elemen bersarang lebih dari {1} tingkat, yang tidak dimiliki bagian "
                      "mana pun dari buku kerja .xlsx: ditolak; {2}",
                      "{0}: elements nested more than {1} deep, which no part of an .xlsx workbook "
                      "has: refused; {2}"},
    ReaderMessageText{
        M::kXlsxDoctype,
        "{0}: deklarasi DOCTYPE, yang tidak dimiliki bagian mana pun dari buku kerja .xlsx: "
        "ditolak, karena dapat mendeklarasikan entitas yang mengembang tanpa batas ('billion "
        "laughs'); {1}",
        "{0}: a DOCTYPE declaration, which no part of an .xlsx workbook has: refused, as it could "
        "declare entities that expand without bound ('billion laughs'); {1}"},
    ReaderMessageText{M::kXlsxCannotReadPart, "{0} tidak dapat dibaca dari arsip zip ({1}): {2}",
                      "cannot read {0} from the zip archive ({1}): {2}"},
    ReaderMessageText{M::kXlsxCannotReadEntry, "entri zip {0} tidak dapat dibaca: {1}",
                      "cannot read the zip entry of {0}: {1}"},
    ReaderMessageText{M::kXlsxPartEncrypted,
                      "{0} terenkripsi di dalam arsip zip: bukan buku kerja yang ditulis Excel "
                      "atau LibreOffice; {1} tanpa kata sandi",
                      "{0} is encrypted inside the zip archive: not a workbook Excel or "
                      "LibreOffice wrote; {1} without a password"},
    ReaderMessageText{
        M::kXlsxTooLarge,
        "bagian-bagian XML buku kerja berukuran lebih dari {0} setelah diekstrak, batas yang "
        "dijaga pembaca ini terhadap bom zip; laporan kinerja jauh lebih kecil: hapus lembar dan "
        "rentang yang tidak dipakai, atau pecah buku kerjanya",
        "the workbook's XML parts come to more than {0} uncompressed, the limit this reader keeps "
        "against zip bombs; a performance report is far smaller: remove unused sheets and ranges, "
        "or split the workbook"},
    ReaderMessageText{
        M::kXlsxZipBomb,
        "{0} mengembang lebih dari {1} kali ukuran termampatnya ({2} bait): ditolak karena "
        "kemungkinan bom zip (XML buku kerja yang asli mengembang 5 sampai 50 kali). Bila buku "
        "kerja itu asli, {3}",
        "{0} expands to more than {1} times its compressed size ({2} bytes): refused as a likely "
        "zip bomb (real workbook XML expands 5 to 50 times). If the workbook is genuine, {3}"},
    ReaderMessageText{M::kXlsxPartEncryptedOnly,
                      "{0} terenkripsi di dalam arsip zip: {1} tanpa kata sandi",
                      "{0} is encrypted inside the zip archive: {1} without a password"},
    ReaderMessageText{M::kXlsxCompression,
                      "{0} dimampatkan dengan metode yang tidak didukung pembaca ini ({1}); {2}",
                      "{0} is compressed with a method this reader does not support ({1}); {2}"},
    ReaderMessageText{M::kXlsxCannotOpenPart,
                      "{0} tidak dapat dibuka di dalam arsip zip ({1}): {2}",
                      "cannot open {0} in the zip archive ({1}): {2}"},
    ReaderMessageText{M::kXlsxTooManyRelationships,
                      "{0} memiliki lebih dari {1} relasi, jauh lebih banyak daripada kebutuhan "
                      "buku kerja dengan paling banyak {2} lembar: ditolak; {3}",
                      "{0} has more than {1} relationships, far more than a workbook of at most "
                      "{2} sheets needs: refused; {3}"},
    ReaderMessageText{M::kXlsxXlsb,
                      "ini buku kerja biner Excel (.xlsb), yang tidak dibaca lkjip; {0}",
                      "this is an Excel binary workbook (.xlsb), which lkjip does not read; {0}"},
    ReaderMessageText{M::kXlsxOds, "ini berkas OpenDocument (.ods), bukan buku kerja .xlsx; {0}",
                      "this is an OpenDocument file (.ods), not an .xlsx workbook; {0}"},
    ReaderMessageText{M::kXlsxDocx, "ini dokumen Word (.docx), bukan buku kerja .xlsx",
                      "this is a Word document (.docx), not an .xlsx workbook"},
    ReaderMessageText{M::kXlsxNoPart,
                      "bukan buku kerja .xlsx (tidak ada {0} di dalam arsip zip): {1}",
                      "not an .xlsx workbook (no {0} in the zip archive): {1}"},
    ReaderMessageText{M::kXlsxSheetNoName, "{0} mencantumkan <sheet> tanpa nama atau r:id: {1}",
                      "{0} lists a <sheet> without a name or an r:id: {1}"},
    ReaderMessageText{
        M::kXlsxTooManySheets,
        "buku kerja memiliki lebih dari {0} lembar, batas pembaca ini; pecah buku kerjanya",
        "the workbook has more than {0} sheets, the limit of this reader; split the workbook"},
    ReaderMessageText{M::kXlsxTooManyStrings,
                      "buku kerja memiliki lebih dari {0} teks bersama (shared strings), batas "
                      "pembaca ini; pecah buku kerjanya",
                      "the workbook has more than {0} shared strings, the limit of this reader; "
                      "split the workbook"},
    ReaderMessageText{
        M::kXlsxStringsTooLarge,
        "teks bersama (shared strings) berukuran lebih dari {0}, batas pembaca ini; pecah buku "
        "kerjanya",
        "the shared strings come to more than {0}, the limit of this reader; split the workbook"},
    ReaderMessageText{M::kXlsxNumFmtId,
                      "{0} memiliki <{1}> yang numFmtId-nya {2}, bukan bilangan: {3}",
                      "{0} has a <{1}> whose numFmtId {2}, not a number: {3}"},
    ReaderMessageText{M::kXlsxIsQuoted, "berisi {0}", "is {0}"},
    ReaderMessageText{M::kXlsxIsMissing, "tidak ada", "is missing"},
    ReaderMessageText{M::kXlsxTooManyNumFmts,
                      "{0} mendefinisikan lebih dari {1} format bilangan (<numFmt>), batas pembaca "
                      "ini (Excel mengizinkan sekitar 250): ditolak; {2}",
                      "{0} defines more than {1} number formats (<numFmt>), the limit of this "
                      "reader (Excel allows some 250): refused; {2}"},
    ReaderMessageText{M::kXlsxNumFmtNoCode, "{0} memiliki <numFmt> tanpa formatCode: {1}",
                      "{0} has a <numFmt> without a formatCode: {1}"},
    ReaderMessageText{M::kXlsxTooManyCellFormats,
                      "{0} memiliki lebih dari {1} format sel (<cellXfs><xf>), batas pembaca ini "
                      "(Excel mengizinkan 64000): ditolak; {2}",
                      "{0} has more than {1} cell formats (<cellXfs><xf>), the limit of this "
                      "reader (Excel allows 64000): refused; {2}"},
    ReaderMessageText{M::kXlsxRowNumber,
                      "baris bernomor {0}: diharapkan nomor baris dari 1 sampai 1048576; {1}",
                      "a row numbered {0}: expected a row number from 1 to 1048576; {1}"},
    ReaderMessageText{M::kXlsxRowAfterLast,
                      "baris sesudah baris 1048576, baris terakhir sebuah lembar: {0}",
                      "a row after row 1048576, the last row of a sheet: {0}"},
    ReaderMessageText{M::kXlsxCellBeyond,
                      "referensi sel {0} berada di luar sel terakhir sebuah lembar, XFD1048576 "
                      "(kolom XFD = 16384, baris 1048576)",
                      "the cell reference {0} lies beyond the last cell of a sheet, XFD1048576 "
                      "(column XFD = 16384, row 1048576)"},
    ReaderMessageText{M::kXlsxCellNotRef, "referensi sel {0} bukan referensi seperti E7",
                      "the cell reference {0} is not a reference like E7"},
    ReaderMessageText{M::kXlsxInRow, "{0} (di baris {1}): {2}", "{0} (in row {1}): {2}"},
    ReaderMessageText{
        M::kXlsxCellAfterXfd,
        "baris {0} memiliki sel sesudah kolom XFD (16384), kolom terakhir sebuah lembar: {1}",
        "row {0} has a cell after column XFD (16384), the last column of a sheet: {1}"},
    ReaderMessageText{
        M::kXlsxCellType,
        "jenis sel t={0} tidak dikenal (diharapkan n, s, str, inlineStr, b, e atau d): {1}",
        "an unknown cell type t={0} (expected n, s, str, inlineStr, b, e or d): {1}"},
    ReaderMessageText{M::kXlsxStringIndex, "indeks teks bersama {0} bukan bilangan: {1}",
                      "the shared-string index {0} is not a number: {1}"},
    ReaderMessageText{
        M::kXlsxStringBeyondNone,
        "merujuk teks bersama {0}, padahal buku kerja tidak memiliki teks bersama: {1}",
        "refers to shared string {0}, but the workbook has no shared strings: {1}"},
    ReaderMessageText{M::kXlsxStringBeyondOnly,
                      "merujuk teks bersama {0}, padahal buku kerja hanya memiliki {1}: {2}",
                      "refers to shared string {0}, but the workbook has only {1}: {2}"},
    ReaderMessageText{M::kXlsxBoolean,
                      "nilai boolean disimpan sebagai {0} (diharapkan 0 atau 1): {1}",
                      "a boolean stored as {0} (expected 0 or 1): {1}"},
    ReaderMessageText{
        M::kXlsxNumberValue,
        "berisi {0} sebagai bilangan; diharapkan digit seperti 73.75 atau 8.412E+1: {1}",
        "holds {0} as a number; expected digits like 73.75 or 8.412E+1: {1}"},
    ReaderMessageText{M::kXlsxStyleIndex, "indeks gaya s={0} bukan bilangan: {1}",
                      "the style index s={0} is not a number: {1}"},
    ReaderMessageText{
        M::kXlsxStyleBeyondNone,
        "merujuk format sel (gaya) {0}, padahal bagian gaya tidak memiliki format sel: {1}",
        "refers to cell format (style) {0}, but the styles part has no cell formats: {1}"},
    ReaderMessageText{M::kXlsxStyleBeyondOnly,
                      "merujuk format sel (gaya) {0}, padahal bagian gaya hanya memiliki {1}: {2}",
                      "refers to cell format (style) {0}, but the styles part has only {1}: {2}"},
    ReaderMessageText{
        M::kXlsxTooManyCells,
        "buku kerja memiliki lebih dari {0} sel bernilai, batas yang dipakai pembaca ini untuk "
        "membatasi memori; hapus lembar dan rentang yang tidak dipakai, atau pecah buku kerjanya",
        "the workbook has more than {0} cells with values, the limit this reader keeps memory "
        "bounded with; remove unused sheets and ranges, or split the workbook"},
    ReaderMessageText{M::kXlsxTooMuchText,
                      "sel-sel berisi teks lebih dari {0} seluruhnya, batas yang dipakai pembaca "
                      "ini untuk membatasi memori; pecah buku kerjanya",
                      "the cells hold more than {0} of text together, the limit this reader keeps "
                      "memory bounded with; split the workbook"},
    ReaderMessageText{M::kXlsxCellTwice, "sel disimpan dua kali: {0}",
                      "the cell is stored twice: {0}"},
    ReaderMessageText{M::kXlsxNoRelationship,
                      "{0} menyebut lembar dengan relasi {1}, yang tidak ada di {2}: {3}",
                      "{0} names the sheet by relationship {1}, which {2} does not have: {3}"},
    ReaderMessageText{M::kXlsxExternal,
                      "lembar kerja berupa tautan eksternal, bukan bagian buku kerja: {0}",
                      "the worksheet is an external link, not a part of the workbook: {0}"},
    ReaderMessageText{M::kXlsxPartMissing, "bagiannya {0} tidak ada di dalam arsip zip: {1}",
                      "its part {0} is missing from the zip archive: {1}"},
    // ---- The JSON parser's diagnosis ----
    ReaderMessageText{M::kJsonSyntaxWhile, "kesalahan sintaks saat membaca {0} - {1}",
                      "syntax error while parsing {0} - {1}"},
    ReaderMessageText{M::kJsonSyntax, "kesalahan sintaks - {0}", "syntax error - {0}"},
    ReaderMessageText{M::kJsonReadingValue, "nilai", "value"},
    ReaderMessageText{M::kJsonReadingKey, "kunci objek", "object key"},
    ReaderMessageText{M::kJsonReadingSeparator, "pemisah objek", "object separator"},
    ReaderMessageText{M::kJsonReadingObject, "objek", "object"},
    ReaderMessageText{M::kJsonReadingArray, "array", "array"},
    ReaderMessageText{M::kJsonUnexpected, "{0} tidak pada tempatnya", "unexpected {0}"},
    ReaderMessageText{M::kJsonUnexpectedEnd, "teks berakhir sebelum JSON-nya lengkap",
                      "unexpected end of input"},
    ReaderMessageText{M::kJsonLastRead, "{0}; terakhir dibaca: '{1}'", "{0}; last read: '{1}'"},
    ReaderMessageText{M::kJsonExpectedToken, "; diharapkan {0}", "; expected {0}"},
    ReaderMessageText{M::kJsonTokenTrue, "literal true", "true literal"},
    ReaderMessageText{M::kJsonTokenFalse, "literal false", "false literal"},
    ReaderMessageText{M::kJsonTokenNull, "literal null", "null literal"},
    ReaderMessageText{M::kJsonTokenString, "string", "string literal"},
    ReaderMessageText{M::kJsonTokenNumber, "bilangan", "number literal"},
    ReaderMessageText{M::kJsonTokenEnd, "akhir teks", "end of input"},
    ReaderMessageText{M::kJsonTokenValue, "'[', '{{', atau literal", "'[', '{{', or a literal"},
    ReaderMessageText{M::kJsonTokenUnknown, "token tak dikenal", "unknown token"},
    ReaderMessageText{M::kJsonInvalidLiteral, "literal tidak sah", "invalid literal"},
    ReaderMessageText{M::kJsonDigitAfterMinus, "bilangan tidak sah; diharapkan digit sesudah '-'",
                      "invalid number; expected digit after '-'"},
    ReaderMessageText{M::kJsonDigitAfterPoint, "bilangan tidak sah; diharapkan digit sesudah '.'",
                      "invalid number; expected digit after '.'"},
    ReaderMessageText{M::kJsonDigitAfterExponent,
                      "bilangan tidak sah; diharapkan digit sesudah tanda eksponen",
                      "invalid number; expected digit after exponent sign"},
    ReaderMessageText{M::kJsonMissingQuote, "string tidak sah: tanda kutip penutup tidak ada",
                      "invalid string: missing closing quote"},
    ReaderMessageText{M::kJsonBadUtf8, "string tidak sah: bait UTF-8 cacat",
                      "invalid string: ill-formed UTF-8 byte"},
    ReaderMessageText{M::kJsonBadEscape,
                      "string tidak sah: karakter terlarang sesudah garis miring terbalik",
                      "invalid string: forbidden character after backslash"},
    ReaderMessageText{M::kJsonBadUnicodeEscape,
                      "string tidak sah: '\\u' harus diikuti 4 digit heksadesimal",
                      "invalid string: '\\u' must be followed by 4 hex digits"},
    ReaderMessageText{
        M::kJsonHighSurrogate,
        "string tidak sah: surrogate U+D800..U+DBFF harus diikuti U+DC00..U+DFFF",
        "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF"},
    ReaderMessageText{M::kJsonLowSurrogate,
                      "string tidak sah: surrogate U+DC00..U+DFFF harus didahului U+D800..U+DBFF",
                      "invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF"},
    ReaderMessageText{M::kJsonControlCharacter,
                      "string tidak sah: karakter kontrol {0} harus ditulis sebagai {1}",
                      "invalid string: control character {0} must be escaped to {1}"},
    ReaderMessageText{M::kJsonBadBom, "BOM tidak sah; harus 0xEF 0xBB 0xBF bila ada",
                      "invalid BOM; must be 0xEF 0xBB 0xBF if given"},
    // ---- The JSON reader's own syntax check ----
    ReaderMessageText{M::kCursorEndExpectedValue, "teks berakhir; diharapkan sebuah nilai",
                      "unexpected end of input; expected a value"},
    ReaderMessageText{M::kCursorExpectedValue, "diharapkan sebuah nilai", "expected a value"},
    ReaderMessageText{M::kCursorExpected, "diharapkan {0}", "expected {0}"},
    ReaderMessageText{M::kCursorInvalidLiteral, "literal tidak sah", "invalid literal"},
    ReaderMessageText{M::kCursorExpectedBoolean, "diharapkan true atau false",
                      "expected true or false"},
    ReaderMessageText{M::kCursorExpectedDigit, "diharapkan digit", "expected a digit"},
    ReaderMessageText{M::kCursorExpectedString, "diharapkan string", "expected a string"},
    ReaderMessageText{M::kCursorControlCharacter, "karakter kontrol di dalam string",
                      "control character in a string"},
    ReaderMessageText{M::kCursorUnterminatedString, "string tidak ditutup", "unterminated string"},
    ReaderMessageText{M::kCursorUnterminatedEscape, "escape tidak lengkap", "unterminated escape"},
    ReaderMessageText{M::kCursorInvalidEscape, "escape tidak sah", "invalid escape"},
    ReaderMessageText{M::kCursorInvalidUnicodeEscape, "escape \\u tidak sah", "invalid \\u escape"},
    ReaderMessageText{M::kCursorLowSurrogate, "surrogate rendah tanpa surrogate tinggi",
                      "a low surrogate without a high one"},
    ReaderMessageText{M::kCursorHighSurrogate, "surrogate tinggi tanpa surrogate rendah",
                      "a high surrogate without a low one"},
    ReaderMessageText{M::kCursorInvalidUtf8, "UTF-8 tidak sah", "invalid UTF-8"},
    ReaderMessageText{M::kCursorEnd, "teks berakhir sebelum JSON-nya lengkap",
                      "unexpected end of input"},
    ReaderMessageText{M::kCursorCommaOr, "diharapkan ',' atau '{0}'", "expected ',' or '{0}'"},
    ReaderMessageText{M::kCursorKeyOrClose, "diharapkan kunci atau '}}'", "expected a key or '}}'"},
    ReaderMessageText{M::kCursorKey, "diharapkan kunci", "expected a key"},
    ReaderMessageText{M::kCursorAfterValue, "ada isi sesudah nilai JSON",
                      "unexpected content after the JSON value"},
    // ---- Printed figures' decimals ----
    ReaderMessageText{M::kDecimalsDisagree,
                      "desimal yang dinyatakan, {0}, tidak sesuai dengan teks \"{1}\", yang "
                      "memiliki {2}: teks laporan menentukan ketelitian; nyatakan {2} atau hapus "
                      "desimalnya",
                      "the stated decimals, {0}, disagree with the text \"{1}\", which has {2}: "
                      "the report's text gives the precision; state {2} or leave the decimals "
                      "out"},
    ReaderMessageText{M::kDecimalsFewer,
                      "desimal yang dinyatakan, {0}, lebih sedikit daripada {1} desimal yang "
                      "dipakai untuk menulis nilai {2}: tulis nilainya seperti dicetak laporan, "
                      "atau nyatakan {1}",
                      "the stated decimals, {0}, are fewer than the {1} the value {2} is written "
                      "with: write the value as the report prints it, or state {1}"},
};
static_assert(kReaderMessages.size() == kReaderMessageCount, "one text per message");

}  // namespace

const Phrase& phrase_of(ReaderMessage message) {
  return kReaderMessages[static_cast<std::size_t>(message)].phrase;
}

ReaderMessage reader_message_at(std::size_t index) {
  return kReaderMessages[index].message;
}

}  // namespace lkjip
