-- SPDX-License-Identifier: MIT
-- The VS Code, Helix and Emacs examples (examples/editors) name a command line and
-- initializationOptions; this reads each one out of its file, starts exactly that (with the
-- built binary for `replylint` and the test's rule pack added) as a Neovim LSP client, and
-- checks that it initializes without complaint and lints a buffer. Run by run.sh.
local bin = os.getenv('REPLYLINT_BIN')
local rules = os.getenv('REPLYLINT_RULES')
local examples = os.getenv('REPLYLINT_EXAMPLES')
local work = os.getenv('REPLYLINT_WORK')

local failures = 0
local function check(condition, what)
  if not condition then failures = failures + 1 end
  io.stderr:write((condition and 'ok: ' or 'FAIL: ') .. what .. '\n')
end

local function read(path)
  return table.concat(vim.fn.readfile(examples .. '/' .. path), '\n')
end

-- Each reader returns the command (a list) and the initializationOptions (a table).
local readers = {
  ['vscode/settings.json'] = function(text)
    local settings = vim.json.decode(text)
    local cmd = { settings['glspc.server.command'] }
    vim.list_extend(cmd, settings['glspc.server.commandArguments'] or {})
    return cmd, settings['glspc.server.initializationOptions']
  end,
  ['helix/languages.toml'] = function(text)
    local section = text:match('%[language%-server%.replylint%](.-)\n%[') or ''
    local cmd = { section:match('command%s*=%s*"([^"]+)"') }
    for arg in (section:match('args%s*=%s*%[(.-)%]') or ''):gmatch('"([^"]+)"') do
      table.insert(cmd, arg)
    end
    local options = {}
    for key, value in (section:match('config%s*=%s*{(.-)}') or ''):gmatch('([%w_]+)%s*=%s*"([^"]*)"') do
      options[key] = value
    end
    return cmd, options
  end,
  ['emacs/replylint-eglot.el'] = function(text)
    local contact = text:match('%. %((".-)%)%)') or ''
    local cmd = {}
    for word in (contact:match('^(.-):initializationOptions') or contact):gmatch('"([^"]+)"') do
      table.insert(cmd, word)
    end
    local options = {}
    for key, value in (contact:match(':initializationOptions%s*%((.-)$') or ''):gmatch(':([%w_]+)%s+"([^"]*)"') do
      options[key] = value
    end
    return cmd, options
  end,
}

local function try(path, reader)
  local cmd, options = reader(read(path))
  check(cmd[1] == 'replylint' and cmd[2] == 'lsp', path .. ' runs `replylint lsp` (' .. table.concat(cmd, ' ') .. ')')
  check(type(options) == 'table' and options.unit == 'file', path .. ' passes initializationOptions')
  cmd[1] = bin
  vim.list_extend(cmd, { '--no-default-rules', '--rules', rules })
  local messages = {}
  local file = work .. '/' .. path:gsub('/', '-') .. '.txt'
  vim.fn.writefile({ 'So sorry to hear that 😀' }, file)
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buffer = vim.api.nvim_get_current_buf()
  local id = vim.lsp.start_client({
    name = 'replylint-' .. path,
    cmd = cmd,
    root_dir = work,
    init_options = options,
    handlers = {
      ['window/showMessage'] = function(_, result) table.insert(messages, result.message) end,
    },
  })
  vim.lsp.buf_attach_client(buffer, id)
  local linted = vim.wait(10000, function()
    for _, d in ipairs(vim.diagnostic.get(buffer)) do
      if d.code == 'test/sorry-to-hear' then return true end
    end
    return false
  end, 20)
  check(linted, path .. ': diagnostics arrive')
  check(#messages == 0, path .. ': initializationOptions accepted (' .. table.concat(messages, '; ') .. ')')
  vim.lsp.stop_client(id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(id) == nil end, 20)
end

local ok, err = pcall(function()
  for path, reader in pairs(readers) do try(path, reader) end
end)
if not ok then
  failures = failures + 1
  io.stderr:write('FAIL: error: ' .. tostring(err) .. '\n')
end
io.stderr:write(failures == 0 and 'editor examples: all checks passed\n' or
  ('editor examples: ' .. failures .. ' failed\n'))
vim.cmd(failures == 0 and 'qall!' or 'cquit')
