#include "check_scales.h"

#include <cctype>
#include <string>
#include <string_view>

#include "lkjip/scale.h"

namespace lkjip {
namespace {

using Severity = Finding::Severity;

// A bound as the report writes it: 80, 76,61 (bounds have at most 2 decimals).
std::string bound_text(const Rational& value) {
  std::string text = value.to_exact_decimal(kPercentDecimals).value_or(value.to_fraction_string());
  for (char& c : text) {
    if (c == '.') c = ',';
  }
  return text;
}

// "0", "(80; 90]": a value, or the values between two bounds, each bracket saying whether the
// bound is in.
std::string interval_text(const Interval& values) {
  if (values.min == values.max) return bound_text(values.min);
  return std::string(values.include_min ? "[" : "(") + bound_text(values.min) + "; " +
         bound_text(values.max) + (values.include_max ? "]" : ")");
}

// "\"Baik\" (90; 110]".
std::string band_text(const RatingBand& band) {
  return "\"" + band.label + "\" " + interval_text(values_of(band));
}

// A label's words before any parenthesis, in lower case, single-spaced: "Baik ( Berhasil)" and
// "Baik" name one rating, "Sangat Kurang" and "Kurang" two.
std::string rating_name(std::string_view label) {
  label = label.substr(0, label.find('('));
  std::string name;
  for (char c : label) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!name.empty() && name.back() != ' ') name += ' ';
    } else {
      name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  if (!name.empty() && name.back() == ' ') name.pop_back();
  return name;
}

class ScaleChecks {
 public:
  ScaleChecks(const PerformanceReport& report, const Results& results, Findings& findings)
      : report_(report), results_(results), findings_(findings) {}

  void run(const StatedScale& scale) {
    const std::string of = findings_.say(Message::kWordCapaian);
    const Settings& settings = report_.settings;
    const Interval range{settings.score_floor.value, settings.score_cap.value};
    const std::string floor = bound_text(range.min);
    const std::string cap = bound_text(range.max);
    const auto band_key = [&](std::size_t band) {
      return Key{scale.source, Field::kStatedBand, static_cast<std::uint32_t>(band)};
    };
    const ScaleCoverage coverage = scale_coverage(scale.bands, range);
    for (const ScaleGap& gap : coverage.gaps) {
      std::string next;
      if (gap.below && gap.above) {
        next = findings_.say(Message::kScaleGapBetween, band_text(scale.bands[*gap.below]),
                             band_text(scale.bands[*gap.above]));
      } else if (gap.above) {
        next = findings_.say(Message::kScaleGapBelow, band_text(scale.bands[*gap.above]));
      } else if (gap.below) {
        next = findings_.say(Message::kScaleGapAbove, band_text(scale.bands[*gap.below]));
      }
      const std::size_t at = gap.above ? *gap.above : gap.below.value_or(0);
      add(FindingCode::kScaleGap, Severity::kError, band_key(at), scale,
          findings_.say(Message::kScaleGap, of, interval_text(gap.values), floor, cap, next));
    }
    for (const ScaleOverlap& overlap : coverage.overlaps) {
      std::string bands;
      for (std::size_t b : overlap.bands) {
        if (!bands.empty()) bands += ", ";
        bands += band_text(scale.bands[b]);
      }
      add(FindingCode::kScaleOverlap, Severity::kError, band_key(overlap.bands[1]), scale,
          findings_.say(Message::kScaleOverlap, of, interval_text(overlap.values),
                        overlap.bands.size(), bands));
    }
    for (std::size_t b = 0; b < scale.bands.size(); ++b) {
      const Interval values = values_of(scale.bands[b]);
      if (values.empty()) {
        add(FindingCode::kScaleUnreachable, Severity::kWarning, band_key(b), scale,
            findings_.say(Message::kScaleEmptyBand, of, band_text(scale.bands[b])));
      } else if (intersection(values, range).empty()) {
        add(FindingCode::kScaleUnreachable, Severity::kWarning, band_key(b), scale,
            findings_.say(Message::kScaleUnreachable, of, band_text(scale.bands[b]), floor, cap));
      }
    }
    rated_otherwise(scale, of);
  }

 private:
  void add(FindingCode code, Severity severity, const Key& key, const StatedScale& scale,
           std::string message) {
    edit_comparison(findings_.add(code, severity, key, std::move(message))).where = scale.where;
  }

  // The key and program indicators' computed scores that the stated scale puts in another band
  // than lkjip's scale (by the band's name), or in none: one finding naming them.
  void rated_otherwise(const StatedScale& scale, const std::string& of) {
    std::string listed;
    std::size_t count = 0;
    const auto compare = [&](const IndicatorResult& result) {
      if (!result.score.ok() || result.rating == nullptr) return;
      const RatingBand* stated = rate(result.score.value(), scale.bands);
      if (stated != nullptr && rating_name(stated->label) == rating_name(result.rating->label)) {
        return;
      }
      ++count;
      if (!listed.empty()) listed += "; ";
      listed += findings_.say(
          Message::kScaleRatedAs, result.indicator->id,
          as_printed(result.score.value(), kPercentDecimals),
          stated != nullptr ? "\"" + stated->label + "\"" : findings_.say(Message::kWordNoBand),
          "\"" + result.rating->label + "\"");
    };
    for (const ObjectiveResult& objective : results_.objectives) {
      for (const IndicatorResult& result : objective.indicators)
        compare(result);
    }
    for (const ProgramResult& program : results_.programs) {
      for (const IndicatorResult& result : program.indicators)
        compare(result);
    }
    if (count == 0) return;
    add(FindingCode::kScaleRatingDiffers, Severity::kWarning,
        Key{scale.source, Field::kStatedBands}, scale,
        findings_.say(Message::kScaleRatesOtherwise, of, count, listed));
  }

  const PerformanceReport& report_;
  const Results& results_;
  Findings& findings_;
};

}  // namespace

void check_stated_scales(const PerformanceReport& report, const Results& results,
                         Findings& findings) {
  ScaleChecks checks(report, results, findings);
  for (const StatedScale& scale : report.stated_scales)
    checks.run(scale);
}

}  // namespace lkjip
