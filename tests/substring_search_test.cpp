// SPDX-License-Identifier: MIT
#include "replylint/substring_search.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>

using replylint::find_string;

TEST_CASE("find_string: edges of the text, short texts and needles, overlaps") {
  const std::string_view text = "sorry, so sorry to hear that sorry";
  CHECK(find_string(text, "sorry", 0) == 0);
  CHECK(find_string(text, "sorry", 1) == 10);
  CHECK(find_string(text, "sorry", 11) == 29);  // ends at the last byte
  CHECK(find_string(text, "sorry", 30) == std::string_view::npos);
  CHECK(find_string(text, "s", 34) == std::string_view::npos);
  CHECK(find_string(text, "", 3) == 3);
  CHECK(find_string(text, "", 35) == std::string_view::npos);
  CHECK(find_string("ab", "abc", 0) == std::string_view::npos);
  CHECK(find_string("aaaa", "aa", 1) == 1);  // overlapping occurrences
  CHECK(find_string("", "a", 0) == std::string_view::npos);
}

TEST_CASE("find_string finds what string_view::find finds, on random texts") {
  // Few letters, so first and last bytes agree often and the full comparison decides.
  std::uint64_t state = 7;
  const auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::size_t>(state >> 33);
  };
  for (int round = 0; round < 20000; ++round) {
    std::string text(next() % 80, 'a');
    for (char& c : text) c = static_cast<char>('a' + next() % 3);
    std::string needle(1 + next() % 5, 'a');
    for (char& c : needle) c = static_cast<char>('a' + next() % 3);
    const std::size_t from = next() % (text.size() + 2);
    INFO(text << " / " << needle << " from " << from);
    REQUIRE(find_string(text, needle, from) == std::string_view(text).find(needle, from));
  }
}
