// SPDX-License-Identifier: MIT
#include "analytics_json.hpp"

#include <cmath>

namespace replylint {
namespace {

using json = nlohmann::ordered_json;

// A phrase shared by a million one-line replies would otherwise list them all; `count` keeps the
// total.
constexpr std::size_t kMaxListedReplies = 100;

double round3(double value) {
  return std::round(value * 1000) / 1000;
}

json reply_ref(const ReplyDigest& reply) {
  json out = {{"path", reply.path ? json(*reply.path) : json(nullptr)}, {"line", reply.line}};
  out["id"] = reply.id.empty() ? json(nullptr) : json(reply.id);
  out["score"] = reply.score;
  out["verdict"] = to_string(reply.verdict);
  return out;
}

json refs(const std::vector<std::size_t>& indices, const std::vector<ReplyDigest>& replies,
          std::size_t limit = kMaxListedReplies) {
  json out = json::array();
  for (std::size_t k = 0; k < indices.size() && k < limit; ++k) {
    out.push_back(reply_ref(replies[indices[k]]));
  }
  return out;
}

json phrases(const std::vector<ReusedPhrase>& list, const std::vector<ReplyDigest>& replies) {
  json out = json::array();
  for (const ReusedPhrase& phrase : list) {
    const double share = replies.empty() ? 0
                                         : static_cast<double>(phrase.replies.size()) /
                                               static_cast<double>(replies.size());
    out.push_back({{"text", phrase.text},
                   {"example", phrase.example},
                   {"count", phrase.replies.size()},
                   {"share", round3(share)},
                   {"replies", refs(phrase.replies, replies)}});
  }
  return out;
}

}  // namespace

json analytics_to_json(const LibraryAnalytics& analytics, const std::vector<ReplyDigest>& replies,
                       const AnalyticsOptions& options) {
  json groups = json::array();
  for (const NearDuplicateGroup& group : analytics.near_duplicates) {
    groups.push_back({{"similarity", round3(group.similarity)},
                      {"count", group.replies.size()},
                      {"replies", refs(group.replies, replies)}});
  }
  json rules = json::array();
  for (const RuleFrequency& rule : analytics.top_rules) {
    rules.push_back({{"rule", rule.rule},
                     {"category", rule.category},
                     {"findings", rule.findings},
                     {"replies", rule.replies}});
  }
  return {{"thresholds",
           {{"reuse_min_count", options.reuse_min_count},
            {"reuse_min_share", options.reuse_min_share},
            {"opener_min_words", options.opener_min_words},
            {"near_duplicate_similarity", options.near_duplicate_similarity},
            {"shingle_words", options.shingle_words},
            {"near_duplicate_max_replies", options.near_duplicate_max_replies}}},
          {"reused_openers", phrases(analytics.reused_openers, replies)},
          {"reused_empathy_lines", phrases(analytics.reused_empathy_lines, replies)},
          {"near_duplicates_checked", analytics.near_duplicates_checked},
          {"near_duplicates", std::move(groups)},
          {"lowest_scoring", refs(analytics.lowest, replies)},
          {"top_rules", std::move(rules)},
          {"score_histogram", analytics.score_histogram}};
}

}  // namespace replylint
