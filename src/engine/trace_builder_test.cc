#include "trace_builder.h"

#include <catch2/catch.hpp>
#include <vector>

#include "lkjip/formulas.h"

using namespace lkjip;

namespace {

// Terms for the absorption formula (spending, pagu), counting how often they are made.
struct CountedTerms {
  int* made;
  std::vector<Term> operator()() const {
    ++*made;
    return {trace::of(Figure(Rational(40)), Role::kSpending, "P1"),
            trace::of(Figure(Rational(80)), Role::kPagu, "P1")};
  }
};

}  // namespace

TEST_CASE("a formula's terms are made only when traces are kept") {
  int made = 0;
  SECTION("kept: made once, named, in the trace") {
    const trace::Scope keeping(Traces::kKeep);
    CHECK(trace::keeping());
    const Figure figure =
        trace::result(Formula::kAbsorption, "P1", CountedTerms{&made}, Rational(50));
    CHECK(made == 1);
    REQUIRE(figure.trace() != nullptr);
    REQUIRE(figure.trace()->terms.size() == 2);
    CHECK(figure.trace()->terms[0].symbol == "S");
    CHECK(figure.value() == Rational(50));
  }
  SECTION("dropped: never made, the same value") {
    const trace::Scope dropping(Traces::kDrop);
    CHECK_FALSE(trace::keeping());
    const Figure figure =
        trace::result(Formula::kAbsorption, "P1", CountedTerms{&made}, Rational(50));
    const Money money = trace::money_result(Formula::kSilpa, "P1", CountedTerms{&made}, 40);
    CHECK(made == 0);
    CHECK(figure.trace() == nullptr);
    CHECK(figure.value() == Rational(50));
    CHECK(money.trace() == nullptr);
    CHECK(money.value() == 40);
  }
  SECTION("a keeping scope inside a dropping one keeps dropping") {
    const trace::Scope dropping(Traces::kDrop);
    const trace::Scope inner(Traces::kKeep);
    CHECK_FALSE(trace::keeping());
    trace::result(Formula::kAbsorption, "P1", CountedTerms{&made}, Rational(50));
    CHECK(made == 0);
  }
}

TEST_CASE("formulas that gather terms in a loop give the same value without them") {
  const std::vector<Figure> values = {Figure(Rational::from_ratio(1, 3)), Figure(Rational(2))};
  const std::vector<Money> amounts = {Money(Rupiah{5}), Money(Rupiah{7})};
  const Figure kept_mean = mean_as_printed(values, "all");
  const Figure kept_sum = sum(values, "all");
  const Money kept_rupiah = sum_rupiah(amounts, "all");
  REQUIRE(kept_mean.trace() != nullptr);
  CHECK(kept_mean.trace()->terms.size() == 2);
  CHECK(kept_sum.trace()->terms.size() == 2);
  CHECK(kept_rupiah.trace()->terms.size() == 2);

  const trace::Scope dropping(Traces::kDrop);
  const Figure mean = mean_as_printed(values, "all");
  const Figure total = sum(values, "all");
  const Money rupiah = sum_rupiah(amounts, "all");
  CHECK(mean.trace() == nullptr);
  CHECK(total.trace() == nullptr);
  CHECK(rupiah.trace() == nullptr);
  CHECK(mean.value() == kept_mean.value());  // (0,33 + 2) / 2, each as printed
  CHECK(mean.value() == Rational::from_ratio(233, 200));
  CHECK(total.value() == kept_sum.value());
  CHECK(rupiah.value() == 12);
}
