// SPDX-License-Identifier: MIT
#include "replylint/suggestion.hpp"

#include <catch2/catch.hpp>

using namespace replylint;

TEST_CASE("only suggestions starting with 'Replace with: ' are replacements") {
  CHECK(suggested_replacement("Replace with: I can see") == "I can see");
  CHECK(suggested_replacement("Replace with: \"I can see\"") == "I can see");
  CHECK(suggested_replacement("Replace with: \"\"") == "");
  CHECK_FALSE(suggested_replacement("Replace with: ").has_value());
  CHECK_FALSE(suggested_replacement("Name the feeling: \"I can see\"").has_value());
  CHECK_FALSE(suggested_replacement("replace with: x").has_value());
}
