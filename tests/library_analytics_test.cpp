// SPDX-License-Identifier: MIT
#include "replylint/library_analytics.hpp"

#include <catch2/catch.hpp>

#include "analytics_json.hpp"
#include "replylint/linter.hpp"
#include "test_rules.hpp"

using namespace replylint;

namespace {

ReplyDigest reply(const std::string& text, int score = 60,
                  std::vector<std::string> empathy_lines = {}, std::vector<RuleHit> problems = {}) {
  ReplyDigest digest;
  digest.path = "macros.txt";
  digest.display_name = "macros.txt";
  digest.text = text;
  digest.score = score;
  digest.empathy_lines = std::move(empathy_lines);
  digest.problems = std::move(problems);
  return digest;
}

std::vector<ReplyDigest> with_fillers(std::vector<ReplyDigest> replies, std::size_t total) {
  // Unrelated replies, each with its own opener and wording.
  for (std::size_t i = replies.size(); i < total; ++i) {
    replies.push_back(reply("Reply number " + std::to_string(i) + " talks about topic " +
                            std::to_string(i * 7919) + " only."));
  }
  return replies;
}

}  // namespace

TEST_CASE("phrases are compared after folding typography, case, spacing and end punctuation") {
  CHECK(normalize_phrase("  I\u2019m   SO sorry\u2026 ") == "i'm so sorry");
  CHECK(normalize_phrase("Thanks for reaching out!") == "thanks for reaching out");
  CHECK(normalize_phrase("I understand,\nthat's hard.") == "i understand, that's hard");
  CHECK(normalize_phrase(" .!? ").empty());
}

TEST_CASE("the opener is the first sentence after a short salutation") {
  CHECK(opener_of("Thanks for reaching out. We will look into it.") == "Thanks for reaching out.");
  CHECK(opener_of("Hi Sam,\n\nThanks for your patience! More soon.") ==
        "Thanks for your patience!");
  CHECK(opener_of("Hello there! I can see why this is frustrating.") ==
        "I can see why this is frustrating.");
  CHECK(opener_of("First line without a stop\nsecond line.") == "First line without a stop");
  CHECK(opener_of("Version 2.5 is out now. Enjoy.") == "Version 2.5 is out now.");
  CHECK(opener_of("Dear valued customer, thank you for waiting.") ==
        "Dear valued customer, thank you for waiting.");
  CHECK(opener_of("   \n ").empty());
}

TEST_CASE("an opener used by 3 replies is scripted-sounding even in a large library") {
  auto replies = with_fillers({reply("Thanks for reaching out. Your refund is on its way."),
                               reply("Hi Ana,\nThanks for reaching out! The parcel left today."),
                               reply("thanks for   reaching out. We fixed the login bug.")},
                              30);
  const LibraryAnalytics analytics = analyze_library(replies);
  REQUIRE(analytics.reused_openers.size() == 1);
  const ReusedPhrase& opener = analytics.reused_openers[0];
  CHECK(opener.text == "thanks for reaching out");
  CHECK(opener.example == "Thanks for reaching out.");
  CHECK(opener.replies == std::vector<std::size_t>{0, 1, 2});
}

TEST_CASE("two replies sharing an opener count only when they are 20% of the library") {
  const std::vector<ReplyDigest> pair = {reply("We hear you loud and clear. Refund sent."),
                                         reply("We hear you loud and clear. Parcel sent.")};
  CHECK(analyze_library(with_fillers(pair, 10)).reused_openers.size() == 1);  // 2/10 = 20%
  CHECK(analyze_library(with_fillers(pair, 11)).reused_openers.empty());      // 2/11 < 20%
  // A phrase used once is never reuse, however small the library.
  CHECK(analyze_library({reply("We hear you loud and clear.")}).reused_openers.empty());
  // Openers too short to sound scripted are not compared.
  CHECK(analyze_library({reply("Thanks. A"), reply("Thanks. B"), reply("Thanks. C")})
            .reused_openers.empty());
}

TEST_CASE("empathy lines are counted once per reply, normalised") {
  auto replies = with_fillers(
      {reply("a", 60,
             {"I understand how frustrating",
              "I understand "
              "how frustrating"}),
       reply("b", 60, {"I UNDERSTAND how frustrating"}),
       reply("c", 60, {"i understand how frustrating."}), reply("d", 60, {"Let me fix this"})},
      20);
  const LibraryAnalytics analytics = analyze_library(replies);
  REQUIRE(analytics.reused_empathy_lines.size() == 1);
  CHECK(analytics.reused_empathy_lines[0].text == "i understand how frustrating");
  CHECK(analytics.reused_empathy_lines[0].example == "I understand how frustrating");
  CHECK(analytics.reused_empathy_lines[0].replies == std::vector<std::size_t>{0, 1, 2});
}

TEST_CASE("shingle similarity is the Jaccard index of 3-word shingles") {
  CHECK(shingle_similarity("one two three four", "one two three four") == 1.0);
  // {one two three, two three four} vs {one two three, two three five}: 1 of 3.
  CHECK(shingle_similarity("one two three four", "One, two three five!") == Approx(1.0 / 3));
  CHECK(shingle_similarity("hello", "hello") == 1.0);  // shorter than a shingle
  CHECK(shingle_similarity("", "") == 0.0);
  CHECK(shingle_similarity("a b c d e", "v w x y z") == 0.0);
}

TEST_CASE("near-duplicates are grouped at similarity 0.8 and above") {
  const std::string base =
      "I am sorry for the delay with your order. We have shipped a replacement today and you "
      "will get a tracking number by email within the hour. Thanks for your patience";
  auto replies = with_fillers({reply(base + "."), reply("Totally different words here, friend."),
                               reply(base + " and understanding."), reply(base + "!")},
                              8);
  const LibraryAnalytics analytics = analyze_library(replies);
  REQUIRE(analytics.near_duplicates_checked);
  REQUIRE(analytics.near_duplicates.size() == 1);
  const NearDuplicateGroup& group = analytics.near_duplicates[0];
  CHECK(group.replies == std::vector<std::size_t>{0, 2, 3});
  CHECK(group.similarity >= 0.8);
  CHECK(group.similarity < 1.0);  // "and understanding" adds shingles

  const LibraryAnalytics strict = analyze_library(replies, {.near_duplicate_similarity = 1.0});
  REQUIRE(strict.near_duplicates.size() == 1);
  CHECK(strict.near_duplicates[0].replies == std::vector<std::size_t>{0, 3});
  CHECK(strict.near_duplicates[0].similarity == 1.0);
}

TEST_CASE("near-duplicates are not searched above the reply cap") {
  const auto replies = with_fillers({reply("same words in both"), reply("same words in both")}, 5);
  AnalyticsOptions options;
  options.near_duplicate_max_replies = 4;
  const LibraryAnalytics analytics = analyze_library(replies, options);
  CHECK_FALSE(analytics.near_duplicates_checked);
  CHECK(analytics.near_duplicates.empty());
  CHECK(analyze_library(replies).near_duplicates.size() == 1);
}

TEST_CASE("the lowest-scoring replies come first, ties in file order, at most 10") {
  std::vector<ReplyDigest> replies;
  for (int i = 0; i < 15; ++i) replies.push_back(reply("r" + std::to_string(i), 50 + i % 5));
  replies[7].score = 3;
  const LibraryAnalytics analytics = analyze_library(replies);
  REQUIRE(analytics.lowest.size() == 10);
  CHECK(analytics.lowest[0] == 7);
  CHECK(std::vector<std::size_t>(analytics.lowest.begin() + 1, analytics.lowest.begin() + 4) ==
        std::vector<std::size_t>{0, 5, 10});
  CHECK(analyze_library({}).lowest.empty());
}

TEST_CASE("the histogram bins scores by tens, 100 in the top bin; top rules count findings") {
  const std::vector<ReplyDigest> replies = {
      reply("a", 0, {}, {{"policy/x", "policy"}, {"policy/x", "policy"}}),
      reply("b", 9, {}, {{"blame/y", "blame"}}), reply("c", 95, {}, {{"policy/x", "policy"}}),
      reply("d", 100)};
  const LibraryAnalytics analytics = analyze_library(replies);
  CHECK(analytics.score_histogram[0] == 2);
  CHECK(analytics.score_histogram[9] == 2);
  REQUIRE(analytics.top_rules.size() == 2);
  CHECK(analytics.top_rules[0].rule == "policy/x");
  CHECK(analytics.top_rules[0].category == "policy");
  CHECK(analytics.top_rules[0].findings == 3);
  CHECK(analytics.top_rules[0].replies == 2);
  CHECK(analytics.top_rules[1].rule == "blame/y");
}

TEST_CASE("digests copy what analytics need out of a linted document") {
  const RuleSet rules = testing::rules_from(testing::pack_of(
      testing::rule_json("sympathy/sorry", "sympathy", -10, R"(["sorry to hear"])") + "," +
      testing::rule_json("empathy/fix", "empathy", 14, R"(["let's fix"])")));
  Diagnostics diagnostics;
  const Matcher matcher(rules, diagnostics);
  Document document;
  document.display_name = "<stdin>";
  document.content = "Sorry to hear that.\n\nLet\u2019s fix it today.";
  const FileReport report =
      Linter(matcher).lint(document, split_plain_text(document.content, ReplyUnit::Paragraph));
  const std::vector<ReplyDigest> digests = digest_replies(report);
  REQUIRE(digests.size() == 2);
  CHECK_FALSE(digests[0].path.has_value());
  CHECK(digests[0].display_name == "<stdin>");
  CHECK(digests[0].text == "Sorry to hear that.");
  REQUIRE(digests[0].problems.size() == 1);
  CHECK(digests[0].problems[0].rule == "sympathy/sorry");
  CHECK(digests[0].problems[0].category == "sympathy");
  CHECK(digests[1].line == 3);
  CHECK(digests[1].empathy_lines == std::vector<std::string>{"Let\u2019s fix"});
  CHECK(digests[1].score == 74);
}

TEST_CASE("analytics JSON names replies by path, line and id") {
  auto replies = with_fillers(
      {reply("Thanks for reaching out. A.", 10), reply("Thanks for reaching out. B.", 20),
       reply("Thanks for reaching out. C.", 30)},
      4);
  replies[1].id = "macro-7";
  replies[2].path.reset();
  const auto json = analytics_to_json(analyze_library(replies), replies);
  CHECK(json["thresholds"]["reuse_min_count"] == 3);
  CHECK(json["thresholds"]["near_duplicate_similarity"] == 0.8);
  REQUIRE(json["reused_openers"].size() == 1);
  const auto& opener = json["reused_openers"][0];
  CHECK(opener["text"] == "thanks for reaching out");
  CHECK(opener["count"] == 3);
  CHECK(opener["share"] == 0.75);
  CHECK(opener["replies"][0]["path"] == "macros.txt");
  CHECK(opener["replies"][0]["id"].is_null());
  CHECK(opener["replies"][1]["id"] == "macro-7");
  CHECK(opener["replies"][2]["path"].is_null());
  CHECK(json["lowest_scoring"][0]["score"] == 10);
  CHECK(json["lowest_scoring"][0]["verdict"] == "neutral");
  CHECK(json["near_duplicates_checked"] == true);
  CHECK(json["near_duplicates"].is_array());
  CHECK(json["top_rules"].is_array());
  CHECK(json["score_histogram"].size() == 10);
}

TEST_CASE("analytics JSON lists at most 100 replies of a phrase, and counts them all") {
  const std::vector<ReplyDigest> replies(250, reply("All done here now."));
  const auto json = analytics_to_json(analyze_library(replies), replies);
  REQUIRE(json["reused_openers"].size() == 1);
  CHECK(json["reused_openers"][0]["count"] == 250);
  CHECK(json["reused_openers"][0]["replies"].size() == 100);
  CHECK(json["near_duplicates"][0]["count"] == 250);
  CHECK(json["near_duplicates"][0]["replies"].size() == 100);
}
