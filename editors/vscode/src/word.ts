// Word documents (.docx): "Check Word Document" opens a read-only view of the
// text the server reads from the document (a `resolution-docx:` document in
// the itu-resolution language, which the server analyses with the document's
// tracked changes: diagnostics and hovers as in any draft); "Write Fixed Copy
// of Word Document" asks the server for `name.fixed.docx`, every fix a
// tracked change. Both go through the server's `workspace/executeCommand`,
// so any LSP editor can do the same.

import * as vscode from "vscode";
import { ExecuteCommandRequest } from "vscode-languageclient/node";
import { LANGUAGE_ID, SERVER_WORD_FIX_COMMAND, SERVER_WORD_TEXT_COMMAND, WORD_SCHEME } from "./constants";
import type { Ctx } from "./ctx";

/** The text of `resolution-docx:` views, asked of the server each time they are read. */
export class WordDocuments implements vscode.TextDocumentContentProvider {
  constructor(private readonly ctx: Ctx) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const client = await this.ctx.start();
    if (!client) {
      return "";
    }
    const result = (await client.sendRequest(ExecuteCommandRequest.type, {
      command: SERVER_WORD_TEXT_COMMAND,
      arguments: [uri.toString()],
    })) as { text?: string } | null;
    return result?.text ?? "";
  }
}

/** The .docx a command is about: the one clicked in the explorer, the view in front, or one picked. */
async function wordFile(arg?: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (arg && /\.docx$/i.test(arg.path)) {
    return arg.with({ scheme: "file" });
  }
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active?.scheme === WORD_SCHEME) {
    return vscode.Uri.file(active.path);
  }
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    filters: { "Word documents": ["docx"] },
    openLabel: "Check",
  });
  return picked?.[0];
}

/** Opens the view of a Word document's text beside nothing else; returns it. */
export async function checkWordDocument(ctx: Ctx, arg?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const file = await wordFile(arg);
  if (!file) {
    return undefined;
  }
  if (!(await ctx.start())) {
    return undefined;
  }
  const view = vscode.Uri.from({ scheme: WORD_SCHEME, path: file.path });
  let doc = await vscode.workspace.openTextDocument(view);
  if (doc.languageId !== LANGUAGE_ID) {
    doc = await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  }
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Writes `name.fixed.docx` through the server; returns its path, if one was written. */
export async function fixWordDocument(ctx: Ctx, arg?: vscode.Uri): Promise<string | undefined> {
  const file = await wordFile(arg);
  if (!file) {
    return undefined;
  }
  const client = await ctx.start();
  if (!client) {
    return undefined;
  }
  try {
    const result = (await client.sendRequest(ExecuteCommandRequest.type, {
      command: SERVER_WORD_FIX_COMMAND,
      arguments: [file.toString()],
    })) as { path?: string | null; applied?: unknown[]; skipped?: { title: string; reason: string }[] } | null;
    const skipped = result?.skipped ?? [];
    const notes = skipped.map((s) => `${s.title}: ${s.reason}`).join("; ");
    if (!result?.path) {
      void vscode.window.showInformationMessage(
        `Nothing written: no fix to make in ${vscode.workspace.asRelativePath(file)}${notes ? ` (${notes})` : ""}.`,
      );
      return undefined;
    }
    void vscode.window.showInformationMessage(
      `Wrote ${vscode.workspace.asRelativePath(result.path)}: ${result.applied?.length ?? 0} fix(es) as tracked changes to accept or reject in Word${notes ? `; not written: ${notes}` : ""}.`,
    );
    return result.path;
  } catch (e) {
    void vscode.window.showErrorMessage(`resolution-ls: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
}
