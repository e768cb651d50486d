-- SPDX-License-Identifier: MIT
-- The Vim ALE example (examples/editors/vim-ale) on real `replylint --format json` output: ALE
-- itself is replaced by a stub that records the linter definition, and the test runs the
-- defined command and handler the way ALE would. Run by run.sh; exits 0 on success.
local bin = os.getenv('REPLYLINT_BIN')
local rules = os.getenv('REPLYLINT_RULES')
local examples = os.getenv('REPLYLINT_EXAMPLES')
local work = os.getenv('REPLYLINT_WORK')
local stub = os.getenv('REPLYLINT_ALE_STUB')

local failures = 0
local function check(condition, what)
  if not condition then failures = failures + 1 end
  io.stderr:write((condition and 'ok: ' or 'FAIL: ') .. what .. '\n')
end

local function run()
  vim.opt.runtimepath:append(stub)
  vim.opt.runtimepath:append(examples .. '/vim-ale')
  vim.cmd('runtime! ale_linters/text/*.vim')
  local linters = vim.g.ale_stub_linters or {}
  check(#linters == 1 and linters[1][1] == 'text', 'the example defines one text linter')
  local linter = linters[1][2]
  check(linter.name == 'replylint', 'named replylint')

  local file = work .. '/macro.txt'
  vim.fn.writefile({ 'Hi 😀 I’m sorry to hear that.', '', 'Please calm down.' }, file)
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buffer = vim.api.nvim_get_current_buf()

  -- What ALE does: %e is the executable, %s the file name; the buffer goes to stdin. The test
  -- points the executable at the built binary and at its own rule pack.
  local command = linter.command
    :gsub('%%e', vim.fn.shellescape(bin) .. ' --no-default-rules --rules ' .. vim.fn.shellescape(rules))
    :gsub('%%s', vim.fn.shellescape(file))
  local output = vim.fn.systemlist(command, vim.api.nvim_buf_get_lines(buffer, 0, -1, false))
  check(vim.v.shell_error == 0, 'replylint exits 0 with --fail-on never')
  local items = vim.fn[linter.callback](buffer, output)

  local by_code = {}
  for _, item in ipairs(items) do by_code[item.code] = item end
  local sorry = by_code['test/sorry-to-hear'] or {}
  -- "Hi 😀 I’m " is 14 bytes: ALE's 1-based byte column 15, inclusive end 27.
  check(sorry.lnum == 1 and sorry.col == 15 and sorry.end_col == 27 and sorry.type == 'W',
    'sorry-to-hear at 1:15-27 W (got ' .. vim.inspect(sorry) .. ')')
  local calm = by_code['test/calm-down'] or {}
  check(calm.lnum == 3 and calm.col == 8 and calm.end_col == 16 and calm.type == 'E',
    'calm-down at 3:8-16 E')
  local score = by_code['score'] or {}
  check(score.lnum == 1 and score.type == 'I' and tostring(score.text):find('^score %d+/100') ~= nil,
    'score item on the reply line: ' .. tostring(score.text))
  check(#vim.fn[linter.callback](buffer, { 'not json' }) == 0, 'garbage output gives no items')
end

local ok, err = pcall(run)
if not ok then
  failures = failures + 1
  io.stderr:write('FAIL: error: ' .. tostring(err) .. '\n')
end
io.stderr:write(failures == 0 and 'ale example: all checks passed\n' or
  ('ale example: ' .. failures .. ' failed\n'))
vim.cmd(failures == 0 and 'qall!' or 'cquit')
