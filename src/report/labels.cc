#include "labels.h"

namespace lkjip::labels {

std::string explain(const Unavailable& why) {
  switch (why.reason) {
    case Reason::kTargetMissing:
      return "target tidak dilaporkan";
    case Reason::kActualMissing:
      return "realisasi tidak dilaporkan";
    case Reason::kTargetZero:
      return "target nol, capaian tidak terdefinisi";
    case Reason::kActualZero:
      return "realisasi nol, capaian T/R tidak terdefinisi";
    case Reason::kPaguMissing:
      return "pagu tidak dicantumkan";
    case Reason::kPaguZero:
      return "pagu nol, serapan tidak terdefinisi";
    case Reason::kSpendingMissing:
      return "realisasi anggaran tidak dilaporkan";
    case Reason::kNoIndicators:
      return "tidak ada indikator";
    case Reason::kNoPrograms:
      return "tidak ada program yang mendukung";
    case Reason::kPartNotComputable:
      return "bergantung pada " + why.subject + " yang tidak dapat dihitung";
    case Reason::kTargetNegative:
      return "target negatif, rumus capaian tidak berlaku";
    case Reason::kActualNegative:
      return "realisasi negatif, capaian T/R tidak berlaku";
    case Reason::kNoData:
      return "tidak ada data";
    case Reason::kYearMissing:
      return "realisasi tahun " + why.subject + " tidak ada";
    case Reason::kNeedZero:
      return "kebutuhan nol, ketersediaan tidak terdefinisi";
    case Reason::kWeightZero:
      return "bobot nol";
    case Reason::kComponentMissing:
      return "nilai komponen " + why.subject + " tidak ada";
    case Reason::kOverflow:
      return "jumlah melebihi batas yang didukung (9.223.372.036.854.775.807 rupiah)";
  }
  return "tidak dapat dihitung";
}

const char* formula_text(Formula formula) {
  switch (formula) {
    case Formula::kGiven:
      return "nilai masukan dari berkas data";
    case Formula::kCapaianHigher:
      return "capaian = R / T × 100 (semakin tinggi semakin baik)";
    case Formula::kCapaianReflected:
      return "capaian = (2T − R) / T × 100 (semakin rendah semakin baik, PermenPANRB 8/2021)";
    case Formula::kCapaianInverse:
      return "capaian = T / R × 100 (semakin rendah semakin baik, metode T/R)";
    case Formula::kScore:
      return "nilai = C dibatasi ke rentang [min, max]";
    case Formula::kMeanAsPrinted:
      return "rata-rata = (v1 + … + vn) / n, tiap v dibulatkan ke 2 desimal seperti tercetak";
    case Formula::kSum:
      return "jumlah = bagian-bagian dijumlahkan";
    case Formula::kAbsorption:
      return "serapan = S / P × 100 (realisasi anggaran atas pagu)";
    case Formula::kSilpa:
      return "SILPA = P − S (pagu dikurangi realisasi anggaran)";
    case Formula::kShare:
      return "porsi = P_i / P × 100 (pagu bagian atas jumlah pagu)";
    case Formula::kEfficiencyGap:
      return "efisiensi = K − U, keduanya dibulatkan ke 2 desimal seperti tercetak";
    case Formula::kDifference:
      return "selisih = B − A";
    case Formula::kCompositeIndex:
      return "indeks = w1 × x1 + … + wn × xn";
    case Formula::kAvailability:
      return "ketersediaan = A / N × 100";
    case Formula::kCappedAvailability:
      return "ketersediaan = min(A, N) / N × 100 (kelebihan dihitung terpenuhi)";
    case Formula::kCappedSum:
      return "jumlah tersedia = Σ min(Ai, Ni) (kelebihan tiap barang tidak dihitung)";
    case Formula::kComponentPercent:
      return "capaian bobot = S / W × 100";
  }
  return "";
}

const char* role_text(Role role) {
  switch (role) {
    case Role::kValue:
      return "nilai";
    case Role::kTarget:
      return "target";
    case Role::kActual:
      return "realisasi";
    case Role::kEndTarget:
      return "target akhir Renstra";
    case Role::kCapaian:
      return "capaian";
    case Role::kFloor:
      return "batas bawah nilai";
    case Role::kCap:
      return "batas atas nilai";
    case Role::kPart:
      return "bagian";
    case Role::kSpending:
      return "realisasi anggaran";
    case Role::kPagu:
      return "pagu";
    case Role::kTotalPagu:
      return "jumlah pagu";
    case Role::kPerformance:
      return "kinerja";
    case Role::kResourceUse:
      return "penggunaan sumber daya";
    case Role::kFrom:
      return "nilai awal";
    case Role::kTo:
      return "nilai akhir";
    case Role::kWeight:
      return "bobot";
    case Role::kComponent:
      return "komponen";
    case Role::kAvailable:
      return "tersedia";
    case Role::kNeeded:
      return "kebutuhan";
    case Role::kScore:
      return "nilai";
  }
  return "";
}

}  // namespace lkjip::labels
