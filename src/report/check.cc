// The checks of `lkjip check`. Comparisons use the engine's rule (agrees_as_printed); the words
// are the report's.
#include "lkjip/check.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "check_renstra.h"
#include "check_tree.h"
#include "lkjip/engine.h"
#include "lkjip/figures.h"
#include "lkjip/labels.h"
#include "lkjip/report.h"
#include "lkjip/suggest.h"

namespace lkjip {
namespace {

using Severity = Finding::Severity;

std::string indonesian(const Rational& value, int decimals) {
  return value.round_half_up(decimals).render(',', '.');
}

bool is_input(const Cell& cell) {
  return cell.trace && cell.trace->formula == Formula::kGiven;
}

std::string formula_of(const Cell& cell) {
  return cell.trace && !is_input(cell) ? labels::formula_text(cell.trace->formula) : std::string();
}

// A printed input (a target printed again elsewhere) is compared with the data file's value.
std::string compared_with(const Cell& cell, const SourceMap& sources) {
  if (!is_input(cell) || cell.trace->terms.empty()) return "dihitung";
  const Term& given = cell.trace->terms.front();
  return "di berkas data (" + (given.source ? sources.name(*given.source) : "default") + ")";
}

Finding about_figure(const PrintedFigure& printed, Severity severity) {
  Finding finding;
  finding.severity = severity;
  finding.key = Key{printed.source};
  finding.figure = printed.figure;
  finding.where = printed.where;
  finding.printed =
      printed.number ? indonesian(printed.number->value, printed.number->decimals) : printed.text;
  return finding;
}

std::string where_suffix(const PrintedFigure& printed) {
  return printed.where.empty() ? "" : " (" + printed.where + ")";
}

// The value to compare with: a figure the report says it caps is limited like a score.
Rational expected_value(const Cell& cell, const PrintedFigure& printed, const Settings& settings) {
  if (!printed.capped) return cell.value;
  return score(Figure(cell.value), settings).value();
}

std::optional<Finding> check_number(const PrintedFigure& printed, const Cell& cell, ColumnType type,
                                    const Settings& settings, const SourceMap& sources) {
  const Quantity& number = *printed.number;
  const Rational expected = expected_value(cell, printed, settings);
  Finding finding = about_figure(printed, Severity::kError);
  finding.computed = indonesian(expected, number.decimals);
  finding.formula = formula_of(cell);
  // A percentage printed at the cap while the figure, at its own precision, is above it is right
  // only where the report caps.
  const int precision = std::max(number.decimals, kPercentDecimals);
  const bool looks_capped = !printed.capped && type == ColumnType::kPercent &&
                            number.value == settings.score_cap.value &&
                            cell.value.rounded(precision) > settings.score_cap.value;
  if (looks_capped) {
    finding.computed = indonesian(cell.value, kPercentDecimals);
    finding.message = fmt::format(
        "{}: dicetak {}{}, dihitung {}: nilai dibatasi {} hanya benar bila laporan menyatakan "
        "batas itu (tandai \"capped\": true)",
        printed.figure, finding.printed, where_suffix(printed), finding.computed, finding.printed);
    return finding;
  }
  if (agrees_as_printed(expected, number)) return std::nullopt;
  finding.message =
      fmt::format("{}: dicetak {}{}, {} {}", printed.figure, finding.printed, where_suffix(printed),
                  compared_with(cell, sources), finding.computed);
  return finding;
}

std::optional<Finding> check_printed(const PrintedFigure& printed, const Document& document,
                                     const Settings& settings, const SourceMap& sources) {
  const std::optional<FigureRef> found = find_figure(document, printed.figure);
  if (!found) {
    Finding finding = about_figure(printed, Severity::kInputError);
    finding.key.field = Field::kFigure;
    finding.message = "no figure named \"" + printed.figure + "\"";
    const std::vector<std::string> names = figure_names(document);
    if (const auto suggestion =
            closest(printed.figure, std::vector<std::string_view>(names.begin(), names.end()))) {
      finding.message += "; did you mean \"" + std::string(*suggestion) + "\"?";
    } else {
      finding.message += "; `lkjip explain FILE --list` names them all";
    }
    return finding;
  }
  const Cell& cell = *found->cell;
  if (cell.state == Cell::State::kUnavailable) {
    Finding finding = about_figure(printed, Severity::kWarning);
    finding.computed = "t.d.";
    finding.message =
        fmt::format("{}: dicetak {}{}, tetapi tidak dapat dihitung: {}", printed.figure,
                    finding.printed, where_suffix(printed), cell.text);
    return finding;
  }
  if (cell.state == Cell::State::kNumber && printed.number) {
    return check_number(printed, cell, found->column->type, settings, sources);
  }
  if (cell.state == Cell::State::kText && !printed.number) {
    if (cell.text == printed.text) return std::nullopt;
    Finding finding = about_figure(printed, Severity::kError);
    finding.computed = cell.text;
    finding.formula = cell.category
                          ? "kategori = kategori yang diberikan berkas data"
                          : "predikat = pita skala yang memuat nilai, dibulatkan 2 desimal";
    finding.message = fmt::format("{}: dicetak {}{}, dihitung {}", printed.figure, finding.printed,
                                  where_suffix(printed), cell.text);
    return finding;
  }
  Finding finding = about_figure(printed, Severity::kInputError);
  finding.key.field = Field::kPrintedValue;
  finding.message = printed.number ? "figure \"" + printed.figure + "\" is a text, not a number"
                                   : "figure \"" + printed.figure + "\" is a number, not a text";
  return finding;
}

Finding data_finding(Severity severity, const Key& key, std::string message) {
  Finding finding;
  finding.severity = severity;
  finding.key = key;
  finding.message = std::move(message);
  return finding;
}

std::string rupiah(Rupiah amount) {
  return indonesian(to_rational(amount), 0);
}

const std::vector<Activity>& parts_of(const Program& program) {
  return program.activities;
}
const std::vector<SubActivity>& parts_of(const Activity& activity) {
  return activity.sub_activities;
}

const char* amount_name(Field field) {
  switch (field) {
    case Field::kPagu:
      return "pagu";
    case Field::kOriginalPagu:
      return "pagu murni";
    default:
      return "realisasi anggaran";
  }
}

std::optional<Amount> stated_amount(const Budget& budget, Field field) {
  if (field == Field::kPagu) return budget.pagu;
  if (field == Field::kOriginalPagu) return budget.original_pagu;
  return budget.spending;
}

// An amount a level states and its parts' added up (each its own or from below), where every
// part gives one: they must agree. `parts_name` names the parts ("kegiatan").
template <class Level>
void check_parts_add_up(const Level& owner, const char* parts_name,
                        std::vector<Finding>& findings) {
  for (const Field field : {Field::kPagu, Field::kOriginalPagu, Field::kSpending}) {
    const std::optional<Amount> stated = stated_amount(owner.budget, field);
    if (!stated) continue;
    const Money parts = parts_amount(owner, field);
    const std::size_t count = parts_of(owner).size();
    const Key key{owner.source, field};
    if (!parts.ok() && parts.why().reason == Reason::kOverflow) {
      // Beyond the largest amount: certainly not the whole's.
      findings.push_back(data_finding(
          Severity::kError, key,
          fmt::format("{}: {} {}, tetapi {} {}-nya berjumlah melebihi batas yang didukung",
                      owner.id, amount_name(field), rupiah(stated->value), count, parts_name)));
      continue;
    }
    if (!parts.ok() || parts.value() == stated->value) continue;
    findings.push_back(
        data_finding(Severity::kError, key,
                     fmt::format("{}: {} {}, tetapi {} {}-nya berjumlah {} (selisih {})", owner.id,
                                 amount_name(field), rupiah(stated->value), count, parts_name,
                                 rupiah(parts.value()), rupiah(stated->value - parts.value()))));
  }
}

// Spending above the pagu, where the level states either (a level that states neither repeats
// what its parts say).
template <class Level>
void check_spending_within_pagu(const Level& owner, const Settings& settings,
                                std::vector<Finding>& findings) {
  const Budget& budget = owner.budget;
  if (!budget.pagu && !budget.original_pagu && !budget.spending) return;
  const Money pagu = level_pagu(owner, settings);
  const Money spending = level_amount(owner, Field::kSpending);
  if (!pagu.ok() || !spending.ok() || spending.value() <= pagu.value()) return;
  findings.push_back(
      data_finding(Severity::kWarning, Key{owner.source, Field::kSpending},
                   fmt::format("{}: realisasi anggaran {} melebihi pagu {}", owner.id,
                               rupiah(spending.value()), rupiah(pagu.value()))));
}

// The year's spending and the periods' spending of a budget that gives both for the whole year:
// every period of the year reported and adding up to it. The cash plan's periods, when every
// one is given, add up to the pagu.
template <class Level>
void check_periods_add_up(const Level& owner, const Settings& settings,
                          std::vector<Finding>& findings) {
  const Budget& budget = owner.budget;
  if (budget.periods.empty()) return;
  const Period::Kind kind = budget.periods.front().period.kind;
  if (periods_through(kind, settings.reporting_period) != periods_in_year(kind)) return;
  const std::vector<SpendingPeriodResult> rows =
      evaluate_spending_periods(owner, settings, Traces::kDrop);
  const Money& year = rows.back().spending_to_date;
  if (budget.spending && year.ok() && year.value() != budget.spending->value) {
    findings.push_back(data_finding(
        Severity::kError, Key{owner.source, Field::kSpending},
        fmt::format("{}: realisasi anggaran {}, tetapi {} periodenya berjumlah {} (selisih {})",
                    owner.id, rupiah(budget.spending->value), rows.size(), rupiah(year.value()),
                    rupiah(budget.spending->value - year.value()))));
  }
  const Money& plan = rows.back().plan_to_date;
  const Money pagu = level_pagu(owner, settings);
  if (plan.ok() && pagu.ok() && plan.value() != pagu.value()) {
    findings.push_back(data_finding(
        Severity::kWarning, Key{owner.source, Field::kSpendingPeriods},
        fmt::format("{}: rencana anggaran kas (RAK) {} periode berjumlah {}, tetapi pagu {} "
                    "(selisih {})",
                    owner.id, rows.size(), rupiah(plan.value()), rupiah(pagu.value()),
                    rupiah(plan.value() - pagu.value()))));
  }
}

void check_budgets(const PerformanceReport& report, std::vector<Finding>& findings) {
  const Settings& settings = report.settings;
  for (const Program& program : report.programs) {
    check_spending_within_pagu(program, settings, findings);
    check_parts_add_up(program, "kegiatan", findings);
    check_periods_add_up(program, settings, findings);
    for (const Activity& activity : program.activities) {
      check_spending_within_pagu(activity, settings, findings);
      check_parts_add_up(activity, "sub kegiatan", findings);
      check_periods_add_up(activity, settings, findings);
      for (const SubActivity& sub : activity.sub_activities) {
        check_spending_within_pagu(sub, settings, findings);
        check_periods_add_up(sub, settings, findings);
      }
    }
  }
}

// The characters of a name as it is compared: lower case, spaces at its ends dropped and runs
// of them inside it read as one space ("Jumlah  Dokumen " reads "jumlah dokumen").
class NormalizedText {
 public:
  explicit NormalizedText(std::string_view text) : text_(text) { skip_blanks(); }

  bool done() const { return !pending_space_ && at_ == text_.size(); }

  char next() {
    if (pending_space_) {
      pending_space_ = false;
      return ' ';
    }
    const char c = text_[at_++];
    skip_blanks();
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }

 private:
  static bool blank(char c) { return c == ' '; }

  // After a character: a run of blanks is one space, unless it ends the text.
  void skip_blanks() {
    const std::size_t start = at_;
    while (at_ < text_.size() && blank(text_[at_]))
      ++at_;
    pending_space_ = at_ > start && start > 0 && at_ < text_.size();
  }

  std::string_view text_;
  std::size_t at_ = 0;
  bool pending_space_ = false;
};

bool read_the_same(std::string_view a, std::string_view b) {
  NormalizedText left(a);
  NormalizedText right(b);
  while (!left.done() && !right.done()) {
    if (left.next() != right.next()) return false;
  }
  return left.done() && right.done();
}

// Indicators are the same when their names and units read the same.
bool same_indicator(const Indicator& a, const Indicator& b) {
  return read_the_same(a.name, b.name) && read_the_same(a.unit, b.unit);
}

// FNV-1a of the name and unit as they are compared: the same indicators hash the same.
std::uint64_t hash_of(const Indicator& indicator) {
  std::uint64_t hash = 14695981039346656037u;
  auto add = [&](unsigned char c) { hash = (hash ^ c) * 1099511628211u; };
  for (NormalizedText name(indicator.name); !name.done();)
    add(static_cast<unsigned char>(name.next()));
  add(0);  // no name holds a control character
  for (NormalizedText unit(indicator.unit); !unit.done();)
    add(static_cast<unsigned char>(unit.next()));
  return hash;
}

bool same_value(const std::optional<Quantity>& a, const std::optional<Quantity>& b) {
  if (!a || !b) return a.has_value() == b.has_value();
  return a->value == b->value;
}

// For each indicator in file order, the first one in the file that is the same (itself when it
// is the first). Sorted hashes, not a map of the names: a large report holds no copy of them.
std::vector<const Indicator*> first_of_each(const std::vector<const Indicator*>& in_file_order) {
  std::vector<std::pair<std::uint64_t, std::size_t>> keyed(in_file_order.size());
  for (std::size_t i = 0; i < keyed.size(); ++i)
    keyed[i] = {hash_of(*in_file_order[i]), i};
  std::sort(keyed.begin(), keyed.end());  // by hash, then in file order
  std::vector<const Indicator*> first(in_file_order.size());
  std::vector<const Indicator*> firsts_of_run;  // one per distinct indicator among equal hashes
  for (std::size_t i = 0; i < keyed.size(); ++i) {
    if (i == 0 || keyed[i].first != keyed[i - 1].first) firsts_of_run.clear();
    const Indicator* current = in_file_order[keyed[i].second];
    const auto same =
        std::find_if(firsts_of_run.begin(), firsts_of_run.end(),
                     [&](const Indicator* f) { return same_indicator(*f, *current); });
    if (same == firsts_of_run.end()) {
      firsts_of_run.push_back(current);
      first[keyed[i].second] = current;
    } else {
      first[keyed[i].second] = *same;
    }
  }
  return first;
}

// The same indicator (same name and unit) given in two places must have the same figures.
void check_repeated_indicators(const PerformanceReport& report, std::vector<Finding>& findings) {
  std::vector<const Indicator*> indicators;
  for_each_indicator(report, [&](const std::string&, const Indicator& indicator) {
    indicators.push_back(&indicator);
  });
  const std::vector<const Indicator*> first = first_of_each(indicators);
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    const Indicator& indicator = *indicators[i];
    const Indicator& earlier = *first[i];
    if (&earlier == &indicator) continue;
    for (const auto& [label, a, b] :
         {std::tuple{"target", &earlier.target, &indicator.target},
          std::tuple{"realisasi", &earlier.actual, &indicator.actual}}) {
      if (same_value(*a, *b)) continue;
      findings.push_back(
          data_finding(Severity::kWarning, Key{indicator.source},
                       fmt::format("{}: indikator yang sama dengan {} (\"{}\") diberi {} berbeda",
                                   indicator.id, earlier.id, indicator.name, label)));
    }
  }
}

// What an actual given as a value is also made from, in words: its components, its ratio's
// counts, its periods; nullptr when it is made from nothing else.
const char* made_from(const IndicatorDetails& details) {
  if (!details.components.empty()) return "komponennya";
  if (details.ratio) return "pembilang dan penyebutnya";
  if (!details.periods.empty()) return "periodenya";
  return nullptr;
}

// An actual given both as a value and by what makes it (an index's components, a rate's
// counts, the periods through the year): the two must agree, at the value's precision.
void check_derived_actuals(const PerformanceReport& report, std::vector<Finding>& findings) {
  auto visit = [&](const std::string&, const Indicator& indicator) {
    const char* source = made_from(details_of(indicator));
    if (source == nullptr || !indicator.actual) return;
    const Figure computed = effective_actual(indicator, report.settings);
    if (!computed.ok() || agrees_as_printed(computed.value(), *indicator.actual)) return;
    Finding finding =
        data_finding(Severity::kError, Key{indicator.source, Field::kActual},
                     fmt::format("{}: realisasi tertulis {}, {} memberi {}", indicator.id,
                                 indonesian(indicator.actual->value, indicator.actual->decimals),
                                 source, indonesian(computed.value(), indicator.actual->decimals)));
    if (computed.trace()) finding.formula = labels::formula_text(computed.trace()->formula);
    findings.push_back(std::move(finding));
  };
  for_each_indicator(report, visit);
}

void check_sakip_statements(const PerformanceReport& report, std::vector<Finding>& findings) {
  if (!report.sakip) return;
  const SakipEvaluation& sakip = *report.sakip;
  const SakipResult result = evaluate_sakip(sakip, Traces::kDrop);
  // PermenPANRB 88/2021 weighs the components to 100 in all, the predicate scale's maximum.
  if (result.total_weight.ok() && !(result.total_weight.value() == Rational(100))) {
    findings.push_back(
        data_finding(Severity::kWarning, Key{Place(), Field::kSakipComponents},
                     fmt::format("sakip/total/weight: bobot komponen berjumlah {}, bukan 100",
                                 indonesian(result.total_weight.value(), 2))));
  }
  if (sakip.stated_total && result.stated_total_agrees == false) {
    Finding finding = data_finding(
        Severity::kError, Key{Place(), Field::kStatedTotal},
        fmt::format("sakip/total/score: total tertulis {}, jumlah komponen {}",
                    indonesian(sakip.stated_total->value, sakip.stated_total->decimals),
                    indonesian(result.total_score.value(), sakip.stated_total->decimals)));
    finding.figure = "sakip/total/score";
    finding.printed = indonesian(sakip.stated_total->value, sakip.stated_total->decimals);
    finding.computed = indonesian(result.total_score.value(), sakip.stated_total->decimals);
    finding.formula = labels::formula_text(Formula::kSum);
    findings.push_back(std::move(finding));
  }
  if (sakip.stated_predicate && result.stated_predicate_agrees == false) {
    findings.push_back(data_finding(
        Severity::kError, Key{Place(), Field::kStatedPredicate},
        fmt::format("sakip/total/predicate: predikat tertulis {}, menurut jumlah komponen {}",
                    *sakip.stated_predicate,
                    result.predicate != nullptr ? result.predicate->label : "t.d.")));
  }
}

}  // namespace

std::vector<Finding> check_report(const PerformanceReport& report, const SourceMap& sources) {
  std::vector<Finding> findings;
  check_budgets(report, findings);
  check_repeated_indicators(report, findings);
  check_derived_actuals(report, findings);
  check_sakip_statements(report, findings);
  check_renstra_targets(report, findings);
  check_tree(report, findings);
  if (report.printed.empty()) return findings;
  // A printed figure's finding says how the figure is computed: its trace.
  const Results results = evaluate(report, Traces::kKeep);
  const Document document = build_document(report, results);
  for (const PrintedFigure& printed : report.printed) {
    if (auto finding = check_printed(printed, document, report.settings, sources)) {
      findings.push_back(std::move(*finding));
    }
  }
  return findings;
}

void locate_findings(std::vector<Finding>& findings, const SourceMap& sources) {
  std::vector<Key> keys;
  keys.reserve(findings.size());
  for (const Finding& finding : findings)
    keys.push_back(finding.key);
  std::vector<Location> locations = sources.locate(keys);
  for (std::size_t i = 0; i < findings.size(); ++i)
    findings[i].location = std::move(locations[i]);
}

}  // namespace lkjip
