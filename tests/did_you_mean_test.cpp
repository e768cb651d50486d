// SPDX-License-Identifier: MIT
#include "replylint/did_you_mean.hpp"

#include <catch2/catch.hpp>

using replylint::closest_match;

TEST_CASE("closest_match suggests near typos and nothing for unrelated words") {
  const std::vector<std::string> keys = {"message", "patterns", "severity", "unless"};
  CHECK(closest_match("mesage", keys) == "message");
  CHECK(closest_match("pattern", keys) == "patterns");
  CHECK(closest_match("sever", keys) == "severity");
  CHECK(closest_match("colour", keys).empty());
  CHECK(replylint::did_you_mean_suffix("unles", keys) == " (did you mean \"unless\"?)");
}
