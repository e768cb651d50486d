// SPDX-License-Identifier: MIT
#include <ostream>

#include "printers.hpp"
#include "replylint/version.hpp"
#include "report_json.hpp"

namespace replylint {
namespace {

using json = nlohmann::ordered_json;

void write_record(std::ostream& out, const json& record) {
  out << record.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
}

// JSON Lines (docs/output-formats.md): one {"type": "reply"} record per reply, written and
// flushed as soon as its file is linted so a consumer can act before the run ends, then one
// {"type": "summary"} record. Record fields are those of the json format, version 1.
class JsonlPrinter : public Printer {
 public:
  explicit JsonlPrinter(std::ostream& out) : out_(out) {}

  void file(const FileReport& report) override {
    for (const ReplyReport& reply : report.replies) {
      json record = {{"type", "reply"}, {"path", path_to_json(*report.document)}};
      record.update(reply_to_json(reply));
      write_record(out_, record);
    }
    out_.flush();
  }

  void end(const Summary& summary) override {
    json record = {{"type", "summary"},
                   {"version", 1},
                   {"tool", {{"name", "replylint"}, {"version", kVersion}}}};
    record.update(summary_to_json(summary));
    write_record(out_, record);
    out_.flush();
  }

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<Printer> make_jsonl_printer(std::ostream& out, const PrintOptions&) {
  return std::make_unique<JsonlPrinter>(out);
}

}  // namespace replylint
