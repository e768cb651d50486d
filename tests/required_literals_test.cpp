// SPDX-License-Identifier: MIT
#include "replylint/required_literals.hpp"

#include <catch2/catch.hpp>

#include "replylint/literal_prefilter.hpp"

using namespace replylint;

namespace {
using Sets = std::vector<std::vector<std::string>>;

Sets sets_of(const char* pattern, std::size_t min_length = 3) {
  const auto literals = required_literals(pattern, min_length);
  return literals ? literals->all_of : Sets{};
}
}  // namespace

TEST_CASE("a phrase needs itself, lowered, with word boundaries and anchors ignored") {
  CHECK(sets_of(R"(\bSorry to you\b)") == Sets{{"sorry to you"}});
  // Past 12 characters a string selects no better: the run is cut and goes on afresh.
  CHECK(sets_of(R"(\bsorry to hear about\b)") == Sets{{"sorry to hea"}, {"r about"}});
  CHECK(sets_of(R"(^calm down$)") == Sets{{"calm down"}});
  CHECK(sets_of(R"(per my last e\-mail\.)") == Sets{{"per my last "}, {"e-mail."}});
}

TEST_CASE("alternations, optional parts and small classes expand into every spelling") {
  CHECK(sets_of(R"(\b(i|we)('ll| will) fix\b)") ==
        Sets{{"i will fix", "i'll fix", "we will fix", "we'll fix"}});
  CHECK(sets_of("colou?r") == Sets{{"color", "colour"}});
  CHECK(sets_of("organi[sz]e") == Sets{{"organise", "organize"}});
  CHECK(sets_of("(?:just )?circle") == Sets{{"circle", "just circle"}});
}

TEST_CASE("pieces that match anything split a pattern into sets that must all occur") {
  // Most selective first: longer strings, then fewer of them.
  CHECK(sets_of(R"(\bsorry\b[^.!?\n]{0,30}?\bany\s+trouble)") == Sets{{"any trouble"}, {"sorry"}});
  CHECK(sets_of(R"(\bsorry\b\w*\bany\S+trouble)") == Sets{{"trouble"}, {"sorry"}, {"any"}});
  // An alternation needs one string of each branch's most selective set.
  CHECK(sets_of(R"(take a \w+ breath|\bcalm\s+down\b)") == Sets{{"calm down", "take a "}});
}

TEST_CASE("whitespace in a pattern is the one space the squeezed text holds") {
  // Any run of \s (or of spaces, tabs, newlines) squeezes to one space; an optional one to
  // none or one.
  CHECK(sets_of(R"(\bcalm\s+down\b)") == Sets{{"calm down"}});
  CHECK(sets_of(R"(calm {2,}down)") == Sets{{"calm down"}});
  CHECK(sets_of(R"(calm\s\s+down)") == Sets{{"calm down"}});
  CHECK(sets_of("calm\n\tdown") == Sets{{"calm down"}});
  CHECK(sets_of(R"(calm[\s,]down)") == Sets{{"calm down", "calm,down"}});
  CHECK(sets_of(R"(sorry\s*!)") == Sets{{"sorry !", "sorry!"}});
  CHECK(sets_of(R"(sorry\s{0}!)") == Sets{{"sorry!"}});
  // Where a match starts is still read in the text itself, where \s+ is not one character.
  const auto literals = required_literals(R"(\bsorry\s+to\s+hear)");
  REQUIRE(literals);
  CHECK(literals->starts_with == std::vector<std::string>{"sorry"});
  // The prefilter squeezes the text the same way.
  std::string buffer;
  CHECK(squeeze_whitespace("a \t\n b\r\n\fc \vd  ", buffer) == "a b c \vd ");
  CHECK(squeeze_whitespace("", buffer).empty());
  const RequiredLiterals calm_down{{{"calm down"}}, {}};
  const LiteralPrefilter prefilter({&calm_down});
  std::vector<int> out;
  prefilter.candidates("please calm \n\t down", &out);
  CHECK(out == std::vector<int>{0});
  prefilter.candidates("please calm, down", &out);
  CHECK(out.empty());
}

TEST_CASE("repeats keep what one copy needs, and x+ still joins its neighbours") {
  CHECK(sets_of(R"(\boh+ no\b)", 2) == Sets{{"h no"}, {"oh"}});
  CHECK(sets_of("(?:very )*sorry") == Sets{{"sorry"}});
  CHECK(sets_of("(?:sorry){2,}") == Sets{{"sorry"}});
  CHECK(sets_of("x{2}yz", 2) == Sets{{"xyz"}});  // the last copy, then what follows
}

TEST_CASE("what cannot be analysed, or selects too little, gives no literals") {
  for (const char* pattern :
       {"(?i)sorry", R"(\p{L}+ sorry)", R"(\x41pology)", R"(\Qsorry\E)", "\xC3\xA9t\xC3\xA9",
        R"(\w+)", "[^a]b", "(?:sorry)?", "so|sorry", "a.b", "sorry|", "(unclosed", "*bad"}) {
    INFO(pattern);
    CHECK_FALSE(required_literals(pattern).has_value());
  }
}

TEST_CASE("a non-ASCII character counts as some byte, never as a literal") {
  // Its case variants (É for é) are not modelled, so the literals stop at it.
  CHECK(sets_of("caf\xC3\xA9 sorry") == Sets{{" sorry"}, {"caf"}});
  CHECK(sets_of("[\xC2\xA3$]\\d+ only") == Sets{{" only"}});
}

TEST_CASE("joined strings past a dozen characters are cut, and nothing joins a cut one") {
  // "we regenerated" holds "we regenerat": still required, though no longer exact.
  CHECK(sets_of(R"(\b(i|we) (ran|regenerated)\b)") ==
        Sets{{"i ran", "i regenerate", "we ran", "we regenerat"}});
  CHECK(sets_of(R"((?:please )(?:reconsider)(?: now))") == Sets{{"please recon"}});
}

TEST_CASE("long alternations are cut, never made unsound") {
  // 26 x 26 spellings exceed the bound: each alternation stays its own set.
  const char* pattern =
      "(a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q|r|s|t|u|v|w|x|y|z)x-(a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q|r|"
      "s|t|"
      "u|v|w|x|y|z)";
  const Sets sets = sets_of(pattern, 2);
  REQUIRE(sets.size() == 1);
  CHECK(sets[0].size() == 26);
  CHECK(sets[0][0] == "ax-");
}

TEST_CASE("what every match starts with, when that is known") {
  auto starts = [](const char* pattern) {
    const auto literals = required_literals(pattern);
    return literals ? literals->starts_with : std::vector<std::string>{};
  };
  using Strings = std::vector<std::string>;
  CHECK(starts(R"(\bsorry\s+to\s+hear)") == Strings{"sorry"});
  CHECK(starts(R"(\b(?:sorry\s+to|apolog\w+))") == Strings{"apolog", "sorry"});
  CHECK(starts(R"(\b(i|we)('ll| will) fix)") ==
        Strings{"i will fix", "i'll fix", "we will fix", "we'll fix"});
  CHECK(starts(R"(\boh+ no)") == Strings{});  // "oh" is shorter than 3
  CHECK(starts(R"(\bmmm+ no)") == Strings{"mmm"});
  CHECK(starts("(?:a )?sorry you") == Strings{"a sorry you", "sorry you"});
  // A match may start in an optional or repeated part, or anywhere: no start is known.
  CHECK(starts(R"((?:very )*sorry)").empty());
  CHECK(starts(R"(\b(?:so )?\s+sorry)").empty());
  CHECK(starts(R"([^.]{0,9}sorry)").empty());
  CHECK(starts(R"(sorry|\w+ing)").empty());
}

TEST_CASE("the literal prefilter reports a pattern only when every one of its sets occurs") {
  const RequiredLiterals calm_down{{{"calm"}, {"down"}}, {}};
  const RequiredLiterals sorry{{{"sorry to hear"}}, {}};
  const RequiredLiterals fix{{{"i'll fix", "we'll fix"}}, {}};
  const RequiredLiterals x{{{"x"}}, {}};  // shorter than the two-byte table key
  const LiteralPrefilter prefilter({&calm_down, &sorry, nullptr, &fix, &x});
  auto candidates = [&](const char* text) {
    std::vector<int> out;
    prefilter.candidates(text, &out);
    return out;
  };
  CHECK(candidates("please calm yourself") == std::vector<int>{2, 4});
  CHECK(candidates("calm down. we'll fix it") == std::vector<int>{0, 2, 3, 4});
  CHECK(candidates("so sorry to hear, down") == std::vector<int>{1, 2, 4});
  CHECK(candidates("") == std::vector<int>{2, 4});
  // Per-thread scratch state is reset between calls.
  CHECK(candidates("down") == std::vector<int>{2, 4});
}

TEST_CASE("the literal prefilter finds literals of every length anywhere, the ends too") {
  // Every tier: lengths 2 and 3 (keyed by their first two bytes), 4 to 7 (by their first four:
  // "your" and "you're" share them), 8 exactly and over 8 (by their first eight, the rest
  // compared byte by byte).
  const std::vector<std::string> words = {"we",    "you",       "your",        "you're",
                                          "sorry", "apologise", "frustrating", "fix it",
                                          "zz",    "zzzz",      "zzzzzzzzz",   "so sorry"};
  std::vector<RequiredLiterals> required;
  for (const std::string& word : words) required.push_back(RequiredLiterals{{{word}}, {}});
  std::vector<const RequiredLiterals*> pointers;
  for (const RequiredLiterals& r : required) pointers.push_back(&r);
  const LiteralPrefilter prefilter(pointers);
  // The prefilter reads the text with runs of spaces squeezed to one.
  const auto expected = [&](const std::string& text) {
    std::string squeezed;
    for (const char c : text) {
      if (!(c == ' ' && !squeezed.empty() && squeezed.back() == ' ')) squeezed += c;
    }
    std::vector<int> out;
    for (std::size_t w = 0; w < words.size(); ++w) {
      if (squeezed.find(words[w]) != std::string::npos) out.push_back(static_cast<int>(w));
    }
    return out;
  };
  const std::string alphabet = "wyoure'sapligfnt xz";
  std::uint32_t seed = 7;
  const auto next = [&] { return seed = seed * 1103515245u + 12345u; };
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const std::size_t length = next() % 24;
    for (std::size_t i = 0; i < length; ++i) {
      // Now and then a whole word, so long literals occur too.
      if (next() % 6 == 0) {
        text += words[next() % words.size()];
      } else {
        text += alphabet[next() % alphabet.size()];
      }
    }
    std::vector<int> found;
    prefilter.candidates(text, &found);
    INFO(text);
    CHECK(found == expected(text));
  }
  std::vector<int> found;
  prefilter.candidates("frustratin", &found);  // a long literal cut short by the end
  CHECK(found.empty());
  prefilter.candidates("zzzzzzzzz", &found);
  CHECK(found == std::vector<int>{8, 9, 10});
  prefilter.candidates("fix  it, so   sorry", &found);  // found across runs of spaces
  CHECK(found == std::vector<int>{4, 7, 11});
}
