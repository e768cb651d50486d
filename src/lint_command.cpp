// SPDX-License-Identifier: MIT
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "commands.hpp"
#include "replylint/input.hpp"
#include "replylint/linter.hpp"
#include "replylint/printer.hpp"
#include "replylint/text_position.hpp"

namespace replylint {
namespace {

bool use_color(const std::string& choice) {
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;  // https://no-color.org: always wins
  if (choice == "always") return true;
  if (choice == "never") return false;
  return isatty(STDOUT_FILENO) != 0;
}

// The fail condition of --fail-on / --min-score / --max-warnings (README, "Exit codes").
class FailGate {
 public:
  explicit FailGate(const LintOptions& options) : options_(options) {
    if (options.fail_on != "never") threshold_ = static_cast<int>(*parse_severity(options.fail_on));
    // With --max-warnings, warnings fail by count rather than one by one.
    if (options.max_warnings && threshold_ == static_cast<int>(Severity::Warning)) {
      threshold_ = static_cast<int>(Severity::Error);
    }
  }

  void add(const FileReport& report) {
    for (const ReplyReport& reply : report.replies) {
      if (options_.min_score && reply.score.value < *options_.min_score) failed_ = true;
      for (const Finding& finding : reply.findings) {
        const int severity = static_cast<int>(finding.rule->severity);
        if (threshold_ >= 0 && severity >= threshold_) failed_ = true;
        if (finding.rule->severity == Severity::Warning) ++warnings_;
      }
    }
  }

  bool failed() const {
    return failed_ || (options_.max_warnings && warnings_ > static_cast<std::size_t>(*options_.max_warnings));
  }

 private:
  const LintOptions& options_;
  int threshold_ = -1;
  std::size_t warnings_ = 0;
  bool failed_ = false;
};

void note_invalid_utf8(const Document& document, Diagnostics& diagnostics) {
  const std::size_t bad = find_invalid_utf8(document.content);
  if (bad == std::string::npos) return;
  const TextPosition position = LineIndex(document.content).position(bad);
  Diagnostic d;
  d.level = DiagnosticLevel::Warning;
  d.path = document.display_name;
  d.line = position.line;
  d.column = position.column;
  d.message = "invalid UTF-8; such bytes are matched as U+FFFD and positions stay exact";
  diagnostics.add(std::move(d));
}

}  // namespace

int run_lint(const LintOptions& options) {
  RuleSet rules;
  std::unique_ptr<Matcher> matcher;
  if (!load_rules_or_report(options.rules, &rules, &matcher)) return kExitError;

  std::vector<std::string> paths = options.paths;
  if (paths.empty()) {
    if (isatty(STDIN_FILENO)) {
      std::cerr << "replylint: no input: pass files or folders, or pipe text in "
                   "(see replylint --help)\n";
      return kExitError;
    }
    paths.push_back("-");
  }
  Diagnostics input_problems;
  const std::vector<InputRef> inputs = expand_inputs(paths, input_problems);
  report_diagnostics(input_problems);
  bool io_error = input_problems.has_errors();

  PrintOptions print_options;
  print_options.color = use_color(options.color);
  print_options.explain = options.explain;
  std::unique_ptr<Printer> printer = make_printer(options.format, std::cout, print_options);
  const Linter linter(*matcher);
  FailGate gate(options);
  Summary summary;
  printer->begin();
  for (const InputRef& input : inputs) {
    Diagnostics problems;
    Document document;
    const ReadStatus status = read_input(input, options.stdin_filename, &document, problems);
    if (status == ReadStatus::Ok) note_invalid_utf8(document, problems);
    report_diagnostics(problems);
    if (status == ReadStatus::Failed) {
      io_error = true;
      ++summary.errors;
      continue;
    }
    if (status == ReadStatus::Binary) continue;
    const FileReport report = linter.lint(document, split_plain_text(document.content, options.unit));
    gate.add(report);
    summary.add(report);
    printer->file(report);
  }
  printer->end(summary);
  std::cout.flush();
  if (io_error) return kExitError;
  return gate.failed() ? kExitFindings : kExitClean;
}

}  // namespace replylint
