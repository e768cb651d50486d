// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <memory>

#include "replylint/printer.hpp"

namespace replylint {

// Factories of the printers in src/*_printer.cpp, registered in printer.cpp.
std::unique_ptr<Printer> make_human_printer(std::ostream& out, const PrintOptions& options);
std::unique_ptr<Printer> make_json_printer(std::ostream& out, const PrintOptions& options);
std::unique_ptr<Printer> make_jsonl_printer(std::ostream& out, const PrintOptions& options);
std::unique_ptr<Printer> make_sarif_printer(std::ostream& out, const PrintOptions& options);
std::unique_ptr<Printer> make_rdjson_printer(std::ostream& out, const PrintOptions& options);
std::unique_ptr<Printer> make_rdjsonl_printer(std::ostream& out, const PrintOptions& options);
std::unique_ptr<Printer> make_github_printer(std::ostream& out, const PrintOptions& options);
std::unique_ptr<Printer> make_gcc_printer(std::ostream& out, const PrintOptions& options);
std::unique_ptr<Printer> make_junit_printer(std::ostream& out, const PrintOptions& options);
std::unique_ptr<Printer> make_checkstyle_printer(std::ostream& out, const PrintOptions& options);
std::unique_ptr<Printer> make_html_printer(std::ostream& out, const PrintOptions& options);

}  // namespace replylint
