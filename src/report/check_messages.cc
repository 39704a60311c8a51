#include "lkjip/check_messages.h"

#include <array>
#include <cstddef>

namespace lkjip {
namespace {

struct MessageText {
  Message message;
  Phrase phrase;
};

// In the order of the enumerators; a test checks that each is where its enumerator says.
constexpr std::array kMessages = {
    MessageText{Message::kPrintedDiffers, "{0}: dicetak {1}{2}, {3} {4}",
                "{0}: printed {1}{2}, {3} {4}"},
    MessageText{Message::kPrintedCapped,
                "{0}: dicetak {1}{2}, dihitung {3}: nilai dibatasi {1} hanya benar bila laporan "
                "menyatakan batas itu (tandai \"capped\": true)",
                "{0}: printed {1}{2}, computed {3}: a value capped at {1} is right only where the "
                "report states that cap (mark it \"capped\": true)"},
    MessageText{Message::kPrintedUncomputable,
                "{0}: dicetak {1}{2}, tetapi tidak dapat dihitung: {3}",
                "{0}: printed {1}{2}, but it cannot be computed: {3}"},
    MessageText{Message::kPrintedTextDiffers, "{0}: dicetak {1}{2}, dihitung {3}",
                "{0}: printed {1}{2}, computed {3}"},
    MessageText{Message::kUnknownFigure, "tidak ada angka bernama \"{0}\"",
                "no figure named \"{0}\""},
    MessageText{Message::kDidYouMean, "; maksud Anda \"{0}\"?", "; did you mean \"{0}\"?"},
    MessageText{Message::kListFigures, "; `lkjip explain FILE --list` menyebut semuanya",
                "; `lkjip explain FILE --list` names them all"},
    MessageText{Message::kFigureIsText, "angka \"{0}\" berupa teks, bukan bilangan",
                "figure \"{0}\" is a text, not a number"},
    MessageText{Message::kFigureIsNumber, "angka \"{0}\" berupa bilangan, bukan teks",
                "figure \"{0}\" is a number, not a text"},
    MessageText{Message::kComputed, "dihitung", "computed"},
    MessageText{Message::kInDataFile, "di berkas data ({0})", "in the data file ({0})"},
    MessageText{Message::kDefault, "bawaan", "default"},
    MessageText{Message::kCategoryFormula, "kategori = kategori yang diberikan berkas data",
                "category = the category the data file gives"},
    MessageText{Message::kPredicateFormula,
                "predikat = pita skala yang memuat nilai, dibulatkan 2 desimal",
                "predicate = the band of the scale that holds the score, rounded to 2 decimals"},
    MessageText{Message::kPartsOverflow,
                "{0}: {1} {2}, tetapi {3} {4}-nya berjumlah melebihi batas yang didukung",
                "{0}: {1} {2}, but its {3} {4} add up to more than the largest supported amount"},
    MessageText{Message::kPartsDiffer,
                "{0}: {1} {2}, tetapi {3} {4}-nya berjumlah {5} (selisih {6})",
                "{0}: {1} {2}, but its {3} {4} add up to {5} (difference {6})"},
    MessageText{Message::kSpendingAbovePagu, "{0}: realisasi anggaran {1} melebihi pagu {2}",
                "{0}: spending {1} exceeds the pagu {2}"},
    MessageText{Message::kPeriodsDiffer,
                "{0}: realisasi anggaran {1}, tetapi {2} periodenya berjumlah {3} (selisih {4})",
                "{0}: spending {1}, but its {2} periods add up to {3} (difference {4})"},
    MessageText{Message::kPlanDiffers,
                "{0}: rencana anggaran kas (RAK) {1} periode berjumlah {2}, tetapi pagu {3} "
                "(selisih {4})",
                "{0}: the cash plan (RAK) of {1} periods adds up to {2}, but the pagu is {3} "
                "(difference {4})"},
    MessageText{Message::kWordPagu, "pagu", "pagu"},
    MessageText{Message::kWordOriginalPagu, "pagu murni", "original pagu"},
    MessageText{Message::kWordSpending, "realisasi anggaran", "spending"},
    MessageText{Message::kWordActivities, "kegiatan", "activities"},
    MessageText{Message::kWordSubActivities, "sub kegiatan", "sub-activities"},
    MessageText{Message::kRepeatedIndicator,
                "{0}: indikator yang sama dengan {1} (\"{2}\") diberi {3} berbeda",
                "{0}: the same indicator as {1} (\"{2}\") is given a different {3}"},
    MessageText{Message::kWordTarget, "target", "target"},
    MessageText{Message::kWordActual, "realisasi", "actual"},
    MessageText{Message::kDerivedActual, "{0}: realisasi tertulis {1}, {2} memberi {3}",
                "{0}: the actual is written {1}, {2} give {3}"},
    MessageText{Message::kMadeFromComponents, "komponennya", "its components"},
    MessageText{Message::kMadeFromRatio, "pembilang dan penyebutnya",
                "its numerator and denominator"},
    MessageText{Message::kMadeFromPeriods, "periodenya", "its periods"},
    MessageText{Message::kSakipWeights,
                "sakip/total/weight: bobot komponen berjumlah {0}, bukan 100",
                "sakip/total/weight: the components' weights add up to {0}, not 100"},
    MessageText{Message::kSakipTotal, "sakip/total/score: total tertulis {0}, jumlah komponen {1}",
                "sakip/total/score: the total is written {0}, the components add up to {1}"},
    MessageText{
        Message::kSakipPredicate,
        "sakip/total/predicate: predikat tertulis {0}, menurut jumlah komponen {1}",
        "sakip/total/predicate: the predicate is written {0}, the components' sum gives {1}"},
    MessageText{Message::kRenstraYearTarget,
                "{0}: target perjanjian kinerja {1} {2} berbeda dari target Renstra tahun {3} {4}",
                "{0}: the performance agreement's target of {1}, {2}, differs from the Renstra "
                "target of {3}, {4}"},
    MessageText{Message::kRenstraEndBelowTarget,
                "{0}: target akhir Renstra {1} {2} target perjanjian kinerja {3} {4} ({5})",
                "{0}: the Renstra end target {1} is {2} the performance agreement's target of {3}, "
                "{4} ({5})"},
    MessageText{Message::kRenstraEndBelowYear,
                "{0}: target akhir Renstra {1} {2} target Renstra tahun {3} {4} ({5})",
                "{0}: the Renstra end target {1} is {2} the Renstra target of {3}, {4} ({5})"},
    MessageText{Message::kWordAbove, "di atas", "above"},
    MessageText{Message::kWordBelow, "di bawah", "below"},
    MessageText{Message::kWordHigherIsBetter, "semakin tinggi semakin baik", "higher is better"},
    MessageText{Message::kWordLowerIsBetter, "semakin rendah semakin baik", "lower is better"},
    MessageText{Message::kTreeLevelUnlinked,
                "pohon kinerja: tidak satu pun dari {0} {1} mendukung {2} (\"supports\" kosong, "
                "pertama {3}): pohon berhenti di atasnya",
                "performance tree: none of the {0} {1}s supports a {2} (\"supports\" empty, first "
                "{3}): the tree stops above them"},
    MessageText{Message::kTreeIndicatorUnlinked,
                "{0}: {1} {2} tidak mendukung {3} mana pun (pohon kinerja); isi \"supports\" "
                "dengan kode {3} yang didukungnya",
                "{0}: this {1} of {2} supports no {3} (performance tree); give in \"supports\" the "
                "code of the {3} it supports"},
    MessageText{Message::kTreeOtherObjective,
                "{0}: indikator program {1} mendukung {2}, indikator kinerja utama sasaran {3}, "
                "tetapi program {1} mendanai sasaran {4}",
                "{0}: an indicator of program {1} supports {2}, a key indicator of objective {3}, "
                "but program {1} funds objective {4}"},
    MessageText{Message::kTreeKeyUnsupported,
                "{0}: tidak ada indikator program yang mendukung indikator kinerja utama sasaran "
                "{1} ini (pohon kinerja)",
                "{0}: no program indicator supports this key indicator of objective {1} "
                "(performance tree)"},
    MessageText{Message::kProgramWithoutObjective,
                "{0}: program tidak mendanai sasaran strategis mana pun (\"objective\" kosong): "
                "anggaran dan SDM-nya tidak masuk tabel per sasaran",
                "{0}: the program funds no strategic objective (\"objective\" empty): its budget "
                "and staff are left out of the tables per objective"},
    MessageText{Message::kObjectiveStaffDiffers,
                "{0}: {1} tertulis {2}, tetapi {3} program yang mendanainya ({4}) berjumlah {5} "
                "(selisih {6})",
                "{0}: {1} is written {2}, but the {3} programs that fund it ({4}) add up to {5} "
                "(difference {6})"},
    MessageText{Message::kWordKeyIndicator, "indikator kinerja utama", "key indicator"},
    MessageText{Message::kWordProgramIndicator, "indikator program", "program indicator"},
    MessageText{Message::kWordActivityIndicator, "indikator kegiatan", "activity indicator"},
    MessageText{Message::kWordSubActivityIndicator, "indikator sub kegiatan",
                "sub-activity indicator"},
    MessageText{Message::kWordObjective, "sasaran", "objective"},
    MessageText{Message::kWordStaffNeeded, "kebutuhan SDM (ABK)", "staff needed (ABK)"},
    MessageText{Message::kWordStaffAvailable, "ketersediaan SDM", "staff available"},
    MessageText{Message::kWordNotComputable, "t.d.", "n.a."},
    MessageText{Message::kFormulaLine, "    rumus: {0}", "    formula: {0}"},
    MessageText{Message::kNothingToCompare,
                "tidak ada angka tercetak (\"printed\") atau klaim (\"claims\") untuk "
                "dibandingkan: hanya konsistensi data yang diperiksa",
                "no printed figure (\"printed\") and no claim (\"claims\") to compare: only the "
                "data's consistency was checked"},
    MessageText{
        Message::kSummaryPrinted,
        "{0} angka tercetak dibandingkan: {1} sesuai, {2} berbeda, {3} tidak dapat dihitung",
        "printed figures compared: {0} (agreeing {1}, differing {2}, not computable {3})"},
    MessageText{Message::kSummaryClaims, "{0} klaim diperiksa: {1} benar, {2} salah",
                "claims checked: {0} (true {1}, false {2})"},
    MessageText{Message::kGroupData,
                "== konsistensi data dan metode ==", "== consistency of the data and methods =="},
    MessageText{Message::kGroupPlace, "== {0} ==", "== {0} =="},
    MessageText{Message::kMethodUncappedMean,
                "metode: {0} angka tercetak ({1}) dibuat dari capaian yang tidak dibatasi: laporan "
                "menghitung capaian di atas {2} sebagai {2} (settings.score_cap), tetapi rata-rata "
                "dan efisiensi ini memakai capaian mentah",
                "method: {0} printed figures ({1}) are made of uncapped capaian: the report counts "
                "a capaian above {2} as {2} (settings.score_cap), but these means and efficiencies "
                "use the raw capaian"},
    MessageText{Message::kMethodUnweightedMean,
                "metode: {0} angka tercetak ({1}) adalah rata-rata tak berbobot persentase "
                "penyerapan baris-barisnya ({2}); penyerapan total = total realisasi / total pagu "
                "× 100, berbobot pagu",
                "method: {0} printed figures ({1}) are the unweighted mean of their rows' "
                "absorption percentages ({2}); the total absorption is total spending / total "
                "pagu × 100, weighted by the pagu"},
    MessageText{Message::kMethodEfficiencyFormula,
                "metode: {0} angka tercetak ({1}) dihitung {2} − ketersediaan (atau penyerapan), "
                "bukan capaian − ketersediaan seperti baris lain dan totalnya: rumus efisiensi "
                "berganti di tabel yang sama",
                "method: {0} printed figures ({1}) are made as {2} − availability (or "
                "absorption), not as capaian − availability like the other rows and the total: "
                "the efficiency formula changes within the table"},
    MessageText{Message::kWordEachRowOnce, "tiap baris sekali", "each row once"},
    MessageText{Message::kWordEachIndicatorRow,
                "program dengan beberapa indikator dihitung sekali per indikator",
                "a program with several indicators counted once per indicator"},
    MessageText{Message::kExplainedByMethod, "; cocok dengan metode {0}",
                "; matches the method {0}"},
    MessageText{Message::kCorrection,
                "koreksi: satu nilai menjelaskan {0} temuan: {1} → {2} membuat sesuai {3}",
                "correction: one value explains {0} findings: {1} → {2} makes {3} agree"},
    MessageText{Message::kGroupCorrections,
                "== koreksi paling sedikit yang menjelaskan temuan terbanyak ==",
                "== the fewest corrections that explain the most findings =="},
    MessageText{Message::kCorrectionsCut,
                "koreksi: laporan sebesar ini hanya memungkinkan {0} dari {1} nilai calon dicoba",
                "corrections: a report this large allows only {0} of the {1} candidate values to "
                "be tried"},
    MessageText{
        Message::kSumOfParts,
        "{0}: dicetak {1}{2}, tetapi {3} bagiannya yang dicetak di sana memberi {4}: {5}{6}",
        "{0}: printed {1}{2}, but its {3} parts printed there give {4}: {5}{6}"},
    MessageText{Message::kPartsTruncated, "dibulatkan ke bawah (dipotong), seharusnya {0}",
                "rounded down (truncated) instead of rounded, should be {0}"},
    MessageText{Message::kPartsRoundedUp, "dibulatkan ke atas, padahal yang terdekat {0}",
                "rounded up, where the nearest is {0}"},
    MessageText{Message::kPartsTransposed,
                "dua angka bersebelahan tertukar: angka ke-{0} dan ke-{1} dari kiri tertulis "
                "{2}{3}, seharusnya {3}{2} ({4})",
                "two adjacent digits transposed: digits {0} and {1} from the left are written "
                "{2}{3}, should be {3}{2} ({4})"},
    MessageText{Message::kPartsLeftOut, "satu bagian tidak ikut dihitung: {0} ({1})",
                "a part left out: {0} ({1})"},
    MessageText{Message::kPartsTwice, "satu bagian dihitung dua kali: {0} ({1})",
                "a part counted twice: {0} ({1})"},
    MessageText{Message::kPartsOneDigit,
                "satu angka berbeda: angka ke-{0} dari kiri tertulis {1}, seharusnya {2} ({3})",
                "one digit differs: digit {0} from the left is written {1}, should be {2} ({3})"},
    MessageText{Message::kPartsDifference, "selisih {0}", "difference {0}"},
    MessageText{Message::kPartsComputedAgrees,
                "; dihitung dari data juga {0}: bagian yang dicetak yang keliru",
                "; computed from the data it is {0} too: a printed part is wrong"},
    MessageText{Message::kPartsComputedOnParts,
                "; dihitung dari data {0}, seperti bagiannya: angka yang dicetak ini yang keliru",
                "; computed from the data {0}, as its parts give: this printed figure is wrong"},
    MessageText{Message::kPartsComputedDiffers, "; dihitung dari data {0}: bagiannya pun keliru",
                "; computed from the data {0}: its parts are wrong too"},
    MessageText{Message::kAggregateMatchesNothing, "\"{0}\" tidak cocok dengan angka mana pun",
                "\"{0}\" matches no figure"},
    MessageText{Message::kWordOneOf, "salah satu dari {0}", "one of {0}"},
    MessageText{Message::kClaimFalse, "klaim{0}: {1}; ternyata {2}", "claim{0}: {1}; but {2}"},
    MessageText{Message::kClaimUncheckable, "klaim{0}: {1}; tidak dapat diperiksa: {2}",
                "claim{0}: {1}; cannot be checked: {2}"},
    MessageText{Message::kClaimAllMet, "semua {0} mencapai target", "every {0} met its target"},
    MessageText{Message::kClaimAllExceeded, "semua {0} melampaui target",
                "every {0} exceeded its target"},
    MessageText{Message::kClaimNoneMet, "tidak satu pun {0} mencapai target",
                "no {0} met its target"},
    MessageText{Message::kClaimCount, "jumlah {0}: {1}", "count of {0}: {1}"},
    MessageText{Message::kClaimChange, "perubahan {0} {1}", "{0} changes by {1}"},
    MessageText{Message::kClaimEquals, "{0} sama dengan {1}", "{0} equals {1}"},
    MessageText{Message::kClaimAbove, "{0} di atas {1}", "{0} is above {1}"},
    MessageText{Message::kClaimBelow, "{0} di bawah {1}", "{0} is below {1}"},
    MessageText{Message::kClaimReachedEnd, "{0} mencapai target akhir Renstra",
                "{0} reached the Renstra end target"},
    MessageText{Message::kClaimReachedYear, "{0} mencapai target Renstra tahun {1}",
                "{0} reached the Renstra target of {1}"},
    MessageText{Message::kClaimClassified, "{0}: {1}", "{0}: {1}"},
    MessageText{Message::kClaimCounted, "dihitung {0}{1}", "counted {0}{1}"},
    MessageText{Message::kClaimComputed, "dihitung {0}", "computed {0}"},
    MessageText{Message::kClaimNoRenstra, "{0} tidak memiliki target Renstra",
                "{0} has no Renstra target"},
    MessageText{Message::kClaimNoYearTarget, "{0} tidak memiliki target Renstra tahun {1}",
                "{0} has no Renstra target for {1}"},
    MessageText{Message::kClaimOfClass, "{0} yang {1}", "{0} that {1}"},
    MessageText{Message::kClaimNone, "tidak ada {0}", "there is no {0}"},
    MessageText{Message::kWordObjectives, "sasaran strategis", "strategic objectives"},
    MessageText{Message::kWordPrograms, "program", "programs"},
    MessageText{Message::kWordIndicators, "indikator kinerja", "indicators"},
    MessageText{Message::kWordUp, "naik", "up"},
    MessageText{Message::kWordDown, "turun", "down"},
    MessageText{Message::kWordUnchanged, "tetap", "unchanged"},
    MessageText{Message::kWordExceeded, "melampaui target", "exceeded the target"},
    MessageText{Message::kWordMet, "sesuai target", "met the target exactly"},
    MessageText{Message::kWordNotMet, "tidak mencapai target", "did not meet the target"},
    MessageText{Message::kWordReached, "mencapai target", "reached the target"},
    MessageText{Message::kRowArithmetic,
                "{0}: dicetak {1} ({2}), tetapi angka yang dicetak di tempat yang sama ({3}) "
                "memberi {4}: tempat itu bertentangan dengan dirinya sendiri",
                "{0}: printed {1} ({2}), but the figures printed at the same place ({3}) give "
                "{4}: the place contradicts itself"},
    MessageText{Message::kRowsCut,
                "angka yang dicetak di {0} dari {1} tempat diperiksa terhadap masukan yang "
                "dicetak di tempat yang sama: laporan terlalu besar untuk semuanya",
                "the figures of {0} of {1} places were checked against the inputs printed "
                "beside them: the report is too large for all of them"},
    MessageText{Message::kScaleGap,
                "skala predikat {0}: nilai {1} tidak masuk pita mana pun, padahal setiap nilai "
                "dari {2} sampai {3} dinilai{4}",
                "rating scale of {0}: no band holds {1}, though every value from {2} to {3} is "
                "rated{4}"},
    MessageText{Message::kScaleGapBetween, " (di antara pita {0} dan {1})",
                " (between the bands {0} and {1})"},
    MessageText{Message::kScaleGapBelow, " (di bawah pita {0})", " (below the band {0})"},
    MessageText{Message::kScaleGapAbove, " (di atas pita {0})", " (above the band {0})"},
    MessageText{Message::kScaleOverlap,
                "skala predikat {0}: nilai {1} masuk {2} pita sekaligus: {3}",
                "rating scale of {0}: the values {1} are in {2} bands at once: {3}"},
    MessageText{
        Message::kScaleUnreachable,
        "skala predikat {0}: pita {1} tidak pernah tercapai, karena nilai dibatasi dari {2} "
        "sampai {3}",
        "rating scale of {0}: the band {1} is never reached, as values are limited to "
        "{2} to {3}"},
    MessageText{Message::kScaleEmptyBand, "skala predikat {0}: pita {1} tidak memuat nilai apa pun",
                "rating scale of {0}: the band {1} holds no value"},
    MessageText{Message::kScaleRatesOtherwise,
                "skala predikat {0} menilai {1} nilai yang dihitung berbeda dari skala lkjip "
                "(settings.rating_scale): {2}",
                "rating scale of {0} rates {1} computed scores otherwise than lkjip's scale "
                "(settings.rating_scale): {2}"},
    MessageText{Message::kScaleRatedAs, "{0} {1}: {2}, menurut lkjip {3}",
                "{0} {1}: {2}, by lkjip's {3}"},
    MessageText{Message::kWordNoBand, "tanpa pita", "no band"},
    MessageText{Message::kWordCapaian, "capaian", "achievement"},
    MessageText{Message::kPrintedName, "{0}: nama dicetak \"{1}\"{2}, di data \"{3}\"",
                "{0}: name printed \"{1}\"{2}, in the data \"{3}\""},
    MessageText{Message::kPrintedUnit, "{0}: satuan dicetak \"{1}\"{2}, di data \"{3}\"",
                "{0}: unit printed \"{1}\"{2}, in the data \"{3}\""},
    MessageText{Message::kPrintedFact, "{0} dicetak dengan {1} cara berbeda: {2}",
                "{0} printed {1} different ways: {2}"},
    MessageText{Message::kPrintedFactData, "{0}: dicetak \"{1}\"{2}, di data {3}",
                "{0}: printed \"{1}\"{2}, in the data {3}"},
    MessageText{Message::kSummaryWords,
                "{0} nama, satuan dan fakta tercetak dibandingkan: {1} sesuai, {2} berbeda",
                "printed names, units and facts compared: {0} (agreeing {1}, differing {2})"},
};
static_assert(kMessages.size() == static_cast<std::size_t>(Message::kLast) + 1,
              "one text per message");

}  // namespace

const Phrase& phrase_of(Message message) {
  return kMessages[static_cast<std::size_t>(message)].phrase;
}

// For the test: the enumerator each entry is written for.
Message message_at(std::size_t index) {
  return kMessages[index].message;
}

}  // namespace lkjip
