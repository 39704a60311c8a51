#include "lkjip/formulas.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <functional>
#include <iterator>
#include <set>
#include <stdexcept>

#include "example_reports.h"
#include "lkjip/engine.h"
#include "lkjip/loader.h"

using namespace lkjip;
using lkjip::test_support::example;

namespace {

Settings default_settings() {
  Settings settings;
  settings.rating_scale = default_rating_scale();
  return settings;
}

std::vector<Formula> all_formulas() {
  std::vector<Formula> formulas;
  for (int f = 0; f <= static_cast<int>(Formula::kLastFormula); ++f)
    formulas.push_back(static_cast<Formula>(f));
  return formulas;
}

bool mentions(std::string_view text, std::string_view symbol) {
  return text.find("{" + std::string(symbol) + "}") != std::string_view::npos;
}

// Whether `symbol` is one the declaration names: one of its symbols, or a part's stem numbered.
bool declares(const FormulaDeclaration& declared, const std::string& symbol) {
  for (std::string_view whole : declared.symbols) {
    if (symbol == whole) return true;
  }
  for (std::string_view stem : declared.part_symbols) {
    if (symbol.size() <= stem.size() || symbol.compare(0, stem.size(), stem) != 0) continue;
    const std::string number = symbol.substr(stem.size());
    if (number.front() != '0' && number.find_first_not_of("0123456789") == std::string::npos) {
      return true;
    }
  }
  return false;
}

// A trace of the formula with its declared symbols and, for an n-ary formula, two parts; each
// term's value is its place.
Trace sample_trace(const FormulaDeclaration& declared) {
  Trace trace;
  trace.formula = declared.formula;
  const std::size_t count =
      declared.symbols.size() + 2 * declared.part_symbols.size() + (declared.sheet.empty() ? 1 : 0);
  for (std::size_t i = 0; i < count; ++i) {
    Term term;
    if (!declared.sheet.empty()) term.symbol = symbol_of(declared, i);
    term.value = Rational(static_cast<long long>(i));
    trace.terms.push_back(term);
  }
  return trace;
}

// Every trace below the figures given to it, once each (and kept).
struct TracesSeen {
  std::set<const Trace*> seen;
  std::vector<TracePtr> all;

  void add(const TracePtr& trace) {
    if (!trace || !seen.insert(trace.get()).second) return;
    all.push_back(trace);
    for (const Term& term : trace->terms)
      add(term.derivation);
  }
  template <class T>
  void add(const Computed<T>& figure) {
    add(figure.trace());
  }
  void add(const std::vector<Figure>& figures) {
    for (const Figure& figure : figures)
      add(figure);
  }
  void add(const std::vector<IndicatorResult>& indicators) {
    for (const IndicatorResult& result : indicators) {
      add(result.target);
      add(result.actual);
      add(result.capaian);
      add(result.score);
    }
  }
  void add(const BudgetResult& budget) {
    add(budget.pagu);
    add(budget.spending);
    add(budget.silpa);
    add(budget.absorption);
  }
  void add(const PerformanceResult& performance) {
    add(performance.mean_capaian);
    add(performance.mean_score);
  }
  void add(const EfficiencyResult& efficiency) {
    add(efficiency.gap_from_score);
    add(efficiency.gap_from_raw);
  }
  void add(const StaffResult& staff) {
    add(staff.needed);
    add(staff.available);
    add(staff.availability);
    add(staff.efficiency);
  }
  // What evaluate() gives and every view a table asks of the engine.
  void add(const PerformanceReport& report, const Results& results) {
    for (const ObjectiveResult& objective : results.objectives) {
      add(objective.indicators);
      add(objective.budget);
      add(objective.pagu_share);
      add(objective.performance);
      add(objective.budget_efficiency);
      add(objective.staff);
    }
    for (const ProgramResult& program : results.programs) {
      add(program.indicators);
      add(program.budget);
      add(program.performance);
      add(program.budget_efficiency);
      add(program.staff);
    }
    add(results.total_budget);
    add(results.total_share);
    add(results.key_indicators);
    add(results.program_indicators);
    for (IndicatorGroup group : {IndicatorGroup::kKey, IndicatorGroup::kProgram}) {
      add(budget_efficiency(results, group));
      add(staff_total(results, group));
      const ProgressResults progress = evaluate_progress(report, results, group);
      for (const ProgressResult& result : progress.rows) {
        add(result.actual);
        add(result.progress);
      }
      add(progress.mean);
    }
    for (const TrendResult& trend : evaluate_trends(report, results)) {
      add(trend.actuals);
      add(trend.changes);
      add(trend.overall_change);
    }
    for (const RegionalResult& regional : evaluate_regional(results)) {
      add(regional.actual);
      for (const Figure* figure :
           {&regional.kabupaten, &regional.provinsi, &regional.nasional, &regional.to_kabupaten,
            &regional.to_provinsi, &regional.to_nasional})
        add(*figure);
    }
    const FacilitiesResult facilities = evaluate_facilities(report, results);
    add(facilities.items);
    add(facilities.counted_items);
    for (const Figure* figure :
         {&facilities.available, &facilities.counted, &facilities.needed, &facilities.availability})
      add(*figure);
    add(facilities.efficiency);
    if (report.sakip) {
      const SakipResult sakip = evaluate_sakip(*report.sakip);
      add(sakip.component_percents);
      add(sakip.total_weight);
      add(sakip.total_score);
    }
  }
};

PerformanceReport load(const std::string& path) {
  std::ifstream in(path);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return load_report_text(text, path);
}

PerformanceReport seed() {
  return load(LKJIP_SEED_DATA);
}

// One of the examples of data/examples.
Indicator lower_is_better(LowerIsBetterMethod method) {
  Indicator indicator;
  indicator.id = "L";
  indicator.polarity = Polarity::kLowerIsBetter;
  indicator.lower_method = method;
  indicator.target = Quantity{Rational(10), 0};
  indicator.actual = Quantity{Rational(8), 0};
  return indicator;
}

}  // namespace

TEST_CASE("every formula has exactly one declaration, in the order of the enum") {
  const std::vector<FormulaDeclaration>& declarations = formula_declarations();
  CHECK(declarations.size() == all_formulas().size());
  for (const Formula formula : all_formulas()) {
    INFO("formula " << static_cast<int>(formula));
    std::size_t found = 0;
    for (const FormulaDeclaration& declared : declarations)
      found += declared.formula == formula ? 1 : 0;
    CHECK(found == 1);
    CHECK(declaration(formula).formula == formula);
  }
  CHECK_THROWS_AS(declaration(static_cast<Formula>(declarations.size())), std::logic_error);
}

TEST_CASE("every term the engine puts in a trace of the seed has a symbol its formula declares") {
  const PerformanceReport report = seed();
  TracesSeen traces;
  traces.add(report, evaluate(report));
  // The rows of activities and sub-activities, evaluated as their tables write them.
  for (const Program& program : report.programs) {
    for (const Activity& activity : program.activities) {
      traces.add(evaluate_indicators(activity.indicators, report.settings));
      traces.add(evaluate_budget(activity, report.settings));
      for (const SubActivity& sub : activity.sub_activities) {
        traces.add(evaluate_indicators(sub.indicators, report.settings));
        traces.add(evaluate_budget(sub, report.settings));
      }
    }
  }
  // The formulas the seed does not use, on figures of their own.
  traces.add(capaian(lower_is_better(LowerIsBetterMethod::kReflected), default_settings()));
  traces.add(capaian(lower_is_better(LowerIsBetterMethod::kTargetOverActual), default_settings()));
  Indicator index = lower_is_better(LowerIsBetterMethod::kReflected);
  IndicatorDetails details;
  details.components = {IndexComponent{"IKM", Quantity{Rational(1), 0}, Quantity{Rational(3), 0}},
                        IndexComponent{"IPP", Quantity{Rational(2), 0}, Quantity{Rational(4), 0}}};
  index.details = std::make_shared<const IndicatorDetails>(details);
  traces.add(effective_actual(index, default_settings()));
  // The examples of indicators through the year, on scales, with ranges, ratios and zeros.
  std::vector<PerformanceReport> examples;
  for (const char* name : {"triwulan", "kualitatif", "rentang", "rasio", "nol", "riwayat",
                           "anggaran-berjenjang", "murni-perubahan", "rak"})
    examples.push_back(example(name));
  // The original target and pagu, taken by the basis.
  examples.push_back(example("murni-perubahan"));
  examples.back().settings.pagu_basis = Basis::kOriginal;
  examples.back().settings.target_basis = Basis::kOriginal;
  for (const PerformanceReport& shown : examples) {
    const Results results = evaluate(shown);
    traces.add(shown, results);
    for (const IndicatorPeriods& periods : evaluate_periods(shown, results)) {
      for (const PeriodResult& row : periods.rows) {
        traces.add(row.capaian);
        traces.add(row.capaian_to_date);
      }
    }
    for (const CapaianHistory& history : evaluate_capaian_history(shown, results))
      traces.add(history.capaian_changes);
    for (const Figure& count : classify_group(results, IndicatorGroup::kKey).counts)
      traces.add(count);
    for (const Program& program : shown.programs) {
      for (const SpendingPeriodResult& row : evaluate_spending_periods(program, shown.settings)) {
        traces.add(row.of_plan_to_date);
        traces.add(row.deviation_to_date);
      }
    }
  }
  // The worst period, which no example takes.
  PerformanceReport worst = example("triwulan");
  edit_details(worst.objectives[0].indicators[2]).period_rule = PeriodRule::kMin;
  traces.add(effective_actual(worst.objectives[0].indicators[2], worst.settings));

  std::set<Formula> formulas;
  for (const TracePtr& trace : traces.all) {
    formulas.insert(trace->formula);
    const FormulaDeclaration& declared = declaration(trace->formula);
    INFO("formula " << static_cast<int>(trace->formula) << " of " << trace->subject);
    if (trace->formula == Formula::kGiven) {
      // A given value's one term is the value itself, no symbol of a formula.
      REQUIRE(trace->terms.size() == 1);
      CHECK(trace->terms.front().symbol.empty());
      continue;
    }
    CHECK(fits(declared, trace->terms.size()));
    for (std::size_t i = 0; i < trace->terms.size(); ++i) {
      INFO("term " << i << ": " << trace->terms[i].symbol);
      CHECK(declares(declared, trace->terms[i].symbol));
      CHECK(trace->terms[i].symbol == symbol_of(declared, i));
    }
  }
  CHECK(traces.all.size() > 500);
  const std::vector<Formula> every = all_formulas();
  CHECK(formulas == std::set<Formula>(every.begin(), every.end()));
}

TEST_CASE("the wording in both languages and the spreadsheet formula name every declared symbol") {
  for (const FormulaDeclaration& declared : formula_declarations()) {
    INFO("formula " << static_cast<int>(declared.formula));
    for (const std::string_view wording : {declared.indonesian, declared.english}) {
      INFO(wording);
      CHECK_FALSE(wording.empty());
      CHECK_NOTHROW(fill(wording, declared));
      for (std::string_view symbol : declared.symbols)
        CHECK(mentions(wording, symbol));
      // The sums name their parts in words ("bagian-bagian dijumlahkan"), as explanations have
      // always printed them; every other n-ary formula names its parts by their symbols.
      if (declared.formula == Formula::kSum || declared.formula == Formula::kSumRupiah) continue;
      for (std::string_view stem : declared.part_symbols)
        CHECK(mentions(wording, stem));
    }
    CHECK(declared.indonesian != declared.english);
    if (declared.formula == Formula::kGiven) {
      CHECK(declared.symbols.empty());
      CHECK(declared.part_symbols.empty());
      CHECK(declared.sheet.empty());
      continue;
    }
    // The spreadsheet formula of a trace with every declared term, each term's cell written as
    // <its symbol>: every one of them is used, and nothing of the template is left.
    const Trace trace = sample_trace(declared);
    const std::string sheet =
        sheet_formula(trace, [](const Term& term) { return "<" + term.symbol + ">"; });
    INFO(sheet);
    CHECK(sheet.front() == '=');
    for (const Term& term : trace.terms)
      CHECK(sheet.find("<" + term.symbol + ">") != std::string::npos);
    CHECK(sheet.find_first_of("{}[]|") == std::string::npos);
  }
}

TEST_CASE("a wording speaks its symbols; a placeholder of no symbol is refused") {
  CHECK(
      fill(declaration(Formula::kCapaianHigher).indonesian, declaration(Formula::kCapaianHigher)) ==
      "capaian = R / T × 100 (semakin tinggi semakin baik)");
  CHECK(fill(declaration(Formula::kCappedSum).indonesian, declaration(Formula::kCappedSum)) ==
        "jumlah tersedia = Σ min(Ai, Ni) (kelebihan tiap barang tidak dihitung)");
  CHECK_THROWS_AS(fill("capaian = {R} / {X}", declaration(Formula::kCapaianHigher)),
                  std::logic_error);
  CHECK_THROWS_AS(fill("capaian = {R", declaration(Formula::kCapaianHigher)), std::logic_error);
}

TEST_CASE("the symbols of a trace's terms: the declared ones, then the parts numbered") {
  const FormulaDeclaration& index = declaration(Formula::kCompositeIndex);
  CHECK(symbol_of(index, 0) == "w1");
  CHECK(symbol_of(index, 1) == "x1");
  CHECK(symbol_of(index, 3) == "x2");
  CHECK(symbol_of(declaration(Formula::kSumRupiah), 2) == "a3");
  CHECK(symbol_of(declaration(Formula::kScore), 1) == "min");
  CHECK_THROWS_AS(symbol_of(declaration(Formula::kScore), 3), std::logic_error);
  CHECK(fits(index, 0));
  CHECK(fits(index, 4));
  CHECK_FALSE(fits(index, 3));
  CHECK_FALSE(fits(declaration(Formula::kAbsorption), 1));
  CHECK_FALSE(fits(declaration(Formula::kGiven), 1));
}

TEST_CASE("spreadsheet formulas over any cells, whatever their letters") {
  // Cells in columns A and B and sheets named with them: each goes where its term does (a
  // formula written by replacing the letters A and B of "A*B" put them in each other's place).
  const std::vector<std::string> names = {"B2", "A2", "'AB'!B3", "'AB'!A3"};
  auto cell_of = [&](const Term& term) {
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (term.value == Rational(static_cast<long long>(i))) return names[i];
    }
    return std::string("?");
  };
  const Trace index = sample_trace(declaration(Formula::kCompositeIndex));
  CHECK(sheet_formula(index, cell_of) == "=B2*A2+'AB'!B3*'AB'!A3");
  const Trace capped = sample_trace(declaration(Formula::kCappedSum));
  CHECK(sheet_formula(capped, cell_of) == "=MIN(B2,A2)+MIN('AB'!B3,'AB'!A3)");
  const Trace mean = sample_trace(declaration(Formula::kMeanAsPrinted));
  CHECK(sheet_formula(mean, cell_of) == "=(ROUND(B2,2)+ROUND(A2,2))/2");
  const Trace reflected = sample_trace(declaration(Formula::kCapaianReflected));
  CHECK(sheet_formula(reflected, cell_of) == "=(2*B2-A2)/B2*100");
  CHECK(sheet_formula(sample_trace(declaration(Formula::kGiven)), cell_of).empty());
  // A trace whose terms are not its formula's.
  Trace wrong = sample_trace(declaration(Formula::kScore));
  wrong.terms.pop_back();
  CHECK_THROWS_AS(sheet_formula(wrong, cell_of), std::logic_error);
}

TEST_CASE("a spreadsheet formula rounded as printed; which terms a formula reads rounded") {
  const std::function<std::string(const Term&)> cell_of = [](const Term& term) {
    return "C" + term.value.to_fraction_string();
  };
  const Trace mean = sample_trace(declaration(Formula::kMeanAsPrinted));
  CHECK(rounded_sheet_formula(mean, cell_of, 2) == "=ROUND((ROUND(C0,2)+ROUND(C1,2))/2,2)");
  const Trace capaian = sample_trace(declaration(Formula::kCapaianHigher));
  CHECK(rounded_sheet_formula(capaian, cell_of, 1) == "=ROUND(C1/C0*100,1)");
  CHECK(rounded_sheet_formula(sample_trace(declaration(Formula::kGiven)), cell_of, 2).empty());

  // The mean reads every part as printed at 2 decimals: a part's cell may be rounded at 2, not at
  // 1 (ROUND(ROUND(x,1),2) is not ROUND(x,2)).
  const FormulaDeclaration& as_printed = declaration(Formula::kMeanAsPrinted);
  CHECK(reads_rounded(as_printed, 0, 2));
  CHECK(reads_rounded(as_printed, 5, 2));
  CHECK_FALSE(reads_rounded(as_printed, 0, 1));
  // The efficiency gap reads both its terms rounded; capaian, the score and a plain mean read
  // theirs whole.
  CHECK(reads_rounded(declaration(Formula::kEfficiencyGap), 0, 2));
  CHECK(reads_rounded(declaration(Formula::kEfficiencyGap), 1, 2));
  CHECK_FALSE(reads_rounded(declaration(Formula::kCapaianHigher), 1, 2));
  CHECK_FALSE(reads_rounded(declaration(Formula::kScore), 0, 2));
  CHECK_FALSE(reads_rounded(declaration(Formula::kSum), 3, 0));
}
