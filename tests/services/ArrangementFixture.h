// A small register for the arrangement tests (ArrangementTest.cpp,
// ArrangementRecheckTest.cpp): B&NES Council (BNES), the CCG (BCCG) and
// another council (OTHER); agreements A-OPEN (from 2013-04-01, open-ended,
// 6 months' notice) and A-SHORT (2013-04-01 to 2015-03-31); posts J-1 (DASS,
// joint) and J-2; contracts C-COUNCIL (BNES, 1.0 FTE, from 2010-01-04) and
// C-NHS (BCCG, 0.8 FTE, from 2012-01-09).
#pragma once
#include <catch2/catch.hpp>
#include <functional>
#include <string>
#include <vector>

#include "domain/Arrangements.h"
#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "domain/ExchangeForm.h"
#include "services/RecordService.h"
#include "storage/VersionStore.h"
#include "support/TestRegister.h"
#include "support/TextRecords.h"
#include "storage/Session.h"

namespace {
using namespace s113;
using s113::test::TestRegister;

struct ArrangementFixture {
  TestRegister t;
  RecordService service{t.reg()};

  ArrangementFixture() {
    save(partnerDef(), "BNES",
         {{"name", "B&NES Council"}, {"kind", "council"}, {"nation", "england"}});
    save(partnerDef(), "BCCG", {{"name", "B&NES CCG"}, {"kind", "nhs"}, {"nation", "england"}});
    save(partnerDef(), "OTHER",
         {{"name", "Another council"}, {"kind", "council"}, {"nation", "england"}});
    Record agreement{{"title", "S113 agreement"},
                     {"party_a", "BNES"},
                     {"party_b", "BCCG"},
                     {"legal_basis", "LGA 1972 s113"},
                     {"in_force_from", "2013-04-01"},
                     {"next_review", "2014-04-01"},
                     {"notice_months", "6"},
                     {"protocol_version", "1"}};
    save(agreementDef(), "A-OPEN", agreement);
    agreement["in_force_to"] = "2015-03-31";
    agreement["notice_months"] = "3";
    save(agreementDef(), "A-SHORT", agreement);
    Record post{{"title", "Director of Adult Social Services"},
                {"fte", "1"},
                {"employer", "BNES"},
                {"host", "BNES"},
                {"kind", "joint"},
                {"statutory_role", "DASS"},
                {"registration", "none"},
                {"functional_split", "BNES:50;BCCG:50"},
                {"status", "filled"},
                {"agreement", "A-OPEN"}};
    save(postDef(), "J-1", post);
    post["title"] = "Commissioning Manager";
    post["kind"] = "s113";
    post["statutory_role"] = "none";
    save(postDef(), "J-2", post);
    save(personDef(), "P-1", {{"name", "Alex Council"}});
    save(personDef(), "P-2", {{"name", "Sam Nhs"}});
    save(contractDef(), "C-COUNCIL",
         {{"person", "P-1"},
          {"employer", "BNES"},
          {"post", "J-2"},
          {"fte", "1"},
          {"annual_salary", "50000"},
          {"pay_framework", "NJC"},
          {"pension_scheme", "LGPS"},
          {"start_date", "2010-01-04"}});
    save(contractDef(), "C-NHS",
         {{"person", "P-2"},
          {"employer", "BCCG"},
          {"fte", "0.8"},
          {"annual_salary", "40000"},
          {"pay_framework", "AfC"},
          {"pension_scheme", "NHSPS"},
          {"start_date", "2012-01-09"}});
  }

  Register& reg() { return t.reg(); }

  int save(const EntityDef& def, const std::string& key, const Record& fields,
           const Date& validFrom = Date(2013, 4, 1)) {
    return service.save(test::textEdit(def, key, fields, 0, validFrom));
  }
  // A new version of a record with some fields changed.
  int change(const EntityDef& def, const std::string& key, const Record& changes,
             const Date& validFrom) {
    auto latest = VersionStore(reg(), def).latest(key);
    REQUIRE(latest.has_value());
    Record fields = test::text(def, latest->fields);
    for (const auto& [f, v] : changes) fields[f] = v;
    return service.save(test::textEdit(def, key, fields, latest->version, validFrom));
  }

  // A valid placement of the NHS contract with the council, in `status`.
  static Record placement(const std::string& status = "active", const std::string& share = "50") {
    Record r{{"kind", "s113_placement"},
             {"contract", "C-NHS"},
             {"employer", "BCCG"},
             {"receiving_partner", "BNES"},
             {"agreement", "A-OPEN"},
             {"share_of_time", share},
             {"start_date", "2014-04-01"},
             {"officer_consulted_on", "2014-03-01"},
             {"return_to_post", "true"},
             {"termination_notice_months", "3"},
             {"status", status}};
    if (auto s = findEnum<PlacementStatus>(status); s && placementFinished(*s)) r["ended_on"] = "2015-03-31";
    if (status == "terminated") r["termination_reason"] = "service brought back in house";
    return r;
  }

  int version(const EntityDef& def, const std::string& key) {
    return VersionStore(reg(), def).latest(key)->version;
  }

  std::size_t rows(const std::string& table) {
    long long n = 0;
    sessionOf(reg()) << "SELECT COUNT(*) FROM " + table, soci::into(n);
    return static_cast<std::size_t>(n);
  }
};

// "record | field | reason" of the first error of a refused edit, or "accepted".
inline std::string refusal(const std::function<void()>& edit) {
  try {
    edit();
  } catch (const ValidationErrors& e) {
    const auto& first = e.errors().front();
    return first.record() + " | " + first.field() + " | " + first.reason();
  }
  return "accepted";
}

// Every error of a refused edit, each as "record | field | reason".
inline std::vector<std::string> refusals(const std::function<void()>& edit) {
  std::vector<std::string> out;
  try {
    edit();
  } catch (const ValidationErrors& e) {
    for (const auto& error : e.errors())
      out.push_back(error.record() + " | " + error.field() + " | " + error.reason());
  }
  return out;
}

}  // namespace
