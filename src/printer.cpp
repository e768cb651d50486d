// SPDX-License-Identifier: MIT
#include "replylint/printer.hpp"

#include <functional>
#include <utility>

#include "printers.hpp"

namespace replylint {
namespace {

using Factory = std::function<std::unique_ptr<Printer>(std::ostream&, const PrintOptions&)>;

// One row per output format; each printer lives in its own file.
const std::vector<std::pair<std::string, Factory>>& printer_table() {
  static const std::vector<std::pair<std::string, Factory>> table = {
      {"human", make_human_printer},   {"json", make_json_printer},
      {"jsonl", make_jsonl_printer},   {"sarif", make_sarif_printer},
      {"rdjson", make_rdjson_printer}, {"rdjsonl", make_rdjsonl_printer},
      {"github", make_github_printer}, {"gcc", make_gcc_printer},
      {"junit", make_junit_printer},   {"checkstyle", make_checkstyle_printer},
      {"html", make_html_printer},
  };
  return table;
}

}  // namespace

const std::vector<std::string>& printer_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& row : printer_table()) out.push_back(row.first);
    return out;
  }();
  return names;
}

std::unique_ptr<Printer> make_printer(const std::string& name, std::ostream& out,
                                      const PrintOptions& options) {
  for (const auto& row : printer_table()) {
    if (row.first == name) return row.second(out, options);
  }
  return nullptr;
}

}  // namespace replylint
