// Pence, basis points and FTE units go into and come out of SQL as the
// integers they are stored as (storage/SqlQuantities.h), on both backends.
#include <catch2/catch.hpp>

#include "storage/SqlQuantities.h"
#include "support/TestRegister.h"
#include "storage/Session.h"

using namespace s113;

TEST_CASE("pence, basis points and FTE bind and fetch as integers", "[storage][money]") {
  test::TestRegister t;
  soci::session& sql = sessionOf(*t);
  sql << "CREATE TEMPORARY TABLE quantity_probe (amount BIGINT NOT NULL, share INTEGER NOT NULL, "
         "fte INTEGER NOT NULL)";
  const Pence amount(-900000000000001LL);  // beyond 32 bits and negative
  const BasisPoints share(3333);
  const FteUnits fte(6000);
  sql << "INSERT INTO quantity_probe (amount, share, fte) VALUES (:a, :s, :f)", soci::use(amount),
      soci::use(share), soci::use(fte);

  // The columns hold the integers themselves: SQL arithmetic sees them.
  long long doubled = 0, shareAndFte = 0;
  sql << "SELECT amount * 2, share + fte FROM quantity_probe", soci::into(doubled), soci::into(shareAndFte);
  CHECK(doubled == -1800000000000002LL);
  CHECK(shareAndFte == 9333);

  Pence amountBack(0);
  BasisPoints shareBack(0);
  FteUnits fteBack(0);
  sql << "SELECT amount, share, fte FROM quantity_probe", soci::into(amountBack), soci::into(shareBack),
      soci::into(fteBack);
  CHECK(amountBack == amount);
  CHECK(shareBack == share);
  CHECK(fteBack == fte);

  // A row reports BIGINT and INTEGER columns as different types; cellQuantity reads either.
  soci::row row;
  sql << "SELECT amount, share, fte FROM quantity_probe", soci::into(row);
  CHECK(cellQuantity<Pence>(row, 0) == amount);
  CHECK(cellQuantity<BasisPoints>(row, 1) == share);
  CHECK(cellQuantity<FteUnits>(row, 2) == fte);
}

TEST_CASE("a NULL read as pence is an error, not zero", "[storage][money]") {
  test::TestRegister t;
  Pence amount(5);
  CHECK_THROWS_AS((sessionOf(*t) << "SELECT CAST(NULL AS BIGINT)", soci::into(amount)), soci::soci_error);
  boost::optional<Pence> nullable(Pence(5));
  sessionOf(*t) << "SELECT CAST(NULL AS BIGINT)", soci::into(nullable);
  CHECK(!nullable);
  sessionOf(*t) << "SELECT CAST(42 AS BIGINT)", soci::into(nullable);
  CHECK(nullable == Pence(42));
}
