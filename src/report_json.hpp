// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include "json_writer.hpp"
#include "replylint/report.hpp"

namespace replylint {

// The JSON shapes of docs/json-output.md, shared by the json and jsonl printers.
//
// Two renderings of the same shapes: the trees below (the reference: readable, and what the
// summary and tests use) and the write_* functions (what the printers use for every reply: no
// tree, ~10x fewer instructions). tests/json_writer_test.cpp checks, byte for byte and for
// compact and indented output, that write_*(writer) == dump(to_json tree); change both together.
nlohmann::ordered_json finding_to_json(const Finding& finding);
nlohmann::ordered_json reply_to_json(const ReplyReport& reply);
nlohmann::ordered_json summary_to_json(const Summary& summary);
/// The document path, or null for unnamed stdin.
nlohmann::ordered_json path_to_json(const Document& document);

/// The parts of a finding record that depend on its rule alone, written once per rule instead of
/// once per finding: each rule's "suggestions" array (a third of a jsonl run's output, escaped
/// again for every finding before). Read-only once built, so threads may share it.
class RuleJson {
 public:
  /// `rules` must outlive this object (findings point into it).
  explicit RuleJson(const std::vector<Rule>& rules);
  /// The rule's suggestions as a compact JSON array, or nullptr for a rule from elsewhere.
  const std::string* suggestions(const Rule& rule) const;

 private:
  const std::vector<Rule>& rules_;
  std::vector<std::string> suggestions_;  // per rule, in order
};

/// finding_to_json(finding), written; `rule_json` (optional) supplies the rule's parts when
/// writing compact JSON.
void write_finding(JsonWriter& out, const Finding& finding, const RuleJson* rule_json = nullptr);
/// reply_to_json(reply), written.
void write_reply(JsonWriter& out, const ReplyReport& reply);
/// The members of reply_to_json(reply), into an object the caller has opened (the jsonl record
/// puts "type" and "path" first).
void write_reply_members(JsonWriter& out, const ReplyReport& reply,
                         const RuleJson* rule_json = nullptr);
/// path_to_json(document), written.
void write_path(JsonWriter& out, const Document& document);

}  // namespace replylint
