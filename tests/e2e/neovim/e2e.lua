-- End-to-end test with a real editor client: headless Neovim (0.7+) opens a
-- draft, waits for diagnostics, hovers a citation, applies a code action.
-- Exit status 0 = pass; any failure prints FAIL and exits 1.
-- Run: LSP_CMD=path/to/resolution-ls nvim --headless --clean -c "luafile e2e.lua" DRAFT
local function log(...) io.stdout:write(table.concat({ ... }, " ") .. "\n") end
local function fail(msg)
  log("FAIL: " .. msg)
  vim.cmd("cquit 1")
end

local file = vim.fn.argv(0)
vim.cmd("edit " .. file)
local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = "itu-resolution"
local cfg = {
  name = "resolution-ls",
  cmd = { os.getenv("LSP_CMD") or "resolution-ls" },
  root_dir = vim.fn.getcwd(),
}
local client_id
if vim.lsp.start then
  client_id = vim.lsp.start(cfg, { bufnr = buf })
else
  client_id = vim.lsp.start_client(cfg)
  vim.lsp.buf_attach_client(buf, client_id)
end
if not client_id then return fail("could not start the server") end

local function codes()
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    out[#out + 1] = code
  end
  return out
end
local function count(code)
  local n = 0
  for _, c in ipairs(codes()) do if c == code then n = n + 1 end end
  return n
end

-- 1. Diagnostics arrive, with the fused labels of 忆及.
if not vim.wait(15000, function() return count("RLS0105") > 0 end, 50) then
  return fail("no RLS0105 diagnostics within 15 s; got " .. vim.inspect(codes()))
end
local fused_before = count("RLS0105")
log("PASS diagnostics: " .. #vim.diagnostic.get(buf) .. " findings, " .. fused_before .. " fused labels")

-- 2. Hover over the citation WTDC第23号决议 shows the resolution's title.
local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
local hover_line, hover_col
for i, l in ipairs(lines) do
  local s = l:find("第23号决议", 1, true)
  if s and l:find("WTDC", 1, true) then
    hover_line = i - 1
    -- LSP columns are UTF-16: count the code units before the match, plus one character.
    hover_col = vim.str_utfindex(l, s - 1) + 1
    break
  end
end
if not hover_line then return fail("no WTDC第23号决议 in the draft") end
local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = hover_line, character = hover_col } }
local res = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, 10000)
local hover = res and res[client_id] and res[client_id].result
local value = hover and hover.contents and (hover.contents.value or hover.contents)
if type(value) ~= "string" or not value:find("国际互联网连接", 1, true) then
  return fail("hover did not show the title of WTDC Resolution 23: " .. vim.inspect(value))
end
log("PASS hover: " .. value:gsub("\n.*", ""))

-- 3. The reletter code action on 忆及 fixes it in one step.
local lk
for i, l in ipairs(lines) do if l:sub(1, 3) == "lk)" then lk = i - 1 end end
if not lk then return fail("no lk) line") end
local action_params = {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = { start = { line = lk, character = 0 }, ["end"] = { line = lk, character = 3 } },
  context = { diagnostics = {} },
}
res = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", action_params, 10000)
local actions = res and res[client_id] and res[client_id].result or {}
local chosen
for _, a in ipairs(actions) do
  if a.title and a.title:find("Reletter", 1, true) and a.title:find("忆及", 1, true) then chosen = a end
end
if not chosen then return fail("no 'Reletter 忆及' action among " .. #actions .. " actions") end
vim.lsp.util.apply_workspace_edit(chosen.edit, "utf-16")
local line_after = vim.api.nvim_buf_get_lines(buf, lk, lk + 1, false)[1]
if line_after:sub(1, 2) ~= "l)" then return fail("line " .. lk .. " is still " .. line_after:sub(1, 4)) end
if not vim.wait(15000, function() return count("RLS0105") == fused_before - 7 end, 50) then
  return fail("fused-label findings did not drop by 7 after relettering: " .. count("RLS0105"))
end
log("PASS code action: Reletter 忆及 applied; fused labels " .. fused_before .. " -> " .. count("RLS0105"))

vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
log("PASS")
vim.cmd("qall!")
