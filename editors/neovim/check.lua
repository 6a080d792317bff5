-- Headless check of this folder's Lua setup (not the project's Neovim e2e
-- test, which is tests/e2e/neovim): filetype detection, the client started
-- by require("resolution_ls").setup(), diagnostics, and, on Neovim 0.9+
-- with parser/resolution.so built, tree-sitter highlights and folds.
-- Run: LSP_CMD=target/release/resolution-ls DRAFT=x.res DRAFT_TXT=x.txt \
--        nvim --headless --clean -c "luafile editors/neovim/check.lua"
local here = vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h")
vim.opt.runtimepath:prepend(here)
vim.g.do_filetype_lua = 1 -- Neovim 0.7: use the Lua filetype detection
local passed, failed = 0, 0
local function out(s) io.stdout:write(s .. "\n") end
local function check(name, fn)
  local ok, detail = pcall(fn)
  if ok then passed = passed + 1; out("ok   " .. name .. (detail and (" — " .. detail) or ""))
  else failed = failed + 1; out("FAIL " .. name .. " — " .. tostring(detail)) end
end

local rls = require("resolution_ls")
rls.setup({ cmd = { os.getenv("LSP_CMD") or "resolution-ls" } })

check("a .txt draft gets filetype itu-resolution", function()
  vim.cmd("edit " .. os.getenv("DRAFT_TXT"))
  assert(vim.bo.filetype == "itu-resolution", "filetype " .. vim.bo.filetype)
  return vim.fn.expand("%:t")
end)
check("an ordinary .txt file does not", function()
  local f = vim.fn.tempname() .. ".txt"
  vim.fn.writefile({ "Meeting notes", "", "Agenda: budget (2026)." }, f)
  vim.cmd("edit " .. f)
  assert(vim.bo.filetype ~= "itu-resolution", "filetype " .. vim.bo.filetype)
  return vim.bo.filetype
end)
local buf
check("a .res draft: filetype, client, diagnostics", function()
  vim.cmd("edit " .. os.getenv("DRAFT"))
  buf = vim.api.nvim_get_current_buf()
  assert(vim.bo.filetype == "itu-resolution", "filetype " .. vim.bo.filetype)
  assert(vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 50), "no diagnostics within 15 s")
  local clients = (vim.lsp.get_clients or vim.lsp.get_active_clients)({ bufnr = buf })
  return ("%d diagnostics from %s"):format(#vim.diagnostic.get(buf), clients[1] and clients[1].name or "?")
end)
check(":ResolutionReletter relabels the document", function()
  local before = #vim.diagnostic.get(buf)
  vim.cmd("ResolutionReletter")
  assert(vim.wait(10000, function()
    for _, l in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
      if l:match("^bc%)") or l:match("^lk%)") then return false end
    end
    return true
  end, 50), "fused labels are still there")
  assert(vim.wait(10000, function() return #vim.diagnostic.get(buf) < before end, 50), "diagnostics did not drop")
  return ("diagnostics %d → %d"):format(before, #vim.diagnostic.get(buf))
end)
if vim.treesitter.start and vim.treesitter.get_captures_at_pos then
  check("tree-sitter: highlights and folds from grammar/queries", function()
    assert(#vim.api.nvim_get_runtime_file("parser/resolution.so", false) > 0, "run editors/neovim/build-parser.sh first")
    assert(rls.enable_treesitter(buf), "vim.treesitter.start failed")
    local heading
    for i, l in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
      if l == "忆及" then heading = i - 1 break end
    end
    local caps = vim.tbl_map(function(c) return c.capture end, vim.treesitter.get_captures_at_pos(buf, heading, 0))
    assert(vim.tbl_contains(caps, "keyword"), "captures at 忆及: " .. table.concat(caps, ","))
    local level = vim.treesitter.foldexpr(heading + 2)
    assert(level ~= "0" and level ~= 0, "no fold at the clauses of 忆及")
    return "忆及 is @keyword; fold level " .. tostring(level)
  end)
else
  out("skip tree-sitter check (Neovim " .. tostring(vim.version().minor) .. " has no vim.treesitter.start)")
end
for _, c in ipairs((vim.lsp.get_clients or vim.lsp.get_active_clients)()) do vim.lsp.stop_client(c.id) end
out(("%d passed, %d failed"):format(passed, failed))
vim.cmd(failed == 0 and "qall!" or "cquit 1")
