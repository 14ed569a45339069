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

TEST_CASE("a malformed or injecting address is refused, never passed on", "[storage][input]") {
  CHECK_THROWS_WITH(postgresUriToKeywords("postgresql://u@h/db?dbname%3Dx%20host=evil"),
                    Catch::Contains("is not a connection parameter"));
  CHECK(postgresUriToKeywords("postgresql://u@h/db?host='evil' dbname=x") ==
        "user='u' host='h' dbname='db' host='\\'evil\\' dbname=x'");
  CHECK_THROWS_WITH(postgresUriToKeywords("postgresql://u@h/db?ssl mode=require"), Catch::Contains("not a connection parameter"));
  CHECK_THROWS_WITH(postgresUriToKeywords("postgresql://u%zz@h/db"), Catch::Contains("not a percent-escape"));
  CHECK_THROWS_WITH(postgresUriToKeywords("postgresql://u%4@h/db"), Catch::Contains("not a percent-escape"));
  CHECK_THROWS_WITH(postgresUriToKeywords("postgresql://u%00x@h/db"), Catch::Contains("not a percent-escape"));
  CHECK_THROWS_WITH(postgresUriToKeywords(std::string("postgresql://u@h/d\0b", 20)), Catch::Contains("control character"));
  CHECK_THROWS_WITH(postgresUriToKeywords("postgresql://u@h:54x2/db"), Catch::Contains("not a port number"));
  CHECK_THROWS_WITH(postgresUriToKeywords("postgresql://[::1/db"), Catch::Contains("no closing ']'"));
  // Quotes and backslashes in values stay inside the quoted value.
  CHECK(postgresUriToKeywords("postgresql://a%27b%5C@h/d%22b") == "user='a\\'b\\\\' host='h' dbname='d\"b'");
}
