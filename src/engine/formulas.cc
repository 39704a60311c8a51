#include "lkjip/formulas.h"

#include <optional>
#include <stdexcept>

namespace lkjip {
namespace {

std::vector<FormulaDeclaration> declared() {
  return {
      {Formula::kGiven,
       {},
       {},
       "nilai masukan dari berkas data",
       "a value given in the data file",
       ""},
      {Formula::kCapaianHigher,
       {"T", "R"},
       {},
       "capaian = {R} / {T} × 100 (semakin tinggi semakin baik)",
       "achievement = {R} / {T} × 100 (higher is better)",
       "={R}/{T}*100"},
      {Formula::kCapaianReflected,
       {"T", "R"},
       {},
       "capaian = (2{T} − {R}) / {T} × 100 (semakin rendah semakin baik, PermenPANRB 8/2021)",
       "achievement = (2{T} − {R}) / {T} × 100 (lower is better, PermenPANRB 8/2021)",
       "=(2*{T}-{R})/{T}*100"},
      {Formula::kCapaianInverse,
       {"T", "R"},
       {},
       "capaian = {T} / {R} × 100 (semakin rendah semakin baik, metode T/R)",
       "achievement = {T} / {R} × 100 (lower is better, the T/R method)",
       "={T}/{R}*100"},
      {Formula::kScore,
       {"C", "min", "max"},
       {},
       "nilai = {C} dibatasi ke rentang [{min}, {max}]",
       "score = {C} limited to [{min}, {max}]",
       "=MIN(MAX({C},{min}),{max})"},
      {Formula::kMeanAsPrinted,
       {},
       {"v"},
       "rata-rata = ({v}1 + … + {v}n) / n, tiap {v} dibulatkan ke 2 desimal seperti tercetak",
       "mean = ({v}1 + … + {v}n) / n, each {v} rounded to 2 decimals as printed",
       "=([ROUND({v},2)|+])/{n}"},
      // The sums name their parts in words, as the explanations have always printed them.
      {Formula::kSum,
       {},
       {"x"},
       "jumlah = bagian-bagian dijumlahkan",
       "sum = the parts added up",
       "=[{x}|+]"},
      {Formula::kAbsorption,
       {"S", "P"},
       {},
       "serapan = {S} / {P} × 100 (realisasi anggaran atas pagu)",
       "absorption = {S} / {P} × 100 (spending over the budget ceiling)",
       "={S}/{P}*100"},
      {Formula::kSilpa,
       {"P", "S"},
       {},
       "SILPA = {P} − {S} (pagu dikurangi realisasi anggaran)",
       "unspent = {P} − {S} (budget ceiling less spending)",
       "={P}-{S}"},
      {Formula::kShare,
       {"P_i", "P"},
       {},
       "porsi = {P_i} / {P} × 100 (pagu bagian atas jumlah pagu)",
       "share = {P_i} / {P} × 100 (the part's budget ceiling over the total)",
       "={P_i}/{P}*100"},
      {Formula::kEfficiencyGap,
       {"K", "U"},
       {},
       "efisiensi = {K} − {U}, keduanya dibulatkan ke 2 desimal seperti tercetak",
       "efficiency = {K} − {U}, both rounded to 2 decimals as printed",
       "=ROUND({K},2)-ROUND({U},2)"},
      {Formula::kDifference,
       {"A", "B"},
       {},
       "selisih = {B} − {A}",
       "difference = {B} − {A}",
       "={B}-{A}"},
      {Formula::kCompositeIndex,
       {},
       {"w", "x"},
       "indeks = {w}1 × {x}1 + … + {w}n × {x}n",
       "index = {w}1 × {x}1 + … + {w}n × {x}n",
       "=[{w}*{x}|+]"},
      {Formula::kAvailability,
       {"A", "N"},
       {},
       "ketersediaan = {A} / {N} × 100",
       "availability = {A} / {N} × 100",
       "={A}/{N}*100"},
      {Formula::kCappedAvailability,
       {"A", "N"},
       {},
       "ketersediaan = min({A}, {N}) / {N} × 100 (kelebihan dihitung terpenuhi)",
       "availability = min({A}, {N}) / {N} × 100 (a surplus counts as met)",
       "=MIN({A},{N})/{N}*100"},
      {Formula::kCappedSum,
       {},
       {"A", "N"},
       "jumlah tersedia = Σ min({A}i, {N}i) (kelebihan tiap barang tidak dihitung)",
       "counted available = Σ min({A}i, {N}i) (no item's surplus counted)",
       "=[MIN({A},{N})|+]"},
      {Formula::kComponentPercent,
       {"S", "W"},
       {},
       "capaian bobot = {S} / {W} × 100",
       "share of weight = {S} / {W} × 100",
       "={S}/{W}*100"},
      {Formula::kSumRupiah,
       {},
       {"a"},
       "jumlah = bagian-bagian dijumlahkan",
       "sum = the parts added up",
       "=[{a}|+]"},
      // No regulation says what an actual inside a target range achieves: 100 is lkjip's
      // documented default (domain.md).
      {Formula::kCapaianInRange,
       {"min", "max", "R"},
       {},
       "capaian = 100, karena {R} berada dalam rentang target [{min}, {max}] (bawaan lkjip: "
       "tidak ada regulasi yang mengaturnya)",
       "achievement = 100, as {R} lies within the target range [{min}, {max}] (lkjip's "
       "default: no regulation says)",
       "=IF(AND({R}>={min},{R}<={max}),100,NA())"},
      {Formula::kCapaianBothZero,
       {"T", "R"},
       {},
       "capaian = 100, karena {T} = 0 dan {R} = 0 (aturan nol laporan: both_zero_is_100)",
       "achievement = 100, as {T} = 0 and {R} = 0 (the report's zero rule: both_zero_is_100)",
       "=IF(AND({T}=0,{R}=0),100,NA())"},
      {Formula::kCategoryValue,
       {"v"},
       {},
       "nilai = {v}, nilai kategori pada skala yang diberikan berkas data",
       "value = {v}, the category's value on the scale the data file gives",
       "={v}"},
      {Formula::kRatio,
       {"a", "b", "k"},
       {},
       "rasio = {a} / {b} × {k}",
       "ratio = {a} / {b} × {k}",
       "={a}/{b}*{k}"},
      {Formula::kPeriodSum,
       {},
       {"x"},
       "s.d. periode = {x}1 + … + {x}n (kumulatif: jumlah periode)",
       "to date = {x}1 + … + {x}n (cumulative: the periods added up)",
       "=[{x}|+]"},
      {Formula::kPeriodLast,
       {},
       {"x"},
       "s.d. periode = {x}n (periode terakhir yang dilaporkan dari {x}1 … {x}n)",
       "to date = {x}n (the last reported period of {x}1 … {x}n)",
       "=CHOOSE({n},[{x}|,])"},
      {Formula::kPeriodMax,
       {},
       {"x"},
       "s.d. periode = maks({x}1, …, {x}n) (periode terbaik)",
       "to date = max({x}1, …, {x}n) (the best period)",
       "=MAX([{x}|,])"},
      {Formula::kPeriodMin,
       {},
       {"x"},
       "s.d. periode = min({x}1, …, {x}n) (periode terburuk)",
       "to date = min({x}1, …, {x}n) (the worst period)",
       "=MIN([{x}|,])"},
      {Formula::kPeriodMean,
       {},
       {"x"},
       "s.d. periode = ({x}1 + … + {x}n) / n (rata-rata periode yang dilaporkan)",
       "to date = ({x}1 + … + {x}n) / n (the mean of the reported periods)",
       "=([{x}|+])/{n}"},
      {Formula::kDifferenceAsPrinted,
       {"A", "B"},
       {},
       "selisih = {B} − {A}, keduanya dibulatkan ke 2 desimal seperti tercetak",
       "difference = {B} − {A}, both rounded to 2 decimals as printed",
       "=ROUND({B},2)-ROUND({A},2)"},
      {Formula::kClassCount,
       {},
       {"c"},
       "jumlah = banyaknya capaian {c}1 … {c}n dalam kategori ini (dibandingkan seperti tercetak "
       "dengan ambang laporan)",
       "count = how many of the capaian {c}1 … {c}n are in this class (compared as printed with "
       "the report's thresholds)",
       "=0[+COUNT({c})|]"},
      {Formula::kAmountFromParts,
       {},
       {"a"},
       "jumlah = {a}1 + … + {a}n: tingkat ini tidak menyebutkannya, maka jumlah bagian-bagiannya "
       "(anggaran dari bawah)",
       "sum = {a}1 + … + {a}n: this level gives none, so its parts' added up (budget from below)",
       "=[{a}|+]"},
      {Formula::kRevisedChosen,
       {"x"},
       {},
       "dipakai = {x}, yang perubahan (settings.pagu_basis / target_basis: revised, bawaan)",
       "used = {x}, the revised one (settings.pagu_basis / target_basis: revised, the default)",
       "={x}"},
      {Formula::kOriginalChosen,
       {"x"},
       {},
       "dipakai = {x}, yang murni (settings.pagu_basis / target_basis: original)",
       "used = {x}, the original one (settings.pagu_basis / target_basis: original)",
       "={x}"},
      {Formula::kAbsorptionOfPlan,
       {"S", "K"},
       {},
       "serapan thd RAK = {S} / {K} × 100 (realisasi atas rencana anggaran kas)",
       "absorption of plan = {S} / {K} × 100 (spending over the cash plan)",
       "={S}/{K}*100"},
      {Formula::kPlanDeviation,
       {"S", "K"},
       {},
       "deviasi = {S} − {K} (realisasi dikurangi rencana anggaran kas)",
       "deviation = {S} − {K} (spending minus the cash plan)",
       "={S}-{K}"},
  };
}

std::optional<std::size_t> index_in(const std::vector<std::string_view>& symbols,
                                    std::string_view symbol) {
  for (std::size_t i = 0; i < symbols.size(); ++i) {
    if (symbols[i] == symbol) return i;
  }
  return std::nullopt;
}

[[noreturn]] void fail(const FormulaDeclaration& declaration, const std::string& what) {
  throw std::logic_error("formula " + std::to_string(static_cast<int>(declaration.formula)) + ": " +
                         what);
}

// The name between the braces that open at `open` of `text`; `open` is left at the closing one.
std::string_view placeholder(std::string_view text, std::size_t& open,
                             const FormulaDeclaration& declaration) {
  const std::size_t close = text.find('}', open);
  if (close == std::string_view::npos) fail(declaration, "unclosed '{' in " + std::string(text));
  const std::string_view name = text.substr(open + 1, close - open - 1);
  open = close;
  return name;
}

// Writes a trace's spreadsheet formula from its declaration's template.
class SheetWriter {
 public:
  SheetWriter(const FormulaDeclaration& declaration, const Trace& trace,
              const std::function<std::string(const Term&)>& cell_of)
      : declaration_(declaration), trace_(trace), cell_of_(cell_of) {
    if (!fits(declaration, trace.terms.size())) {
      fail(declaration, std::to_string(trace.terms.size()) + " terms are not its declared ones");
    }
    const std::size_t per_part = declaration.part_symbols.size();
    parts_ = per_part == 0 ? 0 : (trace.terms.size() - declaration.symbols.size()) / per_part;
  }

  // `text` with its placeholders filled; `part`: the part whose stems it names, inside [ ].
  std::string write(std::string_view text, std::optional<std::size_t> part) const {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (c == '{') {
        out += cell(placeholder(text, i, declaration_), part);
      } else if (c == '[') {
        if (part) fail(declaration_, "a part inside a part in " + std::string(text));
        const std::size_t bar = text.find('|', i);
        const std::size_t close = text.find(']', i);
        if (bar == std::string_view::npos || close == std::string_view::npos || close < bar) {
          fail(declaration_, "a part is written [BODY|SEP] in " + std::string(text));
        }
        const std::string_view body = text.substr(i + 1, bar - i - 1);
        const std::string_view separator = text.substr(bar + 1, close - bar - 1);
        for (std::size_t p = 0; p < parts_; ++p) {
          if (p > 0) out += separator;
          out += write(body, p);
        }
        i = close;
      } else {
        out += c;
      }
    }
    return out;
  }

 private:
  std::string cell(std::string_view name, std::optional<std::size_t> part) const {
    if (name == "n") return std::to_string(parts_);
    if (const auto whole = index_in(declaration_.symbols, name)) {
      return cell_of_(trace_.terms[*whole]);
    }
    const auto stem = index_in(declaration_.part_symbols, name);
    if (!stem || !part) fail(declaration_, "no term {" + std::string(name) + "} here");
    const std::size_t per_part = declaration_.part_symbols.size();
    return cell_of_(trace_.terms[declaration_.symbols.size() + *part * per_part + *stem]);
  }

  const FormulaDeclaration& declaration_;
  const Trace& trace_;
  const std::function<std::string(const Term&)>& cell_of_;
  std::size_t parts_ = 0;
};

}  // namespace

const std::vector<FormulaDeclaration>& formula_declarations() {
  static const std::vector<FormulaDeclaration> declarations = [] {
    std::vector<FormulaDeclaration> all = declared();
    // In the order of the enum, so that declaration() finds each by its value.
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (static_cast<std::size_t>(all[i].formula) != i) {
        fail(all[i], "declared out of the order of the enum");
      }
    }
    return all;
  }();
  return declarations;
}

const FormulaDeclaration& declaration(Formula formula) {
  const std::vector<FormulaDeclaration>& all = formula_declarations();
  const auto index = static_cast<std::size_t>(formula);
  if (index >= all.size()) {
    throw std::logic_error("formula " + std::to_string(index) + " is not declared");
  }
  return all[index];
}

bool fits(const FormulaDeclaration& declaration, std::size_t count) {
  const std::size_t whole = declaration.symbols.size();
  const std::size_t per_part = declaration.part_symbols.size();
  if (count < whole) return false;
  return per_part == 0 ? count == whole : (count - whole) % per_part == 0;
}

std::string symbol_of(const FormulaDeclaration& declaration, std::size_t index) {
  if (index < declaration.symbols.size()) return std::string(declaration.symbols[index]);
  const std::size_t per_part = declaration.part_symbols.size();
  if (per_part == 0) fail(declaration, "declares no term " + std::to_string(index + 1));
  const std::size_t in_parts = index - declaration.symbols.size();
  return std::string(declaration.part_symbols[in_parts % per_part]) +
         std::to_string(in_parts / per_part + 1);
}

std::string fill(std::string_view wording, const FormulaDeclaration& declaration) {
  std::string out;
  for (std::size_t i = 0; i < wording.size(); ++i) {
    if (wording[i] != '{') {
      out += wording[i];
      continue;
    }
    const std::string_view name = placeholder(wording, i, declaration);
    if (!index_in(declaration.symbols, name) && !index_in(declaration.part_symbols, name)) {
      fail(declaration, "no symbol {" + std::string(name) + "} in " + std::string(wording));
    }
    out += name;
  }
  return out;
}

std::string sheet_formula(const Trace& trace,
                          const std::function<std::string(const Term&)>& cell_of) {
  const FormulaDeclaration& formula = declaration(trace.formula);
  if (formula.sheet.empty()) return "";
  return SheetWriter(formula, trace, cell_of).write(formula.sheet, std::nullopt);
}

std::string rounded_sheet_formula(const Trace& trace,
                                  const std::function<std::string(const Term&)>& cell_of,
                                  int decimals) {
  const std::string whole = sheet_formula(trace, cell_of);
  if (whole.empty()) return whole;
  return "=ROUND(" + whole.substr(1) + "," + std::to_string(decimals) + ")";
}

bool reads_rounded(const FormulaDeclaration& declaration, std::size_t index, int decimals) {
  const std::size_t whole = declaration.symbols.size();
  if (index >= whole && declaration.part_symbols.empty()) return true;
  const std::string_view stem =
      index < whole ? declaration.symbols[index]
                    : declaration.part_symbols[(index - whole) % declaration.part_symbols.size()];
  const std::string name = "{" + std::string(stem) + "}";
  const std::string_view before = "ROUND(";
  const std::string after = "," + std::to_string(decimals) + ")";
  const std::string_view sheet = declaration.sheet;
  for (std::size_t at = sheet.find(name); at != std::string_view::npos;
       at = sheet.find(name, at + 1)) {
    const bool opened =
        at >= before.size() && sheet.substr(at - before.size(), before.size()) == before;
    if (!opened || sheet.substr(at + name.size(), after.size()) != after) return false;
  }
  return true;
}

}  // namespace lkjip
