#include <catch2/catch.hpp>

#include "storage/PostgresUri.h"
#include "storage/Register.h"

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

TEST_CASE("a password in a connection string is never printed in an error", "[storage][secrets]") {
  // Nothing listens on port 1: the open fails, and says why without the secrets.
  for (const std::string target : {"postgresql://clerk:Pa55-w0rd-1@127.0.0.1:1/register",
                                   "postgresql://clerk@127.0.0.1:1/register?password=Pa55-w0rd-2&sslmode=disable",
                                   "postgresql://clerk:Pa55%zzw0rd-3@127.0.0.1:1/register"}) {
    std::string message;
    try {
      s113::Register::open(target, false);
    } catch (const std::exception& e) {
      message = e.what();
    }
    INFO(message);
    CHECK_FALSE(message.empty());
    CHECK(message.find("Pa55") == std::string::npos);
    CHECK(message.find("w0rd") == std::string::npos);
  }
}
