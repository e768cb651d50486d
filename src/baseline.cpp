// SPDX-License-Identifier: MIT
#include "replylint/baseline.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <tuple>

#include "json_checker.hpp"
#include "replylint/atomic_file.hpp"
#include "replylint/normalizer.hpp"
#include "replylint/relative_path.hpp"

namespace replylint {
namespace {

const std::vector<std::string> kFileKeys = {"version", "tool", "findings"};
const std::vector<std::string> kEntryKeys = {"fingerprint", "rule", "path", "reply", "match"};

// 64-bit FNV-1a: tiny, and the same on every platform and run, which is all a baseline needs
// (nobody forges a finding to hide it).
std::uint64_t fnv1a(std::string_view text, std::uint64_t hash) {
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

bool valid_fingerprint(const std::string& text) {
  return text.size() == 16 && std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

std::string folder_of(const std::string& path) {
  return std::filesystem::path(path).parent_path().generic_string();
}

std::string read_file(const std::string& path, Diagnostics& diagnostics, bool* ok) {
  std::ifstream in(path, std::ios::binary);
  *ok = static_cast<bool>(in);
  if (!in) {
    diagnostics.error(path, std::string("cannot read baseline: ") + std::strerror(errno));
    return "";
  }
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

std::string normalize_match(std::string_view match) {
  const NormalizedText normalized(match);
  std::string out;
  for (const char ch : normalized.text()) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isspace(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += static_cast<char>(std::tolower(c));
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string finding_fingerprint(std::string_view rule_id, std::string_view normalized_match,
                                std::string_view path, std::string_view reply_id, int occurrence) {
  // NUL separators: no part can run into the next ("a" + "bc" differs from "ab" + "c").
  const std::string_view separator("\0", 1);
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const std::string_view part : {rule_id, normalized_match, path, reply_id}) {
    hash = fnv1a(separator, fnv1a(part, hash));
  }
  hash = fnv1a(std::to_string(occurrence), hash);
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

std::vector<FingerprintedFinding> fingerprint_findings(const FileReport& report,
                                                       const std::string& folder,
                                                       OccurrenceCounts* occurrences_so_far) {
  const Document& document = *report.document;
  const std::string path =
      document.path ? path_relative_to(folder, *document.path) : document.display_name;
  std::vector<FingerprintedFinding> out;
  OccurrenceCounts own;
  OccurrenceCounts& occurrences = occurrences_so_far ? *occurrences_so_far : own;
  for (const ReplyReport& reply : report.replies) {
    for (const Finding& finding : reply.findings) {
      BaselineEntry entry{"", finding.rule->id, path, reply.span.id, finding.match};
      const std::string normalized = normalize_match(finding.match);
      const int occurrence = occurrences[{entry.rule, normalized, entry.reply}]++;
      entry.fingerprint =
          finding_fingerprint(entry.rule, normalized, entry.path, entry.reply, occurrence);
      out.push_back({&finding, std::move(entry)});
    }
  }
  return out;
}

std::optional<Baseline> Baseline::parse(std::string_view text, const std::string& path,
                                        Diagnostics& diagnostics) {
  using json = nlohmann::json;
  JsonChecker check(text, path, diagnostics);
  const std::size_t first = diagnostics.size();
  const std::size_t errors_before = check.error_count();
  const std::optional<json> root = check.parse();
  if (!root) return std::nullopt;
  Baseline baseline;
  baseline.path_ = path;
  baseline.folder_ = folder_of(path);
  if (!check.expect(*root, json::value_t::object, "")) return std::nullopt;
  check.reject_unknown_keys(*root, "", kFileKeys);
  if (const json* version = check.require(*root, "version", "")) {
    if (check.expect_integer(*version, "/version", 0, 1000000) &&
        version->get<int>() != kBaselineVersion) {
      check.error("/version", "unsupported baseline version " + version->dump() +
                                  " (this replylint reads " + std::to_string(kBaselineVersion) +
                                  ")");
    }
  }
  if (const json* tool = JsonChecker::optional(*root, "tool")) {
    check.expect(*tool, json::value_t::string, "/tool");
  }
  const json* findings = check.require(*root, "findings", "");
  if (findings && check.expect(*findings, json::value_t::array, "/findings")) {
    for (std::size_t i = 0; i < findings->size(); ++i) {
      const std::string pointer = "/findings/" + std::to_string(i);
      const json& node = (*findings)[i];
      if (!check.expect(node, json::value_t::object, pointer)) continue;
      check.reject_unknown_keys(node, pointer, kEntryKeys);
      BaselineEntry entry;
      const auto text_of = [&](const char* key, std::string& out) {
        const json* value = JsonChecker::optional(node, key);
        if (value && check.expect(*value, json::value_t::string, pointer + "/" + key)) {
          out = value->get<std::string>();
        }
      };
      if (check.require(node, "fingerprint", pointer)) text_of("fingerprint", entry.fingerprint);
      if (!entry.fingerprint.empty() && !valid_fingerprint(entry.fingerprint)) {
        check.error(pointer + "/fingerprint", "expected 16 lowercase hex digits");
      }
      text_of("rule", entry.rule);
      text_of("path", entry.path);
      text_of("reply", entry.reply);
      text_of("match", entry.match);
      baseline.fingerprints_.insert(entry.fingerprint);
      baseline.entries_.push_back(std::move(entry));
    }
  }
  // nlohmann objects iterate in key order, not file order; readers expect the file's order.
  diagnostics.sort_from(first);
  if (check.error_count() != errors_before) return std::nullopt;
  return baseline;
}

std::optional<Baseline> Baseline::load(const std::string& path, Diagnostics& diagnostics) {
  bool ok = false;
  const std::string text = read_file(path, diagnostics, &ok);
  if (!ok) return std::nullopt;
  return parse(text, path, diagnostics);
}

std::size_t Baseline::filter(FileReport& report) {
  const Document& document = *report.document;
  files_seen_.insert(document.path ? path_relative_to(folder_, *document.path)
                                   : document.display_name);
  // The chunks of a streamed file continue one count (FileReport::continued).
  if (!report.continued) occurrences_.clear();
  const std::vector<FingerprintedFinding> fingerprinted =
      fingerprint_findings(report, folder_, &occurrences_);
  // Known findings are marked first and removed after, so the pointers stay valid meanwhile.
  std::unordered_set<const Finding*> known;
  for (const FingerprintedFinding& item : fingerprinted) {
    if (fingerprints_.count(item.entry.fingerprint) == 0) continue;
    known.insert(item.finding);
    matched_.insert(item.entry.fingerprint);
  }
  if (known.empty()) return 0;
  for (ReplyReport& reply : report.replies) {
    std::vector<Finding> kept;
    for (Finding& finding : reply.findings) {
      if (known.count(&finding)) {
        ++reply.baselined;
      } else {
        kept.push_back(std::move(finding));
      }
    }
    reply.findings = std::move(kept);
  }
  return known.size();
}

std::size_t Baseline::stale() const {
  return static_cast<std::size_t>(
      std::count_if(entries_.begin(), entries_.end(), [this](const BaselineEntry& entry) {
        return files_seen_.count(entry.path) && matched_.count(entry.fingerprint) == 0;
      }));
}

BaselineWriter::BaselineWriter(std::string path)
    : path_(std::move(path)), folder_(folder_of(path_)) {}

void BaselineWriter::add(const FileReport& report) {
  if (!report.continued) occurrences_.clear();
  for (FingerprintedFinding& item : fingerprint_findings(report, folder_, &occurrences_)) {
    entries_.push_back(std::move(item.entry));
  }
}

std::string BaselineWriter::text() const {
  using json = nlohmann::ordered_json;
  std::vector<const BaselineEntry*> sorted;
  for (const BaselineEntry& entry : entries_) sorted.push_back(&entry);
  std::sort(sorted.begin(), sorted.end(), [](const BaselineEntry* a, const BaselineEntry* b) {
    return std::tie(a->path, a->rule, a->match, a->fingerprint) <
           std::tie(b->path, b->rule, b->match, b->fingerprint);
  });
  json findings = json::array();
  for (const BaselineEntry* entry : sorted) {
    json item = {{"fingerprint", entry->fingerprint}, {"rule", entry->rule}, {"path", entry->path}};
    if (!entry->reply.empty()) item["reply"] = entry->reply;
    item["match"] = entry->match;
    findings.push_back(std::move(item));
  }
  const json root = {{"version", kBaselineVersion}, {"tool", "replylint"}, {"findings", findings}};
  return root.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

bool BaselineWriter::write(std::string* error) const {
  AtomicFile file(path_);
  file.stream() << text();
  if (file.commit()) return true;
  *error = file.error();
  return false;
}

}  // namespace replylint
