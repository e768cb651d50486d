// SPDX-License-Identifier: MIT
#include "replylint/suppressions.hpp"

#include <catch2/catch.hpp>

#include "replylint/builtin_rules.hpp"
#include "replylint/configured_linter.hpp"
#include "test_rules.hpp"

using namespace replylint;
using namespace replylint::testing;

namespace {

// "kind rules | reason" of every directive, or "! problem" for a malformed one.
std::vector<std::string> directives_of(std::string_view text) {
  std::vector<std::string> out;
  for (const SuppressionDirective& d : scan_suppressions(text).directives) {
    if (!d.problem.empty()) {
      out.push_back("! " + d.problem);
      continue;
    }
    std::string line = d.kind == DirectiveKind::DisableNextLine ? "next-line"
                       : d.kind == DirectiveKind::DisableLine   ? "line"
                       : d.kind == DirectiveKind::Disable       ? "disable"
                                                                : "enable";
    for (const DirectiveRule& rule : d.rules) line += " " + rule.text;
    out.push_back(line + " | " + d.reason);
  }
  return out;
}

const std::string kPack = pack_of(rule_json("d/calm", "dismissive", -20, R"(["calm down"])") + "," +
                                  rule_json("s/sorry", "sympathy", -8, R"(["sorry to hear"])") +
                                  "," + rule_json("e/fix", "empathy", 10, R"(["I've fixed"])"));

// Lints `text` as one plain-text reply per paragraph under `config_text` and prints every
// finding as "line:col rule: message", then the scores.
std::string lint(const std::string& text, const std::string& config_text = "{}") {
  static const RuleSet rules = rules_from(kPack);
  Diagnostics diagnostics;
  static const Matcher matcher(rules, diagnostics);
  const Config config = parse_config(config_text, ".replylint.json", diagnostics);
  REQUIRE(diagnostics.empty());
  const ConfiguredLinter linter(matcher, config);
  Document document;
  document.path = "reply.txt";
  document.display_name = "reply.txt";
  document.content = text;
  const FileReport report =
      linter.lint(document, split_plain_text(document.content, ReplyUnit::Paragraph));
  std::string out;
  for (const ReplyReport& reply : report.replies) {
    for (const Finding& finding : reply.findings) {
      out += std::to_string(finding.start.line) + ":" + std::to_string(finding.start.column) + " " +
             finding.rule->id + " " + std::string(to_string(finding.severity())) + ": " +
             finding.message + "\n";
    }
    out += "score@" + std::to_string(reply.start.line) + " " + std::to_string(reply.score.value) +
           "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("directives are read in every comment form") {
  CHECK(directives_of("replylint-disable-next-line a/b -- quoted\n"
                      "  # replylint-disable-line a/b, c/* -- two\n"
                      "// replylint-disable all -- legacy\n"
                      "<!-- replylint-enable -->\n"
                      "Text <!--replylint-disable-next-line x/y--> more\n"
                      "replylint-disable-next-line a--b/c -- why--not\n"
                      "{# replylint-disable-next-line a/b -- jinja #}\n"
                      "{#- replylint-disable-next-line a/b -- trimmed -#}\n"
                      "{% comment %}\n  replylint-disable a/b -- spans\n  lines\n{% endcomment %}\n"
                      "{%- comment -%}replylint-enable a/b{%- endcomment -%}\n"
                      "{% # replylint-disable-next-line a/b -- liquid inline %}\n"
                      "{%# replylint-disable-line a/b -- liquid inline %}\n") ==
        std::vector<std::string>{
            "next-line a/b | quoted",
            "line a/b c/* | two",
            "disable all | legacy",
            "enable | ",
            "next-line x/y | ",             // the comment ends at the first "-->"
            "next-line a--b/c | why--not",  // "--" must start a word to begin the reason
            "next-line a/b | jinja",
            "next-line a/b | trimmed",
            "disable a/b | spans lines",
            "enable a/b | ",
            "next-line a/b | liquid inline",
            "line a/b | liquid inline",
        });
}

TEST_CASE("other comments, mid-line words and unterminated comments are not directives") {
  CHECK(directives_of("<!-- a note -->\nPlease do not type replylint-disable here.\n"
                      "{# just a comment #}\n## replylint-disable a/b -- heading level 2\n"
                      "<!-- replylint-disable a/b -- never closed\n")
            .empty());
}

TEST_CASE("unclosed openers do not hide a later comment") {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "{% {# ";
  CHECK(directives_of(text + "\n<!-- replylint-disable a/b -- r -->\n") ==
        std::vector<std::string>{"disable a/b | r"});
}

TEST_CASE("malformed directives carry the reason they suppress nothing") {
  CHECK(directives_of("replylint-disabel-next-line a/b -- x\nreplylint-disable -- no rule\n") ==
        std::vector<std::string>{
            "! unknown directive \"replylint-disabel-next-line\" (did you mean "
            "\"replylint-disable-next-line\"?); it suppresses nothing",
            "! replylint-disable names no rule; write a rule id, PACK/* or all before \" -- "
            "reason\""});
}

TEST_CASE("comments are blanked in place and replies left empty are dropped") {
  const std::string content =
      "Hello.\n<!-- replylint-disable-next-line d/calm -- ok -->\nCalm down.\n\n"
      "# replylint-disable all -- alone\n";
  const Suppressions suppressions = scan_suppressions(content);
  std::vector<ReplySpan> replies = split_plain_text(content, ReplyUnit::Paragraph);
  REQUIRE(replies.size() == 2);
  blank_suppression_comments(content, suppressions, replies);
  REQUIRE(replies.size() == 1);
  CHECK(replies[0].begin == 0);
  const std::size_t comment = content.find("-->") + 3 - content.find("<!--");
  CHECK(replies[0].text == "Hello.\n" + std::string(comment, ' ') + "\nCalm down.");
  CHECK(replies[0].text.size() == replies[0].end - replies[0].begin);
}

TEST_CASE("blanking follows a reader's origin map and trims the reply") {
  // A decoded reply (as from JSON): text bytes map to file offsets through `origin`.
  const std::string content = R"({"text": "<!-- replylint-disable-line d/calm -- ok -->\nCalm"})";
  ReplySpan span;
  span.begin = 10;
  span.end = 56;
  span.text = "<!-- replylint-disable-line d/calm -- ok -->\nCalm";
  for (std::uint32_t i = 0; i < 44; ++i) span.origin.push_back(10 + i);
  span.origin.push_back(54);  // "\n" was the two bytes "\\n"
  for (std::uint32_t i = 0; i < 4; ++i) span.origin.push_back(56 + i);
  span.origin.push_back(60);
  std::vector<ReplySpan> replies = {span};
  blank_suppression_comments(content, scan_suppressions(content), replies);
  REQUIRE(replies.size() == 1);
  CHECK(replies[0].text == "Calm");
  CHECK(replies[0].begin == 56);
  CHECK(replies[0].origin == std::vector<std::size_t>{56, 57, 58, 59, 60});
}

TEST_CASE("a next-line directive silences its line only, and the score forgets the finding") {
  CHECK(lint("Calm down.") == "1:1 d/calm warning: found Calm down\nscore@1 40\n");
  CHECK(lint("<!-- replylint-disable-next-line d/calm -- the customer's words -->\n"
             "Calm down.\nCalm down.") == "3:1 d/calm warning: found Calm down\nscore@2 40\n");
}

TEST_CASE("stacked directives skip each other and blank lines to reach the text") {
  CHECK(lint("# replylint-disable-next-line d/calm -- quoted\n"
             "# replylint-disable-next-line s/sorry -- quoted\n"
             "Calm down, sorry to hear it.") == "score@3 60\n");
}

TEST_CASE("a block holds until its enable; an enable may close some of its rules") {
  CHECK(lint("// replylint-disable d/calm, s/sorry -- legacy macro\n"
             "Calm down. Sorry to hear.\n"
             "// replylint-enable s/sorry\n"
             "Calm down. Sorry to hear.\n"
             "// replylint-enable\n"
             "Calm down.") ==
        "4:12 s/sorry warning: found Sorry to hear\n"
        "6:1 d/calm warning: found Calm down\n"
        "score@2 32\n");
}

TEST_CASE("directives that suppress nothing, lack a reason or cannot be read are reported") {
  CHECK(lint("<!-- replylint-disable-next-line d/calm, s/sory -->\nCalm down.\n"
             "replylint-disable-line s/sorry -- none here\n"
             "replylint-enable d/calm\n"
             "replylint-disable -- nothing named\n"
             "replylint-disable-next-line replylint/unused-suppression -- meta") ==
        "1:6 replylint/suppression-without-reason warning: replylint-disable-next-line gives no "
        "reason; add \" -- \" and why the text is fine here\n"
        "1:42 replylint/unused-suppression warning: \"s/sory\" suppresses nothing: unknown rule "
        "\"s/sory\" (did you mean \"s/sorry\"?)\n"
        "3:24 replylint/unused-suppression warning: \"s/sorry\" suppresses nothing: no finding of "
        "it on line 3\n"
        "4:18 replylint/unused-suppression warning: replylint-enable \"d/calm\" closes no "
        "replylint-disable of that rule\n"
        "5:1 replylint/invalid-suppression warning: replylint-disable names no rule; write a rule "
        "id, PACK/* or all before \" -- reason\"\n"
        "6:29 replylint/unused-suppression warning: \"replylint/unused-suppression\" suppresses "
        "nothing: findings about suppressions cannot be suppressed; disable "
        "\"replylint/unused-suppression\" in the config instead\n"
        "score@2 60\n");
}

TEST_CASE("a file of nothing but a directive still reports it") {
  CHECK(lint("<!-- replylint-disable-next-line d/calm -- nothing follows -->\n") ==
        "1:34 replylint/unused-suppression warning: \"d/calm\" suppresses nothing: no line "
        "follows the comment\nscore@1 60\n");
}

TEST_CASE("the config's policy applies to rule findings and to suppression findings") {
  const std::string config = R"({"disable": ["s/sorry", "replylint/suppression-without-reason"],
    "severity": {"d/calm": "info", "replylint/unused-suppression": "error"}})";
  CHECK(lint("Calm down, sorry to hear.\n# replylint-disable-next-line e/fix\nfine", config) ==
        "1:1 d/calm info: found Calm down\n"
        "2:31 replylint/unused-suppression error: \"e/fix\" suppresses nothing: no finding of it "
        "on line 3\n"
        "score@1 40\n");
}

TEST_CASE("built-in rules are real rules printers can show") {
  for (const char* id : {builtin::kUnusedSuppression, builtin::kSuppressionWithoutReason,
                         builtin::kInvalidSuppression}) {
    const Rule* rule = find_builtin_rule(id);
    REQUIRE(rule);
    CHECK(rule->severity == Severity::Warning);
    CHECK(rule->weight == 0);
    CHECK_FALSE(rule->message.empty());
    CHECK_FALSE(rule->suggest.empty());
  }
  CHECK(find_builtin_rule("replylint/nope") == nullptr);
}
