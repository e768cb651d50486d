// SPDX-License-Identifier: MIT
#include "replylint/glob.hpp"

#include <catch2/catch.hpp>

using replylint::PathFilter;
using replylint::PathGlob;

TEST_CASE("a glob without a slash matches a name at any depth") {
  const PathGlob glob("*.md");
  CHECK(glob.matches("a.md", false));
  CHECK(glob.matches("billing/refunds/a.md", false));
  CHECK_FALSE(glob.matches("a.mdx", false));
  CHECK(PathGlob("drafts").matches("macros/drafts", true));
}

TEST_CASE("a glob with a slash is anchored at the walked folder") {
  CHECK(PathGlob("billing/*.md").matches("billing/a.md", false));
  CHECK_FALSE(PathGlob("billing/*.md").matches("old/billing/a.md", false));
  CHECK_FALSE(PathGlob("billing/*.md").matches("billing/x/a.md", false));
  CHECK(PathGlob("/top.txt").matches("top.txt", false));
  CHECK_FALSE(PathGlob("/top.txt").matches("sub/top.txt", false));
  CHECK(PathGlob("./billing/*.md").matches("billing/a.md", false));  // paths are normalised
}

TEST_CASE("double stars cross folders; classes, ? and escapes work") {
  CHECK(PathGlob("**/drafts/*.md").matches("drafts/a.md", false));
  CHECK(PathGlob("**/drafts/*.md").matches("x/y/drafts/a.md", false));
  CHECK(PathGlob("a/**/b.txt").matches("a/b.txt", false));
  CHECK(PathGlob("a/**/b.txt").matches("a/x/y/b.txt", false));
  CHECK(PathGlob("logs/**").matches("logs/2024/x.txt", false));
  CHECK(PathGlob("file-[0-9].txt").matches("file-7.txt", false));
  CHECK_FALSE(PathGlob("file-[!0-9].txt").matches("file-7.txt", false));
  CHECK(PathGlob("?.txt").matches("a.txt", false));
  CHECK_FALSE(PathGlob("?.txt").matches("ab.txt", false));
  CHECK(PathGlob("\\*.txt").matches("*.txt", false));
  CHECK_FALSE(PathGlob("\\*.txt").matches("a.txt", false));
}

TEST_CASE("a trailing slash matches folders only") {
  const PathGlob glob("archive/");
  CHECK(glob.matches("archive", true));
  CHECK(glob.matches("old/archive", true));
  CHECK_FALSE(glob.matches("archive", false));
}

TEST_CASE("invalid globs are reported as invalid") {
  CHECK_FALSE(PathGlob("[z-a].txt").valid());
  PathFilter filter;
  CHECK_FALSE(filter.add("[z-a].txt"));
  CHECK(filter.empty());
}

TEST_CASE("a filter lets the last matching pattern decide, as gitignore does") {
  PathFilter filter;
  filter.add_lines("# drafts are not sent\n*.draft.md\n!keep.draft.md\n\n  \narchive/\r\n");
  CHECK(filter.matches("a.draft.md", false));
  CHECK_FALSE(filter.matches("keep.draft.md", false));
  CHECK_FALSE(filter.matches("a.md", false));
  CHECK(filter.matches("x/archive", true));
  CHECK(filter.matches_file_or_parent("x/archive/old.md"));
  CHECK_FALSE(filter.matches_file_or_parent("x/current/old.md"));
}
