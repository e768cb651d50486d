// SPDX-License-Identifier: MIT
#include <optional>
#include <ostream>
#include <string>

#include "json_writer.hpp"
#include "printers.hpp"
#include "replylint/rule_set.hpp"
#include "replylint/version.hpp"
#include "report_json.hpp"

namespace replylint {
namespace {

using json = nlohmann::ordered_json;

// JSON Lines (docs/output-formats.md): one {"type": "reply"} record per reply, written as soon
// as its file is linted so a consumer can act before the run ends (run_lint decides when to
// flush), then one {"type": "summary"} record. Record fields are those of the json format,
// version 1. Reply records are written directly (write_reply_members), byte for byte what
// dumping the reply_to_json tree would give; the one summary record goes through the tree.
class JsonlPrinter : public Printer {
 public:
  JsonlPrinter(std::ostream& out, const PrintOptions& options) : out_(out) {
    if (options.rules) rule_json_.emplace(options.rules->rules);
  }

  void file(const FileReport& report) override {
    // Written out every 64 KiB: a buffer that small stays in the processor's cache, where one
    // for a whole chunk's records (8 bytes per byte of input) made every store a cache miss.
    constexpr std::size_t kFlushBytes = std::size_t{64} << 10;
    for (const ReplyReport& reply : report.replies) {
      render_reply(report, reply, records_);
      if (records_.written().size() >= kFlushBytes) {
        out_.write(records_.written().data(),
                   static_cast<std::streamsize>(records_.written().size()));
        records_.restart();
      }
    }
    file_rendered(report, records_.written());
    records_.restart();
  }

  bool render(const FileReport& report, std::string& out) const override {
    JsonWriter records(out);
    for (const ReplyReport& reply : report.replies) render_reply(report, reply, records);
    return true;
  }

  void file_rendered(const FileReport&, std::string_view text) override {
    out_.write(text.data(), static_cast<std::streamsize>(text.size()));
  }

  void end(const Summary& summary) override {
    json record = {{"type", "summary"},
                   {"version", 1},
                   {"tool", {{"name", "replylint"}, {"version", kVersion}}}};
    record.update(summary_to_json(summary));
    out_ << record.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
    out_.flush();
  }

 private:
  void render_reply(const FileReport& report, const ReplyReport& reply, JsonWriter& records) const {
    records.begin_object();
    records.key("type");
    records.string("reply");
    records.key("path");
    write_path(records, *report.document);
    write_reply_members(records, reply, rule_json_ ? &*rule_json_ : nullptr);
    records.end_object();
    records.raw("\n");
  }

  std::ostream& out_;
  std::optional<RuleJson> rule_json_;  ///< with the run's rules, when all inputs share them
  std::string buffer_;
  JsonWriter records_{buffer_};  ///< reused from file to file, with the room it reserved
};

}  // namespace

std::unique_ptr<Printer> make_jsonl_printer(std::ostream& out, const PrintOptions& options) {
  return std::make_unique<JsonlPrinter>(out, options);
}

}  // namespace replylint
