// SPDX-License-Identifier: MIT
#include "replylint/baseline.hpp"

#include <catch2/catch.hpp>
#include <memory>

#include "replylint/linter.hpp"
#include "test_rules.hpp"

using namespace replylint;
using namespace replylint::testing;

namespace {

const std::string kPack = pack_of(rule_json("d/calm", "dismissive", -20, R"(["calm\\s+down"])") +
                                  "," + rule_json("p/policy", "policy", -20, R"(["our policy"])"));

const Matcher& matcher() {
  static const RuleSet rules = rules_from(kPack);
  static Diagnostics diagnostics;
  static const Matcher compiled(rules, diagnostics);
  return compiled;
}

// A linted document that owns what its report points to.
struct Linted {
  std::unique_ptr<Document> document = std::make_unique<Document>();
  FileReport report;
};

Linted lint(const std::string& path, const std::string& text, const std::string& reply_id = "") {
  Linted out;
  out.document->path = path;
  out.document->display_name = path;
  out.document->content = text;
  std::vector<ReplySpan> replies = split_plain_text(text, ReplyUnit::File);
  for (ReplySpan& span : replies) span.id = reply_id;
  out.report = Linter(matcher()).lint(*out.document, replies);
  return out;
}

std::vector<std::string> fingerprints(const Linted& linted, const std::string& folder = "") {
  std::vector<std::string> out;
  for (const FingerprintedFinding& item : fingerprint_findings(linted.report, folder)) {
    out.push_back(item.entry.fingerprint);
  }
  return out;
}

std::string formatted(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics.items()) out += format_diagnostic(d) + "\n";
  return out;
}

}  // namespace

TEST_CASE("matched text is normalised before it is fingerprinted") {
  CHECK(normalize_match("  Calm \t\n DOWN ") == "calm down");
  CHECK(normalize_match("that\xE2\x80\x99s our policy") == "that's our policy");
}

TEST_CASE("a fingerprint is a fixed function of its parts") {
  // Baselines on disk depend on this value: it must never change within baseline version 1.
  CHECK(finding_fingerprint("d/calm", "calm down", "a.txt", "", 0) == "1a984e1d159129d9");
  CHECK(finding_fingerprint("d/calm", "calm down", "a.txt", "", 0).size() == 16);
  CHECK(finding_fingerprint("d/calm", "calm down", "a.txt", "", 1) !=
        finding_fingerprint("d/calm", "calm down", "a.txt", "", 0));
  // Separators keep parts from running into each other.
  CHECK(finding_fingerprint("d/calm", "calm down", "a.txt", "x", 0) !=
        finding_fingerprint("d/calm", "calm down", "a.txtx", "", 0));
}

TEST_CASE("fingerprints survive edits elsewhere in the file, even in the same reply") {
  const auto before = fingerprints(lint("m/a.txt", "Calm down. That is our policy."));
  REQUIRE(before.size() == 2);
  // New lines above, a changed opening, other spacing and case inside the match.
  CHECK(fingerprints(lint("m/a.txt",
                          "Hi Sam,\n\nThanks for waiting. CALM   down. That is our "
                          "policy, I'm afraid.")) == before);
  // Another file, or another reply id, is another finding.
  CHECK(fingerprints(lint("m/b.txt", "Calm down. That is our policy.")) != before);
  CHECK(fingerprints(lint("m/a.txt", "Calm down. That is our policy.", "macro-7")) != before);
}

TEST_CASE("paths are taken relative to the baseline's folder") {
  const Linted linted = lint("macros/a.txt", "Calm down.");
  CHECK(fingerprints(linted, "macros") ==
        fingerprints(lint("./macros/x/../a.txt", "Calm down."), "macros"));
  CHECK(fingerprint_findings(linted.report, "macros").at(0).entry.path == "a.txt");
  CHECK(fingerprint_findings(linted.report, "").at(0).entry.path == "macros/a.txt");
}

TEST_CASE("identical findings are told apart by their occurrence") {
  const auto fingerprints_once = fingerprints(lint("a.txt", "Calm down."));
  const auto fingerprints_twice = fingerprints(lint("a.txt", "Calm down. Calm down."));
  REQUIRE(fingerprints_twice.size() == 2);
  CHECK(fingerprints_twice[0] == fingerprints_once[0]);
  CHECK(fingerprints_twice[1] != fingerprints_once[0]);
}

TEST_CASE("a written baseline hides exactly its findings when read back") {
  BaselineWriter writer("base/replylint-baseline.json");
  writer.add(lint("base/lib/b.txt", "That is our policy. Calm down.").report);
  writer.add(lint("base/lib/a.txt", "Calm down.", "m1").report);
  CHECK(writer.text() ==
        "{\n"
        "  \"version\": 1,\n"
        "  \"tool\": \"replylint\",\n"
        "  \"findings\": [\n"
        "    {\n"
        "      \"fingerprint\": \"" +
            finding_fingerprint("d/calm", "calm down", "lib/a.txt", "m1", 0) +
            "\",\n"
            "      \"rule\": \"d/calm\",\n"
            "      \"path\": \"lib/a.txt\",\n"
            "      \"reply\": \"m1\",\n"
            "      \"match\": \"Calm down\"\n"
            "    },\n"
            "    {\n"
            "      \"fingerprint\": \"" +
            finding_fingerprint("d/calm", "calm down", "lib/b.txt", "", 0) +
            "\",\n"
            "      \"rule\": \"d/calm\",\n"
            "      \"path\": \"lib/b.txt\",\n"
            "      \"match\": \"Calm down\"\n"
            "    },\n"
            "    {\n"
            "      \"fingerprint\": \"" +
            finding_fingerprint("p/policy", "our policy", "lib/b.txt", "", 0) +
            "\",\n"
            "      \"rule\": \"p/policy\",\n"
            "      \"path\": \"lib/b.txt\",\n"
            "      \"match\": \"our policy\"\n"
            "    }\n"
            "  ]\n"
            "}\n");

  Diagnostics diagnostics;
  std::optional<Baseline> baseline =
      Baseline::parse(writer.text(), "base/replylint-baseline.json", diagnostics);
  REQUIRE(baseline);
  CHECK(baseline->size() == 3);
  // b.txt gained a new dismissive line and lost its policy wall.
  Linted edited = lint("base/lib/b.txt", "Calm down.\nCalm down, seriously.");
  CHECK(baseline->filter(edited.report) == 1);
  REQUIRE(edited.report.replies.size() == 1);
  CHECK(edited.report.replies[0].baselined == 1);
  REQUIRE(edited.report.replies[0].findings.size() == 1);
  CHECK(edited.report.replies[0].findings[0].start.line == 2);
  CHECK(baseline->stale() == 1);  // the policy finding is gone; a.txt was not linted
}

TEST_CASE("baseline files are validated like rule files") {
  Diagnostics diagnostics;
  CHECK_FALSE(
      Baseline::parse("{\"version\": 2, \"findngs\": [],\n \"findings\": [{\"fingerprint\": "
                      "\"XYZ\", \"rule\": 3}]}",
                      "b.json", diagnostics));
  CHECK(formatted(diagnostics) ==
        "b.json:1:13: error: /version: unsupported baseline version 2 (this replylint reads 1)\n"
        "    {\"version\": 2, \"findngs\": [],\n"
        "                ^\n"
        "b.json:1:16: error: /findngs: unknown key \"findngs\" (did you mean \"findings\"?)\n"
        "    {\"version\": 2, \"findngs\": [],\n"
        "                   ^\n"
        "b.json:2:31: error: /findings/0/fingerprint: expected 16 lowercase hex digits\n"
        "     \"findings\": [{\"fingerprint\": \"XYZ\", \"rule\": 3}]}\n"
        "                                  ^\n"
        "b.json:2:46: error: /findings/0/rule: expected a string, got an integer\n"
        "     \"findings\": [{\"fingerprint\": \"XYZ\", \"rule\": 3}]}\n"
        "                                                 ^\n");
}
