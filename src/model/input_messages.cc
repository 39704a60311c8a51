#include "lkjip/input_messages.h"

#include <array>

namespace lkjip {
namespace {

struct InputMessageText {
  InputMessage message;
  Phrase phrase;
};

using M = InputMessage;

// In the order of the enumerators; a test checks that each is where its enumerator says.
constexpr std::array kInputMessages = {
    // Texts.
    InputMessageText{M::kNonEmptyString, "diharapkan teks yang tidak kosong",
                     "expected a non-empty string"},
    InputMessageText{M::kControlCharacter,
                     "karakter kontrol U+{0} dalam teks; nama dan satuan berupa satu baris teks "
                     "yang dapat dicetak",
                     "control character U+{0} in text; names and units are one line of printable "
                     "text"},
    // Claims.
    InputMessageText{M::kClaimKindName, "klaim \"{0}\"", "a claim \"{0}\""},
    InputMessageText{M::kClaimTakesNo, "{0} tidak memakai \"{1}\" ({2}); hapus isian itu",
                     "{0} takes no \"{1}\" ({2}); leave it out"},
    InputMessageText{M::kClaimNeeds, "{0} memerlukan {1}", "{0} needs {1}"},
    InputMessageText{M::kNoIndicatorId, "tidak ada indikator dengan id \"{0}\"{1}",
                     "no indicator has the id \"{0}\"{1}"},
    InputMessageText{M::kDidYouMeanColon, ": maksud Anda \"{0}\"?", ": did you mean \"{0}\"?"},
    InputMessageText{M::kClaimNamesById, "; klaim menyebut indikator dengan \"id\"-nya",
                     "; a claim names indicators by their \"id\""},
    InputMessageText{M::kWhyCountOfClass,
                     "hanya hitungan indikator yang dapat dibatasi pada satu kelas capaian",
                     "only a count of indicators is of a class"},
    InputMessageText{M::kWhyReachedNamesTarget, "hanya \"reached\" yang menyebut target Renstra",
                     "only \"reached\" names a Renstra target"},
    InputMessageText{M::kWhyClaimsNoNumber, "klaim ini tidak menyatakan bilangan",
                     "it claims no number"},
    InputMessageText{M::kWhyAboutIndicators, "klaim ini tentang indikator",
                     "it is about indicators"},
    InputMessageText{M::kWhyOnlyIndicatorsOfClass, "hanya indikator yang memiliki kelas capaian",
                     "only indicators are of a class"},
    InputMessageText{M::kWhyCountsGroup, "klaim ini menghitung satu kelompok", "it counts a group"},
    InputMessageText{M::kWhyAboutFigures, "klaim ini tentang angka", "it is about figures"},
    InputMessageText{M::kWhyNamesIndicators, "klaim ini menyebut indikatornya sendiri",
                     "it names its indicators"},
    InputMessageText{M::kWhyAboutOneIndicator, "klaim ini tentang satu indikator",
                     "it is about one indicator"},
    InputMessageText{M::kClaimNeedsKind,
                     "klaim memerlukan jenisnya: all-met, all-exceeded, none-met, count, change, "
                     "equals, above, below, reached atau classified",
                     "a claim needs its kind: all-met, all-exceeded, none-met, count, change, "
                     "equals, above, below, reached or classified"},
    InputMessageText{M::kClaimGroupOrIndicators,
                     "{0} menyangkut \"group\" indikator (key, program, activity, sub-activity, "
                     "indicators) atau daftar \"indicators\", salah satu saja",
                     "{0} is about either a \"group\" of indicators (key, program, activity, "
                     "sub-activity, indicators) or a list of \"indicators\", one of the two"},
    InputMessageText{M::kNeedsGroupCounted,
                     "\"group\" yang dihitungnya (objectives, programs, activities, "
                     "sub-activities, atau indikator: key, program, activity, sub-activity, "
                     "indicators)",
                     "the \"group\" it counts (objectives, programs, activities, sub-activities, "
                     "or indicators: key, program, activity, sub-activity, indicators)"},
    InputMessageText{M::kNeedsFigureChanging,
                     "\"figure\" yang berubah (perubahan dalam tabel, atau yang pertama dari dua)",
                     "the \"figure\" that changes (a change of the tables, or the first of two)"},
    InputMessageText{M::kNeedsFigureAbout, "\"figure\" yang dinyatakannya",
                     "the \"figure\" it is about"},
    InputMessageText{M::kNeedsIndicatorsReached, "\"indicators\" yang mencapai target Renstra-nya",
                     "the \"indicators\" that reached their Renstra target"},
    InputMessageText{M::kClaimNeedsWholeValue,
                     "{0} memerlukan bilangan bulat yang diklaimnya sebagai \"value\"{1}",
                     "{0} needs the whole number it claims as its \"value\"{1}"},
    InputMessageText{M::kClaimNeedsChange,
                     "{0} memerlukan perubahan yang diklaimnya sebagai \"value\": bilangan "
                     "(negatif untuk penurunan) atau \"up\", \"down\" atau \"unchanged\"{1}",
                     "{0} needs the change it claims as its \"value\": a number (negative for a "
                     "fall) or \"up\", \"down\" or \"unchanged\"{1}"},
    InputMessageText{M::kFoundQuoted, ", ditemukan \"{0}\"", ", found \"{0}\""},
    InputMessageText{M::kClaimValueOrOther,
                     "{0} membandingkan angkanya dengan \"value\" atau dengan angka \"other\", "
                     "salah satu saja",
                     "{0} compares its figure with either a \"value\" or an \"other\" figure, one "
                     "of the two"},
    InputMessageText{M::kClaimNeedsNumber,
                     "{0} memerlukan bilangan sebagai \"value\", ditemukan \"{1}\"",
                     "{0} needs a number as its \"value\", found \"{1}\""},
    InputMessageText{M::kClaimOneIndicatorOrFigure,
                     "{0} menyangkut satu indikator (\"indicators\": [id]) atau satu \"figure\" "
                     "berupa teks (predikat), salah satu saja",
                     "{0} is about either one indicator (\"indicators\": [id]) or one \"figure\" "
                     "with a text (a predicate), one of the two"},
    InputMessageText{M::kClaimNeedsClass,
                     "{0} memerlukan kelas atau predikat yang diklaimnya sebagai \"value\": "
                     "exceeded, met, not-met, reached, atau label sebuah predikat",
                     "{0} needs the class or rating it claims as its \"value\": exceeded, met, "
                     "not-met, reached, or a rating's label"},
    // Printed words and figures.
    InputMessageText{M::kNoIdOf, "tidak ada {0} dengan id \"{1}\"{2}",
                     "no {0} has the id \"{1}\"{2}"},
    InputMessageText{M::kWhatNamed,
                     "sasaran, program, kegiatan, sub kegiatan, indikator atau sarana",
                     "objective, program, activity, sub-activity, indicator or facility"},
    InputMessageText{M::kWhatIndicator, "indikator", "indicator"},
    InputMessageText{M::kNameItById,
                     "; sebut dengan \"id\"-nya (`lkjip explain FILE --list` menampilkan id "
                     "baris-baris)",
                     "; name it by its \"id\" (`lkjip explain FILE --list` shows the rows' ids)"},
    InputMessageText{M::kPrintedOneKind,
                     "diharapkan salah satu dari \"figure\", \"aggregate\", \"name_of\", "
                     "\"unit_of\" dan \"fact\": satu entri berisi satu angka, satu total, satu "
                     "nama, satu satuan atau satu fakta: buat satu entri untuk masing-masing",
                     "expected one of \"figure\", \"aggregate\", \"name_of\", \"unit_of\" and "
                     "\"fact\": an entry is one figure, one total, one name, one unit or one "
                     "fact: make one entry of each"},
    InputMessageText{M::kPrintedWordsNotNumber,
                     "diharapkan kata-kata yang dicetak laporan (nama, satuan atau fakta "
                     "dibandingkan sebagai teks), ditemukan bilangan: tulis sebagai teks, seperti "
                     "tercetak (string JSON; di buku kerja sel teks)",
                     "expected the words the report prints (a name, a unit or a fact are compared "
                     "as text), found a number: give it as text, as printed (a JSON string; in "
                     "the workbook a text cell)"},
    InputMessageText{M::kCappedOnWords,
                     "\"capped\" menyatakan angka dicetak dengan batas; nama, satuan atau fakta "
                     "bukan angka: hapus",
                     "\"capped\" says a figure is printed capped; a name, a unit or a fact is no "
                     "figure: remove it"},
    InputMessageText{M::kOfLabelOnWords,
                     "\"of\" dan \"label\" milik total atau rata-rata tercetak (\"aggregate\"), "
                     "bukan milik nama, satuan atau fakta: hapus keduanya",
                     "\"of\" and \"label\" belong to a printed total or mean (\"aggregate\"), not "
                     "to a name, a unit or a fact: remove them"},
    InputMessageText{
        M::kAggregateBesideOf,
        "diharapkan \"aggregate\": \"sum\" atau \"mean\" di samping \"of\": angka-angka "
        "\"of\" membentuk total atau rata-rata tercetak hanya bersamanya",
        "expected \"aggregate\": \"sum\" or \"mean\" beside \"of\": the figures of "
        "\"of\" make a printed total or mean only with it"},
    InputMessageText{M::kPrintedNeedsFigure,
                     "diharapkan nama angka yang dicetak (\"figure\": \"table/row/column\", "
                     "`lkjip explain FILE --list` menyebut semuanya), atau total atau rata-rata "
                     "tercetak dari angka tercetak lain (\"aggregate\" dan \"of\")",
                     "expected the name of the figure printed (\"figure\": \"table/row/column\", "
                     "`lkjip explain FILE --list` names them all), or a printed total or mean of "
                     "other printed figures (\"aggregate\" and \"of\")"},
    InputMessageText{M::kLabelOnFigure,
                     "label menamai total atau rata-rata tercetak (\"aggregate\"); angka yang "
                     "dihitung lkjip dinamai dengan \"figure\" saja: hapus labelnya",
                     "a label names a printed total or mean (\"aggregate\"); a figure lkjip "
                     "computes is named by \"figure\" alone: remove the label"},
    InputMessageText{M::kFigureAndAggregate,
                     "diharapkan \"figure\" (angka yang dihitung lkjip) atau \"aggregate\" dengan "
                     "\"of\" (total atau rata-rata angka tercetak lain), tidak keduanya: hapus "
                     "salah satu",
                     "expected either \"figure\" (a figure lkjip computes) or \"aggregate\" with "
                     "\"of\" (a total or mean of other printed figures), not both: remove one"},
    InputMessageText{M::kAggregateNeedsNumber,
                     "diharapkan bilangan yang dicetak untuk {0}, ditemukan teks",
                     "expected the number printed for the {0}, found a text"},
    InputMessageText{M::kWordSum, "jumlah", "sum"},
    InputMessageText{M::kWordMean, "rata-rata", "mean"},
    InputMessageText{M::kCappedOnAggregate,
                     "\"capped\" menyatakan angka yang dihitung lkjip dicetak dengan batas; total "
                     "atau rata-rata tercetak dibandingkan dengan angka-angka tercetak itu apa "
                     "adanya: hapus",
                     "\"capped\" says a figure lkjip computes is printed capped; a printed total "
                     "or mean of printed figures is compared with them as printed: remove it"},
    InputMessageText{M::kAggregateNeedsOf,
                     "diharapkan angka-angka pembentuk {0} tercetak: \"of\": "
                     "[\"table/row/column\", …] atau satu pola \"table/*/column\" (`lkjip explain "
                     "FILE --list` menyebut angka-angkanya)",
                     "expected the figures the printed {0} is made of: \"of\": "
                     "[\"table/row/column\", …] or one pattern \"table/*/column\" (`lkjip explain "
                     "FILE --list` names the figures)"},
    InputMessageText{M::kOfEntryNotName,
                     "entri {0} \"{1}\" bukan nama angka: diharapkan \"table/row/column\", atau "
                     "\"table/*/column\" untuk setiap baris sebuah kolom",
                     "entry {0} \"{1}\" is not a figure name: expected \"table/row/column\", or "
                     "\"table/*/column\" for every row of a column"},
    InputMessageText{M::kOfEntryRepeats,
                     "entri {0} \"{1}\" mengulang entri {2}: setiap bagian disebut sekali",
                     "entry {0} \"{1}\" repeats entry {2}: each part is named once"},
    InputMessageText{M::kDecimalsOnWords,
                     "desimal dinyatakan untuk bilangan tercetak, tetapi nama, satuan atau fakta "
                     "berupa kata-kata: hapus desimalnya",
                     "decimals are stated for a printed number, but a name, a unit or a fact is "
                     "words: leave the decimals out"},
    InputMessageText{M::kDecimalsOnText,
                     "desimal dinyatakan untuk bilangan tercetak, tetapi nilai \"{0}\" berupa teks "
                     "(peringkat atau predikat): hapus desimalnya",
                     "decimals are stated for a printed number, but the value \"{0}\" is a text "
                     "(a rating or a predicate): leave the decimals out"},
    // Ids and references.
    InputMessageText{M::kReservedId, "id \"{0}\" dicadangkan untuk baris-baris tabel",
                     "the id \"{0}\" is reserved for the tables' rows"},
    InputMessageText{M::kIdSlash,
                     "id tidak boleh memuat \"/\": tanda itu memisahkan bagian-bagian nama angka",
                     "an id cannot contain \"/\": it separates the parts of a figure's name"},
    InputMessageText{M::kDuplicateId, "id \"{0}\" ganda (pertama dipakai di {1})",
                     "duplicate id \"{0}\" (first used at {1})"},
    InputMessageText{M::kUnknownObjective,
                     "tidak ada sasaran strategis dengan id \"{0}\"; yang ada: {1}",
                     "no strategic objective has the id \"{0}\"; known: {1}"},
    // Indicators.
    InputMessageText{M::kMethodNeedsLower,
                     "metode T / R hanya untuk indikator yang makin rendah makin baik: jadikan "
                     "polaritasnya lower is better, atau biarkan metode pada bawaannya",
                     "the T / R method is only for an indicator where lower is better: make its "
                     "polarity lower is better, or leave the method at its default"},
    InputMessageText{M::kPastYearRange,
                     "diharapkan bilangan bulat (tahun sebelum tahun laporan) dari {0} sampai {1}, "
                     "ditemukan {2}",
                     "expected a whole number (a year before the report's) from {0} to {1}, "
                     "found {2}"},
    InputMessageText{M::kPastYearsOrder,
                     "tahun-tahun lalu harus diurutkan dari yang terlama, masing-masing sekali",
                     "past years must be listed oldest first, each once"},
    InputMessageText{M::kPeriodWholeYear,
                     "diharapkan triwulan (q1 sampai q4) atau bulan (m1 sampai m12), ditemukan "
                     "satu tahun penuh",
                     "expected a quarter (q1 to q4) or a month (m1 to m12), found the whole year"},
    InputMessageText{M::kPeriodsMixed,
                     "periode semuanya triwulan atau semuanya bulan, tidak campuran: jumlahkan "
                     "bulan menjadi triwulan, atau berikan bulan-bulan setiap triwulan",
                     "the periods are all quarters or all months, not both: sum the months into "
                     "quarters, or give every quarter's months"},
    InputMessageText{M::kPeriodsOrder,
                     "periode harus diurutkan menurut urutan tahun, masing-masing sekali",
                     "periods must be listed in the order of the year, each once"},
    InputMessageText{M::kPeriodRuleWithoutPeriods,
                     "aturan periode untuk indikator yang memberikan periodenya: berikan "
                     "\"periods\" atau hapus aturannya",
                     "a period rule is for an indicator that gives its periods: give \"periods\" "
                     "or leave the rule out"},
    InputMessageText{M::kPeriodRuleMissing,
                     "nyatakan cara periode membentuk angka setahun: aturan periode sum, last, "
                     "max, min atau mean",
                     "state how the periods make the year's figure: a period rule of sum, last, "
                     "max, min or mean"},
    InputMessageText{M::kRangeAndPeriodTargets,
                     "target rentang berlaku untuk setahun: berikan target periode atau "
                     "rentangnya, tidak keduanya",
                     "a range target is for the year: give the periods' targets or the range, "
                     "not both"},
    InputMessageText{M::kCategoryNotOnScale,
                     "kategori \"{0}\" tidak ada pada skala \"{1}\" ({2}); pakai salah satu "
                     "kategorinya atau tambahkan ke skala",
                     "the category \"{0}\" is not on the scale \"{1}\" ({2}); use one of its "
                     "categories or add it to the scale"},
    InputMessageText{M::kScaleNeedsCategory, "skala memerlukan sedikitnya satu kategori",
                     "a scale needs at least one category"},
    InputMessageText{M::kCategoryTwice, "kategori \"{0}\" ada dua kali pada skala",
                     "the category \"{0}\" is on the scale twice"},
    InputMessageText{M::kQualitativeTarget,
                     "target indikator kualitatif adalah kategori skalanya: hapus bilangannya",
                     "a qualitative indicator's target is a category of its scale: leave the "
                     "number out"},
    InputMessageText{M::kTargetBothWays,
                     "berikan target sebagai bilangan atau sebagai rentang, tidak keduanya",
                     "give the target as a number or as a range, not both"},
    InputMessageText{M::kRangeEmpty, "rentang kosong: max-nya tidak boleh di bawah min-nya",
                     "the range is empty: its max must not be below its min"},
    InputMessageText{M::kActualOneWay,
                     "realisasi dibentuk dengan satu cara: dari komponen, dari hitungan rasio, "
                     "dari skala kualitatif atau dari periode, tidak dari beberapa sekaligus",
                     "the actual is made one way: from components, from a ratio's counts, from a "
                     "qualitative scale or from periods, not from several"},
    InputMessageText{M::kOriginalTarget,
                     "target murni diberikan di samping target perubahan (`target`) yang berupa "
                     "satu bilangan: berikan `target`, atau hapus target murni untuk rentang, "
                     "indikator kualitatif atau indikator yang diukur per periode",
                     "an original target (target murni) is given beside a revised target "
                     "(`target`) that is one number: give `target`, or leave the original out "
                     "for a range, a qualitative indicator or one measured per period"},
    InputMessageText{M::kQualitativeActual,
                     "realisasi indikator kualitatif adalah kategori skalanya: hapus bilangannya",
                     "a qualitative indicator's actual is a category of its scale: leave the "
                     "number out"},
    InputMessageText{M::kCountNegative, "hitungan tidak boleh di bawah nol",
                     "a count cannot be below zero"},
    InputMessageText{M::kRatePer,
                     "laju dihitung per bilangan di atas nol (100 untuk persentase, 100000 untuk "
                     "per 100.000)",
                     "a rate is per a number above zero (100 for a percentage, 100000 per "
                     "100.000)"},
    // The performance tree.
    InputMessageText{M::kLevelKey, "indikator kinerja utama (milik sasaran)",
                     "a key indicator (of an objective)"},
    InputMessageText{M::kLevelProgram, "indikator program", "an indicator of a program"},
    InputMessageText{M::kLevelActivity, "indikator kegiatan", "an indicator of an activity"},
    InputMessageText{M::kLevelSubActivity, "indikator sub kegiatan",
                     "an indicator of a sub-activity"},
    InputMessageText{M::kKeySupportsNone,
                     "indikator kinerja utama tidak mendukung indikator lain, ditemukan {0}: "
                     "indikator itu milik sasarannya, dan menyebut indikator dapat membuat pohon "
                     "berputar; hapus \"supports\"",
                     "a key indicator supports no indicator, found {0}: it belongs to its "
                     "objective, and naming an indicator would let the tree run in a cycle; "
                     "leave \"supports\" out"},
    InputMessageText{M::kSupportsWrongLevel,
                     "{0} adalah {1}: {2} mendukung {3}, satu tingkat di atasnya{4}",
                     "{0} is {1}: {2} supports {3}, one level up{4}"},
    InputMessageText{M::kSupportsUnknown, "tidak ada indikator dengan id {0}; diharapkan {1}{2}{3}",
                     "no indicator has the id {0}; expected {1}{2}{3}"},
    InputMessageText{M::kTreeNoneKnown, "; laporan tidak memiliki satu pun",
                     "; the report has none"},
    InputMessageText{M::kTreeKnown, "; yang ada: {0}{1}", "; known: {0}{1}"},
    InputMessageText{M::kAndMore, " dan {0} lainnya", " and {0} more"},
    // The strategic plan's period and targets.
    InputMessageText{M::kRenstraPeriodBoth,
                     "periode rencana strategis memerlukan tahun pertama dan tahun terakhirnya: "
                     "berikan keduanya, atau tidak sama sekali",
                     "the strategic plan's period needs both its first and its last year: give "
                     "both, or neither"},
    InputMessageText{M::kPeriodEndsBeforeStart, "periode berakhir sebelum dimulai",
                     "the period ends before it starts"},
    InputMessageText{M::kRenstraYearNeedsPeriod,
                     "target Renstra per tahun memerlukan periode rencana strategis: berikan "
                     "renstra_period (from, to) laporan, ditemukan tahun {0} tanpa periode",
                     "a Renstra target for a year needs the strategic plan's period: give "
                     "renstra_period (from, to) of the report, found the year {0} and no period"},
    InputMessageText{M::kRenstraYearOutside,
                     "diharapkan tahun dalam periode rencana strategis, {0} sampai {1}, "
                     "ditemukan {2}: perbaiki tahunnya atau renstra_period laporan",
                     "expected a year of the strategic plan's period, {0} to {1}, found {2}: "
                     "correct the year or the report's renstra_period"},
    InputMessageText{M::kRenstraYearsOrder,
                     "diharapkan tahun-tahun berurutan, masing-masing sekali, ditemukan {0} "
                     "setelah {1}: urutkan tahun rencana dari yang pertama sampai yang terakhir",
                     "expected the years in order, each once, found {0} after {1}: list the "
                     "plan's years from the first to the last"},
    // Scales and settings.
    InputMessageText{M::kScaleNeedsBand, "skala predikat memerlukan sedikitnya satu pita",
                     "a rating scale needs at least one band"},
    InputMessageText{M::kBandMinBelowMax, "min sebuah pita harus di bawah max-nya",
                     "a band's min must be below its max"},
    InputMessageText{M::kBandsOrder,
                     "pita harus diurutkan dari yang terendah sampai yang tertinggi",
                     "bands must be listed from the lowest to the highest"},
    InputMessageText{M::kBandGap, "ada celah antara pita \"{0}\" dan pita \"{1}\"",
                     "gap between band \"{0}\" and band \"{1}\""},
    InputMessageText{M::kBandOverlap, "pita \"{0}\" tumpang tindih dengan pita \"{1}\"",
                     "band \"{0}\" overlaps band \"{1}\""},
    InputMessageText{M::kExceededBelowMet,
                     "capaian di atas \"exceeded_above\" melampaui targetnya: batas itu tidak "
                     "boleh di bawah \"met_from\", batas mulai target tercapai",
                     "a capaian above \"exceeded_above\" exceeds its target: it cannot be below "
                     "\"met_from\", from which a target is met"},
    InputMessageText{M::kFloorBelowCap, "batas bawah nilai harus di bawah batas atas nilai",
                     "the score floor must be below the score cap"},
    InputMessageText{M::kScaleCoversScores,
                     "skala predikat harus mencakup setiap nilai dari batas bawah sampai batas "
                     "atas nilai",
                     "the rating scale must cover every score from the score floor to the score "
                     "cap"},
    InputMessageText{M::kStatedScaleNeedsBand,
                     "skala predikat memerlukan sedikitnya satu pita: berikan pita-pitanya "
                     "seperti dicetak laporan",
                     "a rating scale needs at least one band: give the bands as the report "
                     "prints them"},
    InputMessageText{M::kStatedBandSwapped,
                     "min sebuah pita tidak boleh di atas max-nya, ditemukan {0} di atas {1}: "
                     "tukar keduanya",
                     "a band's min must not be above its max, found {0} above {1}: swap them"},
    InputMessageText{M::kSakipNeedsComponent, "evaluasi memerlukan sedikitnya satu komponen",
                     "an evaluation needs at least one component"},
    InputMessageText{M::kWeightAboveZero, "bobot harus di atas nol", "a weight must be above zero"},
    InputMessageText{M::kComponentScore, "nilai komponen harus dari 0 sampai bobotnya",
                     "a component's score must be from 0 to its weight"},
    // Years of one unit (trend).
    InputMessageText{M::kUnitDiffersAcrossYears,
                     "indikator {0} diukur dalam \"{1}\" pada {2} tetapi dalam \"{3}\" pada {4}",
                     "indicator {0} is measured in \"{1}\" in {2} but in \"{3}\" in {4}"},
    InputMessageText{M::kPolarityDiffersAcrossYears,
                     "indikator {0} berpolaritas {1} pada {2} tetapi {3} pada {4}",
                     "indicator {0} is {1} in {2} but {3} in {4}"},
    // Every reader.
    InputMessageText{M::kMoreProblems,
                     "{0} masalah lain tidak ditampilkan; perbaiki yang ini lalu baca berkasnya "
                     "lagi",
                     "{0} more problems not shown; correct these and read the file again"},
};
static_assert(kInputMessages.size() == kInputMessageCount, "one text per message");

}  // namespace

const Phrase& phrase_of(InputMessage message) {
  return kInputMessages[static_cast<std::size_t>(message)].phrase;
}

InputMessage input_message_at(std::size_t index) {
  return kInputMessages[index].message;
}

}  // namespace lkjip
