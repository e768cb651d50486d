// SPDX-License-Identifier: MIT
#include <ostream>

#include "printers.hpp"
#include "xml_escape.hpp"

namespace replylint {
namespace {

// Checkstyle XML (docs/output-formats.md): a <file> per input, an <error> per problem finding
// with its start position only (the format has no ranges). Columns count Unicode code points.
// Streamed: each <file> is written when its report arrives.
class CheckstylePrinter : public Printer {
 public:
  explicit CheckstylePrinter(std::ostream& out) : out_(out) {}

  void begin() override { out_ << kXmlDeclaration << "<checkstyle version=\"4.3\">\n"; }

  void file(const FileReport& report) override {
    const std::string name = xml_escape(report.document->display_name);
    bool any = false;
    for (const ReplyReport& reply : report.replies) {
      for (const Finding& finding : reply.findings) {
        if (!any) out_ << "  <file name=\"" << name << "\">\n";
        any = true;
        const Rule& rule = *finding.rule;
        out_ << "    <error line=\"" << finding.start.line << "\" column=\"" << finding.start.column
             << "\" severity=\"" << to_string(finding.severity()) << "\" message=\""
             << xml_escape(finding.message) << "\" source=\"" << xml_escape(rule.id) << "\"/>\n";
      }
    }
    out_ << (any ? "  </file>\n" : "  <file name=\"" + name + "\"/>\n");
  }

  void end(const Summary&) override { out_ << "</checkstyle>\n"; }

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<Printer> make_checkstyle_printer(std::ostream& out, const PrintOptions&) {
  return std::make_unique<CheckstylePrinter>(out);
}

}  // namespace replylint
