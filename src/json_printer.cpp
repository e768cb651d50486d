// SPDX-License-Identifier: MIT
#include <iterator>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "analytics_json.hpp"
#include "json_writer.hpp"
#include "printers.hpp"
#include "replylint/version.hpp"
#include "report_json.hpp"

namespace replylint {
namespace {

constexpr int kIndent = 2;
// Depth of a reply in the document: {"files": [{"replies": [reply]}]}.
constexpr int kReplyDepth = 4;

// One versioned document per run (docs/json-output.md). Files are collected as they come and
// written at the end; use jsonl for streaming. Each reply is kept as its finished text (written
// by write_reply at its final indentation), not as a tree.
class JsonPrinter : public Printer {
 public:
  explicit JsonPrinter(std::ostream& out) : out_(out) {}

  void file(const FileReport& report) override {
    if (!report.continued || files_.empty()) files_.push_back({report.document->path, {}});
    std::vector<std::string>& replies = files_.back().replies;
    for (const ReplyReport& reply : report.replies) {
      std::string text;
      JsonWriter writer(text, kIndent, kReplyDepth);
      write_reply(writer, reply);
      writer.finish();
      replies.push_back(std::move(text));
    }
    // The document is gone after this call: keep what the library analytics need.
    std::vector<ReplyDigest> digests = digest_replies(report);
    digests_.insert(digests_.end(), std::make_move_iterator(digests.begin()),
                    std::make_move_iterator(digests.end()));
  }

  void end(const Summary& summary) override {
    std::string text;
    JsonWriter document(text, kIndent);
    document.begin_object();
    document.key("version");
    document.integer(1);
    document.key("tool");
    document.begin_object();
    document.key("name");
    document.string("replylint");
    document.key("version");
    document.string(kVersion);
    document.end_object();
    document.key("files");
    document.begin_array();
    for (const FileEntry& file : files_) {
      document.begin_object();
      document.key("path");
      if (file.path) {
        document.string(*file.path);
      } else {
        document.null();
      }
      document.key("replies");
      document.begin_array();
      for (const std::string& reply : file.replies) document.raw_value(reply);
      document.end_array();
      document.end_object();
    }
    document.end_array();
    document.key("summary");
    document.value(summary_to_json(summary));
    document.key("analytics");
    document.value(analytics_to_json(analyze_library(digests_), digests_));
    document.end_object();
    document.raw("\n");
    document.finish();
    out_.write(text.data(), static_cast<std::streamsize>(text.size()));
  }

 private:
  struct FileEntry {
    std::optional<std::string> path;  ///< nullopt for unnamed stdin
    std::vector<std::string> replies;
  };

  std::ostream& out_;
  std::vector<FileEntry> files_;
  std::vector<ReplyDigest> digests_;
};

}  // namespace

std::unique_ptr<Printer> make_json_printer(std::ostream& out, const PrintOptions&) {
  return std::make_unique<JsonPrinter>(out);
}

}  // namespace replylint
