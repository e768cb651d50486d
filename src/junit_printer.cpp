// SPDX-License-Identifier: MIT
#include <ostream>

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
// linted file shows up. Columns count Unicode code points. Streamed per file.
class JunitPrinter : public Printer {
 public:
  explicit JunitPrinter(std::ostream& out) : out_(out) {}

  void begin() override { out_ << kXmlDeclaration << "<testsuites name=\"replylint\">\n"; }

  void file(const FileReport& report) override {
    const std::string name = xml_escape(report.document->display_name);
    std::size_t failures = 0;
    for (const ReplyReport& reply : report.replies) failures += reply.findings.size();
    out_ << "  <testsuite package=\"replylint\" name=\"" << name << "\" tests=\""
         << (failures ? failures : 1) << "\" failures=\"" << failures
         << "\" errors=\"0\" time=\"0\">\n";
    if (failures == 0) {
      out_ << "    <testcase time=\"0\" name=\"replylint\" classname=\"" << name << "\"/>\n";
    }
    for (const ReplyReport& reply : report.replies) {
      for (const Finding& finding : reply.findings) print_case(name, finding);
    }
    out_ << "  </testsuite>\n";
  }

  void end(const Summary&) override { out_ << "</testsuites>\n"; }

 private:
  void print_case(const std::string& file_name, const Finding& finding) {
    const Rule& rule = *finding.rule;
    const std::string message = xml_escape(finding.message);
    out_ << "    <testcase time=\"0\" name=\"replylint." << xml_escape(rule.id) << "\" classname=\""
         << file_name << "\"><failure message=\"" << message << "\" type=\""
         << to_string(finding.severity()) << "\">line " << finding.start.line << ", col "
         << finding.start.column << ", " << capitalised(finding.severity()) << " - " << message
         << " (" << xml_escape(rule.id) << ")</failure></testcase>\n";
  }

  std::ostream& out_;
};

}  // namespace

std::unique_ptr<Printer> make_junit_printer(std::ostream& out, const PrintOptions&) {
  return std::make_unique<JunitPrinter>(out);
}

}  // namespace replylint
