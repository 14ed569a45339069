#include <catch2/catch.hpp>

#include "TermsFixtures.h"
#include "domain/Errors.h"
#include "recharge/RechargeEnums.h"
#include "recharge/RechargeTerms.h"

using namespace s113;
using namespace s113::testing;

TEST_CASE("recharge enums have one spelling each", "[recharge][enums]") {
  CHECK(toString(RechargeBasis::ActualCost) == "actual_cost");
  CHECK(toString(RechargeBasis::FixedAnnual) == "fixed_annual");
  CHECK(toString(RechargeBasis::FixedTotal) == "fixed_total");
  CHECK(toString(PartPeriodMethod::CalendarDay) == "calendar_day");
  CHECK(toString(PartPeriodMethod::Monthly) == "monthly");
  CHECK(toString(PartPeriodMethod::WorkingDay) == "working_day");
  CHECK(toString(InvoiceFrequency::Quarterly) == "quarterly");
  CHECK(toString(VatTreatment::OutsideScope) == "outside_scope");
  CHECK(toString(VatTreatment::Standard) == "standard");
  CHECK(toString(VatTreatment::Exempt) == "exempt");
  CHECK(toString(OnCostKind::Itemised) == "itemised");

  CHECK(parseRechargeBasis("fixed_total") == RechargeBasis::FixedTotal);
  CHECK(parsePartPeriodMethod("working_day") == PartPeriodMethod::WorkingDay);
  CHECK(parseInvoiceFrequency("annual") == InvoiceFrequency::Annual);
  CHECK(parseVatTreatment("exempt") == VatTreatment::Exempt);
  CHECK(parseOnCostKind("flat") == OnCostKind::Flat);
  CHECK_THROWS_WITH(parseRechargeBasis("actual"),
                    "'actual' is not one of: actual_cost, fixed_annual, fixed_total");
  CHECK_THROWS_AS(parseVatTreatment("Standard"), std::invalid_argument);
  CHECK_THROWS_WITH(parseInvoiceFrequency("weekly"), Catch::Contains("monthly, quarterly, annual"));
}

namespace {

// The field a refused agreement is blamed on ("" when it is accepted).
std::string refusedField(const RechargeTerms& t) {
  try {
    validate(t);
  } catch (const ValidationError& e) {
    CHECK(e.record() == "recharge agreement " + t.key);
    return e.field();
  }
  return "";
}

}  // namespace

TEST_CASE("validation accepts well-formed agreements", "[recharge][validate]") {
  CHECK(refusedField(actualCost("RA-1", Pence(6000000), d(2023, 4, 1))) == "");
  CHECK(refusedField(fixedAnnual("RA-2", Pence(1000000), d(2023, 4, 1), d(2024, 3, 31))) == "");
  CHECK(refusedField(fixedTotal("RA-3", Pence(17250000),
                                {{FinancialYear(2009), Pence(9500000)}, {FinancialYear(2010), Pence(7750000)}},
                                d(2009, 4, 1))) == "");
}

TEST_CASE("validation names the agreement and the field at fault", "[recharge][validate]") {
  RechargeTerms t = actualCost("RA-9", Pence(6000000), d(2023, 4, 1));

  SECTION("payer and payee must differ") {
    t.payee = t.payer;
    CHECK(refusedField(t) == "payee");
  }
  SECTION("share must be in (0, 100%]") {
    t.shareBp = BasisPoints(0);
    CHECK(refusedField(t) == "share");
    t.shareBp = BasisPoints(10001);
    CHECK(refusedField(t) == "share");
    t.shareBp = -BasisPoints(5000);
    CHECK(refusedField(t) == "share");
    t.shareBp = BasisPoints(10000);
    CHECK(refusedField(t) == "");
  }
  SECTION("end must not be before start") {
    t.end = d(2023, 3, 31);
    CHECK(refusedField(t) == "end");
    t.end = d(2023, 4, 1);  // a one-day agreement is fine
    CHECK(refusedField(t) == "");
  }
  SECTION("start is required") {
    t.start = Date();
    CHECK(refusedField(t) == "start");
  }
  SECTION("amounts must not be negative") {
    t.annualPay = -Pence(1);
    CHECK(refusedField(t) == "annual_pay");
    t.annualPay = Pence(1);
    t.payChanges = {{d(2023, 9, 1), Pence(-100)}};
    CHECK(refusedField(t) == "pay_changes");
    t.payChanges = {{d(2023, 9, 1), Pence(100)}, {d(2023, 9, 1), Pence(200)}};
    CHECK(refusedField(t) == "pay_changes");
    t.payChanges.clear();
    t.fixedAnnual = -Pence(1);
    CHECK(refusedField(t) == "fixed_annual");
    t.fixedAnnual = Pence(0);
    t.onCosts = OnCosts::itemised(BasisPoints(-1));
    CHECK(refusedField(t) == "on_costs");
  }
  SECTION("on-costs belong to actual cost only") {
    RechargeTerms f = fixedAnnual("RA-8", Pence(100000), d(2023, 4, 1));
    f.onCosts = OnCosts::flat(BasisPoints(2500));
    CHECK(refusedField(f) == "on_costs");
  }
  SECTION("missing key, payer or payee") {
    t.payer = "";
    CHECK(refusedField(t) == "payer");
  }
}

TEST_CASE("validation checks the phasing of a fixed total", "[recharge][validate]") {
  RechargeTerms t =
      fixedTotal("RA-7", Pence(17250000), {{FinancialYear(2009), Pence(9500000)}, {FinancialYear(2010), Pence(7750000)}},
                 d(2009, 4, 1), d(2012, 3, 31));
  REQUIRE(refusedField(t) == "");

  SECTION("missing phasing") {
    t.phasing.clear();
    CHECK(refusedField(t) == "phasing");
  }
  SECTION("phasing not summing to the total") {
    t.phasing[1].amount = Pence(7749999);
    CHECK(refusedField(t) == "phasing");
    try {
      validate(t);
    } catch (const ValidationError& e) {
      CHECK(std::string(e.what()) ==
            "recharge agreement RA-7: phasing: years sum to 172499.99, not the fixed total "
            "172500.00");
    }
  }
  SECTION("a year twice") {
    t.phasing[1].year = FinancialYear(2009);
    CHECK(refusedField(t) == "phasing");
  }
  SECTION("a year outside the agreement's dates") {
    t.phasing[1].year = FinancialYear(2012);
    CHECK(refusedField(t) == "phasing");
  }
  SECTION("a negative year") {
    t.phasing = {{FinancialYear(2009), Pence(17250001)}, {FinancialYear(2010), Pence(-1)}};
    CHECK(refusedField(t) == "phasing");
  }
  SECTION("a negative total") {
    t.fixedTotal = -Pence(1);
    CHECK(refusedField(t) == "fixed_total");
  }
}

TEST_CASE("annual pay follows its effective-dated changes", "[recharge][terms]") {
  RechargeTerms t = actualCost("RA-1", Pence(3000000), d(2024, 4, 1));
  t.payChanges = {{d(2025, 4, 1), Pence(3300000)}, {d(2024, 9, 1), Pence(3150000)}};
  CHECK(t.annualPayOn(d(2024, 8, 31)) == Pence(3000000));
  CHECK(t.annualPayOn(d(2024, 9, 1)) == Pence(3150000));
  CHECK(t.annualPayOn(d(2025, 3, 31)) == Pence(3150000));
  CHECK(t.annualPayOn(d(2025, 4, 1)) == Pence(3300000));
}
