// SPDX-License-Identifier: MIT
#include "replylint/normalizer.hpp"

#include <catch2/catch.hpp>

using replylint::NormalizedText;

namespace {
std::string original_slice(const std::string& original, const NormalizedText& n, std::size_t b,
                           std::size_t e) {
  std::size_t ob = 0, oe = 0;
  n.to_original(b, e, &ob, &oe);
  return original.substr(ob, oe - ob);
}
}  // namespace

TEST_CASE("plain ASCII keeps the identity map") {
  const NormalizedText n("I'm sorry to hear that.");
  CHECK(n.identity());
  CHECK(n.text() == "I'm sorry to hear that.");
}

TEST_CASE("curly apostrophe folds and the span maps back to the original bytes") {
  const std::string original = "Well, I\xE2\x80\x99m sorry.";  // I’m sorry
  const NormalizedText n(original);
  CHECK(n.text() == "Well, I'm sorry.");
  const std::size_t begin = n.text().find("I'm");
  const std::size_t end = n.text().find('.');
  CHECK(original_slice(original, n, begin, end) == "I\xE2\x80\x99m sorry");
  // A span that starts after the fold is shifted by the two extra bytes.
  const std::size_t sorry = n.text().find("sorry");
  CHECK(original_slice(original, n, sorry, sorry + 5) == "sorry");
}

TEST_CASE("HTML entities, dashes, ellipses and Unicode spaces fold") {
  const std::string original =
      "Tom &amp; Jerry &#8217;s &rsquo; &#x2019; a\xE2\x80\x94"
      "b\xE2\x80\xA6 c\xC2\xA0"
      "d &bogus; &";
  const NormalizedText n(original);
  CHECK(n.text() == "Tom & Jerry 's ' ' a-b... c d &bogus; &");
  const std::size_t amp = n.text().find('&');
  CHECK(original_slice(original, n, amp, amp + 1) == "&amp;");
  const std::size_t dots = n.text().find("...");
  CHECK(original_slice(original, n, dots + 1, dots + 2) == "\xE2\x80\xA6");
}

TEST_CASE("invalid UTF-8 becomes U+FFFD but offsets stay exact") {
  const std::string original = "a\xFFz sorry";
  const NormalizedText n(original);
  CHECK(n.text() == "a\xEF\xBF\xBDz sorry");
  const std::size_t sorry = n.text().find("sorry");
  CHECK(original_slice(original, n, sorry, sorry + 5) == "sorry");
}

TEST_CASE("zero-width characters disappear") {
  const std::string original = "sor\xE2\x80\x8Bry";
  const NormalizedText n(original);
  CHECK(n.text() == "sorry");
  CHECK(original_slice(original, n, 0, 5) == original);
}
