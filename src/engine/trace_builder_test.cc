#include "trace_builder.h"

#include <catch2/catch.hpp>
#include <optional>
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

TEST_CASE("a figure holds its value and one pointer: to its trace or to its reason") {
  STATIC_REQUIRE(sizeof(Figure) == 32);
  STATIC_REQUIRE(sizeof(Money) == 24);

  const Figure untraced(Rational(7));
  CHECK(untraced.ok());
  CHECK(untraced.trace() == nullptr);
  CHECK(untraced.why().reason == Reason::kPartNotComputable);  // nothing kept it from being made

  const Figure unavailable = Unavailable{Reason::kTargetZero, "IKU-1"};
  CHECK_FALSE(unavailable.ok());
  CHECK(unavailable.trace() == nullptr);
  CHECK(unavailable.why().reason == Reason::kTargetZero);
  CHECK(unavailable.why().subject == "IKU-1");

  const Figure no_data;
  CHECK_FALSE(no_data.ok());
  CHECK(no_data.why().reason == Reason::kNoData);

  const trace::Scope keeping(Traces::kKeep);
  const Figure traced = trace::given(Quantity{Rational(9), 0}, "IKU-2", std::nullopt);
  REQUIRE(traced.ok());
  REQUIRE(traced.trace() != nullptr);
  CHECK(traced.trace()->subject == "IKU-2");
  CHECK(traced.trace()->formula == Formula::kGiven);
  CHECK(traced.value() == Rational(9));

  // Copies share the trace and the reason; a copy outlives the original.
  std::optional<Figure> original = traced;
  const Figure copy = *original;
  const Figure reason_copy = unavailable;
  original.reset();
  CHECK(copy.trace()->subject == "IKU-2");
  CHECK(reason_copy.why().subject == "IKU-1");

  const Money money = Unavailable{Reason::kPaguMissing, "P1"};
  CHECK_FALSE(money.ok());
  CHECK(money.why().reason == Reason::kPaguMissing);
  CHECK(Money(Rupiah{5}).value() == 5);
}

TEST_CASE("a part's term is named by its own trace's subject") {
  const trace::Scope keeping(Traces::kKeep);
  const Figure traced = trace::given(Quantity{Rational(3), 0}, "IKU-3", std::nullopt);
  CHECK(trace::part_of(traced, Role::kPart).subject == "IKU-3");
  CHECK(trace::part_of(Figure(Rational(3)), Role::kPart).subject.empty());  // untraced
  const Money amount =
      trace::given(OptionalAmount(Amount{7}), Reason::kPaguMissing, "P2", std::nullopt);
  const Term term = trace::part_of(amount, Role::kPagu);
  CHECK(term.subject == "P2");
  CHECK(term.role == Role::kPagu);
  CHECK(term.value == Rational(7));
}
