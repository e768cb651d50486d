-- SPDX-License-Identifier: MIT
-- replylint in Neovim (0.7 or later), through the built-in LSP client.
--
-- Copy this file to ~/.config/nvim/lua/replylint.lua and add to init.lua:
--   require('replylint').setup()
-- or, with options (every key optional):
--   require('replylint').setup({
--     cmd = { 'replylint', 'lsp', '--rules', 'team-rules.json' },
--     filetypes = { 'text', 'markdown' },
--     init_options = { rules = { 'more-rules/' }, unit = 'paragraph' },
--   })
-- Findings appear as diagnostics, the reply's score as an information diagnostic on its first
-- line; `K` (vim.lsp.buf.hover) explains a finding, and vim.lsp.buf.code_action() offers its
-- fixes and "Disable RULE for this line".
local M = {}

M.defaults = {
  cmd = { 'replylint', 'lsp' },
  filetypes = { 'text', 'markdown', 'html', 'liquid', 'jinja' },
  -- initializationOptions: rules (extra packs, relative to root_dir), noDefaultRules, unit.
  init_options = {},
  root_dir = nil, -- default: the current directory
}

local client_id = nil

local function attach(bufnr, opts)
  local config = {
    name = 'replylint',
    cmd = opts.cmd,
    root_dir = opts.root_dir or vim.fn.getcwd(),
    init_options = opts.init_options,
  }
  if vim.lsp.start then
    -- Neovim 0.8+: starts the server once and reuses it for every matching buffer.
    vim.lsp.start(config, { bufnr = bufnr })
    return
  end
  -- Neovim 0.7: start one client by hand and attach each buffer to it.
  if not client_id or not vim.lsp.get_client_by_id(client_id) then
    client_id = vim.lsp.start_client(config)
  end
  if client_id then
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
end

function M.setup(opts)
  opts = vim.tbl_deep_extend('force', M.defaults, opts or {})
  vim.api.nvim_create_autocmd('FileType', {
    group = vim.api.nvim_create_augroup('replylint', { clear = true }),
    pattern = opts.filetypes,
    callback = function(args)
      attach(args.buf, opts)
    end,
  })
end

return M
