// Entry point of the VS Code extension for ITU resolution drafts. The
// language client starts when the first draft is opened (not when any .txt
// or .md file activates the extension), or when a command needs it.

import * as vscode from "vscode";
import { CatalogueDocuments, goToParallelClause, reletterDocument, showCatalogueEntry, statusMenu } from "./commands";
import { CATALOGUE_SCHEME, LANGUAGE_ID, WORD_SCHEME } from "./constants";
import { Ctx } from "./ctx";
import { runSelfTest } from "./selftest";
import { TextFiles } from "./textFiles";
import { WordDocuments, checkWordDocument, fixWordDocument } from "./word";

let ctx: Ctx | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const c = new Ctx(context);
  ctx = c;
  const catalogueDocs = new CatalogueDocuments();
  context.subscriptions.push(
    c,
    vscode.workspace.registerTextDocumentContentProvider(CATALOGUE_SCHEME, catalogueDocs),
    vscode.commands.registerCommand("resolutionLs.reletterDocument", () => reletterDocument(c)),
    vscode.commands.registerCommand("resolutionLs.showCatalogueEntry", () => showCatalogueEntry(c, catalogueDocs)),
    vscode.commands.registerCommand("resolutionLs.goToParallelClause", () => goToParallelClause(c)),
    vscode.commands.registerCommand("resolutionLs.restartServer", async () => {
      const client = await c.restart();
      if (client) {
        void vscode.window.setStatusBarMessage(`resolution-ls restarted: ${c.server?.version ?? ""}`, 4000);
      }
    }),
    vscode.commands.registerCommand("resolutionLs.useForThisFile", () => TextFiles.useForActiveFile()),
    vscode.commands.registerCommand("resolutionLs.showOutput", () => c.output.show()),
    vscode.workspace.registerTextDocumentContentProvider(WORD_SCHEME, new WordDocuments(c)),
    vscode.commands.registerCommand("resolutionLs.checkWordDocument", (uri?: vscode.Uri) => checkWordDocument(c, uri)),
    vscode.commands.registerCommand("resolutionLs.fixWordDocument", (uri?: vscode.Uri) => fixWordDocument(c, uri)),
    vscode.commands.registerCommand("resolutionLs.statusMenu", () => statusMenu(c)),
    new TextFiles(context),
  );

  const startFor = (doc: vscode.TextDocument) => {
    if (doc.languageId === LANGUAGE_ID && !c.client && c.state === "stopped") {
      void c.start();
    }
  };
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(startFor));
  vscode.workspace.textDocuments.forEach(startFor);

  const out = process.env.RESOLUTION_LS_E2E_OUT;
  const dir = process.env.RESOLUTION_LS_E2E_DIR;
  if (out && dir) {
    void runSelfTest(c, catalogueDocs, out, dir);
  }
}

export async function deactivate(): Promise<void> {
  await ctx?.stop();
}
