// SPDX-License-Identifier: MIT
#include "display_width.hpp"

#include <catch2/catch.hpp>

using namespace replylint;

TEST_CASE("code points are 0, 1 or 2 columns wide") {
  CHECK(code_point_width(U'a') == 1);
  CHECK(code_point_width(U'é') == 1);
  CHECK(code_point_width(0x0301) == 0);   // combining acute accent
  CHECK(code_point_width(0x200D) == 0);   // zero-width joiner
  CHECK(code_point_width(0xFE0F) == 0);   // variation selector 16
  CHECK(code_point_width(0xFEFF) == 0);   // byte order mark
  CHECK(code_point_width(0x00AD) == 1);   // soft hyphen is shown
  CHECK(code_point_width(0x4E2D) == 2);   // 中
  CHECK(code_point_width(0xFF21) == 2);   // fullwidth A
  CHECK(code_point_width(0x1F600) == 2);  // 😀
  CHECK(code_point_width(0x2764) == 1);   // ❤ has text presentation by default
  CHECK(code_point_width(0x20000) == 2);  // CJK extension B
}

TEST_CASE("display columns expand tabs to multiples of 8 and count widths") {
  CHECK(display_column("") == 1);
  CHECK(display_column("abc") == 4);
  CHECK(display_column("\t") == 9);
  CHECK(display_column("abc\t") == 9);
  CHECK(display_column("12345678\t") == 17);
  CHECK(display_column("Hi 😀 ") == 7);
  CHECK(display_column("e\xCC\x81") == 2);  // e + combining acute
  CHECK(display_column("中文") == 5);
  CHECK(display_column("\xFF") == 2);  // an invalid byte counts one
}
