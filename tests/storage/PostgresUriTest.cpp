#include <catch2/catch.hpp>

#include "storage/PostgresUri.h"

using s113::postgresUriToKeywords;

TEST_CASE("postgresql:// addresses become libpq keywords", "[storage]") {
  CHECK(postgresUriToKeywords("postgresql://s113@127.0.0.1:5432/register") ==
        "user='s113' host='127.0.0.1' port='5432' dbname='register'");
  CHECK(postgresUriToKeywords("postgres://hr:p%40ss'w@db.example/s113?sslmode=require") ==
        "user='hr' password='p@ss\\'w' host='db.example' dbname='s113' sslmode='require'");
  CHECK(postgresUriToKeywords("postgresql:///register") == "dbname='register'");
  CHECK(postgresUriToKeywords("postgresql://[::1]:5433/r") == "host='::1' port='5433' dbname='r'");
  CHECK_THROWS(postgresUriToKeywords("register.s113"));
}
