#include "services/KeptLines.h"

#include "recharge/RechargeEnums.h"

namespace s113 {
namespace {

std::string flag(bool b) { return b ? "true" : "false"; }

}  // namespace

Record keptRecordOf(const ScheduleLine& l) {
  return {{"line_kind", toString(l.kind)},
          {"agreement", l.agreementKey},
          {"payer", l.payer},
          {"payee", l.payee},
          {"covers", l.covers},
          {"share", l.share},
          {"period_start", formatIso(l.period.first)},
          {"period_end", formatIso(l.period.last)},
          {"active_start", formatIso(l.active.first)},
          {"active_end", formatIso(l.active.last)},
          {"days", std::to_string(l.daysActive)},
          {"weekdays", std::to_string(l.weekdaysActive)},
          {"invoice_date", formatIso(l.invoiceDate)},
          {"pay", formatMoney(l.pay)},
          {"employer_ni", formatMoney(l.onCostItems.employerNi)},
          {"pension", formatMoney(l.onCostItems.pension)},
          {"apprenticeship_levy", formatMoney(l.onCostItems.apprenticeshipLevy)},
          {"flat_on_costs", formatMoney(l.onCostItems.flat)},
          {"vat", formatMoney(l.vat)},
          {"vat_treatment", toString(l.vatTreatment)},
          {"vat_confirmed", flag(l.vatConfirmed)},
          {"invoiced", flag(l.invoiced)},
          {"netting_allowed", flag(l.nettingAllowed)},
          {"adjusts_start", l.adjusts ? formatIso(l.adjusts->first) : ""},
          {"adjusts_end", l.adjusts ? formatIso(l.adjusts->last) : ""},
          {"cause", l.cause},
          {"payer_cost_centre", l.codes.payerCostCentre},
          {"payer_account", l.codes.payerAccount},
          {"payee_cost_centre", l.codes.payeeCostCentre},
          {"payee_account", l.codes.payeeAccount}};
}

ScheduleLine lineOfKept(const Record& r) {
  auto date = [&](const char* field) { return parseIsoDate(valueOf(r, field)); };
  auto money = [&](const char* field) { return parseMoney(valueOf(r, field)); };
  ScheduleLine l;
  l.kind = parseLineKind(valueOf(r, "line_kind"));
  l.agreementKey = valueOf(r, "agreement");
  l.payer = valueOf(r, "payer");
  l.payee = valueOf(r, "payee");
  l.covers = valueOf(r, "covers");
  l.share = valueOf(r, "share");
  l.period = {date("period_start"), date("period_end")};
  l.active = {date("active_start"), date("active_end")};
  l.daysActive = std::stol(valueOf(r, "days"));
  l.weekdaysActive = std::stol(valueOf(r, "weekdays"));
  l.invoiceDate = date("invoice_date");
  l.pay = money("pay");
  l.onCostItems = {money("employer_ni"), money("pension"), money("apprenticeship_levy"),
                   money("flat_on_costs")};
  l.onCosts = l.onCostItems.total();
  l.net = l.pay + l.onCosts;
  l.vat = money("vat");
  l.total = l.net + l.vat;
  l.vatTreatment = parseVatTreatment(valueOf(r, "vat_treatment"));
  l.vatConfirmed = valueOf(r, "vat_confirmed") == "true";
  l.invoiced = valueOf(r, "invoiced") == "true";
  l.nettingAllowed = valueOf(r, "netting_allowed") == "true";
  if (!valueOf(r, "adjusts_start").empty())
    l.adjusts = Period{date("adjusts_start"), date("adjusts_end")};
  l.cause = valueOf(r, "cause");
  l.codes = {valueOf(r, "payer_cost_centre"), valueOf(r, "payer_account"),
             valueOf(r, "payee_cost_centre"), valueOf(r, "payee_account")};
  return l;
}

}  // namespace s113
