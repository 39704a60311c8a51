#include "lkjip/labels.h"

#include <utility>
#include <vector>

#include "lkjip/formulas.h"

namespace lkjip {
namespace {

std::string explain_indonesian(const Unavailable& why) {
  switch (why.reason) {
    case Reason::kTargetMissing:
      return "target tidak dilaporkan";
    case Reason::kActualMissing:
      return "realisasi tidak dilaporkan";
    case Reason::kTargetZero:
      return "target nol, capaian tidak terdefinisi menurut aturan nol laporan "
             "(settings.zero_rule)";
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
    case Reason::kOutsidePeriod:
      return "tahun " + why.subject + " di luar periode Renstra, tidak dapat dijumlahkan";
    case Reason::kOverflow:
      return "jumlah melebihi batas yang didukung (9.223.372.036.854.775.807 rupiah)";
    case Reason::kPeriodMissing:
      return "periode " + why.subject + " tidak dilaporkan, jumlah kumulatif tidak dapat dibuat";
    case Reason::kNoPeriodReported:
      return "belum ada periode yang dilaporkan s.d. periode laporan";
    case Reason::kDenominatorZero:
      return "penyebut rasio nol";
    case Reason::kPlanMissing:
      return "rencana anggaran kas (RAK) tidak diberikan";
    case Reason::kPlanZero:
      return "rencana anggaran kas (RAK) nol, serapan atasnya tidak terdefinisi";
    case Reason::kNoRenstraYearTarget:
      return "Renstra tidak memberi target tahun " + why.subject;
    case Reason::kNoRenstraPeriod:
      return "laporan tidak memberi periode Renstra (renstra_period)";
  }
  return "tidak dapat dihitung";
}

std::string explain_english(const Unavailable& why) {
  switch (why.reason) {
    case Reason::kTargetMissing:
      return "target not reported";
    case Reason::kActualMissing:
      return "actual not reported";
    case Reason::kTargetZero:
      return "target is zero, achievement undefined under the report's zero rule "
             "(settings.zero_rule)";
    case Reason::kActualZero:
      return "actual is zero, T/R achievement undefined";
    case Reason::kTargetNegative:
      return "negative target, the achievement formulas do not apply";
    case Reason::kActualNegative:
      return "negative actual, T/R achievement does not apply";
    case Reason::kPaguMissing:
      return "no budget ceiling given";
    case Reason::kPaguZero:
      return "budget ceiling is zero, absorption undefined";
    case Reason::kSpendingMissing:
      return "spending not reported";
    case Reason::kNoIndicators:
      return "no indicators";
    case Reason::kNoPrograms:
      return "no program supports it";
    case Reason::kPartNotComputable:
      return "depends on " + why.subject + ", which cannot be computed";
    case Reason::kNoData:
      return "no data";
    case Reason::kYearMissing:
      return "no actual for " + why.subject;
    case Reason::kNeedZero:
      return "need is zero, availability undefined";
    case Reason::kWeightZero:
      return "weight is zero";
    case Reason::kComponentMissing:
      return "no value for component " + why.subject;
    case Reason::kOutsidePeriod:
      return "year " + why.subject + " is outside the strategic plan period, cannot be summed";
    case Reason::kOverflow:
      return "sum beyond the largest supported amount (9,223,372,036,854,775,807 rupiah)";
    case Reason::kPeriodMissing:
      return "period " + why.subject + " not reported, the cumulative sum cannot be made";
    case Reason::kNoPeriodReported:
      return "no period reported up to the report's period";
    case Reason::kDenominatorZero:
      return "the ratio's denominator is zero";
    case Reason::kPlanMissing:
      return "no cash plan (RAK) given";
    case Reason::kPlanZero:
      return "the cash plan (RAK) is zero, absorption of it undefined";
    case Reason::kNoRenstraYearTarget:
      return "the strategic plan gives no target for " + why.subject;
    case Reason::kNoRenstraPeriod:
      return "the report gives no strategic plan period (renstra_period)";
  }
  return "not computable";
}

const Labels kIndonesian{
    .language = Language::kIndonesian,
    .decimal_mark = ',',
    .group_separator = '.',
    .no = "No",
    .code = "Kode",
    .level = "Tingkat",
    .objective = "Sasaran Strategis",
    .indicator = "Indikator Kinerja",
    .unit = "Satuan",
    .target = "Target",
    .actual = "Realisasi",
    .capaian = "Capaian (%)",
    .score = "Nilai (%)",
    .rating = "Predikat",
    .name = "Program/Kegiatan/Sub Kegiatan",
    .program = "Program",
    .pagu = "Pagu (Rp)",
    .spending = "Realisasi (Rp)",
    .absorption = "Serapan (%)",
    .silpa = "SILPA (Rp)",
    .share = "Porsi Pagu (%)",
    .gap_score = "Efisiensi (%)",
    .gap_raw = "Efisiensi dari Capaian (%)",
    .level_program = "Program",
    .level_activity = "Kegiatan",
    .level_sub_activity = "Sub Kegiatan",
    .mean_key_indicators = "Rata-rata capaian IKU",
    .mean_program_indicators = "Rata-rata indikator program",
    .total = "Jumlah",
    .title_key_indicators = "Pencapaian Indikator Kinerja Utama",
    .title_measurement = "Pengukuran Kinerja Program, Kegiatan dan Sub Kegiatan",
    .title_spending = "Realisasi Anggaran Program, Kegiatan dan Sub Kegiatan",
    .title_performance_by_objective = "Pencapaian Kinerja dan Anggaran per Sasaran Strategis",
    .title_performance_by_program = "Pencapaian Kinerja dan Anggaran per Program",
    .title_efficiency_by_objective = "Efisiensi Penggunaan Anggaran per Sasaran Strategis",
    .title_efficiency_by_program = "Efisiensi Penggunaan Anggaran per Program",
    .regional_actual = "Realisasi",
    .kabupaten = "Kabupaten",
    .provinsi = "Provinsi",
    .nasional = "Nasional",
    .to_kabupaten = "Selisih Kabupaten",
    .to_provinsi = "Selisih Provinsi",
    .to_nasional = "Selisih Nasional",
    .end_target = "Target Akhir Renstra",
    .progress = "Tingkat Kemajuan (%)",
    .mean_progress = "Rata-rata tingkat kemajuan",
    .staff_needed = "Kebutuhan SDM (ABK)",
    .staff_available = "Ketersediaan SDM",
    .staff_share = "Ketersediaan SDM (%)",
    .resource_gap = "Efisiensi (%)",
    .item = "Uraian",
    .item_available = "Tersedia",
    .item_needed = "Kebutuhan",
    .item_share = "Ketersediaan (%)",
    .item_counted = "Dihitung (maks. kebutuhan)",
    .facilities_share = "Ketersediaan Sarpras (%)",
    .component = "Komponen",
    .weight = "Bobot",
    .component_score = "Nilai",
    .component_percent = "Capaian Bobot (%)",
    .agreement = "Kesesuaian",
    .agrees = "sesuai",
    .disagrees = "tidak sesuai",
    .stated_total = "Total tertulis di laporan",
    .stated_predicate = "Predikat tertulis di laporan",
    .key_indicators_row = "Rata-rata IKU",
    .allocation_pagu = "Anggaran (Rp)",
    .allocation_share = "Porsi Anggaran (%)",
    .title_trend = "Perbandingan Realisasi Kinerja dengan Tahun Sebelumnya",
    .title_key_progress = "Perbandingan Realisasi IKU dengan Target Akhir Renstra",
    .title_program_progress =
        "Perbandingan Realisasi Indikator Program dengan Target Akhir Renstra",
    .title_regional = "Perbandingan Realisasi dengan Kabupaten, Provinsi dan Nasional",
    .title_allocation = "Alokasi Anggaran per Sasaran Strategis",
    .title_staff_by_objective = "Efisiensi Penggunaan Sumber Daya Manusia per Sasaran Strategis",
    .title_staff_by_program = "Efisiensi Penggunaan Sumber Daya Manusia per Program",
    .title_facilities = "Ketersediaan Sarana dan Prasarana",
    .title_facilities_efficiency = "Efisiensi Sarana dan Prasarana",
    .title_sakip = "Komponen Hasil Evaluasi SAKIP",
    .out_of_scale = "di luar skala predikat",
    .year = "Tahun",
    .unavailable_mark = "t.d.",
    .unavailable_note = "tidak dapat dihitung",
    .chart_capaian = "Capaian (%) terhadap target 100 %",
    .chart_absorption = "Serapan anggaran per program (%)",
    .chart_efficiency = "Efisiensi anggaran per sasaran strategis (%)",
    .title_rollup = "Rekapitulasi Kinerja dan Anggaran Perangkat Daerah",
    .title_years = "Realisasi dan Capaian Indikator per Tahun",
    .title_unit_years = "Kinerja dan Serapan Anggaran per Tahun",
    .rank = "Peringkat",
    .unit_name = "Perangkat Daerah",
    .region = "Wilayah",
    .rollup_heading = "Rekapitulasi LKjIP",
    .mean_of_units = "Jumlah / rata-rata perangkat daerah",
    .title_periods = "Capaian per Periode dan s.d. Periode",
    .period = "Periode",
    .target_to_date = "Target s.d. Periode",
    .actual_to_date = "Realisasi s.d. Periode",
    .capaian_to_date = "Capaian s.d. Periode (%)",
    .quarter = "Triwulan",
    .months = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
               "September", "Oktober", "November", "Desember"},
    .title_spending_periods = "Realisasi Anggaran per Periode dan s.d. Periode",
    .spending_to_date = "Realisasi s.d. Periode (Rp)",
    .absorption_to_date = "Serapan s.d. Periode (%)",
    .title_capaian_history = "Capaian Tahun-Tahun Sebelumnya dan Tahun Ini",
    .actual_change = "Perubahan Realisasi",
    .capaian_change = "Perubahan Capaian (poin, seperti tercetak)",
    .title_classification = "Pencapaian Kinerja Indikator terhadap Target",
    .group = "Indikator",
    .group_key = "Indikator Kinerja Utama",
    .group_program = "Indikator Program",
    .category = "Kategori",
    .classes = {"Melampaui target", "Sesuai target", "Tidak mencapai target",
                "Tidak dapat dihitung"},
    .count = "Jumlah",
    .indicators = "Indikator",
    .title_budget_revision = "Pagu Murni dan Pagu Perubahan",
    .original_pagu = "Pagu Murni (Rp)",
    .revised_pagu = "Pagu Perubahan (Rp)",
    .absorption_original = "Serapan thd Pagu Murni (%)",
    .absorption_revised = "Serapan thd Pagu Perubahan (%)",
    .title_target_revision = "Target Murni dan Target Perubahan",
    .original_target = "Target Murni",
    .revised_target = "Target Perubahan",
    .capaian_original = "Capaian thd Target Murni (%)",
    .capaian_revised = "Capaian thd Target Perubahan (%)",
    .title_cash_plan = "Realisasi Anggaran terhadap Rencana Anggaran Kas (RAK)",
    .plan = "RAK (Rp)",
    .of_plan = "Serapan thd RAK (%)",
    .plan_to_date = "RAK s.d. Periode (Rp)",
    .of_plan_to_date = "Serapan thd RAK s.d. Periode (%)",
    .deviation_to_date = "Deviasi s.d. Periode (Rp)",
    .title_renstra_years = "Target Renstra per Tahun",
    .agreement_target = "Target PK",
    .renstra_target = "Target Renstra",
    .capaian_renstra = "Capaian thd Target Renstra Tahun Ini (%)",
    .title_tree = "Pohon Kinerja",
    .parent_code = "Kode Induk",
    .level_objective = "Sasaran",
    .level_key = "IKU",
    .tree_name = "Sasaran / Indikator Kinerja",
    .mixed_years =
        "berkas dari {0} tahun berbeda dalam satu rekapitulasi, perangkat daerah dari "
        "tahun yang berbeda diperingkat bersama: {1}",
    .and_more = "dan {} lainnya",
};

const Labels kEnglish{
    .language = Language::kEnglish,
    .decimal_mark = '.',
    .group_separator = ',',
    .no = "No",
    .code = "Code",
    .level = "Level",
    .objective = "Strategic objective",
    .indicator = "Performance indicator",
    .unit = "Unit",
    .target = "Target",
    .actual = "Actual",
    .capaian = "Achievement (%)",
    .score = "Score (%)",
    .rating = "Rating",
    .name = "Program/Activity/Sub-activity",
    .program = "Program",
    .pagu = "Budget ceiling (Rp)",
    .spending = "Spending (Rp)",
    .absorption = "Absorption (%)",
    .silpa = "Unspent (Rp)",
    .share = "Budget share (%)",
    .gap_score = "Efficiency (%)",
    .gap_raw = "Efficiency from achievement (%)",
    .level_program = "Program",
    .level_activity = "Activity",
    .level_sub_activity = "Sub-activity",
    .mean_key_indicators = "Mean achievement of key indicators",
    .mean_program_indicators = "Mean of program indicators",
    .total = "Total",
    .title_key_indicators = "Key performance indicators",
    .title_measurement = "Performance of programs, activities and sub-activities",
    .title_spending = "Spending of programs, activities and sub-activities",
    .title_performance_by_objective = "Performance and budget per strategic objective",
    .title_performance_by_program = "Performance and budget per program",
    .title_efficiency_by_objective = "Budget efficiency per strategic objective",
    .title_efficiency_by_program = "Budget efficiency per program",
    .regional_actual = "Actual",
    .kabupaten = "Regency",
    .provinsi = "Province",
    .nasional = "National",
    .to_kabupaten = "Difference to regency",
    .to_provinsi = "Difference to province",
    .to_nasional = "Difference to national",
    .end_target = "Strategic plan end target",
    .progress = "Progress (%)",
    .mean_progress = "Mean progress",
    .staff_needed = "Staff needed (ABK)",
    .staff_available = "Staff available",
    .staff_share = "Staff availability (%)",
    .resource_gap = "Efficiency (%)",
    .item = "Item",
    .item_available = "Available",
    .item_needed = "Needed",
    .item_share = "Availability (%)",
    .item_counted = "Counted (at most the need)",
    .facilities_share = "Facility availability (%)",
    .component = "Component",
    .weight = "Weight",
    .component_score = "Score",
    .component_percent = "Share of weight (%)",
    .agreement = "Agreement",
    .agrees = "agrees",
    .disagrees = "disagrees",
    .stated_total = "Total stated in the report",
    .stated_predicate = "Predicate stated in the report",
    .key_indicators_row = "Mean of key indicators",
    .allocation_pagu = "Budget (Rp)",
    .allocation_share = "Budget share (%)",
    .title_trend = "Actuals compared with previous years",
    .title_key_progress = "Key indicators against the strategic plan end target",
    .title_program_progress = "Program indicators against the strategic plan end target",
    .title_regional = "Actuals compared with regency, province and nation",
    .title_allocation = "Budget allocation per strategic objective",
    .title_staff_by_objective = "Staff efficiency per strategic objective",
    .title_staff_by_program = "Staff efficiency per program",
    .title_facilities = "Availability of facilities",
    .title_facilities_efficiency = "Facility efficiency",
    .title_sakip = "SAKIP evaluation components",
    .out_of_scale = "outside the rating scale",
    .year = "Year",
    .unavailable_mark = "n/c",
    .unavailable_note = "not computable",
    .chart_capaian = "Achievement (%) against the 100 % target",
    .chart_absorption = "Budget absorption per program (%)",
    .chart_efficiency = "Budget efficiency per strategic objective (%)",
    .title_rollup = "Performance and budget of the units",
    .title_years = "Actuals and achievement per year",
    .title_unit_years = "Performance and budget absorption per year",
    .rank = "Rank",
    .unit_name = "Unit",
    .region = "Region",
    .rollup_heading = "LKjIP roll-up",
    .mean_of_units = "Total / mean of the units",
    .title_periods = "Achievement per period and to date",
    .period = "Period",
    .target_to_date = "Target to date",
    .actual_to_date = "Actual to date",
    .capaian_to_date = "Achievement to date (%)",
    .quarter = "Quarter",
    .months = {"January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"},
    .title_spending_periods = "Spending per period and to date",
    .spending_to_date = "Spending to date (Rp)",
    .absorption_to_date = "Absorption to date (%)",
    .title_capaian_history = "Achievement of previous years and this year",
    .actual_change = "Change of actual",
    .capaian_change = "Change of achievement (points, as printed)",
    .title_classification = "Indicators by achievement of their target",
    .group = "Indicators",
    .group_key = "Key indicators",
    .group_program = "Program indicators",
    .category = "Category",
    .classes = {"Exceeded the target", "Met the target", "Did not meet the target",
                "Not computable"},
    .count = "Count",
    .indicators = "Indicators",
    .title_budget_revision = "Original and revised budgets",
    .original_pagu = "Original budget (Rp)",
    .revised_pagu = "Revised budget (Rp)",
    .absorption_original = "Absorption of the original (%)",
    .absorption_revised = "Absorption of the revised (%)",
    .title_target_revision = "Original and revised targets",
    .original_target = "Original target",
    .revised_target = "Revised target",
    .capaian_original = "Achievement of the original (%)",
    .capaian_revised = "Achievement of the revised (%)",
    .title_cash_plan = "Spending against the cash plan (RAK)",
    .plan = "Cash plan (Rp)",
    .of_plan = "Absorption of the plan (%)",
    .plan_to_date = "Cash plan to date (Rp)",
    .of_plan_to_date = "Absorption of the plan to date (%)",
    .deviation_to_date = "Deviation to date (Rp)",
    .title_renstra_years = "Strategic plan targets per year",
    .agreement_target = "Agreement target",
    .renstra_target = "Plan target",
    .capaian_renstra = "Achievement against this year's plan target (%)",
    .title_tree = "Performance tree",
    .parent_code = "Parent code",
    .level_objective = "Objective",
    .level_key = "Key indicator",
    .tree_name = "Objective / indicator",
    .mixed_years =
        "files of {0} different years in one roll-up, units of different years are "
        "ranked together: {1}",
    .and_more = "and {} more",
};

}  // namespace

std::string Labels::explain(const Unavailable& why) const {
  return language == Language::kEnglish ? explain_english(why) : explain_indonesian(why);
}

const Labels& labels_for(Language language) {
  return language == Language::kEnglish ? kEnglish : kIndonesian;
}

std::string period_label(const Labels& L, const Period& period) {
  static const char* const kRoman[] = {"I", "II", "III", "IV"};
  switch (period.kind) {
    case Period::Kind::kQuarter:
      return std::string(L.quarter) + " " + kRoman[(period.number - 1) & 3];
    case Period::Kind::kMonth:
      return L.months[(period.number - 1) % 12];
    case Period::Kind::kYear:
      break;
  }
  return L.year;
}

namespace labels {

const std::string& formula_text(Formula formula) {
  return formula_text(formula, Language::kIndonesian);
}

const std::string& formula_text(Formula formula, Language language) {
  // Each declaration's wordings with their symbols, filled once.
  static const std::vector<std::pair<std::string, std::string>> texts = [] {
    std::vector<std::pair<std::string, std::string>> all;
    for (const FormulaDeclaration& declared : formula_declarations())
      all.emplace_back(fill(declared.indonesian, declared), fill(declared.english, declared));
    return all;
  }();
  const auto& text = texts.at(static_cast<std::size_t>(declaration(formula).formula));
  return language == Language::kEnglish ? text.second : text.first;
}

namespace {

// What a term is, in both languages.
Phrase role_phrase(Role role) {
  switch (role) {
    case Role::kValue:
      return {"nilai", "value"};
    case Role::kTarget:
      return {"target", "target"};
    case Role::kActual:
      return {"realisasi", "actual"};
    case Role::kEndTarget:
      return {"target akhir Renstra", "the strategic plan's end target"};
    case Role::kCapaian:
      return {"capaian", "achievement"};
    case Role::kFloor:
      return {"batas bawah nilai", "score floor"};
    case Role::kCap:
      return {"batas atas nilai", "score cap"};
    case Role::kPart:
      return {"bagian", "part"};
    case Role::kSpending:
      return {"realisasi anggaran", "spending"};
    case Role::kPagu:
      return {"pagu", "pagu"};
    case Role::kTotalPagu:
      return {"jumlah pagu", "total pagu"};
    case Role::kPerformance:
      return {"kinerja", "performance"};
    case Role::kResourceUse:
      return {"penggunaan sumber daya", "resource use"};
    case Role::kFrom:
      return {"realisasi awal", "first actual"};
    case Role::kTo:
      return {"realisasi akhir", "last actual"};
    case Role::kWeight:
      return {"bobot", "weight"};
    case Role::kComponent:
      return {"komponen", "component"};
    case Role::kAvailable:
      return {"tersedia", "available"};
    case Role::kNeeded:
      return {"kebutuhan", "needed"};
    case Role::kScore:
      return {"nilai", "score"};
    case Role::kComparison:
      return {"pembanding", "comparison"};
    case Role::kRangeMin:
      return {"batas bawah rentang target", "target range's lower bound"};
    case Role::kRangeMax:
      return {"batas atas rentang target", "target range's upper bound"};
    case Role::kCategory:
      return {"nilai kategori", "category's value"};
    case Role::kNumerator:
      return {"pembilang", "numerator"};
    case Role::kDenominator:
      return {"penyebut", "denominator"};
    case Role::kPer:
      return {"per", "per"};
    case Role::kPeriod:
      return {"periode", "period"};
    case Role::kPlan:
      return {"rencana anggaran kas", "cash plan"};
    case Role::kRenstraYearTarget:
      return {"target Renstra tahun ini", "the strategic plan's target for this year"};
  }
  return {};
}

}  // namespace

const char* role_text(Role role, Language language) {
  return role_phrase(role).in(language);
}

}  // namespace labels
}  // namespace lkjip
