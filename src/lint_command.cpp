// SPDX-License-Identifier: MIT
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>

#include "commands.hpp"
#include "lint_context.hpp"
#include "lint_tasks.hpp"
#include "ordered_parallel.hpp"
#include "progress_line.hpp"
#include "replylint/atomic_file.hpp"
#include "replylint/baseline.hpp"
#include "replylint/input.hpp"
#include "replylint/printer.hpp"
#include "replylint/relative_path.hpp"
#include "replylint/rule_statistics.hpp"
#include "replylint/text_position.hpp"

namespace replylint {
namespace {

bool use_color(const std::string& choice) {
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;  // https://no-color.org: always wins
  if (choice == "always") return true;
  if (choice == "never") return false;
  return isatty(STDOUT_FILENO) != 0;
}

unsigned default_jobs() {
  const unsigned cores = std::thread::hardware_concurrency();
  return cores ? cores : 1;
}

// A baseline file is replylint's own data, not replies: walking a folder that holds it (the
// usual place, next to the macros) must not lint it.
void drop_baseline_files(const LintOptions& options, std::vector<InputRef>& inputs) {
  for (const auto& baseline : {options.baseline, options.write_baseline}) {
    if (!baseline) continue;
    const std::string own = path_relative_to("", *baseline);
    std::erase_if(inputs, [&](const InputRef& input) {
      return !input.is_stdin && path_relative_to("", input.path) == own;
    });
  }
}

// The closing line of a run with --baseline, on stderr so machine formats stay clean.
void report_baseline(const Baseline& baseline, std::size_t hidden, std::size_t reported) {
  std::cerr << "replylint: " << hidden << (hidden == 1 ? " finding" : " findings")
            << " matched the baseline " << baseline.path() << " and "
            << (hidden == 1 ? "is" : "are") << " not reported; " << reported << " new";
  if (const std::size_t stale = baseline.stale()) {
    std::cerr << "; " << stale << (stale == 1 ? " entry" : " entries")
              << " no longer found (refresh with --write-baseline)";
  }
  std::cerr << '\n';
}

// The rule sets and compiled matchers of a run are never freed: freeing them costs more than
// linting a short reply (about 3 M instructions) and the process is about to end. They stay
// reachable from here, so leak checkers do not count them (clang's -disable-free does the same).
LintContexts& kept_until_exit(const LintOptions& options) {
  static auto* kept = new std::vector<std::unique_ptr<LintContexts>>();
  return *kept->emplace_back(std::make_unique<LintContexts>(options));
}

// Estimates how much text each matcher of the run will read, from the sizes of up to this many
// of its files, spread evenly over the run (one stat each: a few microseconds, where stat-ing
// all of 10,000 files would add a serial pass before linting).
constexpr std::size_t kSizeSamples = 64;

// The matchers that expect enough text for their prefilter Set to pay off from the start
// (Matcher::expect_text); the others are told to keep to the literals. Standard input counts
// as nothing: its size is not known until it has been read.
std::vector<const Matcher*> matchers_wanting_set(const std::vector<InputRef>& inputs,
                                                 const LintContexts& contexts) {
  std::map<Matcher*, std::size_t> expected;
  const std::size_t count = inputs.size();
  const std::size_t samples = std::min(count, kSizeSamples);
  for (std::size_t s = 0; s < samples; ++s) {
    const std::size_t index = s * count / samples;
    struct stat info {};
    std::size_t size = 0;
    if (!inputs[index].is_stdin && stat(inputs[index].path.c_str(), &info) == 0 &&
        S_ISREG(info.st_mode)) {
      size = static_cast<std::size_t>(info.st_size);
    }
    // Each sample stands for count / samples inputs.
    expected[contexts.for_input(index).matcher.get()] += size * count / samples;
  }
  std::vector<const Matcher*> wanting;
  for (const auto& [matcher, bytes] : expected) {
    if (matcher->expect_text(bytes)) wanting.push_back(matcher);
  }
  return wanting;
}

}  // namespace

int run_lint(const LintOptions& options) {
  if (options.statistics && std::ranges::find(statistics_format_names(), options.format) ==
                                statistics_format_names().end()) {
    std::cerr << "replylint: --statistics works only with --format human or json, not --format "
              << options.format << '\n';
    return kExitError;
  }
  std::vector<std::string> paths = options.paths;
  if (paths.empty()) {
    if (isatty(STDIN_FILENO)) {
      std::cerr << "replylint: no input: pass files or folders, or pipe text in "
                   "(see replylint --help)\n";
      return kExitError;
    }
    paths.push_back("-");
  }
  Diagnostics input_problems;
  std::vector<InputRef> inputs = expand_inputs(paths, options.walk, input_problems);
  drop_baseline_files(options, inputs);
  // Each input's folder decides its config (and so its rules and input options); a broken
  // config or rule file stops the run before any output.
  LintContexts& contexts = kept_until_exit(options);
  if (!contexts.prepare(inputs)) return kExitError;
  std::optional<Baseline> baseline;
  if (options.baseline) {
    Diagnostics baseline_problems;
    baseline = Baseline::load(*options.baseline, baseline_problems);
    report_diagnostics(baseline_problems);
    if (!baseline) return kExitError;
  }
  std::optional<BaselineWriter> baseline_writer;
  if (options.write_baseline) baseline_writer.emplace(*options.write_baseline);
  report_diagnostics(input_problems);
  bool io_error = input_problems.has_errors();

  PrintOptions print_options;
  // "auto" looks at stdout, which --output bypasses.
  print_options.color = use_color(options.color) && (!options.output || options.color == "always");
  print_options.explain = options.explain;
  print_options.rules = contexts.shared_rules();
  if (const char* path = std::getenv("GITHUB_STEP_SUMMARY")) print_options.step_summary_path = path;
  // --output: written to a temporary file and renamed over FILE once complete.
  std::optional<AtomicFile> output_file;
  if (options.output) {
    output_file.emplace(*options.output);
    if (!output_file->ok()) {
      std::cerr << "replylint: " << output_file->error() << '\n';
      return kExitError;
    }
  }
  std::ostream& out = output_file ? output_file->stream() : std::cout;
  // --statistics counts the reports instead of printing them; everything else is the same run.
  std::unique_ptr<Printer> printer = options.statistics
                                         ? make_statistics_printer(options.format, out)
                                         : make_printer(options.format, out, print_options);
  Summary summary;
  std::size_t baselined = 0;
  ProgressLine progress(std::cerr, ProgressLine::wanted(options.progress), inputs.size());
  printer->begin();
  // Workers read and lint (whole inputs, or chunks of large streamed ones); everything with
  // state (baseline, gates, summary, printer) runs here, in input order, so the output is the
  // same for any --jobs. A few tasks per thread in flight keep memory bounded.
  unsigned jobs = options.jobs.value_or(default_jobs());
  const std::size_t in_flight = jobs <= 1 ? 1 : 2 * static_cast<std::size_t>(jobs);
  LintTaskSource tasks(inputs, contexts, options.stdin_filename,
                       StreamSettings::for_run(in_flight));
  // One input read whole is one task: threads would only add their start-up.
  if (inputs.size() == 1 && !tasks.streams(0)) jobs = 1;
  // A large run compiles its prefilter Set before linting, on the first worker before it takes
  // any task, while the others start on the literal prefilter (inside a task, the build held
  // back the ordered output and so every worker: docs/performance.md, "Fourth round").
  const std::vector<const Matcher*> set_wanted = matchers_wanting_set(inputs, contexts);
  const auto build_sets = [&] {
    for (const Matcher* matcher : set_wanted) matcher->build_prefilter();
  };
  bool utf8_noted = false;  // the current input's first invalid UTF-8 was reported
  // Report lines on the same terminal would land after the progress text: clear it first (the
  // next piece redraws it).
  const bool stdout_terminal = !output_file && isatty(STDOUT_FILENO) != 0;
  // Small tasks (small files) go to a worker in batches of about 256 KiB: one hand-off each.
  ordered_parallel_pull<LintTask, LintPiece>(
      jobs, in_flight, std::size_t{256} << 10, [](const LintTask& task) { return task.weight(); },
      [&](LintTask& task) { return tasks.next(task); },
      [&](LintTask&& task) {
        LintPiece piece = lint_task(std::move(task), inputs, contexts, options.stdin_filename);
        // Formatting on the workers too (with threads, and unless the baseline still has to
        // filter the report); the piece, text included, returns to this worker to be freed.
        if (jobs > 1 && !baseline && piece.status == ReadStatus::Ok) {
          std::string text;
          if (printer->render(piece.report, text)) piece.rendered = std::move(text);
        }
        return piece;
      },
      [&](LintPiece& piece) {
        if (piece.first) utf8_noted = false;
        // Messages on stderr start on a line of their own.
        if (piece.read_problems.size() || piece.invalid_utf8 || piece.reader_problems.size()) {
          progress.finish();
        }
        report_diagnostics(piece.read_problems);
        if (piece.status != ReadStatus::Ok) {
          progress.add(piece.first, 0, piece.bytes);
          if (piece.status == ReadStatus::Failed) {
            io_error = true;
            ++summary.errors;
          }
          return;
        }
        if (piece.invalid_utf8 && !utf8_noted) {
          Diagnostics note;
          note.add(std::move(*piece.invalid_utf8));
          report_diagnostics(note);
          utf8_noted = true;
        }
        report_diagnostics(piece.reader_problems);
        io_error = io_error || piece.reader_problems.has_errors();
        FileReport& report = piece.report;
        // The baseline records everything found; --baseline then hides what it knows.
        if (baseline_writer) baseline_writer->add(report);
        if (baseline) baselined += baseline->filter(report);
        contexts.for_input(piece.input).gate->add(report);
        summary.add(report);
        if (stdout_terminal) progress.finish();
        if (piece.rendered) {
          printer->file_rendered(report, *piece.rendered);
        } else {
          printer->file(report);
        }
        // Output is flushed per piece of standard input (a consumer may be waiting on the other
        // end of a pipe) and whenever this thread waits for the workers; not per file, which
        // cost a system call per file (docs/output-formats.md).
        if (inputs[piece.input].is_stdin) out.flush();
        progress.add(piece.first, report.replies.size(), piece.bytes);
      },
      [&] { out.flush(); }, build_sets);
  progress.finish();
  printer->end(summary);
  std::cout.flush();
  if (output_file && !output_file->commit()) {
    std::cerr << "replylint: " << output_file->error() << '\n';
    return kExitError;
  }
  if (baseline) report_baseline(*baseline, baselined, summary.findings);
  if (baseline_writer) {
    std::string error;
    if (!baseline_writer->write(&error)) {
      std::cerr << "replylint: " << error << '\n';
      return kExitError;
    }
    std::cerr << "replylint: wrote " << baseline_writer->size()
              << (baseline_writer->size() == 1 ? " finding" : " findings") << " to "
              << baseline_writer->path() << '\n';
  }
  if (io_error) return kExitError;
  // Writing a baseline accepts every current finding, so only errors fail that run.
  if (baseline_writer) return kExitClean;
  return contexts.failed() ? kExitFindings : kExitClean;
}

}  // namespace replylint
