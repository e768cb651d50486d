// SPDX-License-Identifier: MIT
#include "replylint/byte_scan.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>

using replylint::find_any_of;
using replylint::find_non_ascii;

TEST_CASE("find_any_of and find_non_ascii: every position of a word, and the tail") {
  for (std::size_t size = 0; size < 20; ++size) {
    for (std::size_t at = 0; at < size; ++at) {
      std::string text(size, 'a');
      text[at] = '{';
      CHECK(find_any_of<'{', '%', '['>(text, 0) == at);
      CHECK(find_any_of<'{', '%', '['>(text, at + 1) == size);
      text[at] = '\xC3';
      CHECK(find_non_ascii(text, 0) == at);
      CHECK(find_any_of<'{'>(text, 0) == size);
    }
  }
  // A byte one above a stop (the borrow case) never hides the stop below it.
  CHECK(find_any_of<'\n'>(std::string("ab\x0b\ncdefgh"), 0) == 3);
  CHECK(find_any_of<'<'>(std::string("\x01<<<<<<<<"), 0) == 1);
}

TEST_CASE("find_any_of and find_non_ascii agree with a byte-by-byte search on random text") {
  std::uint64_t state = 3;
  const auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<unsigned>(state >> 33);
  };
  const std::string alphabet = std::string("ab\n<{%[\x0b\x3b\x7a\x7c\x80\xff", 13) + '\0';
  for (int round = 0; round < 20000; ++round) {
    std::string text(next() % 40, 'a');
    for (char& c : text) c = alphabet[next() % alphabet.size()];
    const std::size_t from = next() % (text.size() + 1);
    std::size_t stop = from, high = from;
    while (stop < text.size() && text[stop] != '\n' && text[stop] != '<' && text[stop] != '{') {
      ++stop;
    }
    while (high < text.size() && static_cast<unsigned char>(text[high]) < 0x80) ++high;
    REQUIRE(find_any_of<'\n', '<', '{'>(text, from) == stop);
    REQUIRE(find_non_ascii(text, from) == high);
  }
}
