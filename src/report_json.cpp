// SPDX-License-Identifier: MIT
#include "report_json.hpp"

#include <array>
#include <cmath>
#include <utility>

namespace replylint {

using json = nlohmann::ordered_json;

json finding_to_json(const Finding& finding) {
  const Rule& rule = *finding.rule;
  json out = {
      {"rule", rule.id},
      {"category", rule.category},
      {"severity", to_string(finding.severity())},
      {"message", finding.message},
      {"match", finding.match},
      {"line", finding.start.line},
      {"column", finding.start.column},
      {"end_line", finding.end.line},
      {"end_column", finding.end.column},
      {"column_utf16", finding.start.column_utf16},
      {"end_column_utf16", finding.end.column_utf16},
      {"offset", finding.offset},
      {"length", finding.length},
      {"weight", rule.weight},
      {"suggestions", rule.suggest},
  };
  if (rule.dimension) out["dimension"] = to_string(*rule.dimension);
  return out;
}

json reply_to_json(const ReplyReport& reply) {
  json dimensions = json::object();
  for (std::size_t d = 0; d < kDimensionCount; ++d) {
    const DimensionEvidence& evidence = reply.score.dimensions[d];
    dimensions[std::string(to_string(static_cast<Dimension>(d)))] = {{"present", evidence.present},
                                                                     {"rules", evidence.rules}};
  }
  json breakdown = json::array();
  for (const ScoreStep& step : reply.score.steps) {
    json item = {{"kind", step.kind}, {"detail", step.detail}, {"points", step.points}};
    item["rule"] = step.rule.empty() ? json(nullptr) : json(step.rule);
    breakdown.push_back(std::move(item));
  }
  json findings = json::array();
  for (const Finding& finding : reply.findings) findings.push_back(finding_to_json(finding));
  json evidence = json::array();
  for (const Finding& finding : reply.evidence) evidence.push_back(finding_to_json(finding));
  json out = {{"line", reply.start.line},
              {"column", reply.start.column},
              {"offset", reply.span.begin},
              {"length", reply.span.end - reply.span.begin}};
  out["id"] = reply.span.id.empty() ? json(nullptr) : json(reply.span.id);
  out["score"] = reply.score.value;
  out["verdict"] = to_string(reply.score.verdict);
  out["dimensions"] = std::move(dimensions);
  out["breakdown"] = std::move(breakdown);
  out["findings"] = std::move(findings);
  out["evidence"] = std::move(evidence);
  return out;
}

json summary_to_json(const Summary& summary) {
  json verdicts = json::object();
  for (std::size_t v = 0; v < summary.by_verdict.size(); ++v) {
    verdicts[verdict_names()[v]] = summary.by_verdict[v];
  }
  json severities = json::object();
  for (std::size_t s = 0; s < summary.by_severity.size(); ++s) {
    severities[severity_names()[s]] = summary.by_severity[s];
  }
  return {{"files", summary.files},
          {"replies", summary.replies},
          {"findings", summary.findings},
          {"findings_by_severity", severities},
          {"evidence", summary.evidence},
          {"verdicts", verdicts},
          {"mean_score", std::round(summary.mean_score * 10) / 10},
          {"min_score", summary.min_score ? json(*summary.min_score) : json(nullptr)},
          {"errors", summary.errors}};
}

json path_to_json(const Document& document) {
  return document.path ? json(*document.path) : json(nullptr);
}

}  // namespace replylint

namespace replylint {

RuleJson::RuleJson(const std::vector<Rule>& rules) : rules_(rules) {
  suggestions_.reserve(rules.size());
  for (const Rule& rule : rules) {
    std::string text;
    JsonWriter writer(text);
    writer.begin_array();
    for (const std::string& suggestion : rule.suggest) writer.string(suggestion);
    writer.end_array();
    writer.finish();
    suggestions_.push_back(std::move(text));
  }
}

const std::string* RuleJson::suggestions(const Rule& rule) const {
  // A rule of this set is an element of its vector: its index follows from its address.
  if (rules_.empty() || &rule < rules_.data() || &rule >= rules_.data() + rules_.size()) {
    return nullptr;
  }
  return &suggestions_[static_cast<std::size_t>(&rule - rules_.data())];
}

void write_finding(JsonWriter& out, const Finding& finding, const RuleJson* rule_json) {
  const Rule& rule = *finding.rule;
  out.begin_object();
  out.key("rule");
  out.string(rule.id);
  out.key("category");
  out.string(rule.category);
  out.key("severity");
  out.string(to_string(finding.severity()));
  out.key("message");
  out.string(finding.message);
  out.key("match");
  out.string(finding.match);
  out.key("line");
  out.integer(finding.start.line);
  out.key("column");
  out.integer(finding.start.column);
  out.key("end_line");
  out.integer(finding.end.line);
  out.key("end_column");
  out.integer(finding.end.column);
  out.key("column_utf16");
  out.integer(finding.start.column_utf16);
  out.key("end_column_utf16");
  out.integer(finding.end.column_utf16);
  out.key("offset");
  out.unsigned_integer(finding.offset);
  out.key("length");
  out.unsigned_integer(finding.length);
  out.key("weight");
  out.integer(rule.weight);
  out.key("suggestions");
  const std::string* written = rule_json && out.compact() ? rule_json->suggestions(rule) : nullptr;
  if (written) {
    out.raw_value(*written);
  } else {
    out.begin_array();
    for (const std::string& suggestion : rule.suggest) out.string(suggestion);
    out.end_array();
  }
  if (rule.dimension) {
    out.key("dimension");
    out.string(to_string(*rule.dimension));
  }
  out.end_object();
}

// kDimensionNames as member keys, laid out at compile time.
template <std::size_t... I>
consteval std::array<JsonKey, sizeof...(I)> dimension_keys(std::index_sequence<I...>) {
  return {JsonKey(kDimensionNames[I])...};
}
constexpr auto kDimensionKeys = dimension_keys(std::make_index_sequence<kDimensionCount>());

void write_reply_members(JsonWriter& out, const ReplyReport& reply, const RuleJson* rule_json) {
  out.key("line");
  out.integer(reply.start.line);
  out.key("column");
  out.integer(reply.start.column);
  out.key("offset");
  out.unsigned_integer(reply.span.begin);
  out.key("length");
  out.unsigned_integer(reply.span.end - reply.span.begin);
  out.key("id");
  if (reply.span.id.empty()) {
    out.null();
  } else {
    out.string(reply.span.id);
  }
  out.key("score");
  out.integer(reply.score.value);
  out.key("verdict");
  out.string(to_string(reply.score.verdict));
  out.key("dimensions");
  out.begin_object();
  for (std::size_t d = 0; d < kDimensionCount; ++d) {
    const DimensionEvidence& evidence = reply.score.dimensions[d];
    out.key(kDimensionKeys[d]);
    if (out.compact() && !evidence.present && evidence.rules.empty()) {
      out.raw_value(R"({"present":false,"rules":[]})");  // most dimensions of most replies
      continue;
    }
    out.begin_object();
    out.key("present");
    out.boolean(evidence.present);
    out.key("rules");
    out.begin_array();
    for (const std::string& rule : evidence.rules) out.string(rule);
    out.end_array();
    out.end_object();
  }
  out.end_object();
  out.key("breakdown");
  out.begin_array();
  for (const ScoreStep& step : reply.score.steps) {
    out.begin_object();
    out.key("kind");
    out.string(step.kind);
    out.key("detail");
    out.string(step.detail);
    out.key("points");
    out.number(step.points);
    out.key("rule");
    if (step.rule.empty()) {
      out.null();
    } else {
      out.string(step.rule);
    }
    out.end_object();
  }
  out.end_array();
  out.key("findings");
  out.begin_array();
  for (const Finding& finding : reply.findings) write_finding(out, finding, rule_json);
  out.end_array();
  out.key("evidence");
  out.begin_array();
  for (const Finding& finding : reply.evidence) write_finding(out, finding, rule_json);
  out.end_array();
}

void write_reply(JsonWriter& out, const ReplyReport& reply) {
  out.begin_object();
  write_reply_members(out, reply);
  out.end_object();
}

void write_path(JsonWriter& out, const Document& document) {
  if (document.path) {
    out.string(*document.path);
  } else {
    out.null();
  }
}

}  // namespace replylint
