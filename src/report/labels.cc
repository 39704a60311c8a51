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

}  // namespace lkjip::labels
