// SPDX-License-Identifier: MIT
// The github format: workflow-command annotations, GitHub's per-step cap, and the Markdown job
// summary (docs/output-formats.md).
#include <catch2/catch.hpp>
#include <map>

#include "format_fixture.hpp"
#include "github_summary.hpp"

using namespace replylint;
using namespace replylint::testing;

TEST_CASE("github: one workflow command per finding, code point columns") {
  FormatFixture f;
  CHECK(f.print("github") ==
        "::warning file=macros/a.txt,line=1,endLine=1,col=6,endColumn=19,"
        "title=replylint sympathy/sorry::found sorry to hear\n"
        "::notice file=macros/a.txt,line=1,endLine=1,col=26,endColumn=41,"
        "title=replylint hollow/valued::found valued customer\n"
        "::error file=macros/a.txt,line=1,endLine=1,col=49,endColumn=59,"
        "title=replylint policy/wall::found our policy\n");
}

TEST_CASE("github: properties and messages are escaped; multi-line hits have no columns") {
  FormatFixture f;
  const std::string out =
      f.print("github", {FormatFixture::named("in,box/a:b.txt", "It is 100% sorry\nto hear.")});
  CHECK(out ==
        "::error file=in%2Cbox/a%3Ab.txt,line=1,endLine=1,col=7,endColumn=11,"
        "title=replylint policy/wall::found 100%25\n"
        "::warning file=in%2Cbox/a%3Ab.txt,line=1,endLine=2,"
        "title=replylint sympathy/sorry::found sorry%0Ato hear\n");
}

TEST_CASE("github: at most 10 annotations per kind; the rest go to the log and are counted") {
  FormatFixture f;
  std::string text;
  for (int i = 0; i < 12; ++i) text += "sorry to hear.\n";
  for (int i = 0; i < 11; ++i) text += "valued customer.\n";
  text += "our policy.\n";
  const std::vector<std::string> lines = lines_of(f.print("github", text));
  std::map<std::string, int> kinds;
  std::vector<std::string> plain;
  for (const std::string& line : lines) {
    if (line.rfind("::", 0) == 0) {
      ++kinds[line.substr(0, line.find(' '))];
    } else {
      plain.push_back(line);
    }
  }
  CHECK(kinds["::warning"] == 10);
  CHECK(kinds["::error"] == 1);
  CHECK(kinds["::notice"] == 10);  // 9 findings + the closing count, which must stay visible
  REQUIRE(plain.size() == 4);
  CHECK(plain[0] == "macros/a.txt:11:1: warning: found sorry to hear [sympathy/sorry]");
  CHECK(plain[2] == "macros/a.txt:22:1: info: found valued customer [hollow/valued]");
  CHECK(lines.back() ==
        "::notice title=replylint::4 findings were not annotated (GitHub keeps 10 errors, 10 "
        "warnings and 10 notices per step): 0 error, 2 warning, 2 info; every finding is listed "
        "in this step's log");
}

TEST_CASE("github: ten notices fit when nothing else is left out") {
  FormatFixture f;
  std::string text;
  for (int i = 0; i < 10; ++i) text += "valued customer.\n";
  const std::vector<std::string> lines = lines_of(f.print("github", text));
  CHECK(lines.size() == 10);
  for (const std::string& line : lines) CHECK(line.rfind("::notice file=", 0) == 0);
}

TEST_CASE("github: the job summary tabulates the run and the lowest-scoring replies") {
  Summary summary;
  summary.files = 2;
  summary.replies = 3;
  summary.by_verdict = {1, 0, 2, 0};
  summary.by_severity = {1, 2, 0};
  summary.mean_score = 58.333;
  summary.min_score = 41;
  LowestReplies lowest;
  lowest.add({"b.txt:1", 70, Verdict::Empathetic, 0});
  lowest.add({"a|b.txt:4 [t-1]", 41, Verdict::Sympathetic, 2});
  lowest.add({"c.txt:1", 64, Verdict::Sympathetic, 1});
  const std::string md = github_step_summary(summary, lowest.replies());
  CHECK(md ==
        "### replylint\n\n"
        "| files | replies | mean score | lowest score | unreadable |\n"
        "|---:|---:|---:|---:|---:|\n"
        "| 2 | 3 | 58.3 | 41 | 0 |\n\n"
        "| verdict | replies |\n|---|---:|\n"
        "| empathetic | 1 |\n| neutral | 0 |\n| sympathetic | 2 |\n| dismissive | 0 |\n\n"
        "| severity | findings |\n|---|---:|\n"
        "| error | 0 |\n| warning | 2 |\n| info | 1 |\n\n"
        "#### Lowest scores\n\n"
        "| reply | score | verdict | findings |\n|---|---:|---|---:|\n"
        "| a\\|b.txt:4 \\[t-1\\] | 41 | sympathetic | 2 |\n"
        "| c.txt:1 | 64 | sympathetic | 1 |\n"
        "| b.txt:1 | 70 | empathetic | 0 |\n");
}

TEST_CASE("github: the lowest-replies table keeps the five lowest, first seen first") {
  LowestReplies lowest;
  for (int i = 0; i < 8; ++i) lowest.add({"r" + std::to_string(i), 50 + (i % 3), {}, 0});
  std::vector<std::string> kept;
  for (const SummaryReply& reply : lowest.replies()) kept.push_back(reply.location);
  CHECK(kept == std::vector<std::string>{"r0", "r3", "r6", "r1", "r4"});
}
