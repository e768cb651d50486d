// SPDX-License-Identifier: MIT
#include <iterator>
#include <ostream>

#include "analytics_json.hpp"
#include "printers.hpp"
#include "replylint/version.hpp"
#include "report_json.hpp"

namespace replylint {
namespace {

// One versioned document per run (docs/json-output.md). Files are collected as they come and
// written at the end; use jsonl for streaming.
class JsonPrinter : public Printer {
 public:
  explicit JsonPrinter(std::ostream& out) : out_(out) {}

  void file(const FileReport& report) override {
    nlohmann::ordered_json replies = nlohmann::ordered_json::array();
    for (const ReplyReport& reply : report.replies) replies.push_back(reply_to_json(reply));
    files_.push_back({{"path", path_to_json(*report.document)}, {"replies", std::move(replies)}});
    // The document is gone after this call: keep what the library analytics need.
    std::vector<ReplyDigest> digests = digest_replies(report);
    digests_.insert(digests_.end(), std::make_move_iterator(digests.begin()),
                    std::make_move_iterator(digests.end()));
  }

  void end(const Summary& summary) override {
    const nlohmann::ordered_json document = {{"version", 1},
                                     {"tool", {{"name", "replylint"}, {"version", kVersion}}},
                                     {"files", std::move(files_)},
                                     {"summary", summary_to_json(summary)},
                                     {"analytics", analytics_to_json(analyze_library(digests_),
                                                                     digests_)}};
    out_ << document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
  }

 private:
  std::ostream& out_;
  nlohmann::ordered_json files_ = nlohmann::ordered_json::array();
  std::vector<ReplyDigest> digests_;
};

}  // namespace

std::unique_ptr<Printer> make_json_printer(std::ostream& out, const PrintOptions&) {
  return std::make_unique<JsonPrinter>(out);
}

}  // namespace replylint
