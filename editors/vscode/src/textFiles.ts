// `.txt` and `.md` drafts: VS Code gives them to plain text / Markdown by
// their extension (a `firstLine` pattern only decides for files no extension
// claims), so the extension switches them itself, according to the
// `resolutionLs.textFiles` setting.

import * as vscode from "vscode";
import { LANGUAGE_ID } from "./constants";
import { textFilesMode } from "./config";

const TEXT_LANGUAGES = new Set(["plaintext", "markdown"]);
const TEXT_EXTENSIONS = /\.(txt|md|markdown)$/i;
/** How far into a file the identity or conference line is looked for. */
const LINES_LOOKED_AT = 12;

let firstLinePattern: RegExp | undefined;

/** The `firstLine` pattern of the language contribution in package.json. */
export function firstLine(context: vscode.ExtensionContext): RegExp {
  if (!firstLinePattern) {
    const languages = context.extension.packageJSON?.contributes?.languages ?? [];
    const ours = languages.find((l: { id: string }) => l.id === LANGUAGE_ID);
    firstLinePattern = new RegExp(ours?.firstLine ?? "^$");
  }
  return firstLinePattern;
}

/** True when one of the first non-empty lines is an ITU identity or conference line. */
export function looksLikeResolution(context: vscode.ExtensionContext, doc: vscode.TextDocument): boolean {
  const pattern = firstLine(context);
  let seen = 0;
  for (let i = 0; i < doc.lineCount && seen < LINES_LOOKED_AT; i++) {
    const text = doc.lineAt(i).text;
    if (text.trim().length === 0) {
      continue;
    }
    seen++;
    // A Markdown copy may mark the line as a heading or bold it.
    const bare = text.replace(/^\s*(?:#{1,6}\s+|>\s*)?(?:\*\*|__)?/, "");
    if (pattern.test(text) || pattern.test(bare)) {
      return true;
    }
  }
  return false;
}

export class TextFiles implements vscode.Disposable {
  /** Documents switched once: if the user switches one back, it stays so. */
  private readonly switched = new Set<string>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly context: vscode.ExtensionContext) {
    this.subscriptions.push(vscode.workspace.onDidOpenTextDocument((doc) => void this.consider(doc)));
    for (const doc of vscode.workspace.textDocuments) {
      void this.consider(doc);
    }
  }

  private async consider(doc: vscode.TextDocument): Promise<void> {
    if (!TEXT_LANGUAGES.has(doc.languageId) || doc.uri.scheme !== "file" || !TEXT_EXTENSIONS.test(doc.uri.path)) {
      return;
    }
    const key = doc.uri.toString();
    if (this.switched.has(key)) {
      return;
    }
    const mode = textFilesMode();
    if (mode === "never" || (mode === "detect" && !looksLikeResolution(this.context, doc))) {
      return;
    }
    this.switched.add(key);
    await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  }

  /** The command: check the active file as a resolution, whatever its name. */
  static async useForActiveFile(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage("Open a draft first: there is no active editor.");
      return;
    }
    if (editor.document.languageId !== LANGUAGE_ID) {
      await vscode.languages.setTextDocumentLanguage(editor.document, LANGUAGE_ID);
    }
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }
}
