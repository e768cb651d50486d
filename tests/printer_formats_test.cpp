// SPDX-License-Identifier: MIT
// The CI and editor formats (docs/output-formats.md): each one's output is parsed back and
// checked field by field, in the units that format promises.
#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>

#include "format_fixture.hpp"
#include "xml_reader.hpp"

using namespace replylint;
using namespace replylint::testing;
using nlohmann::json;

TEST_CASE("every machine format is registered for --format") {
  const std::vector<std::string>& names = printer_names();
  for (const char* name :
       {"jsonl", "sarif", "rdjson", "rdjsonl", "github", "gcc", "junit", "checkstyle"}) {
    CHECK(std::find(names.begin(), names.end(), name) != names.end());
  }
}

// ------------------------------------------------------------------------------------- jsonl

TEST_CASE("jsonl: one reply record per reply with the json fields, then a summary record") {
  FormatFixture f;
  const std::vector<std::string> lines = lines_of(f.print(
      "jsonl", {FormatFixture::named("a.txt", kText), FormatFixture::named("b.txt", "Fine.")}));
  REQUIRE(lines.size() == 3);
  const json first = json::parse(lines[0]);
  CHECK(first["type"] == "reply");
  CHECK(first["path"] == "a.txt");
  CHECK(first["line"] == 1);
  CHECK(first["column"] == 1);
  CHECK(first["offset"] == 0);
  CHECK(first["id"].is_null());
  CHECK(first["verdict"].is_string());
  CHECK(first["dimensions"]["action"]["present"] == true);
  CHECK(first["breakdown"][0]["kind"] == "base");
  REQUIRE(first["findings"].size() == 3);
  const json& finding = first["findings"][0];
  CHECK(finding["rule"] == "sympathy/sorry");
  CHECK(finding["column"] == 6);
  CHECK(finding["column_utf16"] == 7);
  CHECK(finding["offset"] == 8);
  CHECK(finding["length"] == 13);
  CHECK(first["evidence"].size() == 1);
  CHECK(json::parse(lines[1])["path"] == "b.txt");
  const json summary = json::parse(lines[2]);
  CHECK(summary["type"] == "summary");
  CHECK(summary["version"] == 1);
  CHECK(summary["tool"]["name"] == "replylint");
  CHECK(summary["files"] == 2);
  CHECK(summary["replies"] == 2);
  CHECK(summary["findings"] == 3);
  CHECK(summary["findings_by_severity"] == json({{"info", 1}, {"warning", 1}, {"error", 1}}));
  CHECK(summary["errors"] == 0);
}

TEST_CASE("jsonl: records are written as each file arrives, not at the end") {
  FormatFixture f;
  std::ostringstream out;
  auto printer = make_printer("jsonl", out, {});
  printer->begin();
  const Document document = FormatFixture::named("a.txt", kText);
  printer->file(f.lint(document));
  CHECK(lines_of(out.str()).size() == 1);
  Document stdin_document;
  stdin_document.display_name = "<stdin>";
  stdin_document.content = "sorry to hear";
  printer->file(f.lint(stdin_document));
  REQUIRE(lines_of(out.str()).size() == 2);
  CHECK(json::parse(lines_of(out.str())[1])["path"].is_null());  // unnamed stdin, as in json
}

// ------------------------------------------------------------------------------------- sarif

TEST_CASE("sarif: every field the 2.1.0 schema and GitHub code scanning require is present") {
  FormatFixture f;
  PrintOptions options;
  options.rules = &f.rules;
  const json log = json::parse(f.print("sarif", kText, options));

  // Schema: sarifLog {version, runs}; run {tool}; tool {driver}; toolComponent {name};
  // reportingDescriptor {id}; result {message}. GitHub adds $schema, driver.rules, results,
  // rule short/full descriptions and help text, result locations and partialFingerprints,
  // artifactLocation.uri and the region's start/end line and column.
  CHECK(require_path(log, "$schema") == "https://json.schemastore.org/sarif-2.1.0.json");
  CHECK(require_path(log, "version") == "2.1.0");
  REQUIRE(require_path(log, "runs").size() == 1);
  const json& run = log["runs"][0];
  CHECK(require_path(run, "tool.driver.name") == "replylint");
  CHECK(require_path(run, "tool.driver.semanticVersion").is_string());
  CHECK(require_path(run, "tool.driver.informationUri").is_string());
  CHECK(require_path(run, "columnKind") == "unicodeCodePoints");
  const json& rules = require_path(run, "tool.driver.rules");
  REQUIRE(rules.size() == 3);  // the loaded problem rules; evidence rules are not results
  for (const json& rule : rules) {
    CHECK(require_path(rule, "id").is_string());
    CHECK(require_path(rule, "name").get<std::string>().size() <= 255);
    CHECK(require_path(rule, "shortDescription.text").get<std::string>().size() <= 1024);
    CHECK(require_path(rule, "fullDescription.text").get<std::string>().size() <= 1024);
    CHECK(require_path(rule, "help.text").is_string());
    CHECK(require_path(rule, "help.markdown").is_string());
    CHECK(require_path(rule, "properties.tags").is_array());
    const std::string level = require_path(rule, "defaultConfiguration.level");
    CHECK((level == "error" || level == "warning" || level == "note"));
  }
  const json& results = require_path(run, "results");
  REQUIRE(results.size() == 3);
  for (const json& result : results) {
    CHECK(require_path(result, "message.text").is_string());
    CHECK(require_path(result, "ruleId") == rules[result["ruleIndex"].get<int>()]["id"]);
    REQUIRE(require_path(result, "locations").size() == 1);
    const json& location = result["locations"][0]["physicalLocation"];
    CHECK(require_path(location, "artifactLocation.uri") == "macros/a.txt");
    for (const char* key : {"startLine", "startColumn", "endLine", "endColumn"}) {
      CHECK(require_path(location, std::string("region.") + key).is_number_integer());
    }
    CHECK(require_path(result, "partialFingerprints.primaryLocationLineHash").is_string());
  }
}

TEST_CASE("sarif: rules, levels, regions in code points and bytes, and fixes") {
  FormatFixture f;
  PrintOptions options;
  options.rules = &f.rules;
  const json run = json::parse(f.print("sarif", kText, options))["runs"][0];
  const json& rules = run["tool"]["driver"]["rules"];
  CHECK(rules[0]["id"] == "sympathy/sorry");
  CHECK(rules[0]["shortDescription"]["text"] == "found …");  // the message, match elided
  CHECK(rules[0]["help"]["text"] == "Suggestions:\n- Name the feeling.");
  CHECK(rules[0]["defaultConfiguration"]["level"] == "warning");
  CHECK(rules[0]["properties"]["tags"] == json::array({"sympathy"}));
  CHECK(rules[1]["defaultConfiguration"]["level"] == "note");
  CHECK(rules[2]["defaultConfiguration"]["level"] == "error");

  const json& sorry = run["results"][0];
  CHECK(sorry["ruleId"] == "sympathy/sorry");
  CHECK(sorry["ruleIndex"] == 0);
  CHECK(sorry["level"] == "warning");
  CHECK(sorry["message"]["text"] == "found sorry to hear");
  CHECK(sorry["locations"][0]["physicalLocation"]["region"] ==
        json({{"startLine", 1},
              {"startColumn", 6},  // the emoji is one code point
              {"endLine", 1},
              {"endColumn", 19},  // exclusive
              {"byteOffset", 8},
              {"byteLength", 13}}));
  CHECK_FALSE(sorry.contains("fixes"));  // advice is never a fix

  const json& valued = run["results"][1];
  CHECK(valued["level"] == "note");
  REQUIRE(valued["fixes"].size() == 1);
  const json& change = valued["fixes"][0]["artifactChanges"][0];
  CHECK(change["artifactLocation"]["uri"] == "macros/a.txt");
  CHECK(change["replacements"][0]["deletedRegion"]["startColumn"] == 26);
  CHECK(change["replacements"][0]["deletedRegion"]["byteOffset"] == 28);
  CHECK(change["replacements"][0]["insertedContent"]["text"] == "Hi Sam");
  CHECK(run["results"][2]["level"] == "error");
}

TEST_CASE("sarif: without the rule set, only rules that fired are listed") {
  FormatFixture f;
  const json rules =
      json::parse(f.print("sarif", "sorry to hear"))["runs"][0]["tool"]["driver"]["rules"];
  REQUIRE(rules.size() == 1);
  CHECK(rules[0]["id"] == "sympathy/sorry");
}

TEST_CASE("sarif: the line hash follows rule, match and line text, not the line number") {
  FormatFixture f;
  const auto hashes = [&](const std::string& text) {
    std::vector<std::string> out;
    const json log = json::parse(f.print("sarif", text));
    for (const json& result : log["runs"][0]["results"]) {
      out.push_back(result["partialFingerprints"]["primaryLocationLineHash"]);
    }
    return out;
  };
  const std::vector<std::string> base = hashes("Hi 😀 sorry to hear.");
  REQUIRE(base.size() == 1);
  CHECK(std::regex_match(base[0], std::regex("[0-9a-f]{16}:1")));
  CHECK(hashes("\n\nHi 😀 sorry to hear.") == base);    // moved down: same alert
  CHECK(hashes("  Hi 😀 sorry   to hear.  ") == base);  // spacing and indentation
  CHECK(hashes("Hi 😀 sorry to hear!") != base);        // the line changed
  const std::vector<std::string> twice = hashes("sorry to hear.\nsorry to hear.");
  REQUIRE(twice.size() == 2);
  CHECK(twice[0].substr(0, 16) == twice[1].substr(0, 16));  // identical lines ...
  CHECK(twice[0].substr(16) == ":1");                       // ... told apart by occurrence
  CHECK(twice[1].substr(16) == ":2");
}

TEST_CASE("sarif: artifact URIs are percent-encoded references to the path as given") {
  FormatFixture f;
  const auto uri = [&](const Document& document) {
    const json run = json::parse(f.print("sarif", {document}))["runs"][0];
    return run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
  };
  CHECK(uri(FormatFixture::named("docs/my reply#1.txt", "sorry to hear")) ==
        "docs/my%20reply%231.txt");
  CHECK(uri(FormatFixture::named("/tmp/a.txt", "sorry to hear")) == "file:///tmp/a.txt");
  CHECK(uri(FormatFixture::named("c:x.txt", "sorry to hear")) == "c%3Ax.txt");
  Document stdin_document;
  stdin_document.display_name = "<stdin>";
  stdin_document.content = "sorry to hear";
  CHECK(uri(stdin_document) == "%3Cstdin%3E");
  stdin_document.path = stdin_document.display_name = "reply.txt";  // --stdin-filename
  CHECK(uri(stdin_document) == "reply.txt");
}

// ---------------------------------------------------------------------------- rdjson, rdjsonl

TEST_CASE("rdjson: one DiagnosticResult, byte columns, replacements as suggestions") {
  FormatFixture f;
  const json result = json::parse(f.print("rdjson"));
  CHECK(result["source"]["name"] == "replylint");
  REQUIRE(result["diagnostics"].size() == 3);
  const json& sorry = result["diagnostics"][0];
  CHECK(sorry["message"] == "found sorry to hear\n\nSuggestions:\n- Name the feeling.");
  CHECK(sorry["location"]["path"] == "macros/a.txt");
  // 1-based UTF-8 byte columns, end exclusive: the emoji is four bytes.
  CHECK(sorry["location"]["range"] ==
        json({{"start", {{"line", 1}, {"column", 9}}}, {"end", {{"line", 1}, {"column", 22}}}}));
  CHECK(sorry["severity"] == "WARNING");
  CHECK(sorry["source"]["name"] == "replylint");
  CHECK(sorry["code"]["value"] == "sympathy/sorry");
  CHECK_FALSE(sorry.contains("suggestions"));

  const json& valued = result["diagnostics"][1];
  CHECK(valued["severity"] == "INFO");
  CHECK(valued["message"] == "found valued customer\n\nSuggestions:\n- Use a name.");
  REQUIRE(valued["suggestions"].size() == 1);
  CHECK(valued["suggestions"][0]["text"] == "Hi Sam");
  CHECK(valued["suggestions"][0]["range"] == valued["location"]["range"]);
  CHECK(valued["location"]["range"]["start"]["column"] == 29);

  const json& policy = result["diagnostics"][2];
  CHECK(policy["severity"] == "ERROR");
  CHECK(policy["message"] == "found our policy");  // no suggestions, nothing appended
}

TEST_CASE("rdjsonl: one Diagnostic per line, nothing else") {
  FormatFixture f;
  const std::vector<std::string> lines = lines_of(f.print("rdjsonl"));
  REQUIRE(lines.size() == 3);
  const json rdjson = json::parse(f.print("rdjson"));
  for (std::size_t i = 0; i < lines.size(); ++i) {
    CHECK(json::parse(lines[i]) == rdjson["diagnostics"][i]);
  }
  CHECK(f.print("rdjsonl", "Nothing to see.").empty());
}

// --------------------------------------------------------------------------------------- gcc

TEST_CASE("gcc: path:line:col: severity: message [rule] with display columns") {
  FormatFixture f;
  // Display columns: the emoji is two columns wide, so "sorry" starts at column 7.
  CHECK(f.print("gcc") ==
        "macros/a.txt:1:7: warning: found sorry to hear [sympathy/sorry]\n"
        "macros/a.txt:1:27: warning: found valued customer [hollow/valued]\n"  // info: warning
        "macros/a.txt:1:50: error: found our policy [policy/wall]\n");
  // A tab runs to the next multiple of 8.
  CHECK(f.print("gcc", "Ok.\n\tsorry to hear") ==
        "macros/a.txt:2:9: warning: found sorry to hear [sympathy/sorry]\n");
  CHECK(f.print("gcc", "Nothing to see.").empty());
}

// ------------------------------------------------------------------------------------- junit

TEST_CASE("junit: well-formed, a suite per file, a failing case per finding") {
  FormatFixture f;
  const std::string out = f.print("junit", {FormatFixture::named("a&b <\"x\">.txt", kText),
                                            FormatFixture::named("clean.txt", "Fine.")});
  CHECK(out.rfind("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n", 0) == 0);
  const XmlElement root = parse_xml(out);
  CHECK(root.name == "testsuites");
  REQUIRE(root.children.size() == 2);
  const XmlElement& suite = root.children[0];
  CHECK(suite.name == "testsuite");
  CHECK(suite.attr("name") == "a&b <\"x\">.txt");  // escaped on the way out, intact on the way in
  CHECK(suite.attr("package") == "replylint");
  CHECK(suite.attr("tests") == "3");
  CHECK(suite.attr("failures") == "3");
  CHECK(suite.attr("errors") == "0");
  REQUIRE(suite.children.size() == 3);
  const XmlElement& sorry = suite.children[0];
  CHECK(sorry.name == "testcase");
  CHECK(sorry.attr("name") == "replylint.sympathy/sorry");
  CHECK(sorry.attr("classname") == "a&b <\"x\">.txt");
  REQUIRE(sorry.children.size() == 1);
  const XmlElement& failure = sorry.children[0];
  CHECK(failure.name == "failure");
  CHECK(failure.attr("message") == "found sorry to hear");
  CHECK(failure.attr("type") == "warning");
  CHECK(failure.text == "line 1, col 6, Warning - found sorry to hear (sympathy/sorry)");
  CHECK(suite.children[1].children[0].text ==
        "line 1, col 26, Info - found valued customer (hollow/valued)");
  CHECK(suite.children[2].children[0].attr("type") == "error");

  const XmlElement& clean = root.children[1];
  CHECK(clean.attr("tests") == "1");
  CHECK(clean.attr("failures") == "0");
  REQUIRE(clean.children.size() == 1);
  CHECK(clean.children[0].name == "testcase");
  CHECK(clean.children[0].children.empty());  // passing
}

// -------------------------------------------------------------------------------- checkstyle

TEST_CASE("checkstyle: well-formed, a file element per input, an error per finding") {
  FormatFixture f;
  const std::string out = f.print("checkstyle", {FormatFixture::named("it's <1>.txt", kText),
                                                 FormatFixture::named("clean.txt", "Fine.")});
  const XmlElement root = parse_xml(out);
  CHECK(root.name == "checkstyle");
  CHECK(root.attr("version") == "4.3");
  REQUIRE(root.children.size() == 2);
  const XmlElement& file = root.children[0];
  CHECK(file.name == "file");
  CHECK(file.attr("name") == "it's <1>.txt");
  REQUIRE(file.children.size() == 3);
  const XmlElement& sorry = file.children[0];
  CHECK(sorry.name == "error");
  CHECK(sorry.attr("line") == "1");
  CHECK(sorry.attr("column") == "6");
  CHECK(sorry.attr("severity") == "warning");
  CHECK(sorry.attr("message") == "found sorry to hear");
  CHECK(sorry.attr("source") == "sympathy/sorry");
  CHECK(file.children[1].attr("severity") == "info");
  CHECK(file.children[2].attr("severity") == "error");
  CHECK(root.children[1].attr("name") == "clean.txt");
  CHECK(root.children[1].children.empty());
}

TEST_CASE("the XML reader of these tests rejects what is not well-formed") {
  for (const char* bad :
       {"<?xml ?><a>", "<?xml ?><a></b>", "<?xml ?><a x=\"<\"/>", "<?xml ?><a>&</a>",
        "<?xml ?><a x=\"1\" x=\"2\"/>", "<?xml ?><a/><b/>", "<?xml ?><a>&nbsp;</a>"}) {
    INFO(bad);
    CHECK_THROWS(XmlReader(bad).document());
  }
  CHECK_NOTHROW(XmlReader("<?xml ?><a x='1'>t&amp;<b/>&#10;</a>").document());
}

TEST_CASE("a config's severity override reaches every format, the rule's default stays") {
  FormatFixture f;
  const Document document = FormatFixture::named("a.txt", "sorry to hear");
  FileReport report = f.lint(document);
  REQUIRE(report.replies.at(0).findings.size() == 1);
  report.replies[0].findings[0].severity_override = Severity::Error;
  const auto print = [&](const std::string& format, PrintOptions options = {}) {
    std::ostringstream out;
    auto printer = make_printer(format, out, options);
    Summary summary;
    summary.add(report);
    printer->begin();
    printer->file(report);
    printer->end(summary);
    return out.str();
  };
  CHECK(print("gcc") == "a.txt:1:1: error: found sorry to hear [sympathy/sorry]\n");
  CHECK(print("github").rfind("::error file=a.txt,", 0) == 0);
  CHECK(json::parse(print("rdjsonl"))["severity"] == "ERROR");
  CHECK(parse_xml(print("checkstyle")).children[0].children[0].attr("severity") == "error");
  CHECK(parse_xml(print("junit")).children[0].children[0].children[0].attr("type") == "error");
  PrintOptions options;
  options.rules = &f.rules;
  const json run = json::parse(print("sarif", options))["runs"][0];
  CHECK(run["results"][0]["level"] == "error");
  CHECK(run["tool"]["driver"]["rules"][0]["defaultConfiguration"]["level"] == "warning");
}
