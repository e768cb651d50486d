// SPDX-License-Identifier: MIT
#include "input_cli.hpp"

#include "replylint/glob.hpp"

namespace replylint {
namespace {

// A bad glob is a usage error before anything is walked (exit 2).
const CLI::Validator kGlob(
    [](std::string& glob) { return PathGlob(glob).valid() ? "" : "invalid glob: " + glob; },
    "GLOB");

}  // namespace

void add_input_options(CLI::App* app, InputOptions& input, WalkOptions& walk) {
  const std::string group = "Input";
  app->add_option_function<std::string>(
         "--input", [&input](const std::string& name) { input.format = parse_input_format(name); },
         "Input format (default: by extension; see docs/input-formats.md)")
      ->check(CLI::IsMember(input_format_names()))
      ->type_name("FORMAT")
      ->group(group);
  app->add_option("--agent", input.agent_pattern,
                  "transcript: RE2 pattern (case-insensitive) matching agent speaker labels "
                  "[default: " +
                      std::string(kDefaultAgentPattern) + "]")
      ->type_name("PATTERN")
      ->group(group);
  app->add_option("--text-field", input.text_field,
                  "jsonl/json/csv: field (dotted path) or column holding the reply "
                  "[default: first of text, body, content, message, reply]")
      ->type_name("FIELD")
      ->group(group);
  app->add_option("--role-field", input.role_field,
                  "jsonl/json/csv: field or column naming who wrote the record")
      ->type_name("FIELD")
      ->capture_default_str()
      ->group(group);
  app->add_option("--agent-role", input.agent_roles,
                  "jsonl/json/csv: role value, or json turn key, of the agent (repeatable)")
      ->type_name("ROLE")
      ->allow_extra_args(false)
      ->capture_default_str()
      ->group(group);
  app->add_option("--id-field", input.id_field,
                  "jsonl/json/csv: field or column carried to the output as the reply id")
      ->type_name("FIELD")
      ->capture_default_str()
      ->group(group);
  app->add_option("--turns-field", input.turns_field,
                  "json: path of the turns array in a conversation "
                  "[default: first of turns, messages, dialogContent]")
      ->type_name("FIELD")
      ->group(group);
  app->add_option("--reply-field", input.reply_fields,
                  "json: path of a conversation string that is an agent reply (repeatable)")
      ->type_name("FIELD")
      ->allow_extra_args(false)
      ->group(group);
  app->add_option("--include", walk.include,
                  "Folders: walk only files matching GLOB, whatever their extension (repeatable)")
      ->check(kGlob)
      ->type_name("GLOB")
      ->allow_extra_args(false)
      ->group(group);
  app->add_option("--exclude", walk.exclude,
                  "Folders: skip files and folders matching GLOB (repeatable; also read from "
                  ".replylintignore)")
      ->check(kGlob)
      ->type_name("GLOB")
      ->allow_extra_args(false)
      ->group(group);
}

}  // namespace replylint
