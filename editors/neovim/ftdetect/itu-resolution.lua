-- Loaded from the runtimepath: *.res / *.resolution, and .txt/.md drafts
-- that start with an ITU identity or conference line.
local ok, resolution_ls = pcall(require, "resolution_ls")
if ok and vim.filetype and vim.filetype.add then
  resolution_ls.add_filetypes()
end
