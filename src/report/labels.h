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

inline constexpr const char* kRegionalActual = "Realisasi";
inline constexpr const char* kKabupaten = "Kabupaten";
inline constexpr const char* kProvinsi = "Provinsi";
inline constexpr const char* kNasional = "Nasional";
inline constexpr const char* kToKabupaten = "Selisih Kabupaten";
inline constexpr const char* kToProvinsi = "Selisih Provinsi";
inline constexpr const char* kToNasional = "Selisih Nasional";
inline constexpr const char* kEndTarget = "Target Akhir Renstra";
inline constexpr const char* kProgress = "Tingkat Kemajuan (%)";
inline constexpr const char* kMeanProgress = "Rata-rata tingkat kemajuan";
inline constexpr const char* kStaffNeeded = "Kebutuhan SDM (ABK)";
inline constexpr const char* kStaffAvailable = "Ketersediaan SDM";
inline constexpr const char* kStaffShare = "Ketersediaan SDM (%)";
inline constexpr const char* kResourceGap = "Efisiensi (%)";
inline constexpr const char* kItem = "Uraian";
inline constexpr const char* kItemAvailable = "Tersedia";
inline constexpr const char* kItemNeeded = "Kebutuhan";
inline constexpr const char* kItemShare = "Ketersediaan (%)";
inline constexpr const char* kFacilitiesShare = "Ketersediaan Sarpras (%)";
inline constexpr const char* kComponent = "Komponen";
inline constexpr const char* kWeight = "Bobot";
inline constexpr const char* kComponentScore = "Nilai";
inline constexpr const char* kComponentPercent = "Capaian Bobot (%)";
inline constexpr const char* kAgreement = "Kesesuaian";
inline constexpr const char* kAgrees = "sesuai";
inline constexpr const char* kDisagrees = "tidak sesuai";
inline constexpr const char* kStatedTotal = "Total tertulis di laporan";
inline constexpr const char* kStatedPredicate = "Predikat tertulis di laporan";
inline constexpr const char* kKeyIndicatorsRow = "Rata-rata IKU";
inline constexpr const char* kAllocationPagu = "Anggaran (Rp)";
inline constexpr const char* kAllocationShare = "Porsi Anggaran (%)";

inline constexpr const char* kTitleTrend = "Perbandingan Realisasi Kinerja dengan Tahun Sebelumnya";
inline constexpr const char* kTitleKeyProgress =
    "Perbandingan Realisasi IKU dengan Target Akhir Renstra";
inline constexpr const char* kTitleProgramProgress =
    "Perbandingan Realisasi Indikator Program dengan Target Akhir Renstra";
inline constexpr const char* kTitleRegional =
    "Perbandingan Realisasi dengan Kabupaten, Provinsi dan Nasional";
inline constexpr const char* kTitleAllocation = "Alokasi Anggaran per Sasaran Strategis";
inline constexpr const char* kTitleStaffByObjective =
    "Efisiensi Penggunaan Sumber Daya Manusia per Sasaran Strategis";
inline constexpr const char* kTitleStaffByProgram =
    "Efisiensi Penggunaan Sumber Daya Manusia per Program";
inline constexpr const char* kTitleFacilities = "Ketersediaan Sarana dan Prasarana";
inline constexpr const char* kTitleFacilitiesEfficiency = "Efisiensi Sarana dan Prasarana";
inline constexpr const char* kTitleSakip = "Komponen Hasil Evaluasi SAKIP";

// A formula in words and symbols, and what a term is to it: for explanations and findings.
const char* formula_text(Formula formula);
const char* role_text(Role role);

// Why a figure cannot be computed, in words a reader of the report understands.
std::string explain(const Unavailable& why);

}  // namespace lkjip::labels
