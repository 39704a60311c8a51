#include "lkjip/labels.h"

#include <catch2/catch.hpp>
#include <map>

using namespace lkjip;

TEST_CASE("a formula is worded from its declaration, as explanations have always printed it") {
  // The words of `lkjip explain` and `check`, which must not change.
  const std::map<Formula, std::string> printed = {
      {Formula::kGiven, "nilai masukan dari berkas data"},
      {Formula::kCapaianHigher, "capaian = R / T × 100 (semakin tinggi semakin baik)"},
      {Formula::kCapaianReflected,
       "capaian = (2T − R) / T × 100 (semakin rendah semakin baik, PermenPANRB 8/2021)"},
      {Formula::kCapaianInverse, "capaian = T / R × 100 (semakin rendah semakin baik, metode T/R)"},
      {Formula::kScore, "nilai = C dibatasi ke rentang [min, max]"},
      {Formula::kMeanAsPrinted,
       "rata-rata = (v1 + … + vn) / n, tiap v dibulatkan ke 2 desimal seperti tercetak"},
      {Formula::kSum, "jumlah = bagian-bagian dijumlahkan"},
      {Formula::kAbsorption, "serapan = S / P × 100 (realisasi anggaran atas pagu)"},
      {Formula::kSilpa, "SILPA = P − S (pagu dikurangi realisasi anggaran)"},
      {Formula::kShare, "porsi = P_i / P × 100 (pagu bagian atas jumlah pagu)"},
      {Formula::kEfficiencyGap,
       "efisiensi = K − U, keduanya dibulatkan ke 2 desimal seperti tercetak"},
      {Formula::kDifference, "selisih = B − A"},
      {Formula::kCompositeIndex, "indeks = w1 × x1 + … + wn × xn"},
      {Formula::kAvailability, "ketersediaan = A / N × 100"},
      {Formula::kCappedAvailability,
       "ketersediaan = min(A, N) / N × 100 (kelebihan dihitung terpenuhi)"},
      {Formula::kCappedSum,
       "jumlah tersedia = Σ min(Ai, Ni) (kelebihan tiap barang tidak dihitung)"},
      {Formula::kComponentPercent, "capaian bobot = S / W × 100"},
      {Formula::kSumRupiah, "jumlah = bagian-bagian dijumlahkan"},
      {Formula::kCapaianInRange,
       "capaian = 100, karena R berada dalam rentang target [min, max] (bawaan lkjip: tidak ada "
       "regulasi yang mengaturnya)"},
      {Formula::kCapaianBothZero,
       "capaian = 100, karena T = 0 dan R = 0 (aturan nol laporan: both_zero_is_100)"},
      {Formula::kCategoryValue, "nilai = v, nilai kategori pada skala yang diberikan berkas data"},
      {Formula::kRatio, "rasio = a / b × k"},
      {Formula::kPeriodSum, "s.d. periode = x1 + … + xn (kumulatif: jumlah periode)"},
      {Formula::kPeriodLast, "s.d. periode = xn (periode terakhir yang dilaporkan dari x1 … xn)"},
      {Formula::kPeriodMax, "s.d. periode = maks(x1, …, xn) (periode terbaik)"},
      {Formula::kPeriodMin, "s.d. periode = min(x1, …, xn) (periode terburuk)"},
      {Formula::kPeriodMean,
       "s.d. periode = (x1 + … + xn) / n (rata-rata periode yang dilaporkan)"},
      {Formula::kDifferenceAsPrinted,
       "selisih = B − A, keduanya dibulatkan ke 2 desimal seperti tercetak"},
      {Formula::kClassCount,
       "jumlah = banyaknya capaian c1 … cn dalam kategori ini (dibandingkan seperti tercetak "
       "dengan ambang laporan)"},
      {Formula::kAmountFromParts,
       "jumlah = a1 + … + an: tingkat ini tidak menyebutkannya, maka jumlah bagian-bagiannya "
       "(anggaran dari bawah)"},
      {Formula::kRevisedChosen,
       "dipakai = x, yang perubahan (settings.pagu_basis / target_basis: revised, bawaan)"},
      {Formula::kOriginalChosen,
       "dipakai = x, yang murni (settings.pagu_basis / target_basis: original)"},
      {Formula::kAbsorptionOfPlan,
       "serapan thd RAK = S / K × 100 (realisasi atas rencana anggaran kas)"},
      {Formula::kPlanDeviation, "deviasi = S − K (realisasi dikurangi rencana anggaran kas)"},
  };
  REQUIRE(printed.size() == static_cast<std::size_t>(Formula::kLastFormula) + 1);
  for (const auto& [formula, text] : printed) {
    INFO("formula " << static_cast<int>(formula));
    CHECK(labels::formula_text(formula) == text);
    CHECK(labels::formula_text(formula, Language::kIndonesian) == text);
    const std::string& english = labels::formula_text(formula, Language::kEnglish);
    CHECK_FALSE(english.empty());
    CHECK(english != text);
    CHECK(english.find_first_of("{}") == std::string::npos);
  }
  CHECK(labels::formula_text(Formula::kCapaianHigher, Language::kEnglish) ==
        "achievement = R / T × 100 (higher is better)");
  CHECK(labels::formula_text(Formula::kScore, Language::kEnglish) ==
        "score = C limited to [min, max]");
}
