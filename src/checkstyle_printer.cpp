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
    // The chunks of a streamed file share one <file>, closed when the next input (or the end)
    // arrives.
    if (!report.continued) close_file();
    name_ = xml_escape(report.document->display_name);
    pending_ = true;
    for (const ReplyReport& reply : report.replies) {
      for (const Finding& finding : reply.findings) {
        if (!any_) out_ << "  <file name=\"" << name_ << "\">\n";
        any_ = true;
        const Rule& rule = *finding.rule;
        out_ << "    <error line=\"" << finding.start.line << "\" column=\"" << finding.start.column
             << "\" severity=\"" << to_string(finding.severity()) << "\" message=\""
             << xml_escape(finding.message) << "\" source=\"" << xml_escape(rule.id) << "\"/>\n";
      }
    }
  }

  void end(const Summary&) override {
    close_file();
    out_ << "</checkstyle>\n";
  }

 private:
  void close_file() {
    if (!pending_) return;
    out_ << (any_ ? "  </file>\n" : "  <file name=\"" + name_ + "\"/>\n");
    pending_ = any_ = false;
  }

  std::ostream& out_;
  bool pending_ = false;  // a <file> is open or owed
  bool any_ = false;      // its opening tag is written
  std::string name_;
};

}  // namespace

std::unique_ptr<Printer> make_checkstyle_printer(std::ostream& out, const PrintOptions&) {
  return std::make_unique<CheckstylePrinter>(out);
}

}  // namespace replylint
