#include "parts_diagnosis.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace lkjip {
namespace {

using Kind = PartsDiagnosis::Kind;

Rational decimal(const std::string& text) {
  return *Rational::parse_decimal(text);
}

Quantity printed(const std::string& text) {
  const std::size_t point = text.find('.');
  const int decimals = point == std::string::npos ? 0 : static_cast<int>(text.size() - point - 1);
  return Quantity{decimal(text), decimals};
}

std::vector<Rational> values(std::initializer_list<const char*> texts) {
  std::vector<Rational> out;
  for (const char* text : texts)
    out.push_back(decimal(text));
  return out;
}

PartsDiagnosis diagnose(const std::string& shown, std::initializer_list<const char*> parts,
                        Formula formula) {
  return diagnose_aggregate(printed(shown), values(parts), formula);
}

TEST_CASE("an aggregate that its printed parts give at its precision agrees", "[parts]") {
  // (100,16 + 94,17) / 2 = 97,165 -> 97,17 (half up).
  CHECK(diagnose("97.17", {"100.16", "94.17"}, Formula::kMeanAsPrinted).kind == Kind::kAgrees);
  // One decimal printed: (98,5 + 116,3) / 2 = 107,4.
  CHECK(diagnose("107.4", {"98.5", "116.3"}, Formula::kMeanAsPrinted).kind == Kind::kAgrees);
  CHECK(diagnose("2696606251", {"2535641951", "160964300"}, Formula::kSumRupiah).kind ==
        Kind::kAgrees);
}

TEST_CASE("a mean cut off instead of rounded is truncated", "[parts]") {
  // (85,38 + 85,39) / 2 = 85,385: rounded 85,39, printed 85,38.
  const PartsDiagnosis d = diagnose("85.38", {"85.38", "85.39"}, Formula::kMeanAsPrinted);
  CHECK(d.kind == Kind::kTruncated);
  CHECK(d.exact == decimal("85.385"));
  CHECK(d.expected == decimal("85.39"));
  CHECK(d.difference == decimal("-0.01"));
}

TEST_CASE("a negative value cut off toward zero is truncated", "[parts]") {
  // (-85,38 + -85,39) / 2 = -85,385: rounded half away from zero -85,39, cut -85,38.
  const PartsDiagnosis d = diagnose("-85.38", {"-85.38", "-85.39"}, Formula::kMeanAsPrinted);
  CHECK(d.kind == Kind::kTruncated);
  CHECK(d.expected == decimal("-85.39"));
}

TEST_CASE("a sum rounded away from the nearest is rounded up", "[parts]") {
  // 10,123 + 0,001 = 10,124: nearest 10,12, printed 10,13.
  const PartsDiagnosis d = diagnose("10.13", {"10.123", "0.001"}, Formula::kSum);
  CHECK(d.kind == Kind::kRoundedUp);
  CHECK(d.expected == decimal("10.12"));
}

TEST_CASE("two adjacent digits swapped are transposed", "[parts]") {
  // Tabel 3.11 of the seed: 2.535.641.951 + 160.964.300 = 2.696.606.251, printed 2.696.606.521.
  const PartsDiagnosis d = diagnose("2696606521", {"2535641951", "160964300"}, Formula::kSumRupiah);
  CHECK(d.kind == Kind::kTransposed);
  CHECK(d.position == 8);
  CHECK(d.printed_digit == '5');
  CHECK(d.next_printed_digit == '2');
  CHECK(d.expected_digit == '2');
  CHECK(d.expected == decimal("2696606251"));
}

TEST_CASE("transposed digits of a negative decimal", "[parts]") {
  // -12,34 + -0,10 = -12,44, printed -14,24: the 2nd and 3rd digits swapped.
  const PartsDiagnosis d = diagnose("-14.24", {"-12.34", "-0.10"}, Formula::kSum);
  CHECK(d.kind == Kind::kTransposed);
  CHECK(d.position == 2);
}

TEST_CASE("one digit that differs is named with its position", "[parts]") {
  // 2.696.606.251 printed 2.696.606.250: the 10th digit.
  const PartsDiagnosis d = diagnose("2696606250", {"2535641951", "160964300"}, Formula::kSumRupiah);
  CHECK(d.kind == Kind::kOneDigit);
  CHECK(d.position == 10);
  CHECK(d.printed_digit == '0');
  CHECK(d.expected_digit == '1');
  // A negative decimal: -5,83 printed -5,88.
  const PartsDiagnosis negative = diagnose("-5.88", {"-6", "0.17"}, Formula::kSum);
  CHECK(negative.kind == Kind::kOneDigit);
  CHECK(negative.position == 3);
  CHECK(negative.expected_digit == '3');
}

TEST_CASE("a part left out is named", "[parts]") {
  // 10 + 20 + 30 = 60 printed 50: the parts without the first (also one digit, but a part left
  // out explains it with the table's own numbers).
  const PartsDiagnosis sum = diagnose("50", {"10", "20", "30"}, Formula::kSum);
  CHECK(sum.kind == Kind::kPartLeftOut);
  CHECK(sum.part == 0);
  // A mean of three printed 100 where the two others give 100: the third (90,91) left out.
  const PartsDiagnosis mean = diagnose("100", {"100", "100", "90.91"}, Formula::kMeanAsPrinted);
  CHECK(mean.kind == Kind::kPartLeftOut);
  CHECK(mean.part == 2);
}

TEST_CASE("a part counted twice is named", "[parts]") {
  // (100 + 90 + 80) / 3 = 90, printed 87,5 = (100 + 90 + 80 + 80) / 4.
  const PartsDiagnosis mean = diagnose("87.5", {"100", "90", "80"}, Formula::kMeanAsPrinted);
  CHECK(mean.kind == Kind::kPartTwice);
  CHECK(mean.part == 2);
  CHECK(mean.parts == std::vector<std::size_t>{2});
  // 1,25 + 2,5 + 4 = 7,75 printed 10,25: 2,5 twice.
  const PartsDiagnosis sum = diagnose("10.25", {"1.25", "2.5", "4"}, Formula::kSum);
  CHECK(sum.kind == Kind::kPartTwice);
  CHECK(sum.part == 1);
}

TEST_CASE("parts of the same value that would each explain it are all named", "[parts]") {
  // (90,2 + 5 × 100) / 6 = 98,37; printed 98,60 = (90,2 + 6 × 100) / 7: any of the 100s twice.
  const PartsDiagnosis d =
      diagnose("98.60", {"90.2", "100", "100", "100", "100", "100"}, Formula::kMeanAsPrinted);
  CHECK(d.kind == Kind::kPartTwice);
  CHECK(d.parts == std::vector<std::size_t>{1, 2, 3, 4, 5});
}

TEST_CASE("otherwise the difference", "[parts]") {
  // 1,5 + 2,25 = 3,75 printed 4,10: three digits differ.
  const PartsDiagnosis d = diagnose("4.10", {"1.5", "2.25"}, Formula::kSum);
  CHECK(d.kind == Kind::kDifference);
  CHECK(d.difference == decimal("0.35"));
  // The sign: 3 + -5 = -2 printed 2.
  const PartsDiagnosis sign = diagnose("2", {"3", "-5"}, Formula::kSum);
  CHECK(sign.kind == Kind::kDifference);
  CHECK(sign.difference == Rational(4));
}

TEST_CASE("the aggregate's formula is the engine's: a mean of values as printed", "[parts]") {
  // Parts printed with more decimals than two are rounded at two as the mean takes them:
  // (97,125 -> 97,13 + 97,135 -> 97,14) / 2 = 97,135, printed 97,14 agrees.
  CHECK(diagnose("97.14", {"97.125", "97.135"}, Formula::kMeanAsPrinted).kind == Kind::kAgrees);
  // The same parts summed exactly: 194,26.
  CHECK(diagnose("194.26", {"97.125", "97.135"}, Formula::kSum).kind == Kind::kAgrees);
}

TEST_CASE("a part printed with fewer decimals than it has is known only to them", "[parts]") {
  // 98,5 printed for 98,46 and 116,3: the mean 107,38 printed from the values themselves is
  // within (98,45 + 116,3) / 2 = 107,375 and (98,55 + 116,3) / 2 = 107,425.
  const std::vector<Rational> parts = values({"98.5", "116.3"});
  const std::vector<Rational> halfwidths = values({"0.05", "0"});
  CHECK(diagnose_aggregate(printed("107.38"), parts, Formula::kMeanAsPrinted, halfwidths).kind ==
        Kind::kAgrees);
  CHECK(diagnose_aggregate(printed("107.38"), parts, Formula::kMeanAsPrinted).kind !=
        Kind::kAgrees);
  // Parts printed whole leave no room: a tie of the exact parts rounds up.
  const std::vector<Rational> zero = values({"0", "0"});
  CHECK(diagnose_aggregate(printed("85.38"), values({"85.38", "85.39"}), Formula::kMeanAsPrinted,
                           zero)
            .kind == Kind::kTruncated);
  // Beyond the bounds it is a finding still: 107,44 against 107,40, one digit.
  CHECK(diagnose_aggregate(printed("107.44"), parts, Formula::kMeanAsPrinted, halfwidths).kind ==
        Kind::kOneDigit);
}

}  // namespace
}  // namespace lkjip
