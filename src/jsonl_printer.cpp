// SPDX-License-Identifier: MIT
#include <ostream>
#include <string>

#include "json_writer.hpp"
#include "printers.hpp"
#include "replylint/version.hpp"
#include "report_json.hpp"

namespace replylint {
namespace {

using json = nlohmann::ordered_json;

// JSON Lines (docs/output-formats.md): one {"type": "reply"} record per reply, written and
// flushed as soon as its file is linted so a consumer can act before the run ends, then one
// {"type": "summary"} record. Record fields are those of the json format, version 1. Reply
// records are written directly (write_reply_members), byte for byte what dumping the
// reply_to_json tree would give; the one summary record goes through the tree.
class JsonlPrinter : public Printer {
 public:
  explicit JsonlPrinter(std::ostream& out) : out_(out) {}

  void file(const FileReport& report) override {
    // Written out every 64 KiB: a buffer that small stays in the processor's cache, where one
    // for a whole chunk's records (8 bytes per byte of input) made every store a cache miss.
    constexpr std::size_t kFlushBytes = std::size_t{64} << 10;
    buffer_.clear();
    for (const ReplyReport& reply : report.replies) {
      render_reply(report, reply, buffer_);
      if (buffer_.size() >= kFlushBytes) {
        out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
        buffer_.clear();
      }
    }
    file_rendered(report, buffer_);
  }

  bool render(const FileReport& report, std::string& out) const override {
    for (const ReplyReport& reply : report.replies) render_reply(report, reply, out);
    return true;
  }

  void file_rendered(const FileReport&, const std::string& text) override {
    out_.write(text.data(), static_cast<std::streamsize>(text.size()));
    out_.flush();
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
  static void render_reply(const FileReport& report, const ReplyReport& reply, std::string& out) {
    JsonWriter record(out);
    record.begin_object();
    record.key("type");
    record.string("reply");
    record.key("path");
    write_path(record, *report.document);
    write_reply_members(record, reply);
    record.end_object();
    out.push_back('\n');
  }

  std::ostream& out_;
  std::string buffer_;  ///< one file's records, reused
};

}  // namespace

std::unique_ptr<Printer> make_jsonl_printer(std::ostream& out, const PrintOptions&) {
  return std::make_unique<JsonlPrinter>(out);
}

}  // namespace replylint
