// SPDX-License-Identifier: MIT
#include "replylint/evaluation.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <numeric>

namespace replylint {

std::vector<LabelledReply> read_labelled_replies(const std::string& content,
                                                 const std::string& path,
                                                 Diagnostics& diagnostics) {
  std::vector<LabelledReply> out;
  int line_number = 0;
  for (std::size_t start = 0; start < content.size();) {
    std::size_t end = content.find('\n', start);
    if (end == std::string::npos) end = content.size();
    const std::string line = content.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const auto problem = [&](const std::string& message) {
      diagnostics.add({DiagnosticLevel::Error, path, line_number, 0, "", message, ""});
    };
    const nlohmann::json record = nlohmann::json::parse(line, nullptr, false);
    if (record.is_discarded() || !record.is_object()) {
      problem("not a JSON object");
      continue;
    }
    const auto text = record.find("text");
    const auto label = record.find("label");
    if (text == record.end() || !text->is_string() || label == record.end() ||
        !label->is_string()) {
      problem("needs string fields \"text\" and \"label\"");
      continue;
    }
    const auto& names = verdict_names();
    const auto it = std::find(names.begin(), names.end(), label->get<std::string>());
    if (it == names.end()) {
      problem("unknown label \"" + label->get<std::string>() + "\"");
      continue;
    }
    LabelledReply reply;
    reply.text = text->get<std::string>();
    reply.label = static_cast<Verdict>(it - names.begin());
    reply.line = line_number;
    const auto id = record.find("id");
    reply.id = id != record.end() && id->is_string() ? id->get<std::string>()
                                                     : "line " + std::to_string(line_number);
    out.push_back(std::move(reply));
  }
  return out;
}

double ScoreDistribution::mean() const {
  if (scores.empty()) return 0;
  return std::accumulate(scores.begin(), scores.end(), 0.0) / static_cast<double>(scores.size());
}

int ScoreDistribution::quantile(double q) const {
  if (scores.empty()) return 0;
  const auto index = static_cast<std::size_t>(q * static_cast<double>(scores.size() - 1) + 0.5);
  return scores[std::min(index, scores.size() - 1)];
}

std::size_t Evaluation::total() const {
  std::size_t sum = 0;
  for (const auto& row : confusion) sum += std::accumulate(row.begin(), row.end(), std::size_t{0});
  return sum;
}

double Evaluation::precision(Verdict verdict) const {
  const auto v = static_cast<std::size_t>(verdict);
  std::size_t predicted = 0;
  for (const auto& row : confusion) predicted += row[v];
  return predicted ? static_cast<double>(confusion[v][v]) / static_cast<double>(predicted) : 0;
}

double Evaluation::recall(Verdict verdict) const {
  const auto v = static_cast<std::size_t>(verdict);
  const std::size_t actual =
      std::accumulate(confusion[v].begin(), confusion[v].end(), std::size_t{0});
  return actual ? static_cast<double>(confusion[v][v]) / static_cast<double>(actual) : 0;
}

double Evaluation::f1(Verdict verdict) const {
  const double p = precision(verdict);
  const double r = recall(verdict);
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

double Evaluation::macro_f1() const {
  double sum = 0;
  for (std::size_t v = 0; v < 4; ++v) sum += f1(static_cast<Verdict>(v));
  return sum / 4;
}

double Evaluation::accuracy() const {
  std::size_t right = 0;
  for (std::size_t v = 0; v < 4; ++v) right += confusion[v][v];
  return total() ? static_cast<double>(right) / static_cast<double>(total()) : 0;
}

Verdict expected_verdict(const Rule& rule, const ScoringModel& model) {
  if (rule.is_evidence()) return Verdict::Empathetic;
  const auto& dismissive = model.dismissive_categories;
  if (std::find(dismissive.begin(), dismissive.end(), rule.category) != dismissive.end()) {
    return Verdict::Dismissive;
  }
  return Verdict::Sympathetic;
}

Evaluation evaluate(const Linter& linter, const std::vector<LabelledReply>& replies) {
  Evaluation evaluation;
  for (const LabelledReply& labelled : replies) {
    Document document;
    document.display_name = labelled.id;
    document.content = labelled.text;
    const FileReport report =
        linter.lint(document, split_plain_text(document.content, ReplyUnit::File));
    if (report.replies.empty()) continue;
    const ReplyReport& reply = report.replies[0];
    const auto label = static_cast<std::size_t>(labelled.label);
    ++evaluation.confusion[label][static_cast<std::size_t>(reply.score.verdict)];
    evaluation.scores[label].scores.push_back(reply.score.value);
    if (reply.score.verdict != labelled.label) evaluation.misclassified.push_back(&labelled);
    // Per-rule precision counts each rule once per reply.
    std::vector<const Rule*> fired;
    for (const auto* list : {&reply.findings, &reply.evidence}) {
      for (const Finding& finding : *list) {
        if (std::find(fired.begin(), fired.end(), finding.rule) == fired.end()) {
          fired.push_back(finding.rule);
        }
      }
    }
    for (const Rule* rule : fired) {
      RulePrecision& precision = evaluation.rules[rule->id];
      precision.expected = expected_verdict(*rule, linter.scoring());
      ++precision.fired;
      if (precision.expected == labelled.label) ++precision.agreeing;
    }
  }
  for (auto& distribution : evaluation.scores) {
    std::sort(distribution.scores.begin(), distribution.scores.end());
  }
  return evaluation;
}

}  // namespace replylint
