// SPDX-License-Identifier: MIT
// The direct JSON writer (src/json_writer.hpp) and the write_* renderings of the report shapes
// (src/report_json.hpp) against nlohmann: byte for byte what dump(indent, ' ', false,
// error_handler_t::replace) writes for the same values, and what the json and jsonl printers
// wrote when they dumped reply_to_json trees. Keeps the tree builders and the writer from drifting.
#include "json_writer.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "analytics_json.hpp"
#include "format_fixture.hpp"
#include "replylint/library_analytics.hpp"
#include "replylint/printer.hpp"
#include "replylint/rule_set.hpp"
#include "replylint/version.hpp"
#include "report_json.hpp"

using namespace replylint;
using ordered = nlohmann::ordered_json;

namespace {

std::string dump(const ordered& value, int indent = -1) {
  return value.dump(indent, ' ', false, ordered::error_handler_t::replace);
}

std::string written(const std::string& text) {
  std::string out;
  JsonWriter(out).string(text);
  return out;
}

// splitmix64: deterministic everywhere.
struct Random {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }
};

// Pieces that stress escaping: ASCII, quotes, backslashes, every kind of control character,
// DEL, multi-byte UTF-8 (2, 3 and 4 bytes, U+FFFD itself), and invalid UTF-8 of every kind
// (stray continuation, overlong, surrogate, above U+10FFFF, truncated, bytes F5-FF).
// clang-format off
const std::vector<std::string> kPieces = {
    "sorry to hear",  " ",          "\"",           "\\",           "/",
    "\n",             "\r\n",       "\t",           "\b",           "\f",
    std::string(1, '\0'), "\x01",   "\x1f",         "\x7f",         "Zoë",
    "田中",           "👋",         "€",            "\xEF\xBF\xBD", "\xC2\x80",
    "\xDF\xBF",       "\xE0\xA0\x80", "\xED\x9F\xBF", "\xEE\x80\x80", "\xF0\x90\x80\x80",
    "\xF4\x8F\xBF\xBF", "\x80",     "\xBF",         "\xC0\xAF",     "\xC1\xBF",
    "\xE0\x80\xAF",   "\xE0\x9F\xBF", "\xED\xA0\x80", "\xED\xBF\xBF", "\xF0\x80\x80\x80",
    "\xF0\x8F\xBF\xBF", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xFF", "\xFE",
    "\xC3",           "\xE2\x82",   "\xF0\x9F\x91", "\xE2",         "\xF0",
    "{{customer.first_name}}", "%AGENT%", "\u2019",  "\u2028",       "\\u0041"};
// clang-format on

std::string random_text(Random& random, std::size_t max_pieces = 8) {
  std::string text;
  const std::size_t pieces = random.below(max_pieces + 1);
  for (std::size_t i = 0; i < pieces; ++i) text += kPieces[random.below(kPieces.size())];
  return text;
}

std::string random_bytes(Random& random, std::size_t max_length = 12) {
  std::string text(random.below(max_length + 1), '\0');
  for (char& c : text) c = static_cast<char>(random.below(256));
  return text;
}

}  // namespace

TEST_CASE("JsonWriter strings: escaped exactly as nlohmann dumps them") {
  SECTION("every single byte") {
    for (int c = 0; c < 256; ++c) {
      const std::string text(1, static_cast<char>(c));
      INFO("byte " << c);
      CHECK(written(text) == dump(ordered(text)));
    }
  }
  SECTION("every pair of pieces, and the pieces around other text") {
    for (const std::string& a : kPieces) {
      for (const std::string& b : kPieces) {
        const std::string text = a + b;
        CHECK(written(text) == dump(ordered(text)));
        CHECK(written("x" + text + "y") == dump(ordered("x" + text + "y")));
      }
    }
  }
  SECTION("random byte strings and random pieces") {
    Random random{42};
    for (int i = 0; i < 20000; ++i) {
      const std::string bytes = random_bytes(random);
      CHECK(written(bytes) == dump(ordered(bytes)));
      const std::string text = random_text(random, 12);
      CHECK(written(text) == dump(ordered(text)));
    }
  }
  SECTION("empty and long") {
    CHECK(written("") == "\"\"");
    const std::string text(100000, 'a');
    CHECK(written(text) == dump(ordered(text)));
  }
}

TEST_CASE("JsonWriter numbers: integers and doubles as nlohmann prints them") {
  for (std::int64_t value :
       {std::int64_t{0}, std::int64_t{-1}, std::int64_t{7}, std::int64_t{-8},
        std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()}) {
    std::string out;
    JsonWriter(out).integer(value);
    CHECK(out == dump(ordered(value)));
  }
  for (std::uint64_t value :
       {std::uint64_t{0}, std::uint64_t{1} << 40, std::numeric_limits<std::uint64_t>::max()}) {
    std::string out;
    JsonWriter(out).unsigned_integer(value);
    CHECK(out == dump(ordered(value)));
  }
  std::vector<double> doubles = {0.0,
                                 -0.0,
                                 60.0,
                                 -8.0,
                                 0.1,
                                 2.5,
                                 -3.3333333333,
                                 1e15,
                                 1e16,
                                 1e17,
                                 1e20,
                                 1e-4,
                                 1e-5,
                                 1e-7,
                                 1e300,
                                 -1e-300,
                                 5e-324,
                                 123456789012345678.0,
                                 1.0 / 3,
                                 std::numeric_limits<double>::max(),
                                 std::numeric_limits<double>::quiet_NaN(),
                                 std::numeric_limits<double>::infinity(),
                                 -std::numeric_limits<double>::infinity()};
  Random random{7};
  for (int i = 0; i < 2000; ++i) {
    doubles.push_back(static_cast<double>(static_cast<std::int64_t>(random.below(2001)) - 1000) /
                      static_cast<double>(1 + random.below(64)));
  }
  for (double value : doubles) {
    std::string out;
    JsonWriter(out).number(value);
    INFO(value);
    CHECK(out == dump(ordered(value)));
  }
}

TEST_CASE("JsonWriter structure: compact and indented like dump()") {
  // Writes one value twice, through the writer and into a tree, nesting objects and arrays
  // (some empty) and every scalar.
  struct Builder {
    Random random;
    ordered make(JsonWriter& writer, int depth) {
      const std::size_t kind = depth >= 4 ? 2 + random.below(5) : random.below(7);
      if (kind == 0) {
        ordered object = ordered::object();
        writer.begin_object();
        const std::size_t members = random.below(4);
        for (std::size_t i = 0; i < members; ++i) {
          const std::string key = "k" + std::to_string(i) + random_text(random, 2);
          if (object.contains(key)) continue;
          writer.escaped_key(key);
          object[key] = make(writer, depth + 1);
        }
        writer.end_object();
        return object;
      }
      if (kind == 1) {
        ordered array = ordered::array();
        writer.begin_array();
        const std::size_t items = random.below(4);
        for (std::size_t i = 0; i < items; ++i) array.push_back(make(writer, depth + 1));
        writer.end_array();
        return array;
      }
      if (kind == 2) {
        const std::string text = random_text(random, 3);
        writer.string(text);
        return text;
      }
      if (kind == 3) {
        const std::int64_t value = static_cast<std::int64_t>(random.below(200)) - 100;
        writer.integer(value);
        return value;
      }
      if (kind == 4) {
        const double value = static_cast<double>(random.below(100)) / 8 - 6;
        writer.number(value);
        return value;
      }
      if (kind == 5) {
        const bool value = random.chance(50);
        writer.boolean(value);
        return value;
      }
      writer.null();
      return nullptr;
    }
  };
  for (int indent : {-1, 0, 2, 4}) {
    Builder builder{Random{static_cast<std::uint64_t>(indent + 100)}};
    for (int i = 0; i < 500; ++i) {
      std::string out;
      JsonWriter writer(out, indent);
      const ordered tree = builder.make(writer, 0);
      INFO("indent " << indent);
      REQUIRE(writer.depth() == 0);
      writer.finish();
      CHECK(out == dump(tree, indent));
    }
  }
}

TEST_CASE("JsonWriter keys: literal and escaped, compact and indented") {
  for (int indent : {-1, 0, 2}) {
    std::string out;
    JsonWriter writer(out, indent);
    writer.begin_object();
    writer.key("a");
    writer.begin_object();
    writer.key("long_key_name_that_is_longer_than_sixty_four_characters_in_all_really");
    writer.integer(1);
    writer.escaped_key("x\"y\n\xFF");
    writer.null();
    writer.end_object();
    writer.key("b");
    writer.begin_array();
    writer.end_array();
    writer.end_object();
    writer.finish();
    const ordered tree = {
        {"a",
         {{"long_key_name_that_is_longer_than_sixty_four_characters_in_all_really", 1},
          {"x\"y\n\xFF", nullptr}}},
        {"b", ordered::array()}};
    CHECK(out == dump(tree, indent));
  }
}

TEST_CASE("JsonWriter value() and raw_value(): nested at the writer's depth") {
  const ordered inner = {{"a", {1, 2}}, {"b", ordered::object()}, {"c", {{"d", "e\nf"}}}};
  for (int indent : {-1, 2}) {
    // Expected: the tree {"x": [inner, inner]}.
    const ordered whole = {{"x", {inner, inner}}};
    std::string out;
    JsonWriter writer(out, indent);
    writer.begin_object();
    writer.key("x");
    writer.begin_array();
    writer.value(inner);
    std::string raw;
    JsonWriter nested(raw, indent, 2);
    nested.value(inner);
    nested.finish();
    writer.raw_value(raw);
    writer.end_array();
    writer.end_object();
    writer.finish();
    CHECK(out == dump(whole, indent));
  }
}

// ------------------------------------------------------------------- report shapes and printers

namespace {

// Rules of every shape: with and without suggestions and dimension, odd characters in every
// string field.
std::vector<Rule> make_rules() {
  std::vector<Rule> rules;
  Random random{3};
  for (int i = 0; i < 12; ++i) {
    Rule rule;
    rule.id = "pack/rule-" + std::to_string(i) + (i % 4 == 3 ? random_text(random, 2) : "");
    rule.category = i % 2 ? "empathy" : "dismissive\t\"x\"";
    rule.weight = i % 2 ? 3 + i : -2 * i;
    rule.severity = static_cast<Severity>(i % 3);
    if (i % 2) rule.dimension = static_cast<Dimension>(i % kDimensionCount);
    for (int s = 0; s < i % 4; ++s) rule.suggest.push_back(random_text(random, 4));
    rules.push_back(std::move(rule));
  }
  return rules;
}

Finding make_finding(Random& random, const Rule& rule) {
  Finding finding;
  finding.rule = &rule;
  finding.offset = random.below(1u << 20);
  finding.length = random.below(200);
  finding.match = random.chance(30) ? random_bytes(random) : random_text(random, 5);
  finding.message = "Don't say \"" + finding.match + "\"." + random_text(random, 2);
  finding.start = {1 + static_cast<int>(random.below(500)), 1 + static_cast<int>(random.below(80)),
                   1 + static_cast<int>(random.below(90)), 1};
  finding.end = {finding.start.line, finding.start.column + 3, finding.start.column_utf16 + 4, 1};
  if (random.chance(20)) finding.severity_override = static_cast<Severity>(random.below(3));
  return finding;
}

ReplyReport make_reply(Random& random, const std::vector<Rule>& rules, std::size_t content_size) {
  ReplyReport reply;
  reply.span.begin = random.below(content_size);
  reply.span.end = reply.span.begin + random.below(content_size - reply.span.begin + 1);
  if (random.chance(50)) reply.span.id = random.chance(50) ? random_text(random, 3) : "t-17";
  reply.start = {1 + static_cast<int>(random.below(900)), 1 + static_cast<int>(random.below(9)), 1,
                 1};
  if (random.chance(10)) return reply;  // nothing found, an empty score
  const std::size_t findings = random.below(5);
  for (std::size_t i = 0; i < findings; ++i) {
    const Rule& rule = rules[2 * random.below(rules.size() / 2)];
    reply.findings.push_back(make_finding(random, rule));
  }
  const std::size_t evidence = random.below(4);
  for (std::size_t i = 0; i < evidence; ++i) {
    const Rule& rule = rules[2 * random.below(rules.size() / 2) + 1];
    reply.evidence.push_back(make_finding(random, rule));
  }
  reply.score.value = static_cast<int>(random.below(101));
  reply.score.verdict = static_cast<Verdict>(random.below(4));
  for (DimensionEvidence& dimension : reply.score.dimensions) {
    dimension.present = random.chance(40);
    if (dimension.present) dimension.rules.push_back(rules[1].id);
    if (random.chance(20)) dimension.rules.push_back(random_text(random, 2));
  }
  const std::size_t steps = random.below(6);
  for (std::size_t i = 0; i < steps; ++i) {
    ScoreStep step;
    step.kind = i == 0 ? "base" : "finding";
    step.detail = random_text(random, 3);
    step.points = static_cast<double>(static_cast<int>(random.below(400)) - 200) / 3;
    if (random.chance(60)) step.rule = rules[random.below(rules.size())].id;
    reply.score.steps.push_back(std::move(step));
  }
  return reply;
}

}  // namespace

TEST_CASE("write_reply and write_finding == dump(reply_to_json), compact and indented") {
  const std::vector<Rule> rules = make_rules();
  const RuleJson rule_json(rules);
  // A rule that is not in the set is written the long way.
  CHECK(rule_json.suggestions(Rule{}) == nullptr);
  Random random{11};
  for (int i = 0; i < 2000; ++i) {
    const ReplyReport reply = make_reply(random, rules, 4096);
    for (int indent : {-1, 2}) {
      std::string out;
      JsonWriter writer(out, indent);
      write_reply(writer, reply);
      writer.finish();
      REQUIRE(out == dump(reply_to_json(reply), indent));
    }
    for (const Finding& finding : reply.findings) {
      std::string out;
      JsonWriter writer(out);
      write_finding(writer, finding);
      writer.finish();
      REQUIRE(out == dump(finding_to_json(finding)));
      std::string with_rule_json;
      JsonWriter cached(with_rule_json);
      write_finding(cached, finding, &rule_json);
      cached.finish();
      REQUIRE(with_rule_json == out);
    }
  }
}

namespace {

// The printers as they were: every record a dumped tree.
std::string tree_jsonl(const std::vector<FileReport>& reports, const Summary& summary) {
  std::string out;
  for (const FileReport& report : reports) {
    for (const ReplyReport& reply : report.replies) {
      ordered record = {{"type", "reply"}, {"path", path_to_json(*report.document)}};
      record.update(reply_to_json(reply));
      out += dump(record) + '\n';
    }
  }
  ordered record = {{"type", "summary"},
                    {"version", 1},
                    {"tool", {{"name", "replylint"}, {"version", kVersion}}}};
  record.update(summary_to_json(summary));
  return out + dump(record) + '\n';
}

std::string tree_json(const std::vector<FileReport>& reports, const Summary& summary) {
  ordered files = ordered::array();
  std::vector<ReplyDigest> digests;
  for (const FileReport& report : reports) {
    ordered replies = ordered::array();
    for (const ReplyReport& reply : report.replies) replies.push_back(reply_to_json(reply));
    if (report.continued && !files.empty()) {
      for (auto& reply : replies) files.back()["replies"].push_back(std::move(reply));
    } else {
      files.push_back({{"path", path_to_json(*report.document)}, {"replies", std::move(replies)}});
    }
    for (ReplyDigest& digest : digest_replies(report)) digests.push_back(std::move(digest));
  }
  const ordered document = {{"version", 1},
                            {"tool", {{"name", "replylint"}, {"version", kVersion}}},
                            {"files", std::move(files)},
                            {"summary", summary_to_json(summary)},
                            {"analytics", analytics_to_json(analyze_library(digests), digests)}};
  return dump(document, 2) + '\n';
}

std::string printed(const std::string& format, const std::vector<FileReport>& reports,
                    const Summary& summary, const RuleSet* rules = nullptr) {
  std::ostringstream out;
  PrintOptions options;
  options.rules = rules;  // with them, the jsonl printer writes suggestions from a RuleJson
  auto printer = make_printer(format, out, options);
  REQUIRE(printer);
  printer->begin();
  for (const FileReport& report : reports) printer->file(report);
  printer->end(summary);
  return out.str();
}

}  // namespace

TEST_CASE("json and jsonl printers: the same bytes as dumping the trees") {
  RuleSet rule_set;
  rule_set.rules = make_rules();
  const std::vector<Rule>& rules = rule_set.rules;
  Random random{5};
  // Documents: named (odd characters too), unnamed stdin, empty.
  std::vector<Document> documents(4);
  documents[0].path = "macros/refund \"1\".txt";
  documents[1].path = std::string("caf\xC3\xA9/\xFF\tx.txt");
  documents[3].path = "empty.txt";
  for (Document& document : documents) {
    for (int i = 0; i < 300; ++i) document.content += random_text(random, 4) + " word ";
    document.display_name = document.path.value_or("<stdin>");
  }
  documents[3].content.clear();

  for (int round = 0; round < 20; ++round) {
    std::vector<FileReport> reports;
    Summary summary;
    for (std::size_t d = 0; d < documents.size(); ++d) {
      const std::size_t chunks = 1 + random.below(3);
      for (std::size_t chunk = 0; chunk < chunks; ++chunk) {
        FileReport report;
        report.document = &documents[d];
        report.continued = chunk > 0;
        const std::size_t replies = d == 3 ? 0 : random.below(5);
        for (std::size_t r = 0; r < replies; ++r) {
          report.replies.push_back(make_reply(random, rules, documents[d].content.size()));
        }
        summary.add(report);
        reports.push_back(std::move(report));
      }
    }
    CHECK(printed("jsonl", reports, summary) == tree_jsonl(reports, summary));
    CHECK(printed("jsonl", reports, summary, &rule_set) == tree_jsonl(reports, summary));
    CHECK(printed("json", reports, summary) == tree_json(reports, summary));
    CHECK(printed("json", reports, summary, &rule_set) == tree_json(reports, summary));
  }
  SECTION("no input at all") {
    CHECK(printed("jsonl", {}, Summary{}) == tree_jsonl({}, Summary{}));
    CHECK(printed("json", {}, Summary{}) == tree_json({}, Summary{}));
  }
  SECTION("real lint reports") {
    testing::FormatFixture f;
    const Document a = testing::FormatFixture::named("a.txt", testing::kText);
    const Document b = testing::FormatFixture::named("b.txt", "Fine.\n\xC3(bad)\n");
    const std::vector<FileReport> real = {f.lint(a), f.lint(b)};
    Summary totals;
    for (const FileReport& report : real) totals.add(report);
    CHECK(printed("jsonl", real, totals) == tree_jsonl(real, totals));
    CHECK(printed("json", real, totals) == tree_json(real, totals));
  }
}
