#include "workbook_layout.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace lkjip::workbook {
namespace {

using K = CellKind;
using F = Field;

constexpr Choice kPolarity[] = {
    {"Semakin tinggi semakin baik", "Higher is better", "higher_is_better"},
    {"Semakin rendah semakin baik", "Lower is better", "lower_is_better"},
};
constexpr Choice kMethod[] = {
    {"T / R × 100", "T / R × 100", "target_over_actual"},
};
constexpr Choice kAggregate[] = {
    {"Jumlah", "Sum", "sum"},
    {"Rata-rata", "Mean", "mean"},
};
constexpr Choice kRenstraKind[] = {
    {"Tahun berjalan", "This year's actual", "level"},
    {"Kumulatif", "Cumulative", "cumulative"},
};
// The whole year, then its quarters and months: the report's period; an indicator's periods are
// the quarters and months only.
constexpr Choice kPeriod[] = {
    {"Satu tahun", "Whole year", "year"},
    {"Triwulan I", "Quarter 1", "q1"},
    {"Triwulan II", "Quarter 2", "q2"},
    {"Triwulan III", "Quarter 3", "q3"},
    {"Triwulan IV", "Quarter 4", "q4"},
    {"Januari", "January", "m1"},
    {"Februari", "February", "m2"},
    {"Maret", "March", "m3"},
    {"April", "April", "m4"},
    {"Mei", "May", "m5"},
    {"Juni", "June", "m6"},
    {"Juli", "July", "m7"},
    {"Agustus", "August", "m8"},
    {"September", "September", "m9"},
    {"Oktober", "October", "m10"},
    {"November", "November", "m11"},
    {"Desember", "December", "m12"},
};
constexpr std::span<const Choice> kPartOfYear{kPeriod + 1, std::size(kPeriod) - 1};
// Not stated ("none") is the empty cell.
constexpr Choice kPeriodRule[] = {
    {"Jumlah", "Sum", "sum"},        {"Periode terakhir", "Last period", "last"},
    {"Tertinggi", "Highest", "max"}, {"Terendah", "Lowest", "min"},
    {"Rata-rata", "Mean", "mean"},
};
// The revised is the default: the empty cell.
constexpr Choice kBasis[] = {
    {"Perubahan", "Revised", "revised"},
    {"Murni", "Original", "original"},
};
constexpr Choice kZeroRule[] = {
    {"Tidak dapat dihitung", "Not computable", "not_computable"},
    {"Keduanya nol = 100", "Both zero is 100", "both_zero_is_100"},
};

// ---- The report: one field per row -----------------------------------------------------------
constexpr Column kReportFields[] = {
    {"unit_name", F::kUnitName, "Nama unit kerja", "Unit name", K::kText, true, 0,
     "Contoh: Kecamatan Kesamben", "For example: Kecamatan Kesamben"},
    {"region", F::kRegion, "Wilayah", "Region", K::kText, true, 0, "Contoh: Kabupaten Jombang",
     "For example: Kabupaten Jombang"},
    {"year", F::kYear, "Tahun laporan", "Report year", K::kWhole, true},
    {"renstra_from", F::kRenstraFrom, "Renstra dari tahun", "Strategic plan from", K::kWhole, false,
     0, "Kosongkan keduanya bila laporan sebagian tanpa Renstra",
     "Leave both empty for a partial report without a strategic plan"},
    {"renstra_to", F::kRenstraTo, "Renstra sampai tahun", "Strategic plan to", K::kWhole, false},
    {"score_floor", F::kScoreFloor, "Nilai terendah", "Score floor", K::kDecimal, false, 0,
     "Kosongkan untuk 0: capaian di bawahnya dihitung 0", "Leave empty for 0"},
    {"score_cap", F::kScoreCap, "Nilai tertinggi", "Score cap", K::kDecimal, false, 0,
     "Kosongkan untuk 100: capaian di atasnya dihitung 100 (Bab III)", "Leave empty for 100"},
    {"sakip_total", F::kStatedTotal, "Nilai LHE SAKIP tertulis", "SAKIP total as stated",
     K::kDecimal, false, 0, "Total nilai evaluasi SAKIP seperti tertulis di LHE, untuk diperiksa",
     "The SAKIP evaluation total as the report states it, to be checked"},
    {"sakip_predicate", F::kStatedPredicate, "Predikat SAKIP tertulis", "SAKIP predicate as stated",
     K::kText, false, 0, "Contoh: BB", "For example: BB"},
    {"reporting_period", F::kReportingPeriod, "Periode laporan", "Reporting period", K::kChoice,
     false, 0,
     "Kosong: satu tahun. Angka indikator per triwulan atau bulan dihitung sampai akhir periode "
     "ini",
     "Empty: the whole year. Figures through the year are taken to the end of this period",
     kPeriod},
    {"zero_rule", F::kZeroRule, "Capaian bila target nol", "Capaian of a zero target", K::kChoice,
     false, 0,
     "Kosong: tidak dapat dihitung. Keduanya nol = 100: target 0 dengan realisasi 0 dihitung 100",
     "Empty: not computable. Both zero is 100: a target of 0 met by an actual of 0 is 100",
     kZeroRule},
    {"met_from", F::kMetFrom, "Tercapai mulai (%)", "Met from (%)", K::kDecimal, false, 0,
     "Klasifikasi capaian (Tabel 3.2): capaian dari angka ini tercapai; isi bersama Melampaui "
     "di atas, atau kosongkan keduanya untuk 100",
     "Classification (Tabel 3.2): a capaian from this one met its target; give it with Exceeded "
     "above, or leave both empty for 100"},
    {"exceeded_above", F::kExceededAbove, "Melampaui di atas (%)", "Exceeded above (%)",
     K::kDecimal, false, 0, "Capaian di atas angka ini melampaui target",
     "A capaian above this one exceeded its target"},
    {"pagu_basis", F::kPaguBasis, "Serapan dihitung atas pagu", "Absorption of the budget",
     K::kChoice, false, 0,
     "Kosong: pagu perubahan bila ada (Pagu (Rp)), pagu murni bila hanya itu yang diisi",
     "Empty: the revised budget when given (Budget (Rp)), the original when only it is given",
     kBasis},
    {"target_basis", F::kTargetBasis, "Capaian dihitung atas target", "Capaian of the target",
     K::kChoice, false, 0, "Kosong: target perubahan (Target); Murni: Target Murni bila diisi",
     "Empty: the revised target (Target); Original: Original target when given", kBasis},
};

// ---- Sheets of rows ----------------------------------------------------------------------------
constexpr Column kObjectives[] = {
    {"id", F::kId, "Kode", "Code", K::kId, true, 10, "Kode unik, dipakai di lembar lain: SS1",
     "A unique code, used in other sheets: SS1"},
    {"name", F::kName, "Sasaran Strategis", "Strategic objective", K::kText, true, 60},
    {"staff_needed", F::kStaffNeeded, "SDM Dibutuhkan (ABK)", "Staff needed", K::kWhole, false, 14},
    {"staff_available", F::kStaffAvailable, "SDM Tersedia", "Staff available", K::kWhole, false,
     14},
};

constexpr Column kPrograms[] = {
    {"id", F::kId, "Kode", "Code", K::kId, true, 10, "Kode unik: P1", "A unique code: P1"},
    {"objective", F::kObjective, "Kode Sasaran", "Objective code", K::kId, false, 12,
     "Kode sasaran strategis yang didukung (lembar Sasaran); kosong di laporan sebagian",
     "The code of the objective it serves (Objectives sheet); empty in a partial report"},
    {"name", F::kName, "Program", "Program", K::kText, true, 50},
    {"aim", F::kAim, "Hasil Program", "Aim", K::kText, false, 40},
    {"pagu", F::kPagu, "Pagu (Rp)", "Budget (Rp)", K::kRupiah, false, 18,
     "Pagu perubahan bila ada. Kosong: jumlah pagu kegiatannya (bila kegiatannya memuat pagu)",
     "The revised budget, if any. Empty: its activities' budgets added up, when they give them"},
    {"original_pagu", F::kOriginalPagu, "Pagu Murni (Rp)", "Original budget (Rp)", K::kRupiah,
     false, 18, "Pagu sebelum perubahan anggaran; kosongkan bila tidak ada perubahan",
     "The budget before the year's revision; empty when there was none"},
    {"spending", F::kSpending, "Realisasi (Rp)", "Spending (Rp)", K::kRupiah, false, 18,
     "Kosong: jumlah realisasi kegiatannya, atau tidak dilaporkan",
     "Empty: its activities' spending added up, or not reported"},
    {"staff_needed", F::kStaffNeeded, "SDM Dibutuhkan (ABK)", "Staff needed", K::kWhole, false, 14},
    {"staff_available", F::kStaffAvailable, "SDM Tersedia", "Staff available", K::kWhole, false,
     14},
};

constexpr Column kActivities[] = {
    {"id", F::kId, "Kode", "Code", K::kId, true, 12, "Kode unik: P1.K1", "A unique code: P1.K1"},
    {"program", F::kWhole, "Kode Program", "Program code", K::kId, true, 12},
    {"name", F::kName, "Kegiatan", "Activity", K::kText, true, 50},
    {"aim", F::kAim, "Hasil Kegiatan", "Aim", K::kText, false, 40},
    {"pagu", F::kPagu, "Pagu (Rp)", "Budget (Rp)", K::kRupiah, false, 18},
    {"original_pagu", F::kOriginalPagu, "Pagu Murni (Rp)", "Original budget (Rp)", K::kRupiah,
     false, 18},
    {"spending", F::kSpending, "Realisasi (Rp)", "Spending (Rp)", K::kRupiah, false, 18},
};

constexpr Column kSubActivities[] = {
    {"id", F::kId, "Kode", "Code", K::kId, true, 14, "Kode unik: P1.K1.S1",
     "A unique code: P1.K1.S1"},
    {"activity", F::kWhole, "Kode Kegiatan", "Activity code", K::kId, true, 12},
    {"name", F::kName, "Sub Kegiatan", "Sub-activity", K::kText, true, 50},
    {"aim", F::kAim, "Hasil Sub Kegiatan", "Aim", K::kText, false, 40},
    {"pagu", F::kPagu, "Pagu (Rp)", "Budget (Rp)", K::kRupiah, false, 18},
    {"original_pagu", F::kOriginalPagu, "Pagu Murni (Rp)", "Original budget (Rp)", K::kRupiah,
     false, 18},
    {"spending", F::kSpending, "Realisasi (Rp)", "Spending (Rp)", K::kRupiah, false, 18},
};

constexpr Column kIndicators[] = {
    {"id", F::kId, "Kode", "Code", K::kId, true, 12, "Kode unik indikator: IKU1, P1.I1",
     "A unique code: IKU1, P1.I1"},
    {"owner", F::kWhole, "Kode Induk", "Owner code", K::kId, true, 12,
     "Kode sasaran (indikator kinerja utama), program, kegiatan atau sub kegiatan pemilik "
     "indikator",
     "The code of the objective (a key indicator), program, activity or sub-activity"},
    {"name", F::kName, "Indikator Kinerja", "Indicator", K::kText, true, 50},
    {"unit", F::kUnit, "Satuan", "Unit", K::kText, true, 10},
    {"target", F::kTarget, "Target", "Target", K::kDecimal, false, 12,
     "Kosongkan bila tidak ada target; kosong bukan nol", "Empty when none; empty is not zero"},
    {"actual", F::kActual, "Realisasi", "Actual", K::kDecimal, false, 12,
     "Kosongkan bila tidak dilaporkan; kosong bukan nol", "Empty when not reported"},
    {"polarity", F::kPolarity, "Polaritas", "Polarity", K::kChoice, false, 26,
     "Kosong: semakin tinggi semakin baik", "Empty: higher is better", kPolarity},
    {"method", F::kMethod, "Rumus Khusus", "Special formula", K::kChoice, false, 14,
     "Hanya untuk indikator semakin rendah semakin baik; kosong: (2T − R) / T × 100",
     "Only for lower-is-better indicators; empty: (2T − R) / T × 100", kMethod},
    {"note", F::kNote, "Catatan", "Note", K::kText, false, 40},
    {"decimals", F::kDecimals, "Desimal", "Decimals", K::kWhole, false, 10,
     "Jumlah desimal target dan realisasi yang tercetak (0 sampai 6); kosong: seperti ditulis",
     "The decimals its target and actual are printed with (0 to 6); empty: as written"},
    {"period_rule", F::kPeriodRule, "Aturan Periode", "Period rule", K::kChoice, false, 18,
     "Untuk indikator dengan angka per triwulan atau bulan (lembar Periode): cara angka "
     "periode menjadi angka setahun",
     "For an indicator with figures per quarter or month (Periods sheet): how they make the "
     "year's figure",
     kPeriodRule},
    {"range_min", F::kRangeMin, "Target Minimal", "Target min", K::kDecimal, false, 12,
     "Target berupa rentang (80 sampai 90): isi Target Minimal dan Target Maksimal, Target "
     "kosong",
     "A target given as a range (80 to 90): give Target min and Target max, Target empty"},
    {"range_max", F::kRangeMax, "Target Maksimal", "Target max", K::kDecimal, false, 12},
    {"scale_name", F::kScaleName, "Nama Skala", "Scale name", K::kText, false, 18,
     "Indikator kualitatif: nama skalanya (Opini BPK); kategorinya di lembar Skala Kualitatif",
     "A qualitative indicator: its scale's name (Opini BPK); its categories on the Qualitative "
     "scales sheet"},
    {"target_category", F::kTargetCategory, "Target Kategori", "Target category", K::kText, false,
     14, "Indikator kualitatif: kategori target (WTP); Target kosong",
     "A qualitative indicator: the target's category (WTP); Target empty"},
    {"actual_category", F::kActualCategory, "Realisasi Kategori", "Actual category", K::kText,
     false, 14, "Indikator kualitatif: kategori realisasi; Realisasi kosong",
     "A qualitative indicator: the actual's category; Actual empty"},
    {"numerator", F::kNumerator, "Pembilang", "Numerator", K::kDecimal, false, 12,
     "Realisasi dihitung dari jumlah: Pembilang / Penyebut × Per (10 kematian / 5350 kelahiran "
     "× 100000); isi ketiganya, Realisasi kosong",
     "An actual computed from counts: Numerator / Denominator × Per; give all three, Actual "
     "empty"},
    {"denominator", F::kDenominator, "Penyebut", "Denominator", K::kDecimal, false, 12},
    {"per", F::kRatioPer, "Per", "Per", K::kDecimal, false, 10,
     "100 untuk persen, 100000 untuk per 100.000", "100 for a percentage, 100000 per 100,000"},
    {"original_target", F::kOriginalTarget, "Target Murni", "Original target", K::kDecimal, false,
     12, "Target sebelum perubahan Perjanjian Kinerja; Target berisi target perubahan",
     "The target before the agreement's revision; Target holds the revised one"},
    {"supports", F::kSupports, "Mendukung Indikator", "Supports indicator", K::kId, false, 14,
     "Pohon kinerja: kode indikator satu tingkat di atas yang didukung (sub kegiatan → "
     "kegiatan → program → indikator kinerja utama); kosong untuk indikator kinerja utama",
     "Performance tree: the code of the indicator one level up that this one supports "
     "(sub-activity → activity → program → key indicator); empty for a key indicator"},
};

constexpr Column kComponents[] = {
    {"indicator", F::kComponent, "Kode Indikator", "Indicator code", K::kId, true, 12},
    {"name", F::kComponentName, "Komponen", "Component", K::kText, true, 30},
    {"weight", F::kComponentWeight, "Bobot", "Weight", K::kDecimal, true, 10,
     "IKPP = 1,25 × IKM + 1 × IPP", "IKPP = 1.25 × IKM + 1 × IPP"},
    {"value", F::kComponentValue, "Nilai", "Value", K::kDecimal, false, 10},
};

constexpr Column kPeriods[] = {
    {"indicator", F::kPeriodEntry, "Kode Indikator", "Indicator code", K::kId, true, 12},
    {"period", F::kPeriodName, "Periode", "Period", K::kChoice, true, 16,
     "Triwulan (Triwulan I sampai IV) atau bulan (Januari sampai Desember), urut, tiap "
     "periode sekali",
     "A quarter (Quarter 1 to 4) or a month (January to December), in order, each once",
     kPartOfYear},
    {"target", F::kPeriodTarget, "Target", "Target", K::kDecimal, false, 12,
     "Kosongkan bila periode ini tidak punya target", "Empty when the period has no target"},
    {"actual", F::kPeriodActual, "Realisasi", "Actual", K::kDecimal, false, 12,
     "Kosongkan bila belum dilaporkan; kosong bukan nol", "Empty when not reported"},
};

constexpr Column kSpendingPeriods[] = {
    {"level", F::kSpendingPeriod, "Kode Program/Kegiatan/Sub Kegiatan",
     "Program/activity/sub-activity code", K::kId, true, 16},
    {"period", F::kSpendingPeriodName, "Periode", "Period", K::kChoice, true, 16,
     "Triwulan atau bulan, urut, tiap periode sekali", "A quarter or a month, in order, each once",
     kPartOfYear},
    {"spending", F::kPeriodSpending, "Realisasi (Rp)", "Spending (Rp)", K::kRupiah, false, 18,
     "Kosongkan bila belum dilaporkan; kosong bukan nol", "Empty when not reported"},
    {"plan", F::kPeriodPlan, "RAK (Rp)", "Cash plan (Rp)", K::kRupiah, false, 18,
     "Rencana anggaran kas periode ini; kosongkan bila tidak ada",
     "The cash plan (anggaran kas) of the period; empty when none"},
};

constexpr Column kCategories[] = {
    {"indicator", F::kCategory, "Kode Indikator", "Indicator code", K::kId, true, 12},
    {"name", F::kCategoryName, "Kategori", "Category", K::kText, true, 20,
     "Satu baris per kategori skala indikator kualitatif: WTP, WDP, TW, TMP",
     "A row per category of a qualitative indicator's scale: WTP, WDP, TW, TMP"},
    {"value", F::kCategoryValue, "Nilai", "Value", K::kDecimal, true, 10,
     "Angka kategori yang dipakai menghitung capaian (WTP 100, WDP 75)",
     "The number capaian is computed with (WTP 100, WDP 75)"},
};

constexpr Column kHistory[] = {
    {"indicator", F::kPastYear, "Kode Indikator", "Indicator code", K::kId, true, 12},
    {"year", F::kPastYearYear, "Tahun", "Year", K::kWhole, true, 8},
    {"target", F::kPastTarget, "Target", "Target", K::kDecimal, false, 12},
    {"actual", F::kPastActual, "Realisasi", "Actual", K::kDecimal, false, 12},
};

constexpr Column kRenstra[] = {
    {"indicator", F::kRenstra, "Kode Indikator", "Indicator code", K::kId, true, 12},
    {"end_target", F::kRenstraEndTarget, "Target Akhir Renstra", "End target", K::kDecimal, true,
     14},
    {"kind", F::kRenstraKind, "Jenis Capaian", "Kind of progress", K::kChoice, false, 18,
     "Kosong: realisasi tahun berjalan", "Empty: this year's actual", kRenstraKind},
};

constexpr Column kRenstraTargets[] = {
    {"indicator", F::kRenstraYearEntry, "Kode Indikator", "Indicator code", K::kId, true, 12,
     "Indikator yang target akhirnya di lembar Renstra",
     "An indicator whose end target is on the Strategic plan sheet"},
    {"year", F::kRenstraYear, "Tahun", "Year", K::kWhole, true, 8,
     "Tahun periode Renstra, urut, tiap tahun sekali",
     "A year of the plan period, in order, each once"},
    {"target", F::kRenstraYearTarget, "Target Renstra", "Plan target", K::kDecimal, true, 14},
};

constexpr Column kRegional[] = {
    {"indicator", F::kRegional, "Kode Indikator", "Indicator code", K::kId, true, 12},
    {"kabupaten", F::kKabupaten, "Kabupaten", "Kabupaten", K::kDecimal, false, 12},
    {"provinsi", F::kProvinsi, "Provinsi", "Province", K::kDecimal, false, 12},
    {"nasional", F::kNasional, "Nasional", "National", K::kDecimal, false, 12},
};

constexpr Column kFacilities[] = {
    {"name", F::kName, "Sarana dan Prasarana", "Facility", K::kText, true, 40},
    {"available", F::kAvailable, "Tersedia", "Available", K::kWhole, true, 12},
    {"needed", F::kNeeded, "Dibutuhkan", "Needed", K::kWhole, true, 12},
};

constexpr Column kSakip[] = {
    {"name", F::kName, "Komponen", "Component", K::kText, true, 30},
    {"weight", F::kWeight, "Bobot", "Weight", K::kDecimal, true, 10},
    {"score", F::kScore, "Nilai", "Score", K::kDecimal, true, 10},
};

constexpr Column kBands[] = {
    {"label", F::kWhole, "Predikat", "Label", K::kText, true, 26},
    {"min", F::kWhole, "Dari", "From", K::kDecimal, true, 10},
    {"max", F::kWhole, "Sampai", "To", K::kDecimal, true, 10},
    {"include_min", F::kWhole, "Termasuk Dari", "From included", K::kYesNo, false, 14,
     "Ya bila nilai tepat sama dengan batas bawah masuk pita ini",
     "Yes when the lower bound "
     "itself is in the band"},
    {"include_max", F::kWhole, "Termasuk Sampai", "To included", K::kYesNo, false, 14, "Kosong: ya",
     "Empty: yes"},
};

// A scale as the report prints it: a row per band, the bands of one scale on rows that follow
// one another with the same "Tercetak di" and "Menilai".
constexpr Choice kScaleOf[] = {
    {"Capaian", "Capaian", "capaian"},
};
constexpr Column kStatedScales[] = {
    {"where", F::kWhere, "Tercetak di", "Printed in", K::kText, true, 20,
     "Tempat skala dicetak (BAB III); pita satu skala di baris berurutan dengan tempat yang sama",
     "Where the report prints the scale; the bands of one scale on rows that follow one another "
     "with the same place"},
    {"of", F::kScaleOf, "Menilai", "Rates", K::kChoice, false, 12, "Kosong: capaian",
     "Empty: capaian", kScaleOf},
    {"label", F::kWhole, "Predikat", "Label", K::kText, true, 26},
    {"min", F::kWhole, "Dari", "From", K::kDecimal, true, 10},
    {"max", F::kWhole, "Sampai", "To", K::kDecimal, true, 10},
    {"include_min", F::kWhole, "Termasuk Dari", "From included", K::kYesNo, false, 14,
     "Ya bila nilai tepat sama dengan batas bawah masuk pita ini (\"0 s/d 50\"); "
     "kosong: tidak (\"> 0 s/d 50\")",
     "Yes when the lower bound itself is in the band; empty: no"},
    {"include_max", F::kWhole, "Termasuk Sampai", "To included", K::kYesNo, false, 14, "Kosong: ya",
     "Empty: yes"},
};

constexpr Column kPrinted[] = {
    {"figure", F::kFigure, "Angka", "Figure", K::kId, false, 36,
     "Nama angka: TABEL/BARIS/KOLOM, misalnya iku/AKIP/capaian (lkjip explain FILE --list); "
     "kosong untuk jumlah atau rata-rata yang tidak dihitung lkjip (Agregat, Dari Angka)",
     "The figure's name: TABLE/ROW/COLUMN, e.g. iku/AKIP/capaian; empty for a total or mean "
     "lkjip does not compute (Aggregate, Of figures)"},
    {"value", F::kPrintedValue, "Nilai Tercetak", "Printed value", K::kDecimal, true, 16,
     "Seperti tercetak: angka dengan jumlah desimalnya, atau teks laporan (95,30; "
     "Rp 2.696.606.251; 100%); predikat sebagai teks",
     "As printed: a number with its decimals, or the report's text (95,30; Rp 2.696.606.251; "
     "100%); a rating as text"},
    {"where", F::kWhere, "Tercetak di", "Printed in", K::kText, false, 24},
    {"capped", F::kCapped, "Dibatasi", "Capped", K::kYesNo, false, 10},
    {"note", F::kNote, "Catatan", "Note", K::kText, false, 40},
    {"decimals", F::kDecimals, "Desimal", "Decimals", K::kWhole, false, 10,
     "Jumlah desimal yang tercetak (0 sampai 6), bila nilai berupa angka tanpa format desimal; "
     "kosong: seperti ditulis",
     "The decimals it is printed with (0 to 6), where the value is a number without its decimals "
     "shown; empty: as written"},
    // Appended: no existing cell address moves.
    {"aggregate", F::kAggregate, "Agregat", "Aggregate", K::kChoice, false, 12,
     "Jumlah atau rata-rata angka lain yang tercetak (Dari Angka), bila lkjip tidak menghitungnya",
     "A sum or mean of other printed figures (Of figures), where lkjip does not compute it",
     kAggregate},
    {"of", F::kAggregateOf, "Dari Angka", "Of figures", K::kText, false, 40,
     "Nama angka bagiannya, dipisah koma; atau TABEL/*/KOLOM untuk setiap baris kolom itu",
     "The names of its parts, separated by commas; or TABLE/*/COLUMN for every row of the column"},
    {"label", F::kAggregateLabel, "Label", "Label", K::kText, false, 14,
     "Nama baris agregat di laporan, misalnya Jumlah", "The aggregate row's name, e.g. Jumlah"},
    // Words about the data instead of a figure (Angka empty): a name, a unit, a fact.
    {"name_of", F::kNameOf, "Nama Dari", "Name of", K::kId, false, 14,
     "Kode sasaran, program, kegiatan, sub kegiatan, indikator atau sarpras yang namanya "
     "tercetak di Nilai Tercetak (Angka kosong)",
     "The code of the objective, program, activity, sub-activity, indicator or facility whose "
     "name is the printed value (Figure empty)"},
    {"unit_of", F::kUnitOf, "Satuan Dari", "Unit of", K::kId, false, 14,
     "Kode indikator yang satuannya tercetak di Nilai Tercetak (Angka kosong)",
     "The code of the indicator whose unit is the printed value (Figure empty)"},
    {"fact", F::kFact, "Fakta", "Fact", K::kText, false, 20,
     "Fakta yang dinyatakan di beberapa tempat (tanggal LHE, periode Renstra); Nilai Tercetak "
     "ditulis seperti tercetak, sebagai teks",
     "A fact stated in several places (the LHE's date, the Renstra period); the printed value "
     "as printed, as text"},
};

// A claim's kind, group, class and Renstra target. Not stated ("none", "any", "end") is the
// empty cell.
constexpr Choice kClaimKind[] = {
    {"Semua mencapai target", "All met", "all-met"},
    {"Semua melampaui target", "All exceeded", "all-exceeded"},
    {"Tidak satu pun mencapai target", "None met", "none-met"},
    {"Jumlah", "Count", "count"},
    {"Perubahan", "Change", "change"},
    {"Sama dengan", "Equals", "equals"},
    {"Di atas", "Above", "above"},
    {"Di bawah", "Below", "below"},
    {"Mencapai target Renstra", "Reached the Renstra target", "reached"},
    {"Klasifikasi", "Classified", "classified"},
};
constexpr Choice kClaimGroup[] = {
    {"Indikator kinerja utama", "Key indicators", "key"},
    {"Indikator program", "Program indicators", "program"},
    {"Indikator kegiatan", "Activity indicators", "activity"},
    {"Indikator sub kegiatan", "Sub-activity indicators", "sub-activity"},
    {"Semua indikator", "All indicators", "indicators"},
    {"Semua sasaran strategis", "All strategic objectives", "objectives"},
    {"Semua program", "All programs", "programs"},
    {"Semua kegiatan", "All activities", "activities"},
    {"Semua sub kegiatan", "All sub-activities", "sub-activities"},
};
constexpr Choice kClaimStatus[] = {
    {"Melampaui target", "Exceeded", "exceeded"},
    {"Sesuai target", "Met", "met"},
    {"Tidak mencapai target", "Not met", "not-met"},
    {"Mencapai target", "Reached", "reached"},
};
constexpr Choice kClaimAgainst[] = {
    {"Target tahun ini", "This year's target", "year"},
};

constexpr Column kClaims[] = {
    {"kind", F::kClaimKind, "Jenis Klaim", "Kind", K::kChoice, true, 26, {}, {}, kClaimKind},
    {"figure", F::kFigure, "Angka", "Figure", K::kText, false, 36,
     "Nama angka: TABEL/BARIS/KOLOM (lkjip explain FILE --list)",
     "The figure's name: TABLE/ROW/COLUMN"},
    {"other", F::kClaimOther, "Angka Pembanding", "Other figure", K::kText, false, 36,
     "Angka yang dibandingkan (sama dengan, di atas, di bawah) atau tujuan perubahan",
     "The figure compared with, or the one a change goes to"},
    {"indicators", F::kClaimIndicators, "Indikator", "Indicators", K::kText, false, 24,
     "Kode indikator, dipisah koma: AKIP, IKPP", "Indicator ids, separated by commas"},
    {"group", F::kClaimGroup, "Kelompok", "Group", K::kChoice, false, 24, {}, {}, kClaimGroup},
    {"status", F::kClaimStatus, "Kelas", "Class", K::kChoice, false, 20,
     "Jumlah indikator dengan kelas ini (Tabel 3.2); kosong: semua",
     "A count of indicators of this class; empty: all", kClaimStatus},
    {"against", F::kClaimAgainst, "Target Renstra", "Renstra target", K::kChoice, false, 18,
     "Kosong: target akhir", "Empty: the end target", kClaimAgainst},
    {"value", F::kClaimValue, "Nilai Klaim", "Claimed value", K::kDecimal, false, 16,
     "Angka yang diklaim, atau teks: up, down, unchanged; exceeded, met, not-met, reached; "
     "predikat",
     "The claimed number, or a text: up, down, unchanged; exceeded, met, not-met, reached; a "
     "predicate"},
    {"where", F::kWhere, "Tercetak di", "Printed in", K::kText, false, 24},
    {"quote", F::kQuote, "Kutipan", "Quote", K::kText, false, 60},
};

constexpr Sheet kSheets[] = {
    {"report", "Laporan", "Report",
     "Unit kerja, tahun, periode Renstra, periode laporan dan pengaturan nilai",
     "Unit, year, strategic plan period, reporting period and score settings", kReportFields, true},
    {"objectives", "Sasaran", "Objectives", "Sasaran strategis dan SDM-nya",
     "Strategic objectives and their staff", kObjectives},
    {"programs", "Program", "Programs", "Program: sasaran yang didukung, pagu, realisasi, SDM",
     "Programs: the objective served, budget, spending, staff", kPrograms},
    {"activities", "Kegiatan", "Activities", "Kegiatan tiap program", "Each program's activities",
     kActivities},
    {"sub_activities", "Sub Kegiatan", "Sub-activities", "Sub kegiatan tiap kegiatan",
     "Each activity's sub-activities", kSubActivities},
    {"indicators", "Indikator", "Indicators",
     "Indikator kinerja utama (milik sasaran) dan indikator program, kegiatan, sub kegiatan",
     "Key indicators (of objectives) and indicators of programs, activities, sub-activities",
     kIndicators},
    {"components", "Komponen Indeks", "Index components",
     "Komponen indeks komposit (IKPP = 1,25 × IKM + IPP)", "Components of composite indices",
     kComponents},
    {"periods", "Periode", "Periods",
     "Target dan realisasi indikator per triwulan atau bulan; Aturan Periode di lembar Indikator",
     "Indicators' targets and actuals per quarter or month; the period rule on the Indicators "
     "sheet",
     kPeriods},
    {"spending_periods", "Anggaran Periode", "Spending periods",
     "Realisasi anggaran program, kegiatan dan sub kegiatan per triwulan atau bulan",
     "Spending of programs, activities and sub-activities per quarter or month", kSpendingPeriods},
    {"categories", "Skala Kualitatif", "Qualitative scales",
     "Kategori skala indikator kualitatif (Opini BPK: WTP, WDP ...) dan nilainya",
     "The categories of qualitative indicators' scales (WTP, WDP ...) and their values",
     kCategories},
    {"history", "Tahun Lalu", "Past years",
     "Target dan realisasi tahun-tahun sebelumnya (Tabel 3.4)",
     "Earlier years' targets and actuals", kHistory},
    {"renstra", "Renstra", "Strategic plan", "Target akhir Renstra (Tabel 3.6, 3.7)",
     "Strategic plan end targets", kRenstra},
    {"renstra_targets", "Target Renstra", "Plan targets",
     "Target Renstra tiap tahun periode (target akhir di lembar Renstra)",
     "The strategic plan's target of each year (the end target on the Strategic plan sheet)",
     kRenstraTargets},
    {"regional", "Pembanding", "Comparison",
     "Angka kabupaten, provinsi dan nasional (Tabel 3.8, 3.9)",
     "Kabupaten, province and national figures", kRegional},
    {"facilities", "Sarpras", "Facilities", "Sarana dan prasarana (Tabel 3.18)",
     "Facilities and equipment", kFacilities},
    {"sakip", "SAKIP", "SAKIP", "Komponen evaluasi SAKIP (LHE)", "SAKIP evaluation components",
     kSakip},
    {"rating_scale", "Skala Nilai", "Rating scale",
     "Skala predikat capaian; kosongkan untuk skala bawaan Bab III",
     "The rating scale; leave empty for the default", kBands},
    {"predicate_scale", "Skala SAKIP", "SAKIP scale",
     "Skala predikat SAKIP; kosongkan untuk PermenPANRB 88/2021",
     "The SAKIP predicate scale; leave empty for PermenPANRB 88/2021", kBands},
    {"stated_scales", "Skala Tercetak", "Stated scales",
     "Skala predikat seperti tercetak di laporan (BAB III), untuk lkjip check",
     "Rating scales as the report prints them, for lkjip check", kStatedScales},
    {"printed", "Tercetak", "Printed",
     "Angka, nama, satuan dan fakta seperti tercetak di laporan, untuk lkjip check",
     "Figures, names, units and facts as the report prints them, for lkjip check", kPrinted},
    {"claims", "Klaim", "Claims", "Klaim kalimat laporan tentang angkanya, untuk lkjip check",
     "Claims the report's text makes about its figures, for lkjip check", kClaims},
};

constexpr std::string_view kGuideIndonesian[] = {
    "Cara mengisi buku kerja ini",
    "",
    "1. Isi lembar Laporan: nama unit kerja, wilayah, tahun dan periode Renstra.",
    "2. Isi Sasaran, lalu Program, Kegiatan dan Sub Kegiatan. Tiap baris punya Kode yang unik "
    "(SS1, P1, P1.K1, P1.K1.S1); baris lain merujuk ke baris itu dengan kodenya.",
    "3. Isi Indikator: Kode Induk adalah kode sasaran (indikator kinerja utama), program, "
    "kegiatan atau sub kegiatan pemiliknya.",
    "4. Indikator yang bukan satu angka lawan satu angka, di kolom kanan lembar Indikator: "
    "angka per triwulan atau bulan (Aturan Periode; angkanya di lembar Periode), target berupa "
    "rentang (Target Minimal dan Target Maksimal), indikator kualitatif (Nama Skala, Target "
    "Kategori, Realisasi Kategori; kategorinya di lembar Skala Kualitatif), realisasi dari "
    "jumlah (Pembilang, Penyebut, Per).",
    "5. Angka ditulis sebagai angka, dengan koma desimal bila Excel berbahasa Indonesia (73,75). "
    "Rupiah tanpa sen. Sel kosong berarti tidak dilaporkan, bukan nol.",
    "6. Jumlah desimal yang tampak adalah jumlah desimal yang tercetak di laporan: atur "
    "dengan tombol tambah/kurang desimal.",
    "7. Lembar lain boleh kosong: tabelnya tidak dicetak. Lembar Tercetak, Klaim dan Skala "
    "Tercetak hanya untuk lkjip check: salin angka, nama, kalimat dan skala seperti tercetak di "
    "laporan, lalu lkjip membandingkannya dengan yang dihitung.",
    "8. Jalankan: lkjip compute BUKU.xlsx (semua tabel), lkjip check BUKU.xlsx (angka yang "
    "salah), lkjip explain BUKU.xlsx iku/KODE/capaian (cara menghitung).",
    "",
    "Kesalahan dilaporkan sekaligus, masing-masing dengan lembar dan selnya: BUKU.xlsx:Program!E7.",
};

constexpr std::string_view kGuideEnglish[] = {
    "How to fill this workbook",
    "",
    "1. Fill the Report sheet: the unit's name, region, year and strategic plan period.",
    "2. Fill Objectives, then Programs, Activities and Sub-activities. Each row has a unique "
    "Code (SS1, P1, P1.K1, P1.K1.S1); other rows refer to it by that code.",
    "3. Fill Indicators: the Owner code is the code of the objective (a key indicator), "
    "program, activity or sub-activity it belongs to.",
    "4. Indicators that are not one number against one number, in the right-hand columns of "
    "Indicators: figures per quarter or month (Period rule; the figures on the Periods sheet), a "
    "target given as a range (Target min and Target max), a qualitative indicator (Scale name, "
    "Target category, Actual category; the categories on the Qualitative scales sheet), an actual "
    "computed from counts (Numerator, Denominator, Per).",
    "5. Numbers as numbers. Rupiah without cents. An empty cell means not reported, not zero.",
    "6. The decimals a cell shows are the decimals the report prints.",
    "7. Other sheets may stay empty: their tables are not printed. The Printed, Claims and "
    "Stated scales sheets serve lkjip check only: copy the figures, names, sentences and scales "
    "as the report prints them, and lkjip compares them with what it computes.",
    "8. Run: lkjip compute BOOK.xlsx, lkjip check BOOK.xlsx, lkjip explain BOOK.xlsx "
    "iku/CODE/capaian.",
    "",
    "Mistakes are reported all at once, each with its sheet and cell: BOOK.xlsx:Programs!E7.",
};

}  // namespace

std::span<const Sheet> sheets() {
  return kSheets;
}

const Sheet& sheet(std::string_view key) {
  const auto found = std::find_if(std::begin(kSheets), std::end(kSheets),
                                  [&](const Sheet& each) { return each.key == key; });
  if (found == std::end(kSheets)) throw std::logic_error("no sheet " + std::string(key));
  return *found;
}

std::string_view text(const Sheet& sheet, Language language) {
  return language == Language::kEnglish ? sheet.english : sheet.indonesian;
}

std::string_view heading(const Column& column, Language language) {
  return language == Language::kEnglish ? column.english : column.indonesian;
}

std::string_view help(const Column& column, Language language) {
  return language == Language::kEnglish ? column.help_english : column.help_indonesian;
}

std::string_view label(const Choice& choice, Language language) {
  return language == Language::kEnglish ? choice.english : choice.indonesian;
}

std::string_view field_heading(FieldColumn column, Language language) {
  const bool english = language == Language::kEnglish;
  switch (column) {
    case FieldColumn::kLabel:
      return english ? "Field" : "Isian";
    case FieldColumn::kValue:
      return english ? "Value" : "Nilai";
    case FieldColumn::kNote:
      return english ? "Note" : "Keterangan";
  }
  return {};
}

std::string_view yes_no_label(bool yes, Language language) {
  if (language == Language::kEnglish) return yes ? "Yes" : "No";
  return yes ? "Ya" : "Tidak";
}

std::string_view guide_sheet_name(Language language) {
  return language == Language::kEnglish ? "Guide" : "Petunjuk";
}

std::vector<std::string_view> guide_lines(Language language) {
  if (language == Language::kEnglish) {
    return {std::begin(kGuideEnglish), std::end(kGuideEnglish)};
  }
  return {std::begin(kGuideIndonesian), std::end(kGuideIndonesian)};
}

std::span<const Choice> polarity_choices() {
  return kPolarity;
}
std::span<const Choice> method_choices() {
  return kMethod;
}
std::span<const Choice> renstra_kind_choices() {
  return kRenstraKind;
}
std::span<const Choice> period_choices() {
  return kPeriod;
}

}  // namespace lkjip::workbook
