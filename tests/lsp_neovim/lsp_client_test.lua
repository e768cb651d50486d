-- SPDX-License-Identifier: MIT
-- Headless Neovim as a real LSP client of `replylint lsp`, attached through the shipped example
-- (examples/editors/neovim/replylint.lua). Run by run.sh; exits 0 on success, 1 on failure.
local bin = os.getenv('REPLYLINT_BIN')
local rules = os.getenv('REPLYLINT_RULES')
local examples = os.getenv('REPLYLINT_EXAMPLES')
local work = os.getenv('REPLYLINT_WORK')

local failures = 0
local function check(condition, what)
  if not condition then
    failures = failures + 1
    io.stderr:write('FAIL: ' .. what .. '\n')
  else
    io.stderr:write('ok: ' .. what .. '\n')
  end
end

-- The diagnostics Neovim holds for `rule` in buffer 0 (0-based lnum, byte columns).
local function diagnostics_of(rule)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    if d.code == rule or (d.user_data and d.user_data.lsp and d.user_data.lsp.code == rule) then
      table.insert(out, d)
    end
  end
  table.sort(out, function(a, b)
    return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col)
  end)
  return out
end

local function wait_for(what, predicate)
  local ok = vim.wait(10000, predicate, 20)
  check(ok, 'in time: ' .. what)
  return ok
end

local function run()
  package.path = examples .. '/neovim/?.lua;' .. package.path
  require('replylint').setup({
    cmd = { bin, 'lsp', '--no-default-rules', '--rules', rules },
    filetypes = { 'text' },
    root_dir = work,
  })

  -- "Hi 😀 I’m " is 14 bytes but 10 UTF-16 units: Neovim converts the server's UTF-16
  -- columns back to bytes, so any unit mix-up shows as a wrong byte column here.
  local file = work .. '/reply.txt'
  vim.fn.writefile({ 'Hi 😀 I’m sorry to hear that.', 'I will look into it.' }, file)
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  check(vim.bo.filetype == 'text', 'filetype text triggers the example autocmd')

  wait_for('first diagnostics', function()
    return #diagnostics_of('test/sorry-to-hear') == 1
  end)
  local sorry = diagnostics_of('test/sorry-to-hear')[1] or {}
  check(sorry.lnum == 0 and sorry.col == 14 and sorry.end_col == 27,
    'sorry-to-hear at byte 14..27 after the emoji and curly quote (got ' ..
    tostring(sorry.lnum) .. ':' .. tostring(sorry.col) .. '-' .. tostring(sorry.end_col) .. ')')
  check(sorry.severity == vim.diagnostic.severity.WARN, 'warning severity')
  check(sorry.source == 'replylint', 'source replylint')
  local score = diagnostics_of('score')[1] or {}
  check(score.lnum == 0 and score.severity == vim.diagnostic.severity.INFO and
    tostring(score.message):find('^score %d+/100 sympathetic') ~= nil,
    'score as an information diagnostic on the first line: ' .. tostring(score.message))

  -- Incremental edits: insert before the emoji, and add a line with two emoji.
  vim.api.nvim_buf_set_text(0, 0, 3, 0, 3, { 'calm down, ' })
  vim.api.nvim_buf_set_lines(0, 2, 2, false, { '😀😀 please calm down' })
  wait_for('diagnostics after the edits', function()
    return #diagnostics_of('test/calm-down') == 2
  end)
  local calm = diagnostics_of('test/calm-down')
  check(calm[1] and calm[1].lnum == 0 and calm[1].col == 3 and calm[1].end_col == 12,
    'calm-down inserted before the emoji at 0:3-12')
  check(calm[2] and calm[2].lnum == 2 and calm[2].col == 16 and calm[2].end_col == 25,
    'calm-down after two emoji at 2:16-25')
  sorry = diagnostics_of('test/sorry-to-hear')[1] or {}
  check(sorry.lnum == 0 and sorry.col == 25 and sorry.end_col == 38,
    'sorry-to-hear moved to byte 25..38')

  -- Hover on the finding.
  local position = { line = 0, character = 23 } -- UTF-16: inside "sorry" (it starts at 21)
  local params = { textDocument = vim.lsp.util.make_text_document_params(), position = position }
  local hover = vim.lsp.buf_request_sync(0, 'textDocument/hover', params, 5000) or {}
  local hover_text = ''
  for _, response in pairs(hover) do
    if response.result then hover_text = response.result.contents.value end
  end
  check(hover_text:find('test/sorry-to-hear', 1, true) ~= nil, 'hover names the rule')
  check(hover_text:find('weight -10', 1, true) ~= nil, 'hover gives the score contribution')

  -- Code actions: apply the replacement and watch the finding go.
  local action_params = {
    textDocument = vim.lsp.util.make_text_document_params(),
    range = { start = position, ['end'] = position },
    context = { diagnostics = {} },
  }
  local responses = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', action_params, 5000) or {}
  local titles, replace = {}, nil
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      table.insert(titles, action.title)
      if action.title:find('^Replace') then replace = action end
    end
  end
  check(vim.tbl_contains(titles, 'Disable test/sorry-to-hear for this line'),
    'code action: disable for this line (' .. table.concat(titles, '; ') .. ')')
  check(replace ~= nil, 'code action: replacement')
  if replace then
    vim.lsp.util.apply_workspace_edit(replace.edit, 'utf-16')
    local line = vim.api.nvim_buf_get_lines(0, 0, 1, false)[1]
    check(line == 'Hi calm down, 😀 I’m I can see how frustrating this is that.',
      'replacement applied at the right place: ' .. line)
    wait_for('the replaced finding to go', function()
      return #diagnostics_of('test/sorry-to-hear') == 0
    end)
  end

  -- Shut down: the client sends shutdown and exit; the server must end.
  local clients = vim.lsp.get_active_clients()
  check(#clients == 1, 'one replylint client')
  if clients[1] then
    clients[1].stop()
    wait_for('the server to stop', function()
      return clients[1].is_stopped()
    end)
  end
end

local ok, err = pcall(run)
if not ok then
  failures = failures + 1
  io.stderr:write('FAIL: error: ' .. tostring(err) .. '\n')
end
io.stderr:write(failures == 0 and 'neovim client: all checks passed\n' or
  ('neovim client: ' .. failures .. ' failed\n'))
vim.cmd(failures == 0 and 'qall!' or 'cquit')
