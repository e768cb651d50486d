// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "replylint/report.hpp"

namespace replylint {

struct RuleSet;

/// Presentation choices shared by printers.
struct PrintOptions {
  bool color = false;
  bool explain = false;  ///< show how each score was reached
  /// Every loaded rule, when all inputs share one rule set; must outlive the printer. SARIF lists
  /// them up front (when null, only the rules that produced findings); jsonl writes each rule's
  /// suggestions once from them (RuleJson; when null, per finding).
  const RuleSet* rules = nullptr;
  /// github format: file to append the Markdown job summary to ($GITHUB_STEP_SUMMARY); empty
  /// for none.
  std::string step_summary_path;
};

/// Receives reports as they are produced and writes one output format. Printers compute
/// nothing: every number they show is already in the report.
class Printer {
 public:
  virtual ~Printer() = default;
  virtual void begin() {}
  virtual void file(const FileReport& report) = 0;
  /// For printers whose text for a file depends on nothing but its report and the options:
  /// appends that text to `out` and returns true. Const and thread-safe, so the threads that
  /// lint also format, and the thread that prints in order only writes (file_rendered). The
  /// default returns false: file() does everything.
  virtual bool render(const FileReport& /*report*/, std::string& /*out*/) const { return false; }
  /// Writes what render() gave for `report`, in file order, instead of file(report).
  virtual void file_rendered(const FileReport& report, std::string_view /*text*/) { file(report); }
  virtual void end(const Summary& summary) = 0;
};

/// Names accepted by --format.
const std::vector<std::string>& printer_names();

/// The printer for `name` writing to `out`, or nullptr for an unknown name.
std::unique_ptr<Printer> make_printer(const std::string& name, std::ostream& out,
                                      const PrintOptions& options);

}  // namespace replylint
