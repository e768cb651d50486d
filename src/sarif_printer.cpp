// SPDX-License-Identifier: MIT
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <map>
#include <ostream>

#include "printers.hpp"
#include "replylint/normalizer.hpp"
#include "replylint/rule_set.hpp"
#include "replylint/suggestion.hpp"
#include "replylint/text_position.hpp"
#include "replylint/version.hpp"
#include "report_json.hpp"

namespace replylint {
namespace {

using json = nlohmann::ordered_json;

// GitHub code scanning truncates rule descriptions past this many characters.
constexpr std::size_t kDescriptionLimit = 1024;

std::string_view level(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Info:
      return "note";
  }
  return "warning";
}

// Cuts at a UTF-8 boundary so the text plus "…" fits in `limit` bytes (a safe bound for the
// character limit).
std::string capped(std::string text, std::size_t limit = kDescriptionLimit) {
  if (text.size() <= limit) return text;
  std::size_t cut = limit - 3;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  text.resize(cut);
  return text + "\xE2\x80\xA6";
}

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at)) {
    text.replace(at, from.size(), to);
    at += to.size();
  }
  return text;
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : std::string(separator)) + part;
  return out;
}

// Rules have no title of their own: the message, with "…" where the match goes, serves.
std::string short_description(const Rule& rule) {
  return replace_all(rule.message, "{match}", "…");
}

// help.text and help.markdown: the explanation, the suggestions as a list, and the source.
json help(const Rule& rule) {
  std::vector<std::string> text = rule.explain;
  std::vector<std::string> markdown = rule.explain;
  if (!rule.suggest.empty()) {
    std::string list;
    for (const std::string& suggestion : rule.suggest) list += "\n- " + suggestion;
    text.push_back("Suggestions:" + list);
    markdown.push_back("**Suggestions**\n" + list);
  }
  if (!rule.source.empty()) {
    const bool url = rule.source.rfind("https://", 0) == 0 || rule.source.rfind("http://", 0) == 0;
    text.push_back("Source: " + rule.source);
    markdown.push_back("Source: " + (url ? "<" + rule.source + ">" : rule.source));
  }
  if (text.empty()) text = markdown = {short_description(rule)};
  return {{"text", joined(text, "\n\n")}, {"markdown", joined(markdown, "\n\n")}};
}

json rule_descriptor(const Rule& rule) {
  const std::string summary = capped(short_description(rule));
  const std::string full = rule.explain.empty() ? summary : capped(joined(rule.explain, " "));
  return {{"id", rule.id},
          {"name", rule.id},
          {"shortDescription", {{"text", summary}}},
          {"fullDescription", {{"text", full}}},
          {"help", help(rule)},
          {"defaultConfiguration", {{"level", level(rule.severity)}}},
          {"properties", {{"tags", json::array({rule.category})}}}};
}

// A URI reference for the path as given: relative paths stay relative (what code scanning wants),
// absolute ones become file:// URIs; anything outside RFC 3986's path characters is
// percent-encoded (":" too, so "c:x" cannot read as a scheme).
std::string artifact_uri(const Document& document) {
  const std::string& path = document.path ? *document.path : document.display_name;
  std::string out = !path.empty() && path.front() == '/' ? "file://" : "";
  for (const char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c < 0x80 && std::isalnum(c)) ||
        std::string_view("-._~/!$&'()*+,;=@").find(ch) != std::string::npos) {
      out += ch;
    } else {
      char buffer[4];
      std::snprintf(buffer, sizeof buffer, "%%%02X", c);
      out += buffer;
    }
  }
  return out;
}

// Whitespace runs become one space, ends trimmed; with `fold`, typography and ASCII case too.
std::string hash_form(std::string_view text, bool fold) {
  const std::string folded = fold ? NormalizedText(text).text() : std::string();
  const std::string_view source = fold ? std::string_view(folded) : text;
  std::string out;
  for (const char ch : source) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x80 && std::isspace(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += fold && c < 0x80 ? static_cast<char>(std::tolower(c)) : ch;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// 64-bit FNV-1a: tiny, and the same on every platform and run.
std::uint64_t fnv1a(std::string_view text, std::uint64_t hash = 0xcbf29ce484222325ULL) {
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

// Stable across edits elsewhere in the file: rule id, the match and the text of its line, but
// not the line number. Identical findings in one file are told apart by ":<occurrence>", as in
// GitHub's own primaryLocationLineHash.
std::string line_hash(const Finding& finding, std::string_view line_text,
                      std::map<std::uint64_t, int>& seen) {
  std::uint64_t hash = fnv1a(finding.rule->id);
  hash = fnv1a(std::string_view("\0", 1), hash);
  hash = fnv1a(hash_form(finding.match, true), hash);
  hash = fnv1a(std::string_view("\0", 1), hash);
  hash = fnv1a(hash_form(line_text, false), hash);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%016llx:%d", static_cast<unsigned long long>(hash),
                ++seen[hash]);
  return buffer;
}

json region(const Finding& finding) {
  return {{"startLine", finding.start.line}, {"startColumn", finding.start.column},
          {"endLine", finding.end.line},     {"endColumn", finding.end.column},
          {"byteOffset", finding.offset},    {"byteLength", finding.length}};
}

// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers (docs/output-formats.md). One
// run; every problem rule is listed in the driver, each problem finding is a result (evidence
// is not). Written at the end: SARIF is a single document.
class SarifPrinter : public Printer {
 public:
  explicit SarifPrinter(std::ostream& out, const PrintOptions& options) : out_(out) {
    if (!options.rules) return;
    for (const Rule& rule : options.rules->rules) {
      if (!rule.is_evidence()) rule_index(rule);
    }
  }

  void file(const FileReport& report) override {
    const Document& document = *report.document;
    const LineIndex lines(document.content, document.base_offset, document.base_line);
    const std::string uri = artifact_uri(document);
    std::map<std::uint64_t, int> seen;
    for (const ReplyReport& reply : report.replies) {
      for (const Finding& finding : reply.findings) {
        results_.push_back(result(finding, uri, lines.line_text(finding.offset), seen));
      }
    }
  }

  void end(const Summary&) override {
    const json driver = {{"name", "replylint"},
                         {"semanticVersion", kVersion},
                         {"informationUri", kHomepage},
                         {"rules", std::move(rules_)}};
    const json log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                      {"version", "2.1.0"},
                      {"runs", json::array({{{"tool", {{"driver", driver}}},
                                             {"columnKind", "unicodeCodePoints"},
                                             {"results", std::move(results_)}}})}};
    out_ << log.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
  }

 private:
  std::size_t rule_index(const Rule& rule) {
    const auto [it, added] = rule_indexes_.try_emplace(rule.id, rules_.size());
    if (added) rules_.push_back(rule_descriptor(rule));
    return it->second;
  }

  json result(const Finding& finding, const std::string& uri, std::string_view line_text,
              std::map<std::uint64_t, int>& seen) {
    const Rule& rule = *finding.rule;
    const json artifact = {{"uri", uri}};
    json out = {{"ruleId", rule.id},
                {"ruleIndex", rule_index(rule)},
                {"level", level(finding.severity())},
                {"message", {{"text", finding.message}}},
                {"locations",
                 json::array({{{"physicalLocation",
                                {{"artifactLocation", artifact}, {"region", region(finding)}}}}})},
                {"partialFingerprints",
                 {{"primaryLocationLineHash", line_hash(finding, line_text, seen)}}}};
    json fixes = json::array();
    for (const std::string& suggestion : rule.suggest) {
      const std::optional<std::string> replacement = suggested_replacement(suggestion);
      if (!replacement) continue;
      const json change = {{"deletedRegion", region(finding)},
                           {"insertedContent", {{"text", *replacement}}}};
      fixes.push_back(
          {{"description", {{"text", suggestion}}},
           {"artifactChanges", json::array({{{"artifactLocation", artifact},
                                             {"replacements", json::array({change})}}})}});
    }
    if (!fixes.empty()) out["fixes"] = std::move(fixes);
    return out;
  }

  std::ostream& out_;
  json rules_ = json::array();
  std::map<std::string, std::size_t> rule_indexes_;
  json results_ = json::array();
};

}  // namespace

std::unique_ptr<Printer> make_sarif_printer(std::ostream& out, const PrintOptions& options) {
  return std::make_unique<SarifPrinter>(out, options);
}

}  // namespace replylint
