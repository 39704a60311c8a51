#include "json_writer.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <variant>
#include <vector>

#include "json_fields.h"
#include "lkjip/fields.h"
#include "lkjip/input_writers.h"
#include "lkjip/loader.h"

namespace lkjip {
namespace {

std::string quoted(const std::string& text) {
  return nlohmann::json(text).dump();
}

// A number with the decimals it was written with: 8.40 stays 8.40.
std::string number(const Quantity& quantity) {
  return quantity.value.round_half_up(quantity.decimals).render('.', '\0');
}

std::string bound(const Rational& value) {
  return *value.to_exact_decimal(18);  // bounds are read with at most 2 decimals
}

// The members of one object on one line: {"a": 1, "b": "x"}.
class Inline {
 public:
  Inline& add(std::string_view key, const std::string& value) {
    text_ += text_.empty() ? "{" : ", ";
    text_ += '"';
    text_ += key;
    text_ += "\": ";
    text_ += value;
    return *this;
  }
  std::string done() const { return text_.empty() ? "{}" : text_ + "}"; }

 private:
  std::string text_;
};

// A value of the model as JSON, or nothing for a member the writer leaves out.
std::optional<std::string> value_text(const json::Member& member, const FieldValue& value) {
  if (std::holds_alternative<std::monostate>(value)) {
    if (member.absent == json::Absent::kNull) return "null";
    if (member.absent == json::Absent::kDefault)
      return quoted(std::string(choices(member.field)[0]));
    return std::nullopt;
  }
  if (const auto* text = std::get_if<CompactString>(&value)) return quoted(text->str());
  if (const auto* quantity = std::get_if<Quantity>(&value)) return number(*quantity);
  if (const auto* rupiah = std::get_if<Rupiah>(&value)) return std::to_string(*rupiah);
  if (const auto* whole = std::get_if<long long>(&value)) return std::to_string(*whole);
  if (const auto* choice = std::get_if<Choice>(&value)) {
    return quoted(std::string(choices(member.field)[choice->index]));
  }
  return std::get<bool>(value) ? "true" : "false";
}

// A record's members that are values of the model, on one line.
template <class Record>
std::string inline_object(json::Object object, const Record& record) {
  Inline line;
  for (const json::Member& member : json::members(object)) {
    if (!is_value_field(member.field)) continue;
    if (auto text = value_text(member, get(record, member.field))) line.add(member.key, *text);
  }
  return line.done();
}

// A claim on one line, its indicators as an array of ids.
std::string claim_object(const Claim& claim) {
  Inline line;
  for (const json::Member& member : json::members(json::Object::kClaim)) {
    if (member.field == Field::kClaimIndicators) {
      if (claim.indicators.empty()) continue;
      std::string ids = "[";
      for (const std::string& id : claim.indicators)
        ids += (ids.size() > 1 ? ", " : "") + quoted(id);
      line.add(member.key, ids + "]");
    } else if (auto text = value_text(member, get(claim, member.field))) {
      line.add(member.key, *text);
    }
  }
  return line.done();
}

std::string band_object(const RatingBand& band) {
  return Inline()
      .add("label", quoted(band.label))
      .add("min", bound(band.min))
      .add("max", bound(band.max))
      .add("include_min", band.include_min ? "true" : "false")
      .add("include_max", band.include_max ? "true" : "false")
      .done();
}

// A JSON text laid out as data/2024.json is: an object or array with nested ones on their own
// lines, small objects (without lists) on one line. The members, their order and how an absent
// value is written come from the format's table (json_fields.cc).
class Writer {
 public:
  std::string write(const PerformanceReport& report) {
    open_object();
    write_object(json::Object::kRoot, report, [&](const json::Member& member) {
      if (member.field == Field::kFormat) {
        this->member(member.key, quoted(std::string(kFormatVersion)));
      } else if (member.key == "unit") {
        this->member(member.key, inline_object(json::Object::kUnit, report.unit));
      } else if (member.key == "renstra_period") {
        if (report.renstra_from != 0 || report.renstra_to != 0) {
          this->member(member.key, inline_object(json::Object::kPeriod, report));
        }
      } else if (member.field == Field::kSettings) {
        write_settings(member.key, report.settings);
      } else if (member.field == Field::kObjectives) {
        open_array(member.key);
        for (const Objective& objective : report.objectives)
          write_objective(objective);
        close_array();
      } else if (member.field == Field::kPrograms) {
        open_array(member.key);
        for (const Program& program : report.programs)
          write_program(program);
        close_array();
      } else if (member.field == Field::kFacilities) {
        inline_items(member.key, json::Object::kFacility, report.facilities);
      } else if (member.field == Field::kSakipEvaluation) {
        if (report.sakip) write_sakip(member.key, *report.sakip);
      } else if (member.field == Field::kPrintedFigures) {
        write_printed(member.key, report.printed);
      } else if (member.field == Field::kClaims) {
        if (!report.claims.empty()) {
          open_array(member.key);
          for (const Claim& claim : report.claims)
            item(claim_object(claim));
          close_array();
        }
      } else if (member.field == Field::kStatedScales) {
        if (!report.stated_scales.empty()) {
          open_array(member.key);
          for (const StatedScale& scale : report.stated_scales)
            write_stated_scale(scale);
          close_array();
        }
      }
    });
    close_object();
    return out_ + "\n";
  }

 private:
  // The members of a record on lines of their own: each value of the model from the record,
  // each other member by `other` (which may write nothing).
  template <class Record, class Other>
  void write_object(json::Object object, const Record& record, Other other,
                    const std::vector<std::string_view>& given = {}) {
    for (const json::Member& member : json::members(object)) {
      if constexpr (requires { get(record, member.field); }) {
        if (is_value_field(member.field)) {
          const FieldValue value = get(record, member.field);
          if (std::holds_alternative<std::monostate>(value) && stood_for(member, given)) continue;
          if (auto text = value_text(member, value)) {
            this->member(member.key, *text);
          }
          continue;
        }
      }
      other(member);
    }
  }

  // Whether a member the record leaves empty is stood for by one of the `given` members (a
  // target given as a range): then it is not written as null.
  static bool stood_for(const json::Member& member, const std::vector<std::string_view>& given) {
    for (std::string_view other : member.unless) {
      if (!other.empty() && std::find(given.begin(), given.end(), other) != given.end())
        return true;
    }
    return false;
  }

  // The members of an indicator that stand for its target or its actual.
  static std::vector<std::string_view> given_alternatives(const IndicatorDetails& details) {
    std::vector<std::string_view> given;
    if (details.target_range) given.push_back("target_range");
    if (details.qualitative) given.push_back("qualitative");
    if (details.ratio) given.push_back("ratio");
    if (!details.periods.empty()) given.push_back("periods");
    return given;
  }

  // A list of records, each on one line; none: no member.
  template <class Record>
  void inline_items(std::string_view key, json::Object object, const std::vector<Record>& items) {
    if (items.empty()) return;
    open_array(key);
    for (const Record& record : items)
      item(inline_object(object, record));
    close_array();
  }

  // Printed figures, each on one line; an aggregate's figures as an array, or its one pattern
  // as a string.
  void write_printed(std::string_view key, const std::vector<PrintedFigure>& printed) {
    if (printed.empty()) return;
    open_array(key);
    for (const PrintedFigure& figure : printed) {
      Inline line;
      for (const json::Member& member : json::members(json::Object::kPrinted)) {
        if (member.field == Field::kAggregateOf) {
          if (!figure.of.empty()) line.add(member.key, names_text(figure.of));
        } else if (auto text = value_text(member, get(figure, member.field))) {
          line.add(member.key, *text);
        }
      }
      item(line.done());
    }
    close_array();
  }

  static std::string names_text(const std::vector<std::string>& names) {
    if (names.size() == 1 && names.front().find('*') != std::string::npos) {
      return quoted(names.front());
    }
    std::string text = "[";
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (i > 0) text += ", ";
      text += quoted(names[i]);
    }
    return text + "]";
  }

  void write_settings(std::string_view key, const Settings& settings) {
    const Settings defaults;
    if (!settings.score_floor_given && !settings.score_cap_given && !settings.rating_scale_given &&
        settings.reporting_period == defaults.reporting_period &&
        settings.zero_rule == defaults.zero_rule && !settings.classification_given) {
      return;
    }
    open_object(key);
    write_object(json::Object::kSettings, settings, [&](const json::Member& member) {
      if (member.field == Field::kRatingScale && settings.rating_scale_given) {
        write_scale(member.key, settings.rating_scale);
      } else if (member.field == Field::kClassification && settings.classification_given) {
        this->member(member.key, inline_object(json::Object::kClassification, settings));
      }
    });
    close_object();
  }

  void write_scale(std::string_view name, const std::vector<RatingBand>& bands) {
    open_array(name);
    for (const RatingBand& band : bands)
      item(band_object(band));
    close_array();
  }

  void write_stated_scale(const StatedScale& scale) {
    open_object();
    write_object(json::Object::kStatedScale, scale,
                 [&](const json::Member& member) { write_scale(member.key, scale.bands); });
    close_object();
  }

  void write_sakip(std::string_view key, const SakipEvaluation& sakip) {
    open_object(key);
    write_object(json::Object::kSakip, sakip, [&](const json::Member& member) {
      if (member.field == Field::kSakipComponents) {
        open_array(member.key);
        for (const SakipComponent& component : sakip.components)
          item(inline_object(json::Object::kSakipComponent, component));
        close_array();
      } else if (sakip.predicate_scale_given) {
        write_scale(member.key, sakip.predicate_scale);
      }
    });
    close_object();
  }

  // A budget's periods on its one line: [{"period": "q1", "spending": 100}, ...].
  static std::string spending_periods(const std::vector<SpendingPeriod>& periods) {
    std::string out = "[";
    for (const SpendingPeriod& period : periods) {
      if (out.size() > 1) out += ", ";
      out += inline_object(json::Object::kSpendingPeriod, period);
    }
    return out + "]";
  }

  // A budget is written when it gives anything; a program's spending is null when it gives
  // none, as files before budgets from below had to say.
  void write_budget(std::string_view key, const Budget& budget, bool program) {
    if (!budget.pagu && !budget.original_pagu && !budget.spending && budget.periods.empty()) return;
    Inline line;
    for (const json::Member& member : json::members(json::Object::kBudget)) {
      if (member.field == Field::kSpendingPeriods) {
        if (!budget.periods.empty()) line.add(member.key, spending_periods(budget.periods));
        continue;
      }
      if (auto text = value_text(member, get(budget, member.field))) {
        line.add(member.key, *text);
      } else if (program && member.field == Field::kSpending) {
        line.add(member.key, "null");  // the program states that it reports no spending
      }
    }
    member(key, line.done());
  }

  void write_staff(std::string_view key, const std::optional<Staff>& staff) {
    if (staff) member(key, inline_object(json::Object::kStaff, *staff));
  }

  void write_indicators(std::string_view key, const std::vector<Indicator>& indicators) {
    open_array(key);
    for (const Indicator& indicator : indicators)
      write_indicator(indicator);
    close_array();
  }

  void write_objective(const Objective& objective) {
    open_object();
    write_object(json::Object::kObjective, objective, [&](const json::Member& member) {
      if (member.field == Field::kStaff) write_staff(member.key, objective.staff);
      if (member.field == Field::kIndicators) write_indicators(member.key, objective.indicators);
    });
    close_object();
  }

  void write_program(const Program& program) {
    open_object();
    write_object(json::Object::kProgram, program, [&](const json::Member& member) {
      if (member.field == Field::kBudget) write_budget(member.key, program.budget, true);
      if (member.field == Field::kStaff) write_staff(member.key, program.staff);
      if (member.field == Field::kIndicators) write_indicators(member.key, program.indicators);
      if (member.field == Field::kActivities) {
        open_array(member.key);
        for (const Activity& activity : program.activities)
          write_activity(activity);
        close_array();
      }
    });
    close_object();
  }

  void write_activity(const Activity& activity) {
    open_object();
    write_object(json::Object::kActivity, activity, [&](const json::Member& member) {
      if (member.field == Field::kBudget) write_budget(member.key, activity.budget, false);
      if (member.field == Field::kIndicators) write_indicators(member.key, activity.indicators);
      if (member.field == Field::kSubActivities) {
        open_array(member.key);
        for (const SubActivity& sub : activity.sub_activities)
          write_sub_activity(sub);
        close_array();
      }
    });
    close_object();
  }

  void write_sub_activity(const SubActivity& sub) {
    open_object();
    write_object(json::Object::kSubActivity, sub, [&](const json::Member& member) {
      if (member.field == Field::kBudget) write_budget(member.key, sub.budget, false);
      if (member.field == Field::kIndicators) write_indicators(member.key, sub.indicators);
    });
    close_object();
  }

  void write_indicator(const Indicator& indicator) {
    const IndicatorDetails& details = details_of(indicator);
    open_object();
    write_object(
        json::Object::kIndicator, indicator,
        [&](const json::Member& member) {
          if (member.field == Field::kComponents) {
            inline_items(member.key, json::Object::kComponent, details.components);
          } else if (member.field == Field::kHistory) {
            inline_items(member.key, json::Object::kPastYear, details.history);
          } else if (member.field == Field::kRenstra && details.renstra) {
            write_renstra(member.key, *details.renstra);
          } else if (member.field == Field::kRegional && details.regional) {
            this->member(member.key, inline_object(json::Object::kRegional, *details.regional));
          } else if (member.field == Field::kPeriods) {
            inline_items(member.key, json::Object::kPeriodFigures, details.periods);
          } else if (member.field == Field::kTargetRange && details.target_range) {
            this->member(member.key,
                         inline_object(json::Object::kTargetRange, *details.target_range));
          } else if (member.field == Field::kRatio && details.ratio) {
            this->member(member.key, inline_object(json::Object::kRatio, *details.ratio));
          } else if (member.field == Field::kQualitative && details.qualitative) {
            write_qualitative(member.key, *details.qualitative);
          }
        },
        given_alternatives(details));
    close_object();
  }

  // On one line, as before, unless it gives targets per year.
  void write_renstra(std::string_view key, const RenstraTarget& renstra) {
    if (renstra.targets.empty()) {
      this->member(key, inline_object(json::Object::kRenstra, renstra));
      return;
    }
    open_object(key);
    write_object(json::Object::kRenstra, renstra, [&](const json::Member& member) {
      inline_items(member.key, json::Object::kRenstraYear, renstra.targets);
    });
    close_object();
  }

  void write_qualitative(std::string_view key, const QualitativeFigures& figures) {
    open_object(key);
    write_object(json::Object::kQualitative, figures, [&](const json::Member& member) {
      inline_items(member.key, json::Object::kCategory, figures.scale);
    });
    close_object();
  }

  // ---- Layout ----------------------------------------------------------------------------------
  void next_line() {
    if (!first_.empty() && !first_.back()) out_ += ',';
    if (!first_.empty()) first_.back() = false;
    out_ += '\n';
    out_.append(2 * first_.size(), ' ');
  }
  void key(std::string_view name) {
    next_line();
    out_ += '"';
    out_ += name;
    out_ += "\": ";
  }
  void member(std::string_view name, const std::string& value) {
    key(name);
    out_ += value;
  }
  void item(const std::string& value) {
    next_line();
    out_ += value;
  }
  void open(char bracket) {
    out_ += bracket;
    first_.push_back(true);
  }
  void close(char bracket) {
    const bool empty = first_.back();
    first_.pop_back();
    if (!empty) {
      out_ += '\n';
      out_.append(2 * first_.size(), ' ');
    }
    out_ += bracket;
  }
  void open_object() {
    if (!first_.empty()) next_line();
    open('{');
  }
  void open_object(std::string_view name) {
    key(name);
    open('{');
  }
  void close_object() { close('}'); }
  void open_array(std::string_view name) {
    key(name);
    open('[');
  }
  void close_array() { close(']'); }

  std::string out_;
  std::vector<bool> first_;  // per open object or array: nothing written in it yet
};

}  // namespace

std::string write_report_json(const PerformanceReport& report) {
  return Writer().write(report);
}

std::string input_json(const PerformanceReport& report) {
  return write_report_json(report);
}

}  // namespace lkjip
