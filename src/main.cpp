// SPDX-License-Identifier: MIT
// Command-line front end: parses arguments with CLI11 and hands over to a command. Nothing here
// lints; see lint_command.cpp and friends.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>

#include "commands.hpp"
#include "input_cli.hpp"
#include "lsp/server_loop.hpp"
#include "replylint/printer.hpp"
#include "replylint/version.hpp"

namespace {

using namespace replylint;

const char* kFooter = R"(Exit codes:
  0  nothing at or above the fail level
  1  a finding at or above --fail-on, a reply below --min-score, more warnings than
     --max-warnings, or (test-rules) a failing rule example
  2  usage, config, rule-file or I/O error

Reads stdin when no PATH is given and stdin is not a terminal, or for the path "-".
Docs: README.md, rules/README.md, docs/json-output.md, docs/scoring.md, docs/input-formats.md,
docs/configuration.md)";

// Config and baseline options of the lint command (docs/configuration.md).
void add_config_options(CLI::App* app, LintOptions& lint) {
  const std::string group = "Config and baseline";
  CLI::Option* config =
      app->add_option("--config", lint.config_path,
                      "Config for every input, instead of the nearest .replylint.json above each")
          ->type_name("FILE")
          ->group(group);
  app->add_flag("--no-config", lint.no_config, "Ignore .replylint.json files")
      ->excludes(config)
      ->group(group);
  app->add_option("--baseline", lint.baseline,
                  "Hide the findings recorded in FILE; only new ones are reported and fail")
      ->type_name("FILE")
      ->group(group);
  app->add_option("--write-baseline", lint.write_baseline,
                  "Record the current findings in FILE (exit 0 unless there is an error)")
      ->type_name("FILE")
      ->group(group);
}

void add_rule_options(CLI::App* app, RuleSources& sources) {
  app->add_option("--rules", sources.paths,
                  "Rule pack file or folder of *.json packs to add (repeatable)")
      ->type_name("PATH")
      ->allow_extra_args(false);
  app->add_flag(
      "--no-default-rules", [&sources](std::int64_t) { sources.use_embedded = false; },
      "Do not load the embedded default packs");
}

}  // namespace

int main(int argc, char** argv) {
  // Not a terminal: 64 KiB of stdout (std::cout goes through it) per write(2) instead of stdio's
  // 4 KiB; run_lint flushes where a reader may be waiting (docs/output-formats.md). glibc ignores
  // the size unless it is given the buffer.
  static char stdout_buffer[std::size_t{64} << 10];
  if (isatty(STDOUT_FILENO) == 0) {
    std::setvbuf(stdout, stdout_buffer, _IOFBF, sizeof stdout_buffer);
  }
  try {
    CLI::App app{"replylint: lint customer-service replies for sympathy, dismissal and empathy",
                 "replylint"};
    app.set_version_flag("--version", std::string("replylint ") + kVersion);
    app.footer(kFooter);
    app.require_subcommand(0, 1);

    LintOptions lint;
    app.add_option("paths", lint.paths, "Files or folders to lint; '-' for stdin")
        ->type_name("PATH");
    add_rule_options(&app, lint.rules);
    app.add_option("-f,--format", lint.format, "Output format (docs/output-formats.md)")
        ->check(CLI::IsMember(printer_names()))
        ->capture_default_str();
    app.add_option("-o,--output", lint.output,
                   "Write the report to FILE (replaced atomically when complete), not stdout")
        ->type_name("FILE");
    app.add_option("--fail-on", lint.fail_on,
                   "Lowest severity that makes the exit code 1 (overrides the config's fail_on)")
        ->check(CLI::IsMember({"error", "warning", "info", "never"}))
        ->capture_default_str();
    app.add_option("--min-score", lint.min_score, "Exit 1 when a reply scores below N")
        ->type_name("N")
        ->check(CLI::Range(0, 100));
    app.add_option("--max-warnings", lint.max_warnings,
                   "Tolerate up to N warning findings (errors still fail)")
        ->type_name("N")
        ->check(CLI::NonNegativeNumber);
    app.add_option("--stdin-filename", lint.stdin_filename, "Name to show for stdin")
        ->type_name("NAME");
    app.add_option("--color", lint.color, "Colour output (never with NO_COLOR set)")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    app.add_flag("--explain", lint.explain, "Show evidence and how each score was reached");
    app.add_flag(
        "--statistics", lint.statistics,
        "Print how often each rule and rule family fired (hits, replies, share) instead of "
        "the findings; --format human or json");
    app.add_option("-j,--jobs", lint.jobs,
                   "Lint on N threads (default: all cores); output is the same for any N")
        ->type_name("N")
        ->check(CLI::PositiveNumber);
    // Two plain flags: the default (neither given) must stay distinguishable.
    bool progress_on = false, progress_off = false;
    CLI::Option* progress_flag =
        app.add_flag("--progress", progress_on,
                     "Force the progress line on stderr (default: on a terminal, not in CI)");
    app.add_flag("--no-progress", progress_off, "Never draw the progress line")
        ->excludes(progress_flag);
    std::string unit = "file";
    app.add_option("--unit", unit, "What one reply is in plain text")
        ->check(CLI::IsMember({"file", "paragraph", "line"}))
        ->capture_default_str();
    add_input_options(&app, lint.input, lint.walk);
    add_config_options(&app, lint);

    RuleSources rules_sources;
    std::optional<std::string> rule_id;
    CLI::App* rules = app.add_subcommand("rules", "List every loaded rule, or explain one");
    rules->add_option("id", rule_id, "Rule id to explain")->type_name("ID");
    bool rule_patterns = false;
    rules->add_flag("--patterns", rule_patterns,
                    "Print every match pattern, one per line (for grep/rg comparisons)");
    add_rule_options(rules, rules_sources);

    RuleSources test_sources;
    CLI::App* test_rules =
        app.add_subcommand("test-rules", "Check every rule's match / no_match examples");
    test_rules->add_option("paths", test_sources.paths, "Extra rule packs to load and test")
        ->type_name("PATH");
    test_rules->add_flag(
        "--no-default-rules", [&test_sources](std::int64_t) { test_sources.use_embedded = false; },
        "Test only the given packs");

    EvalOptions eval;
    CLI::App* eval_command = app.add_subcommand(
        "eval", "Lint a labelled JSON Lines set and report confusion matrix, precision, recall");
    eval_command->add_option("file", eval.path, "JSON Lines with text and label fields")
        ->required()
        ->type_name("FILE.jsonl");
    add_rule_options(eval_command, eval.rules);
    eval_command->add_option("-f,--format", eval.format, "Output format")
        ->check(CLI::IsMember({"human", "json"}))
        ->capture_default_str();
    eval_command->add_flag("--show-misclassified", eval.show_misclassified,
                           "List the replies whose verdict differs from their label");
    eval_command->add_option("--min-macro-f1", eval.min_macro_f1, "Exit 1 below this macro-F1")
        ->type_name("X")
        ->check(CLI::Range(0.0, 1.0));

    InitOptions init;
    CLI::App* init_command = app.add_subcommand(
        "init", "Write a starter .replylint.json (keys explained in docs/configuration.md)");
    init_command->add_option("directory", init.directory, "Folder to write it in")
        ->type_name("DIR")
        ->capture_default_str();
    init_command->add_flag("--force", init.force, "Replace an existing .replylint.json");

    lsp::ServerOptions lsp_options;
    CLI::App* lsp_command = app.add_subcommand(
        "lsp", "Run the language server (LSP 3.17) on stdin/stdout for editors (docs/editors.md)");
    add_rule_options(lsp_command, lsp_options.rules);
    CLI::Option* lsp_config =
        lsp_command
            ->add_option("--config", lsp_options.config_path,
                         "Config for every document, instead of the nearest .replylint.json")
            ->type_name("FILE");
    lsp_command->add_flag("--no-config", lsp_options.no_config, "Ignore .replylint.json files")
        ->excludes(lsp_config);
    std::string lsp_unit;
    lsp_command
        ->add_option("--unit", lsp_unit, "What one reply is in plain text (default: the config's)")
        ->check(CLI::IsMember({"file", "paragraph", "line"}));

    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      const int code = app.exit(e);
      return code == 0 ? kExitClean : kExitError;
    }
    // Rule options given before a subcommand ("replylint --no-default-rules test-rules") count
    // for it too.
    for (RuleSources* sources : {&rules_sources, &test_sources, &eval.rules}) {
      sources->use_embedded = sources->use_embedded && lint.rules.use_embedded;
      sources->paths.insert(sources->paths.begin(), lint.rules.paths.begin(),
                            lint.rules.paths.end());
    }
    if (*rules && rule_patterns) return run_rule_patterns(rules_sources);
    if (*rules) return run_rules(rules_sources, rule_id);
    if (*test_rules) return run_test_rules(test_sources);
    if (*eval_command) return run_eval(eval);
    if (*lsp_command) {
      if (!lsp_unit.empty()) lsp_options.unit = parse_reply_unit(lsp_unit);
      return lsp::run_language_server(std::move(lsp_options));
    }
    if (*init_command) return run_init(init);
    lint.unit = parse_reply_unit(unit).value_or(ReplyUnit::File);
    if (progress_on || progress_off) lint.progress = progress_on;
    // What the user typed wins over the config; the config fills in the rest.
    for (const CLI::Option* option : app.get_options()) {
      if (option->count() == 0) continue;
      for (const std::string& name : option->get_lnames()) lint.given.insert("--" + name);
    }
    return run_lint(lint);
  } catch (const std::exception& e) {
    std::cerr << "replylint: internal error: " << e.what() << '\n';
    return kExitError;
  }
}
