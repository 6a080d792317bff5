-- Neovim 0.11+: put editors/neovim on the runtimepath, then
--   vim.lsp.enable("resolution_ls")
-- and add the filetype (or call require("resolution_ls").add_filetypes()):
--   vim.filetype.add({ extension = { res = "itu-resolution", resolution = "itu-resolution" } })
return {
  cmd = { "resolution-ls" },
  filetypes = { "itu-resolution" },
  root_markers = { ".git", "resolution-catalogue.tsv" },
  -- Sent as initializationOptions; keys: severity, catalogue, filePatterns,
  -- officialTexts (folders of Final Acts the catalogue learns from), cacheDirectory.
  -- (Leave it out rather than empty: an empty Lua table is sent as a JSON array.)
  -- init_options = { severity = { RLS0402 = "off" } },
}
