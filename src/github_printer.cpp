// SPDX-License-Identifier: MIT
#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <ostream>
#include <string>
#include <vector>

#include "github_summary.hpp"
#include "printers.hpp"

namespace replylint {
namespace {

// GitHub keeps this many annotations of each kind (error, warning, notice) per step.
constexpr std::size_t kAnnotationCap = 10;

// Workflow command escaping, as in actions/toolkit's command.ts: the message ("data") escapes
// % CR LF; property values also escape : and , which would end the value.
std::string escape_data(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '%') {
      out += "%25";
    } else if (c == '\r') {
      out += "%0D";
    } else if (c == '\n') {
      out += "%0A";
    } else {
      out += c;
    }
  }
  return out;
}

std::string escape_property(std::string_view text) {
  std::string out;
  for (const char c : escape_data(text)) {
    if (c == ':') {
      out += "%3A";
    } else if (c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
  return out;
}

// Log lines past the cap stay one line each, so no finding can fake a workflow command.
std::string one_line(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c == '\r' || c == '\n') c = ' ';
  }
  return out;
}

std::string_view command_name(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Info:
      return "notice";
  }
  return "warning";
}

// GitHub workflow commands (docs/output-formats.md): one ::error / ::warning / ::notice
// annotation per problem finding, up to GitHub's cap per kind; findings past the cap are printed
// as plain `path:line:col: severity: message [rule]` lines in the log, and a last ::notice says
// how many. With PrintOptions::step_summary_path, a Markdown summary is appended to that file.
// Output streams: the cap on notices depends on whether anything is left out, so annotations
// wait only until some kind passes its cap (at most 30 of them), or the end.
class GithubPrinter : public Printer {
 public:
  GithubPrinter(std::ostream& out, const PrintOptions& options)
      : out_(out), summary_path_(options.step_summary_path) {}

  void file(const FileReport& report) override {
    const Document& document = *report.document;
    for (const ReplyReport& reply : report.replies) {
      std::string location = document.display_name + ":" + std::to_string(reply.start.line);
      if (!reply.span.id.empty()) location += " [" + reply.span.id + "]";
      lowest_.add(
          {std::move(location), reply.score.value, reply.score.verdict, reply.findings.size()});
      for (const Finding& finding : reply.findings) add(document, finding);
    }
  }

  void end(const Summary& summary) override {
    for (const Entry& entry : pending_) emit(entry);
    pending_.clear();
    const std::size_t total = omitted_[0] + omitted_[1] + omitted_[2];
    if (total > 0) {
      out_ << "::notice title=replylint::" << total
           << (total == 1 ? " finding was" : " findings were")
           << " not annotated (GitHub keeps 10 errors, 10 warnings and 10 notices per step): "
           << omitted_[2] << " error, " << omitted_[1] << " warning, " << omitted_[0]
           << " info; every finding is listed in this step's log\n";
    }
    if (!summary_path_.empty()) write_step_summary(summary);
  }

 private:
  struct Entry {
    std::size_t severity;  // index by Severity
    std::string command;   // the annotation
    std::string plain;     // the log line used past the cap
  };

  void add(const Document& document, const Finding& finding) {
    const Rule& rule = *finding.rule;
    std::string command = "::" + std::string(command_name(finding.severity())) +
                          " file=" + escape_property(document.display_name) +
                          ",line=" + std::to_string(finding.start.line) +
                          ",endLine=" + std::to_string(finding.end.line);
    // GitHub takes columns only for single-line annotations.
    if (finding.start.line == finding.end.line) {
      command += ",col=" + std::to_string(finding.start.column) +
                 ",endColumn=" + std::to_string(finding.end.column);
    }
    command +=
        ",title=" + escape_property("replylint " + rule.id) + "::" + escape_data(finding.message);
    std::string plain = one_line(document.display_name + ":" + std::to_string(finding.start.line) +
                                 ":" + std::to_string(finding.start.column) + ": " +
                                 std::string(to_string(finding.severity())) + ": " +
                                 finding.message + " [" + rule.id + "]");
    const auto severity = static_cast<std::size_t>(finding.severity());
    Entry entry{severity, std::move(command), std::move(plain)};
    if (!omitting_ && ++counts_[severity] > kAnnotationCap) {
      // Something is left out: reserve the last notice slot for the "omitted" notice, and
      // everything held so far can be written.
      omitting_ = true;
      caps_[static_cast<std::size_t>(Severity::Info)] = kAnnotationCap - 1;
      for (const Entry& held : pending_) emit(held);
      pending_.clear();
    }
    if (omitting_) {
      emit(entry);
    } else {
      pending_.push_back(std::move(entry));
    }
  }

  void emit(const Entry& entry) {
    if (shown_[entry.severity] < caps_[entry.severity]) {
      ++shown_[entry.severity];
      out_ << entry.command << '\n';
    } else {
      ++omitted_[entry.severity];
      out_ << entry.plain << '\n';
    }
  }

  // Appends, as GitHub asks: earlier steps and tools may have written to the same file.
  void write_step_summary(const Summary& summary) {
    std::ofstream file(summary_path_, std::ios::app | std::ios::binary);
    if (file) file << github_step_summary(summary, lowest_.replies()) << '\n';
    if (file) file.close();
    if (!file) {
      out_ << "::warning title=replylint::"
           << escape_data("cannot append the job summary to " + summary_path_ + ": " +
                          std::strerror(errno))
           << '\n';
    }
  }

  std::ostream& out_;
  std::string summary_path_;
  std::vector<Entry> pending_;           // held until omitting_ is known (at most 3 caps' worth)
  std::array<std::size_t, 3> counts_{};  // by severity, until something is omitted
  bool omitting_ = false;
  std::array<std::size_t, 3> caps_{kAnnotationCap, kAnnotationCap, kAnnotationCap};
  std::array<std::size_t, 3> shown_{};
  std::array<std::size_t, 3> omitted_{};
  LowestReplies lowest_;
};

}  // namespace

std::unique_ptr<Printer> make_github_printer(std::ostream& out, const PrintOptions& options) {
  return std::make_unique<GithubPrinter>(out, options);
}

}  // namespace replylint
