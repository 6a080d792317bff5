-- End-to-end test with a real editor client: headless Neovim (0.7+) opens a
-- draft, waits for diagnostics, hovers a citation, asks for the outline and
-- completions, applies the reletter code action and sees the diagnostics
-- follow, then stops the server.
-- Each check prints "ok <what>" or "FAIL <what>: <why>"; any failure exits 1.
-- Run: LSP_CMD=path/to/resolution-ls E2E_CASE=zh|en \
--      nvim --headless --clean -c "luafile e2e.lua" DRAFT
local function log(...) io.stdout:write(table.concat({ ... }, " ") .. "\n") end
local function ok(what) log("ok   " .. what) end
local function fail(what, why)
  log("FAIL " .. what .. ": " .. why)
  vim.cmd("cquit 1")
end

-- What each case expects of its draft.
local cases = {
  zh = {
    citation = { "WTDC", "第23号决议" },
    title = "国际互联网连接",
    first_section = "忆及",
    heading = "做出决议",
    action_line = "lk)",
    action_title = { "重新编号", "忆及" },
    relettered = "l)",
    fused_drop = 7,
  },
  en = {
    citation = { "WTDC", "Resolution 23" },
    title = "Internet access",
    first_section = "recalling",
    heading = "resolves",
    action_line = "bc)",
    action_title = { "Reletter", "recalling" },
    relettered = "c)",
    fused_drop = 2,
  },
}
local case = cases[os.getenv("E2E_CASE") or "zh"]
if not case then return fail("setup", "unknown E2E_CASE " .. tostring(os.getenv("E2E_CASE"))) end

vim.cmd("edit " .. vim.fn.argv(0))
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
else -- Neovim 0.7
  client_id = vim.lsp.start_client(cfg)
  vim.lsp.buf_attach_client(buf, client_id)
end
if not client_id then return fail("start", "could not start the server") end

local function count(code)
  local n = 0
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local c = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    if c == code then n = n + 1 end
  end
  return n
end
local function request(method, params)
  local res = vim.lsp.buf_request_sync(buf, method, params, 10000)
  local r = res and res[client_id]
  if r and r.err then return nil, vim.inspect(r.err) end
  return r and r.result, "no result"
end
local uri = vim.uri_from_bufnr(buf)
local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
local function find_line(pred)
  for i, l in ipairs(lines) do if pred(l) then return i - 1, l end end
end

-- 1. Diagnostics arrive, with the fused labels.
if not vim.wait(15000, function() return count("RLS0105") > 0 end, 50) then
  return fail("diagnostics", "no RLS0105 within 15 s; got " .. #vim.diagnostic.get(buf) .. " diagnostics")
end
local fused_before = count("RLS0105")
ok("diagnostics: " .. #vim.diagnostic.get(buf) .. " findings, " .. fused_before .. " fused labels")

-- 2. Hover over the citation shows the cited resolution's title.
local hover_line, text = find_line(function(l)
  return l:find(case.citation[1], 1, true) and l:find(case.citation[2], 1, true)
end)
if not hover_line then return fail("hover", "no " .. table.concat(case.citation, " ") .. " in the draft") end
local s = text:find(case.citation[2], 1, true)
-- LSP columns are UTF-16 (Neovim 0.7 offers nothing else): count code units.
local col = vim.str_utfindex(text, s - 1) + 2
local hover, why = request("textDocument/hover", { textDocument = { uri = uri }, position = { line = hover_line, character = col } })
local value = hover and hover.contents and (hover.contents.value or hover.contents)
if type(value) ~= "string" or not value:find(case.title, 1, true) then
  return fail("hover", "no title in " .. vim.inspect(value or why))
end
ok("hover: " .. value:gsub("\n.*", ""))

-- 3. The outline lists the sections.
local symbols, why2 = request("textDocument/documentSymbol", { textDocument = { uri = uri } })
local first = symbols and symbols[1] and symbols[1].children and symbols[1].children[1]
if not first or first.name ~= case.first_section then
  return fail("document symbols", "first section is " .. vim.inspect(first and first.name or why2))
end
ok("document symbols: " .. #symbols[1].children .. " sections, the first " .. first.name)

-- 4. Completion on a new last line offers the headings of the draft's language
-- (typing the line reaches the server as an incremental didChange first).
vim.api.nvim_buf_set_lines(buf, -1, -1, false, { "" })
local last = vim.api.nvim_buf_line_count(buf) - 1
local items = request("textDocument/completion", { textDocument = { uri = uri }, position = { line = last, character = 0 } })
items = items and (items.items or items) or {}
local has_heading = false
for _, item in ipairs(items) do if item.label == case.heading then has_heading = true end end
if not has_heading then return fail("completion", "no " .. case.heading .. " among " .. #items .. " items") end
ok("completion: " .. case.heading .. " among " .. #items .. " items")

-- 5. The reletter code action fixes the section in one step; the server,
-- told of the edit by an incremental didChange, drops the findings.
local action_line = find_line(function(l) return l:sub(1, #case.action_line) == case.action_line end)
if not action_line then return fail("code action", "no " .. case.action_line .. " line") end
local actions = request("textDocument/codeAction", {
  textDocument = { uri = uri },
  range = { start = { line = action_line, character = 0 }, ["end"] = { line = action_line, character = #case.action_line } },
  context = { diagnostics = {} },
}) or {}
local chosen
for _, a in ipairs(actions) do
  local t = a.title or ""
  if t:find(case.action_title[1], 1, true) and t:find(case.action_title[2], 1, true) then chosen = a end
end
if not chosen then return fail("code action", "no '" .. table.concat(case.action_title, " ") .. "' among " .. #actions .. " actions") end
vim.lsp.util.apply_workspace_edit(chosen.edit, "utf-16")
local after = vim.api.nvim_buf_get_lines(buf, action_line, action_line + 1, false)[1]
if after:sub(1, #case.relettered) ~= case.relettered then
  return fail("code action", "line " .. action_line .. " is still " .. after:sub(1, 4))
end
if not vim.wait(15000, function() return count("RLS0105") == fused_before - case.fused_drop end, 50) then
  return fail("code action", "fused labels did not drop by " .. case.fused_drop .. ": " .. count("RLS0105"))
end
ok("code action: " .. chosen.title .. " applied; fused labels " .. fused_before .. " -> " .. count("RLS0105"))

-- 6. Stopping the client shuts the server down.
vim.lsp.stop_client(client_id)
if not vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50) then
  return fail("shutdown", "the client did not stop within 5 s")
end
ok("shutdown")
vim.cmd("qall!")
