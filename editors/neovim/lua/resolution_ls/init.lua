-- resolution-ls for Neovim 0.8+: filetype detection, the language server,
-- and (optionally) the tree-sitter parser and queries of grammar/.
--
--   vim.opt.runtimepath:append("/path/to/resolution-ls/editors/neovim")
--   require("resolution_ls").setup({
--     cmd = { "resolution-ls" },                       -- default
--     settings = { severity = { RLS0402 = "off" } },   -- sent as initializationOptions
--   })
--
-- With nvim-lspconfig installed, setup() also registers `resolution_ls` with
-- it, so `require("lspconfig").resolution_ls.setup({})` works as for any
-- other server. On Neovim 0.11+, `vim.lsp.enable("resolution_ls")` with
-- editors/neovim/lsp/resolution_ls.lua on the runtimepath is enough.
local M = {}

M.filetype = "itu-resolution"

-- The same first-line test as the VS Code extension's `firstLine`, in Lua
-- patterns (one per form: Lua patterns have no alternation, and a
-- full-width character cannot go inside a [set], which is byte-wise).
local first_line_patterns = {
  "^%s*RESOLUTION%s+%d+",
  "^%s*Resolution%s+%d+%s*%(",
  "^%s*DECISION%s+%d+",
  "^%s*%u%u%u%s+%S+%s+RESOLUTION%s+%d+", -- MOD EUR/XX/1 RESOLUTION 28 (REV.WRC-15)
  "^%s*%S-第%s*%d+号决议%s*（",
  "^%s*%S-第%s*%d+号决议%s*%(",
  "^%s*%S-第%s*%d+号决议%s*$",
  "^%s*%S-第%s*%d+号决定%s*（",
  "^%s*%S-大会%s*（%s*%d%d%d%d%s*年",
  "^%s*%S-大会%s*%(%s*%d%d%d%d%s*年",
  "^%s*%S-全会%s*（%s*%d%d%d%d%s*年",
  "^%s*%S-论坛%s*（%s*%d%d%d%d%s*年",
  "^%s*The%s.*Conference.*%(.*%d%d%d%d%)%s*,?%s*$",
  "^%s*The%s.*Assembly.*%(.*%d%d%d%d%)%s*,?%s*$",
}

--- True when one of the first non-blank lines of a buffer is an ITU
--- identity or conference line.
function M.looks_like_resolution(bufnr)
  local seen = 0
  for _, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, 40, false)) do
    line = line:gsub("^\239\187\191", "") -- UTF-8 BOM
    if line:find("%S") then
      seen = seen + 1
      for _, p in ipairs(first_line_patterns) do
        if line:find(p) then return true end
      end
      if seen >= 12 then return false end
    end
  end
  return false
end

--- Filetype detection: *.res and *.resolution (Neovim maps *.res to
--- rescript by default; this overrides it), and .txt/.md files whose first
--- lines look like a draft (an autocommand, so that it works on every version).
function M.add_filetypes(opts)
  opts = opts or {}
  if vim.filetype and vim.filetype.add then
    vim.filetype.add({ extension = { res = M.filetype, resolution = M.filetype } })
  end
  local group = vim.api.nvim_create_augroup("resolution_ls_detect", { clear = true })
  vim.api.nvim_create_autocmd({ "BufRead", "BufNewFile" }, {
    group = group,
    pattern = { "*.res", "*.resolution" },
    callback = function(args)
      if vim.bo[args.buf].filetype ~= M.filetype then vim.bo[args.buf].filetype = M.filetype end
    end,
  })
  if opts.detect_text_files ~= false then
    vim.api.nvim_create_autocmd("BufRead", {
      group = group,
      pattern = { "*.txt", "*.md" },
      callback = function(args)
        if M.looks_like_resolution(args.buf) then vim.bo[args.buf].filetype = M.filetype end
      end,
    })
  end
end

M.default_config = {
  name = "resolution_ls",
  cmd = { "resolution-ls" },
  filetypes = { "itu-resolution" },
  root_markers = { ".git", "resolution-catalogue.tsv" },
  settings = {},
}

local function root_dir(bufnr, markers)
  local path = vim.api.nvim_buf_get_name(bufnr)
  local found = vim.fs and vim.fs.find and vim.fs.find(markers, { upward = true, path = vim.fs.dirname(path) })[1]
  return found and vim.fs.dirname(found) or vim.fn.fnamemodify(path, ":p:h")
end

--- Starts (or reuses) the client for a buffer. Returns the client id.
function M.start(bufnr, config)
  config = vim.tbl_deep_extend("force", M.default_config, config or {})
  local settings = config.settings or {}
  if next(settings) == nil then
    settings = vim.empty_dict() -- `{}` would be sent as a JSON array
  end
  local client_config = {
    name = config.name,
    cmd = config.cmd,
    root_dir = root_dir(bufnr, config.root_markers),
    init_options = settings,
    -- The server also accepts the settings under `resolutionLs` in
    -- workspace/didChangeConfiguration, like VS Code sends them.
    settings = { resolutionLs = settings },
    on_attach = config.on_attach,
    capabilities = config.capabilities,
  }
  if vim.lsp.start then
    return vim.lsp.start(client_config, { bufnr = bufnr })
  end
  -- Neovim 0.7: no vim.lsp.start.
  local id = vim.lsp.start_client(client_config)
  if id then vim.lsp.buf_attach_client(bufnr, id) end
  return id
end

--- Registers the parser of grammar/ for this filetype when it is installed
--- (see editors/README.md: parser/resolution.so and queries/resolution/).
function M.enable_treesitter(bufnr)
  if not (vim.treesitter and vim.treesitter.language and vim.treesitter.start) then return false end
  if vim.treesitter.language.register then
    vim.treesitter.language.register("resolution", M.filetype)
  end
  local ok = pcall(vim.treesitter.start, bufnr, "resolution")
  if ok then
    vim.wo.foldmethod = "expr"
    vim.wo.foldexpr = "v:lua.vim.treesitter.foldexpr()"
    vim.wo.foldlevel = 99
  end
  return ok
end

local function register_with_lspconfig(config)
  local ok, configs = pcall(require, "lspconfig.configs")
  if not ok or configs.resolution_ls then return end
  local util = require("lspconfig.util")
  configs.resolution_ls = {
    default_config = {
      cmd = config.cmd,
      filetypes = config.filetypes,
      root_dir = util.root_pattern(unpack(config.root_markers)),
      init_options = next(config.settings) and config.settings or vim.empty_dict(),
      settings = { resolutionLs = next(config.settings) and config.settings or vim.empty_dict() },
      single_file_support = true,
    },
    docs = { description = "resolution-ls: checks drafts of ITU resolutions (English and Chinese)." },
  }
end

--- setup({ cmd, settings, on_attach, capabilities, detect_text_files, treesitter, autostart })
function M.setup(opts)
  opts = opts or {}
  local config = vim.tbl_deep_extend("force", M.default_config, opts)
  M.add_filetypes(opts)
  register_with_lspconfig(config)
  local group = vim.api.nvim_create_augroup("resolution_ls", { clear = true })
  vim.api.nvim_create_autocmd("FileType", {
    group = group,
    pattern = M.filetype,
    callback = function(args)
      vim.bo[args.buf].textwidth = 0
      vim.wo.wrap = true
      if opts.treesitter ~= false then M.enable_treesitter(args.buf) end
      if opts.autostart ~= false then M.start(args.buf, config) end
    end,
  })
  vim.api.nvim_create_user_command("ResolutionReletter", function()
    local bufnr = vim.api.nvim_get_current_buf()
    local params = { command = "resolution-ls.reletterDocument", arguments = { vim.uri_from_bufnr(bufnr) } }
    vim.lsp.buf_request(bufnr, "workspace/executeCommand", params, function(err, result)
      if err then
        vim.notify("resolution-ls: " .. err.message, vim.log.levels.ERROR)
      elseif result and result.changed == false then
        vim.notify("Nothing to reletter: every label already follows its sequence.")
      end
    end)
  end, { desc = "Reletter every section of the draft (resolution-ls)" })
  vim.api.nvim_create_user_command("ResolutionCheckAsDraft", function()
    vim.bo.filetype = M.filetype
  end, { desc = "Check this buffer as an ITU resolution" })
end

return M
