// SPDX-License-Identifier: MIT
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "replylint/evaluation.hpp"

namespace replylint {
namespace {

std::string fixed(double value, int digits = 3) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", digits, value);
  return buffer;
}

void print_human(const Evaluation& e, bool show_misclassified) {
  const auto& names = verdict_names();
  std::cout << "confusion matrix (rows: label, columns: verdict)\n";
  std::printf("%-12s", "");
  std::fflush(stdout);
  for (const auto& name : names) std::cout << ' ' << std::string(11 - name.size(), ' ') << name;
  std::cout << '\n';
  for (std::size_t l = 0; l < 4; ++l) {
    std::cout << names[l] << std::string(12 - names[l].size(), ' ');
    for (std::size_t v = 0; v < 4; ++v) {
      const std::string cell = std::to_string(e.confusion[l][v]);
      std::cout << ' ' << std::string(11 - cell.size(), ' ') << cell;
    }
    std::cout << '\n';
  }
  std::cout << "\nverdict       precision  recall  f1     scores: mean  min  median  max\n";
  for (std::size_t v = 0; v < 4; ++v) {
    const auto verdict = static_cast<Verdict>(v);
    const ScoreDistribution& s = e.scores[v];
    std::cout << names[v] << std::string(14 - names[v].size(), ' ') << fixed(e.precision(verdict))
              << "      " << fixed(e.recall(verdict)) << "   " << fixed(e.f1(verdict))
              << "          " << fixed(s.mean(), 1) << "  " << s.quantile(0) << "  "
              << s.quantile(0.5) << "  " << s.quantile(1) << '\n';
  }
  std::cout << "\naccuracy " << fixed(e.accuracy()) << ", macro-F1 " << fixed(e.macro_f1())
            << " over " << e.total() << " replies\n";
  std::cout << "\nrule precision (share of the replies it fired in whose label it argues for)\n";
  for (const auto& [id, precision] : e.rules) {
    std::cout << "  " << id << ": " << precision.agreeing << "/" << precision.fired << " "
              << to_string(precision.expected) << '\n';
  }
  if (show_misclassified) {
    std::cout << "\nmisclassified\n";
    for (const LabelledReply* reply : e.misclassified) {
      std::cout << "  " << reply->id << " (" << to_string(reply->label) << "): " << reply->text
                << '\n';
    }
  }
}

nlohmann::ordered_json to_json(const Evaluation& e) {
  using json = nlohmann::ordered_json;
  const auto& names = verdict_names();
  json confusion = json::object();
  json verdicts = json::object();
  for (std::size_t l = 0; l < 4; ++l) {
    json row = json::object();
    for (std::size_t v = 0; v < 4; ++v) row[names[v]] = e.confusion[l][v];
    confusion[names[l]] = std::move(row);
    const auto verdict = static_cast<Verdict>(l);
    const ScoreDistribution& s = e.scores[l];
    verdicts[names[l]] = {{"precision", e.precision(verdict)},
                          {"recall", e.recall(verdict)},
                          {"f1", e.f1(verdict)},
                          {"count", s.scores.size()},
                          {"score_mean", s.mean()},
                          {"score_min", s.quantile(0)},
                          {"score_median", s.quantile(0.5)},
                          {"score_max", s.quantile(1)}};
  }
  json rules = json::object();
  for (const auto& [id, precision] : e.rules) {
    rules[id] = {{"fired", precision.fired},
                 {"agreeing", precision.agreeing},
                 {"argues_for", to_string(precision.expected)}};
  }
  json misclassified = json::array();
  for (const LabelledReply* reply : e.misclassified) misclassified.push_back(reply->id);
  return {{"version", 1},
          {"replies", e.total()},
          {"accuracy", e.accuracy()},
          {"macro_f1", e.macro_f1()},
          {"confusion", confusion},
          {"verdicts", verdicts},
          {"rules", rules},
          {"misclassified", misclassified}};
}

}  // namespace

int run_eval(const EvalOptions& options) {
  RuleSet rules;
  std::unique_ptr<Matcher> matcher;
  if (!load_rules_or_report(options.rules, &rules, &matcher)) return kExitError;
  std::ifstream in(options.path, std::ios::binary);
  if (!in) {
    std::cerr << options.path << ": error: cannot read labelled file\n";
    return kExitError;
  }
  const std::string content{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  Diagnostics diagnostics;
  const std::vector<LabelledReply> replies =
      read_labelled_replies(content, options.path, diagnostics);
  report_diagnostics(diagnostics);
  if (diagnostics.has_errors()) return kExitError;
  const Evaluation evaluation = evaluate(Linter(*matcher), replies);
  if (options.format == "json") {
    std::cout << to_json(evaluation).dump(2) << '\n';
  } else {
    print_human(evaluation, options.show_misclassified);
  }
  if (options.min_macro_f1 && evaluation.macro_f1() < *options.min_macro_f1) return kExitFindings;
  return kExitClean;
}

}  // namespace replylint
