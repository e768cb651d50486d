// SPDX-License-Identifier: MIT
// The output of `--statistics` (docs/output-formats.md): an aligned table, or one JSON document.
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <ostream>

#include "replylint/rule_statistics.hpp"
#include "replylint/scorer.hpp"

namespace replylint {
namespace {

using json = nlohmann::ordered_json;

std::string percent(double share) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f%%", share * 100);
  return buffer;
}

std::string one_decimal(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  return buffer;
}

double round3(double value) {
  return std::round(value * 1000) / 1000;
}

// Rows of cells printed in columns two spaces apart; numeric columns are right-aligned, the
// last column is not padded.
class Table {
 public:
  explicit Table(std::vector<bool> right_aligned) : right_(std::move(right_aligned)) {}

  void row(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }

  void print(std::ostream& out) const {
    std::vector<std::size_t> widths(right_.size(), 0);
    for (const auto& cells : rows_) {
      for (std::size_t c = 0; c < cells.size(); ++c)
        widths[c] = std::max(widths[c], cells[c].size());
    }
    for (const auto& cells : rows_) {
      std::string line;
      for (std::size_t c = 0; c < cells.size(); ++c) {
        if (c > 0) line += "  ";
        const std::string pad(widths[c] - cells[c].size(), ' ');
        const bool last = c + 1 == cells.size();
        line += right_[c] ? pad + cells[c] : (last ? cells[c] : cells[c] + pad);
      }
      out << line << '\n';
    }
  }

 private:
  std::vector<bool> right_;
  std::vector<std::vector<std::string>> rows_;
};

std::string totals_line(const Summary& totals) {
  std::string line = std::to_string(totals.files) + (totals.files == 1 ? " file, " : " files, ") +
                     std::to_string(totals.replies) +
                     (totals.replies == 1 ? " reply: " : " replies: ");
  for (std::size_t v = 0; v < totals.by_verdict.size(); ++v) {
    if (v > 0) line += ", ";
    line += std::to_string(totals.by_verdict[v]) + " " + verdict_names()[v];
  }
  if (totals.replies > 0) line += "; mean score " + one_decimal(totals.mean_score);
  return line;
}

class StatisticsPrinter : public Printer {
 public:
  StatisticsPrinter(std::ostream& out, bool as_json) : out_(out), json_(as_json) {}

  void file(const FileReport& report) override { statistics_.add(report); }

  // The run's Summary counts the same reports; the statistics keep their own totals.
  void end(const Summary&) override {
    if (json_) {
      print_json();
    } else {
      print_human();
    }
  }

 private:
  void print_human() {
    const std::vector<RuleCount> rules = statistics_.rules();
    if (rules.empty()) {
      out_ << "no rule fired\n";
    } else {
      Table table({true, true, true, false, false, false});
      table.row({"hits", "replies", "share", "rule", "category", "severity"});
      for (const RuleCount& rule : rules) {
        table.row({std::to_string(rule.hits), std::to_string(rule.replies),
                   percent(statistics_.share(rule.replies)), rule.rule, rule.category,
                   std::string(to_string(rule.severity))});
      }
      table.print(out_);
      out_ << '\n';
      Table families({true, true, false});
      families.row({"replies", "share", "family"});
      for (const FamilyCount& family : statistics_.families()) {
        families.row({std::to_string(family.replies), percent(statistics_.share(family.replies)),
                      family.category});
      }
      families.print(out_);
    }
    out_ << '\n' << totals_line(statistics_.totals()) << '\n';
  }

  void print_json() {
    const Summary& totals = statistics_.totals();
    json rules = json::array();
    for (const RuleCount& rule : statistics_.rules()) {
      rules.push_back({{"rule", rule.rule},
                       {"category", rule.category},
                       {"severity", to_string(rule.severity)},
                       {"hits", rule.hits},
                       {"replies", rule.replies},
                       {"share", round3(statistics_.share(rule.replies))}});
    }
    json families = json::array();
    for (const FamilyCount& family : statistics_.families()) {
      families.push_back({{"category", family.category},
                          {"replies", family.replies},
                          {"share", round3(statistics_.share(family.replies))}});
    }
    json verdicts = json::object();
    for (std::size_t v = 0; v < totals.by_verdict.size(); ++v) {
      verdicts[verdict_names()[v]] = totals.by_verdict[v];
    }
    const json document = {{"version", 1},
                           {"statistics",
                            {{"replies", totals.replies},
                             {"files", totals.files},
                             {"rules", std::move(rules)},
                             {"families", std::move(families)},
                             {"verdicts", std::move(verdicts)},
                             {"mean_score", std::round(totals.mean_score * 10) / 10}}}};
    out_ << document.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
  }

  std::ostream& out_;
  bool json_;
  RuleStatistics statistics_;
};

}  // namespace

const std::vector<std::string>& statistics_format_names() {
  static const std::vector<std::string> names = {"human", "json"};
  return names;
}

std::unique_ptr<Printer> make_statistics_printer(const std::string& format, std::ostream& out) {
  if (format == "human") return std::make_unique<StatisticsPrinter>(out, false);
  if (format == "json") return std::make_unique<StatisticsPrinter>(out, true);
  return nullptr;
}

}  // namespace replylint
