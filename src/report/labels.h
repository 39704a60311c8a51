// Labels and messages of the tables, in Indonesian (the reports' language). Internal.
#pragma once

#include <string>

#include "lkjip/engine.h"

namespace lkjip::labels {

inline constexpr const char* kNo = "No";
inline constexpr const char* kCode = "Kode";
inline constexpr const char* kLevel = "Tingkat";
inline constexpr const char* kObjective = "Sasaran Strategis";
inline constexpr const char* kIndicator = "Indikator Kinerja";
inline constexpr const char* kUnit = "Satuan";
inline constexpr const char* kTarget = "Target";
inline constexpr const char* kActual = "Realisasi";
inline constexpr const char* kCapaian = "Capaian (%)";
inline constexpr const char* kScore = "Nilai (%)";
inline constexpr const char* kRating = "Predikat";
inline constexpr const char* kName = "Program/Kegiatan/Sub Kegiatan";
inline constexpr const char* kProgram = "Program";
inline constexpr const char* kPagu = "Pagu (Rp)";
inline constexpr const char* kSpending = "Realisasi (Rp)";
inline constexpr const char* kAbsorption = "Serapan (%)";
inline constexpr const char* kSilpa = "SILPA (Rp)";
inline constexpr const char* kShare = "Porsi Pagu (%)";
inline constexpr const char* kGapScore = "Efisiensi (%)";
inline constexpr const char* kGapRaw = "Efisiensi dari Capaian (%)";
inline constexpr const char* kLevelProgram = "Program";
inline constexpr const char* kLevelActivity = "Kegiatan";
inline constexpr const char* kLevelSubActivity = "Sub Kegiatan";
inline constexpr const char* kMeanKeyIndicators = "Rata-rata capaian IKU";
inline constexpr const char* kMeanProgramIndicators = "Rata-rata indikator program";
inline constexpr const char* kTotal = "Jumlah";

inline constexpr const char* kTitleKeyIndicators = "Pencapaian Indikator Kinerja Utama";
inline constexpr const char* kTitleMeasurement =
    "Pengukuran Kinerja Program, Kegiatan dan Sub Kegiatan";
inline constexpr const char* kTitleSpending =
    "Realisasi Anggaran Program, Kegiatan dan Sub Kegiatan";
inline constexpr const char* kTitlePerformanceByObjective =
    "Pencapaian Kinerja dan Anggaran per Sasaran Strategis";
inline constexpr const char* kTitlePerformanceByProgram =
    "Pencapaian Kinerja dan Anggaran per Program";
inline constexpr const char* kTitleEfficiencyByObjective =
    "Efisiensi Penggunaan Anggaran per Sasaran Strategis";
inline constexpr const char* kTitleEfficiencyByProgram =
    "Efisiensi Penggunaan Anggaran per Program";

// Why a figure cannot be computed, in words a reader of the report understands.
std::string explain(const Unavailable& why);

}  // namespace lkjip::labels
