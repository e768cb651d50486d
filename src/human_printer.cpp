// SPDX-License-Identifier: MIT
#include <cmath>
#include <cstdio>
#include <ostream>
#include <sstream>

#include "printers.hpp"
#include "replylint/text_position.hpp"

namespace replylint {
namespace {

// ANSI styles, used only when PrintOptions::color is set (a TTY without NO_COLOR).
struct Style {
  bool enabled;
  std::string wrap(std::string_view code, std::string_view text) const {
    if (!enabled) return std::string(text);
    return "\x1b[" + std::string(code) + "m" + std::string(text) + "\x1b[0m";
  }
};

std::string_view severity_color(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "1;31";
    case Severity::Warning:
      return "1;33";
    case Severity::Info:
      return "1;34";
  }
  return "1";
}

std::string format_points(double points) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%+.1f", points);
  std::string text = buffer;
  if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) text.resize(text.size() - 2);
  return text;
}

// `path:line:col: severity: message [rule]`, the source line, an underline and suggestions.
class HumanPrinter : public Printer {
 public:
  HumanPrinter(std::ostream& out, const PrintOptions& options)
      : out_(out), options_(options), style_{options.color} {}

  void file(const FileReport& report) override {
    const Document& document = *report.document;
    const LineIndex lines(document.content, document.base_offset, document.base_line);
    for (const ReplyReport& reply : report.replies) {
      for (const Finding& finding : reply.findings) print_finding(document, lines, finding);
      if (options_.explain) {
        for (const Finding& evidence : reply.evidence) print_evidence(document, lines, evidence);
      }
      print_score(document, reply);
    }
  }

  void end(const Summary& summary) override {
    std::ostringstream line;
    line << summary.files << (summary.files == 1 ? " file, " : " files, ") << summary.replies
         << (summary.replies == 1 ? " reply: " : " replies: ") << summary.findings
         << (summary.findings == 1 ? " finding" : " findings") << " (" << summary.by_severity[2]
         << " error, " << summary.by_severity[1] << " warning, " << summary.by_severity[0]
         << " info)";
    if (summary.min_score) {
      line << "; mean score " << std::round(summary.mean_score * 10) / 10 << ", lowest "
           << *summary.min_score;
    }
    std::string verdicts;
    for (std::size_t v = 0; v < summary.by_verdict.size(); ++v) {
      if (summary.by_verdict[v] == 0) continue;
      verdicts += (verdicts.empty() ? "" : ", ") + std::to_string(summary.by_verdict[v]) + " " +
                  verdict_names()[v];
    }
    if (!verdicts.empty()) line << "; " << verdicts;
    out_ << style_.wrap("1", line.str()) << '\n';
  }

 private:
  void print_location(const Document& document, const TextPosition& position) {
    out_ << style_.wrap("1", document.display_name + ":" + std::to_string(position.line) + ":" +
                                 std::to_string(position.column) + ":");
  }

  void print_source(const LineIndex& lines, const Finding& finding, std::string_view color) {
    const std::string_view line = lines.line_text(finding.offset);
    const std::string number = std::to_string(finding.start.line);
    const std::string gutter(number.size(), ' ');
    out_ << ' ' << style_.wrap("34", number + " |") << ' ' << line << '\n';
    // Underline from the start column to the end (or the end of the line for multi-line hits),
    // copying tabs so the marks stay under the text.
    std::string pad;
    std::string marks;
    std::size_t i = 0;
    const int end_column = finding.end.line == finding.start.line ? finding.end.column : 1 << 30;
    for (int column = 1; i < line.size() && column < end_column; ++column) {
      const std::size_t length = utf8_sequence_length(line, i);
      if (column < finding.start.column) {
        pad += line[i] == '\t' ? '\t' : ' ';
      } else {
        marks += '^';
      }
      i += length;
    }
    if (marks.empty()) marks = "^";
    out_ << ' ' << style_.wrap("34", gutter + " |") << ' ' << pad << style_.wrap(color, marks)
         << '\n';
  }

  void print_finding(const Document& document, const LineIndex& lines, const Finding& finding) {
    const Rule& rule = *finding.rule;
    print_location(document, finding.start);
    const std::string_view color = severity_color(finding.severity());
    out_ << ' ' << style_.wrap(color, std::string(to_string(finding.severity())) + ":") << ' '
         << finding.message << ' ' << style_.wrap("2", "[" + rule.id + "]") << '\n';
    print_source(lines, finding, color);
    for (const std::string& suggestion : rule.suggest) {
      out_ << "   " << style_.wrap("36", "= help:") << ' ' << suggestion << '\n';
    }
  }

  void print_evidence(const Document& document, const LineIndex& lines, const Finding& finding) {
    print_location(document, finding.start);
    out_ << ' ' << style_.wrap("1;32", "evidence:") << ' ' << finding.message << ' '
         << style_.wrap("2", "[" + finding.rule->id + "]") << '\n';
    print_source(lines, finding, "1;32");
  }

  void print_score(const Document& document, const ReplyReport& reply) {
    const Score& score = reply.score;
    std::string dimensions;
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
      if (!score.dimensions[d].present) continue;
      dimensions +=
          (dimensions.empty() ? "" : ", ") + std::string(to_string(static_cast<Dimension>(d)));
    }
    out_ << style_.wrap("1", document.display_name + ":" + std::to_string(reply.start.line) + ":")
         << " score " << style_.wrap("1", std::to_string(score.value) + "/100") << ' '
         << to_string(score.verdict);
    if (!reply.span.id.empty()) out_ << " [" << reply.span.id << ']';
    out_ << " (" << (dimensions.empty() ? "no empathy evidence" : dimensions) << ")\n";
    if (!options_.explain) return;
    for (const ScoreStep& step : score.steps) {
      std::string label = step.kind;
      if (!step.detail.empty()) label += " (" + step.detail + ")";
      out_ << "    " << format_points(step.points) << '\t' << label;
      if (!step.rule.empty()) out_ << ' ' << style_.wrap("2", "[" + step.rule + "]");
      out_ << '\n';
    }
  }

  std::ostream& out_;
  PrintOptions options_;
  Style style_;
};

}  // namespace

std::unique_ptr<Printer> make_human_printer(std::ostream& out, const PrintOptions& options) {
  return std::make_unique<HumanPrinter>(out, options);
}

}  // namespace replylint
