// SPDX-License-Identifier: MIT
#include "replylint/json_locator.hpp"

#include <catch2/catch.hpp>

using replylint::JsonLocator;

TEST_CASE("JsonLocator finds values and keys by pointer") {
  const std::string text = R"({"a": [1, {"b~/c": "x"}], "d": true})";
  const JsonLocator locator(text);
  CHECK(locator.value_offset("/a") == text.find('['));
  CHECK(locator.value_offset("/a/1") == text.find("{\"b"));
  CHECK(locator.value_offset("/a/1/b~0~1c") == text.find("\"x\""));
  CHECK(locator.key_offset("/d") == text.find("\"d\""));
  // A missing member falls back to its closest ancestor.
  CHECK(locator.value_offset("/a/1/missing") == text.find("{\"b"));
  CHECK(locator.duplicate_keys().empty());
}

TEST_CASE("JsonLocator reports duplicate keys with both places") {
  const std::string text = R"({"id": 1, "x": 2, "id": 3})";
  const JsonLocator locator(text);
  REQUIRE(locator.duplicate_keys().size() == 1);
  CHECK(locator.duplicate_keys()[0].pointer == "/id");
  CHECK(locator.duplicate_keys()[0].first_offset == 1);
  CHECK(locator.duplicate_keys()[0].second_offset == text.rfind("\"id\""));
}

TEST_CASE("JsonLocator stops on absurd nesting instead of overflowing the stack") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const JsonLocator locator(deep);
  CHECK(locator.value_offset("/0") == 1);
}
