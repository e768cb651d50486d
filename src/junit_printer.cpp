// SPDX-License-Identifier: MIT
#include <ostream>
#include <sstream>

#include "printers.hpp"
#include "xml_escape.hpp"

namespace replylint {
namespace {

std::string_view capitalised(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "Error";
    case Severity::Warning:
      return "Warning";
    case Severity::Info:
      return "Info";
  }
  return "Warning";
}

// JUnit XML for CI test reports (docs/output-formats.md): a <testsuite> per input, a failing
// <testcase> per problem finding, and one passing <testcase> for an input with none, so every
// linted file shows up. Columns count Unicode code points. Streamed per file (a streamed
// file's suite is held until its last chunk).
class JunitPrinter : public Printer {
 public:
  explicit JunitPrinter(std::ostream& out) : out_(out) {}

  void begin() override { out_ << kXmlDeclaration << "<testsuites name=\"replylint\">\n"; }

  void file(const FileReport& report) override {
    // A streamed file arrives in chunks; its suite is written once its last chunk is in, since
    // the opening tag carries the counts.
    if (!report.continued) flush_suite();
    name_ = xml_escape(report.document->display_name);
    open_ = true;
    for (const ReplyReport& reply : report.replies) {
      for (const Finding& finding : reply.findings) print_case(name_, finding);
    }
  }

  void end(const Summary&) override {
    flush_suite();
    out_ << "</testsuites>\n";
  }

 private:
  void flush_suite() {
    if (!open_) return;
    out_ << "  <testsuite package=\"replylint\" name=\"" << name_ << "\" tests=\""
         << (failures_ ? failures_ : 1) << "\" failures=\"" << failures_
         << "\" errors=\"0\" time=\"0\">\n";
    if (failures_ == 0) {
      out_ << "    <testcase time=\"0\" name=\"replylint\" classname=\"" << name_ << "\"/>\n";
    }
    out_ << cases_ << "  </testsuite>\n";
    cases_.clear();
    failures_ = 0;
    open_ = false;
  }

  void print_case(const std::string& file_name, const Finding& finding) {
    ++failures_;
    const Rule& rule = *finding.rule;
    const std::string message = xml_escape(finding.message);
    std::ostringstream line;
    line << "    <testcase time=\"0\" name=\"replylint." << xml_escape(rule.id) << "\" classname=\""
         << file_name << "\"><failure message=\"" << message << "\" type=\""
         << to_string(finding.severity()) << "\">line " << finding.start.line << ", col "
         << finding.start.column << ", " << capitalised(finding.severity()) << " - " << message
         << " (" << xml_escape(rule.id) << ")</failure></testcase>\n";
    cases_ += line.str();
  }

  std::ostream& out_;
  bool open_ = false;  // a suite is pending
  std::string name_;   // its file, escaped
  std::size_t failures_ = 0;
  std::string cases_;  // its <testcase> lines
};

}  // namespace

std::unique_ptr<Printer> make_junit_printer(std::ostream& out, const PrintOptions&) {
  return std::make_unique<JunitPrinter>(out);
}

}  // namespace replylint
