// SPDX-License-Identifier: MIT
#include "replylint/matcher.hpp"

#include <re2/re2.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

#include "replylint/embedded_rules.hpp"
#include "replylint/linter.hpp"
#include "test_rules.hpp"

using namespace replylint;
using namespace replylint::testing;

namespace {
std::vector<std::string> matched(const Matcher& matcher, const std::string& text) {
  std::vector<std::string> out;
  for (const Hit& hit : matcher.match(text)) {
    out.push_back(matcher.rules().rules[hit.rule].id + "=" +
                  text.substr(hit.begin, hit.end - hit.begin));
  }
  return out;
}
}  // namespace

TEST_CASE("matching is case-insensitive and reports every span in order") {
  const RuleSet rules =
      rules_from(pack_of(rule_json("s/sorry", "sympathy", -5, R"(["sorry to hear"])")));
  Diagnostics diagnostics;
  const Matcher matcher(rules, diagnostics);
  REQUIRE(diagnostics.empty());
  CHECK(matched(matcher, "Sorry to hear. SORRY TO HEAR!") ==
        std::vector<std::string>{"s/sorry=Sorry to hear", "s/sorry=SORRY TO HEAR"});
  CHECK(matched(matcher, "nothing here").empty());
}

TEST_CASE("overlapping hits of one rule collapse to the earliest, longest") {
  const RuleSet rules = rules_from(
      pack_of(rule_json("s/x", "sympathy", -5, R"(["sorry to hear", "sorry", "to hear that"])")));
  Diagnostics diagnostics;
  const Matcher matcher(rules, diagnostics);
  CHECK(matched(matcher, "so sorry to hear that") == std::vector<std::string>{"s/x=sorry to hear"});
}

TEST_CASE("unless drops a hit anywhere in the same sentence only") {
  const RuleSet rules = rules_from(pack_of(rule_json(
      "s/sorry", "sympathy", -5, R"(["\\bsorry\\b"])", R"(, "unless": ["better safe than"])")));
  Diagnostics diagnostics;
  const Matcher matcher(rules, diagnostics);
  CHECK(matched(matcher, "Better safe than sorry.").empty());
  CHECK(matched(matcher, "Better safe than ever. I'm sorry.") ==
        std::vector<std::string>{"s/sorry=sorry"});
  CHECK(matched(matcher, "Better safe than sorry\nsorry") ==
        std::vector<std::string>{"s/sorry=sorry"});
}

TEST_CASE("unless_before and unless_after look in a window inside the sentence") {
  const RuleSet rules = rules_from(pack_of(
      rule_json("s/sorry", "sympathy", -5, R"(["\\bsorry\\b"])",
                R"(, "unless_before": ["\\bnot\\s+$"], "unless_after": ["^\\?"], "window": 10)")));
  Diagnostics diagnostics;
  const Matcher matcher(rules, diagnostics);
  CHECK(matched(matcher, "I'm not sorry.").empty());
  CHECK(matched(matcher, "Sorry? Say again.").empty());
  CHECK(matched(matcher, "Not today. Sorry.").size() == 1);              // other sentence
  CHECK(matched(matcher, "not in this long window sorry").size() == 1);  // outside the window
}

TEST_CASE("case_sensitive rules match exactly though the prefilter ignores case") {
  const RuleSet rules = rules_from(pack_of(
      rule_json("s/dm", "deflection", -5, R"(["\\bDM\\b"])", R"(, "case_sensitive": true)")));
  Diagnostics diagnostics;
  const Matcher matcher(rules, diagnostics);
  CHECK(matched(matcher, "please DM us").size() == 1);
  CHECK(matched(matcher, "the dm folder").empty());
}

TEST_CASE("unless_reply_has drops a problem when the reply shows that dimension") {
  const RuleSet rules =
      rules_from(pack_of(rule_json("p/understand", "platitude", -6, R"(["i understand"])",
                                   R"(, "unless_reply_has": ["action"])") +
                         "," + rule_json("e/refunded", "empathy", 10, R"(["i've refunded"])")));
  Diagnostics diagnostics;
  const Matcher matcher(rules, diagnostics);
  const Linter linter(matcher);
  const auto lint = [&](const std::string& text) {
    Document document;
    document.content = text;
    return linter.lint(document, split_plain_text(text, ReplyUnit::File)).replies.at(0);
  };
  CHECK(lint("I understand.").findings.size() == 1);
  const ReplyReport repaired = lint("I understand. I've refunded the order.");
  CHECK(repaired.findings.empty());
  CHECK(repaired.evidence.size() == 1);
}

TEST_CASE("findings carry original positions through normalisation") {
  const RuleSet rules =
      rules_from(pack_of(rule_json("s/sorry", "sympathy", -5, R"(["i'm sorry"])")));
  Diagnostics diagnostics;
  const Matcher matcher(rules, diagnostics);
  const Linter linter(matcher);
  Document document;
  document.content = "Hi 😀\n  I\xE2\x80\x99m sorry.";
  const FileReport report =
      linter.lint(document, split_plain_text(document.content, ReplyUnit::File));
  REQUIRE(report.replies.at(0).findings.size() == 1);
  const Finding& finding = report.replies[0].findings[0];
  CHECK(finding.match == "I\xE2\x80\x99m sorry");
  CHECK(finding.offset == document.content.find("I\xE2\x80\x99m"));
  CHECK(finding.length == 11);
  CHECK(finding.start.line == 2);
  CHECK(finding.start.column == 3);
  CHECK(finding.end.column == 12);
  CHECK(finding.message == "found I\xE2\x80\x99m sorry");
}

TEST_CASE("an invalid pattern is reported naming the rule and RE2's message") {
  RuleSet rules = rules_from(pack_of(rule_json("s/ok", "sympathy", -5, R"(["fine"])")));
  rules.rules[0].patterns.push_back({"(unclosed", {"p.json", 3, 7, "/rules/0/patterns/1", "x"}});
  Diagnostics diagnostics;
  const Matcher matcher(rules, diagnostics);
  REQUIRE(diagnostics.items().size() == 1);
  CHECK(format_diagnostic(diagnostics.items()[0]) ==
        "p.json:3:7: error: /rules/0/patterns/1: rule \"s/ok\": invalid match pattern: missing ): "
        "(unclosed\n    x\n     ^");
}

TEST_CASE("the prefilter relaxes only bounded repeats outside escapes and classes") {
  CHECK(relax_bounded_repeats(R"(\bsorry\b[^.!?\n]{0,80}?\?)") == R"(\bsorry\b[^.!?\n]*?\?)");
  CHECK(relax_bounded_repeats("a{3,80}b{1,2}c{0,8}d{12}e{2,}") == "a{3,}b{1,2}c{0,8}d{12}e{2,}");
  CHECK(relax_bounded_repeats("x{00,20}") == "x*");
  CHECK(relax_bounded_repeats(R"(\{0,80} [{0,80}] []{0,80}] [^]{0,80}])") ==
        R"(\{0,80} [{0,80}] []{0,80}] [^]{0,80}])");
  CHECK(relax_bounded_repeats("[[:alpha:]{0,80}]x{0,80}") == "[[:alpha:]{0,80}]x*");
  CHECK(relax_bounded_repeats(R"(\Qa{0,80}\E)") == R"(\Qa{0,80}\E)");
  CHECK(relax_bounded_repeats("a{0,") == "a{0,");
  CHECK(relax_bounded_repeats("a{,9}{x,10}{1,1234567}") == "a{,9}{x,10}{1,1234567}");
  CHECK(relax_bounded_repeats(R"(\p{Greek}{0,20}\x{41})") == R"(\p{Greek}*\x{41})");
}

TEST_CASE("a relaxed prefilter hit is still confirmed by the exact pattern") {
  const RuleSet rules = rules_from(
      pack_of(rule_json("s/near", "sympathy", -5, R"(["\\bsorry\\b[^.]{0,10}\\bdelay\\b"])")));
  Diagnostics diagnostics;
  const Matcher matcher(rules, diagnostics);
  REQUIRE(diagnostics.empty());
  CHECK(matched(matcher, "sorry for the delay") ==
        std::vector<std::string>{"s/near=sorry for the delay"});
  CHECK(matched(matcher, "sorry about this very long delay").empty());  // 21 bytes apart
}

TEST_CASE("embedded rules compiled on first use match exactly like rules compiled up front") {
  const std::string pack = pack_of(
      rule_json("s/sorry", "sympathy", -5, R"(["\\bsorry\\b", "\\bapolog\\w+"])",
                R"(, "unless": ["better safe", "no need"], "unless_after": ["^\\?"])") +
      "," + rule_json("s/dm", "deflection", -5, R"(["\\bDM\\b"])", R"(, "case_sensitive": true)"));
  const RuleSet eager = rules_from(pack);
  RuleSet lazy = rules_from(pack);
  for (Rule& rule : lazy.rules) rule.location.path = std::string(kEmbeddedPackPrefix) + "test.json";
  Diagnostics diagnostics;
  const Matcher eager_matcher(eager, diagnostics);
  const Matcher lazy_matcher(lazy, diagnostics);
  REQUIRE(diagnostics.empty());
  for (const char* text : {"Sorry! We apologise. Please DM us.", "Better safe than sorry.",
                           "sorry? no need to apologize. dm me", "nothing"}) {
    CHECK(matched(lazy_matcher, text) == matched(eager_matcher, text));
  }
}

TEST_CASE("patterns the lowered-text prefilter can take exactly") {
  for (const char* yes :
       {R"(\bsorry\s+to\s+(?:hear|see)\b[^.!?\n]{0,80}?\?)", R"([a-z0-9_-]+\d\W)", R"(\Afine\z)",
        "[^-a]", "[]a]", "x{1,2}",
        // Caseless non-ASCII: pound, euro, a curly quote, an emoji.
        "(?:[\xC2\xA3$\xE2\x82\xAC]\\s?\\d+)", "it\xE2\x80\x99s", "\xF0\x9F\x99\x82"}) {
    INFO(yes);
    CHECK(case_insensitive_by_lowering(yes));
  }
  for (const char* no :
       {R"(\bDM\b)", "(?i)sorry", "(?-i:x)", R"(\pL)", R"(\x41)", R"(\Qa\E)", "[[:upper:]]",
        "[!-~]", R"([\x00-z])", R"([\n-~])", "caf\xC3\xA9", R"(\101)", "[@-Z]",
        // Cased non-ASCII (micro sign folds to Greek mu), invalid UTF-8, non-ASCII ranges.
        "\xC2\xB5m", "a\xFF!", "[a-\xC3\xA9]", "[\xC2\xA3-\xE2\x82\xAC]"}) {
    INFO(no);
    CHECK_FALSE(case_insensitive_by_lowering(no));
  }
}

TEST_CASE("the prefilter finds what case-insensitive matching finds, long s and Kelvin sign too") {
  const RuleSet rules = rules_from(pack_of(
      rule_json("s/sorry", "sympathy", -5, R"(["\\bsorry\\b", "thanks"])") + "," +
      rule_json("s/ok", "sympathy", -5, R"(["OK"])") + "," +
      rule_json("s/dm", "deflection", -5, R"(["\\bDM\\b"])", R"(, "case_sensitive": true)")));
  Diagnostics diagnostics;
  const Matcher matcher(rules, diagnostics);
  REQUIRE(diagnostics.empty());
  CHECK(matched(matcher, "SORRY, ok? THANKS. dm DM") ==
        std::vector<std::string>{"s/sorry=SORRY", "s/ok=ok", "s/sorry=THANKS", "s/dm=DM"});
  // RE2 folds U+017F (long s) to s and U+212A (Kelvin sign) to k.
  CHECK(matched(matcher, "\xC5\xBForry, than\xE2\x84\xAA\xC5\xBF, o\xE2\x84\xAA") ==
        std::vector<std::string>{"s/sorry=than\xE2\x84\xAA\xC5\xBF", "s/ok=o\xE2\x84\xAA"});
}

TEST_CASE("a reply over 1 MiB is prefiltered without a lowered copy, with the same hits") {
  const RuleSet rules = rules_from(pack_of(rule_json("s/sorry", "sympathy", -5, R"(["sorry"])")));
  Diagnostics diagnostics;
  const Matcher matcher(rules, diagnostics);
  const std::string text = std::string(1 << 20, 'x') + " SORRY";
  const std::vector<Hit> hits = matcher.match(text);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].begin == (1u << 20) + 1);
}

TEST_CASE("literal and Set prefilters, and anchored span search, give the plain algorithm's hits") {
  const std::string pack = pack_of(
      rule_json("s/sorry", "sympathy", -5, R"(["\\bsorry\\s+to\\s+(?:hear|see)\\b", "oh+ no"])",
                R"(, "unless": ["better safe"])") +
      "," + rule_json("s/calm", "dismissive", -5, R"(["\\bcalm\\s+down\\b", "\\bok\\b"])") + "," +
      rule_json("s/dm", "deflection", -5, R"(["\\bDM\\b"])", R"(, "case_sensitive": true)") + "," +
      rule_json("s/any", "deflection", -5, R"(["\\w+ing"])"));
  RuleSet rules = rules_from(pack);
  for (Rule& rule : rules.rules)
    rule.location.path = std::string(kEmbeddedPackPrefix) + "test.json";
  Diagnostics diagnostics;
  const Matcher reference(rules, diagnostics, PrefilterChoice::Reference);
  const Matcher by_set(rules, diagnostics, PrefilterChoice::SetOnly);
  const Matcher by_literals(rules, diagnostics, PrefilterChoice::LiteralsOnly);
  const Matcher automatic(rules, diagnostics);
  REQUIRE(diagnostics.empty());
  const std::string long_text = std::string(70'000, 'x') + " Sorry to see this. Calm down.";
  for (const std::string& text :
       {std::string("SORRY to hear that. Ohhh no! calm  down, OK? DM us, dm me. Nothing working."),
        std::string("Better safe than sorry to see it."),
        std::string("\xC5\xBForry to hear. o\xE2\x84\xAA"), std::string(""), long_text}) {
    INFO(text.substr(0, 80));
    const std::vector<std::string> expected = matched(reference, text);
    CHECK(matched(by_set, text) == expected);
    CHECK(matched(by_literals, text) == expected);
    CHECK(matched(automatic, text) == expected);
  }
}

TEST_CASE("threads sharing a matcher get the same hits while one of them switches it to the Set") {
  RuleSet rules = rules_from(pack_of(
      rule_json("s/sorry", "sympathy", -5, R"(["\\bsorry\\s+to\\s+(?:hear|see)\\b"])",
                R"(, "unless": ["better safe"])") +
      "," + rule_json("s/calm", "dismissive", -5, R"(["\\bcalm\\s+down\\b", "\\bok\\b"])")));
  for (Rule& rule : rules.rules) rule.location.path = std::string(kEmbeddedPackPrefix) + "t.json";
  Diagnostics diagnostics;
  const Matcher reference(rules, diagnostics, PrefilterChoice::Reference);
  const Matcher shared(rules, diagnostics);  // literals for the first 256 KiB, then the Set
  REQUIRE(diagnostics.empty());
  std::vector<std::string> texts;
  for (int i = 0; i < 400; ++i) {
    texts.push_back(std::string(static_cast<std::size_t>(200 + i % 300), 'x') +
                    (i % 3 ? " Sorry to hear it. Calm  down, ok?" : " better safe, sorry to see"));
  }
  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 3; ++round) {  // 4 x 3 x ~180 KiB: the budget runs out midway
        for (std::size_t i = static_cast<std::size_t>(t); i < texts.size(); i += 2) {
          if (matched(shared, texts[i]) != matched(reference, texts[i])) ++mismatches;
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  CHECK(mismatches == 0);
}

TEST_CASE("hits stay exact while the Set's builder warms it and the others switch to it") {
  RuleSet rules = rules_from(
      pack_of(rule_json("s/sorry", "sympathy", -5, R"(["\\bsorry\\s+to\\s+(?:hear|see)\\b"])") +
              "," + rule_json("s/calm", "dismissive", -5, R"(["\\bcalm\\s+down\\b"])")));
  for (Rule& rule : rules.rules) rule.location.path = std::string(kEmbeddedPackPrefix) + "t.json";
  Diagnostics diagnostics;
  const Matcher reference(rules, diagnostics, PrefilterChoice::Reference);
  REQUIRE(diagnostics.empty());
  const std::string filler(1000, 'x');
  const std::vector<std::string> texts = {filler + " Sorry to hear it. Calm down.",
                                          "sorry  to see " + filler, "calm"};
  std::atomic<int> mismatches{0};
  const auto lint = [&](const Matcher& matcher, int rounds) {
    for (int round = 0; round < rounds; ++round) {
      for (const std::string& text : texts) {
        if (matched(matcher, text) != matched(reference, text)) ++mismatches;
      }
    }
  };
  // About 2 KB a round. The others switch to the Set once the builder has read 256 KiB through
  // it, or they have read as much since it was compiled: each way in turn.
  for (const auto& [builder_rounds, other_rounds] : {std::pair{300, 50}, std::pair{50, 300}}) {
    const Matcher fresh(rules, diagnostics);
    std::vector<std::thread> threads;
    threads.emplace_back([&, rounds = builder_rounds] {
      fresh.build_prefilter();
      lint(fresh, rounds);
    });
    for (int t = 0; t < 2; ++t)
      threads.emplace_back([&, rounds = other_rounds] { lint(fresh, rounds); });
    for (auto& thread : threads) thread.join();
  }
  CHECK(mismatches == 0);
  // Built by the only thread that lints, which reads through it from the first text; called
  // again, it does nothing.
  const Matcher alone(rules, diagnostics);
  alone.build_prefilter();
  alone.build_prefilter();
  for (const std::string& text : texts) CHECK(matched(alone, text) == matched(reference, text));
  // A matcher that never uses literals has nothing to build.
  const Matcher set_only(rules, diagnostics, PrefilterChoice::SetOnly);
  set_only.build_prefilter();
  for (const std::string& text : texts) CHECK(matched(set_only, text) == matched(reference, text));
}

TEST_CASE("a run's expected size decides whether the Set is built from the start") {
  RuleSet rules = rules_from(
      pack_of(rule_json("s/sorry", "sympathy", -5, R"(["\\bsorry\\s+to\\s+(?:hear|see)\\b"])") +
              "," + rule_json("s/calm", "dismissive", -5, R"(["\\bcalm\\s+down\\b"])")));
  RuleSet from_file = rules;
  for (Rule& rule : rules.rules) rule.location.path = std::string(kEmbeddedPackPrefix) + "t.json";
  Diagnostics diagnostics;
  const Matcher reference(rules, diagnostics, PrefilterChoice::Reference);
  REQUIRE(diagnostics.empty());
  SECTION("half a megabyte or more: the Set pays off, the caller builds it") {
    Matcher large(rules, diagnostics);
    CHECK(large.expect_text(std::size_t{512} << 10));
    large.build_prefilter();
    for (const char* text : {"Sorry to hear it. Calm down.", "sorry  to see", "calm"}) {
      CHECK(matched(large, text) == matched(reference, text));
    }
  }
  SECTION("less: false, and the hits stay exact across the switch past the raised budget") {
    Matcher small(rules, diagnostics);
    CHECK_FALSE(small.expect_text(std::size_t{100} << 10));
    const std::string text = std::string(1000, 'x') + " Sorry to see it. calm down";
    for (int i = 0; i < 700; ++i) {  // 700 KB, over both budgets
      REQUIRE(matched(small, text) == matched(reference, text));
    }
  }
  SECTION("nothing to choose without literals") {
    Matcher eager(from_file, diagnostics);  // rules from files compile their Set up front
    CHECK_FALSE(eager.expect_text(std::size_t{1} << 30));
    Matcher set_only(rules, diagnostics, PrefilterChoice::SetOnly);
    CHECK_FALSE(set_only.expect_text(std::size_t{1} << 30));
    Matcher literals_only(rules, diagnostics, PrefilterChoice::LiteralsOnly);
    CHECK_FALSE(literals_only.expect_text(std::size_t{1} << 30));
  }
}

TEST_CASE("a batch of texts gets, for each text, the hits match() gives it alone") {
  RuleSet rules = rules_from(pack_of(
      rule_json("s/sorry", "sympathy", -5, R"(["\\bsorry\\s+to\\s+(?:hear|see)\\b", "oh+ no"])",
                R"(, "unless": ["better safe"])") +
      "," + rule_json("s/calm", "dismissive", -5, R"(["\\bcalm\\s+down\\b", "\\bok\\b"])") + "," +
      rule_json("s/dm", "deflection", -5, R"(["\\bDM\\b"])", R"(, "case_sensitive": true)")));
  for (Rule& rule : rules.rules) rule.location.path = std::string(kEmbeddedPackPrefix) + "t.json";
  Diagnostics diagnostics;
  const Matcher reference(rules, diagnostics, PrefilterChoice::Reference);
  const Matcher automatic(rules, diagnostics);
  const Matcher by_set(rules, diagnostics, PrefilterChoice::SetOnly);
  REQUIRE(diagnostics.empty());
  // Texts that take every path: lowered or not (long s, over 1 MiB), empty, no hit, many hits.
  const std::vector<std::string> texts = {
      "SORRY to hear that. Ohhh no! calm  down, OK? DM us, dm me.",
      "",
      "nothing to see",
      "\xC5\xBForry to hear. o\xE2\x84\xAA, DM",
      std::string(1 << 20, 'x') + " Calm down. sorry to see. ok",
      "Better safe than sorry to see it. ok ok ok",
  };
  const std::vector<std::string_view> views(texts.begin(), texts.end());
  for (const Matcher* matcher : {&reference, &automatic, &by_set}) {
    const std::vector<std::vector<Hit>> batch = matcher->match_each(views);
    REQUIRE(batch.size() == texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i) {
      INFO("text " << i);
      const std::vector<Hit> alone = reference.match(texts[i]);
      REQUIRE(batch[i].size() == alone.size());
      for (std::size_t k = 0; k < alone.size(); ++k) {
        CHECK(batch[i][k].rule == alone[k].rule);
        CHECK(batch[i][k].begin == alone[k].begin);
        CHECK(batch[i][k].end == alone[k].end);
      }
    }
    CHECK(matcher->match_each({}).empty());
  }
}

TEST_CASE("caseless_code_point: RE2's case folding adds no other character to any of them") {
  // Case folding a character with case variants makes RE2 compile a class of all of them, a
  // larger program; a caseless character compiles to the same program either way.
  const auto folds = [](char32_t c) {
    std::string text;
    if (c < 0x800) {
      text = {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
    } else if (c < 0x10000) {
      text = {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
              static_cast<char>(0x80 | (c & 0x3F))};
    } else {
      text = {static_cast<char>(0xF0 | (c >> 18)), static_cast<char>(0x80 | ((c >> 12) & 0x3F)),
              static_cast<char>(0x80 | ((c >> 6) & 0x3F)), static_cast<char>(0x80 | (c & 0x3F))};
    }
    RE2::Options exact;
    exact.set_case_sensitive(true);
    RE2::Options folded;
    folded.set_case_sensitive(false);
    return RE2(text, folded).ProgramSize() != RE2(text, exact).ProgramSize();
  };
  // The method sees case where there is some.
  CHECK(folds(0x00E9));  // é
  CHECK(folds(0x00B5));  // micro sign
  CHECK(folds(0x2126));  // ohm sign
  std::size_t checked = 0;
  for (char32_t c = 0x80; c <= 0x1FAFF; ++c) {
    if (!caseless_code_point(c)) continue;
    INFO("U+" << std::hex << static_cast<unsigned>(c));
    REQUIRE_FALSE(folds(c));
    ++checked;
  }
  CHECK(checked > 3000);
}
