// SPDX-License-Identifier: MIT
#include "replylint/ascii.hpp"

#include <re2/re2.h>

#include <catch2/catch.hpp>
#include <string>

using replylint::is_ascii_space;
using replylint::trim_ascii_space;

TEST_CASE("is_ascii_space is exactly the bytes RE2's \\s matches", "[ascii]") {
  // The literal analysis squeezes what \s matches into one space and the squeezed text is made
  // with is_ascii_space: the two must agree on every byte.
  const RE2 space("\\s", RE2::Latin1);
  for (int b = 0; b < 256; ++b) {
    const std::string byte(1, static_cast<char>(b));
    INFO("byte " << b);
    CHECK(is_ascii_space(byte[0]) == RE2::FullMatch(byte, space));
  }
}

TEST_CASE("trim_ascii_space drops whitespace at both ends only", "[ascii]") {
  CHECK(trim_ascii_space(" \t\r\n\fhello  world\f\n ") == "hello  world");
  CHECK(trim_ascii_space("hello") == "hello");
  CHECK(trim_ascii_space(" \n\t ").empty());
  CHECK(trim_ascii_space("").empty());
  CHECK(trim_ascii_space("\vhello\v") == "\vhello\v");  // \v is not \s in RE2
}
