// The extension's commands. Each one works on the active editor and says in
// words what happened when nothing visible does.

import * as vscode from "vscode";
import {
  ExecuteCommandRequest,
  HoverRequest,
  type Hover,
  type Location,
  type MarkupContent,
} from "vscode-languageclient/node";
import { CATALOGUE_SCHEME, LANGUAGE_ID, SERVER_PARALLEL_COMMAND, SERVER_RELETTER_COMMAND } from "./constants";
import type { Ctx } from "./ctx";

function activeDraft(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage(
      "Open an ITU resolution draft first (a .res or .resolution file, or run “ITU Resolution: Check This File as an ITU Resolution”).",
    );
    return undefined;
  }
  return editor;
}

/** Reletters every section of the active draft (and the references to its clauses). */
export async function reletterDocument(ctx: Ctx): Promise<boolean> {
  const editor = activeDraft();
  if (!editor) {
    return false;
  }
  const client = await ctx.start();
  if (!client) {
    return false;
  }
  const doc = editor.document;
  const commands = client.initializeResult?.capabilities.executeCommandProvider?.commands ?? [];
  if (commands.includes(SERVER_RELETTER_COMMAND)) {
    // The server answers with `workspace/applyEdit`, which the client applies.
    const result = (await client.sendRequest(ExecuteCommandRequest.type, {
      command: SERVER_RELETTER_COMMAND,
      arguments: [client.code2ProtocolConverter.asUri(doc.uri)],
    })) as { changed?: boolean } | null;
    if (result && result.changed === false) {
      void vscode.window.showInformationMessage("Nothing to reletter: every label already follows its sequence.");
      return false;
    }
    return true;
  }
  // A server without the command: use its whole-document code action.
  const all = new vscode.Range(0, 0, doc.lineCount, 0);
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", doc.uri, all)) ?? [];
  const whole = actions.find((a) => /^Reletter (the whole|every) document/.test(a.title));
  if (!whole?.edit) {
    void vscode.window.showInformationMessage("Nothing to reletter: the server offers no reletter fix for this document.");
    return false;
  }
  return vscode.workspace.applyEdit(whole.edit);
}

/**
 * Goes to the clause under the cursor in the draft's other language
 * versions (`…-E.txt` / `…-F.txt`, the same identity line, or a `parallel`
 * group of resolution-ls.toml): opens it when there is one, peeks at them
 * when there are several. Returns how many were found.
 */
export async function goToParallelClause(ctx: Ctx): Promise<number> {
  const editor = activeDraft();
  if (!editor) {
    return 0;
  }
  const client = await ctx.start();
  if (!client) {
    return 0;
  }
  const position = editor.selection.active;
  const found = ((await client.sendRequest(ExecuteCommandRequest.type, {
    command: SERVER_PARALLEL_COMMAND,
    arguments: [
      client.code2ProtocolConverter.asUri(editor.document.uri),
      client.code2ProtocolConverter.asPosition(position),
    ],
  })) ?? []) as Location[];
  if (found.length === 0) {
    void vscode.window.showInformationMessage(
      "No parallel clause: put the cursor on a clause or heading of a draft whose other language version is in the workspace (named …-E / …-F…, with the same identity line, or paired in resolution-ls.toml).",
    );
    return 0;
  }
  const locations = found.map((l) => client.protocol2CodeConverter.asLocation(l));
  if (locations.length === 1) {
    const target = await vscode.window.showTextDocument(locations[0].uri, {
      selection: locations[0].range,
      viewColumn: vscode.ViewColumn.Beside,
    });
    target.revealRange(locations[0].range, vscode.TextEditorRevealType.InCenter);
  } else {
    await vscode.commands.executeCommand(
      "editor.action.goToLocations",
      editor.document.uri,
      position,
      locations,
      "peek",
      "No parallel clause",
    );
  }
  return locations.length;
}

function markdownOf(hover: Hover): string {
  const parts = Array.isArray(hover.contents) ? hover.contents : [hover.contents];
  return parts
    .map((p) => {
      if (typeof p === "string") {
        return p;
      }
      if ("kind" in p) {
        return (p as MarkupContent).value;
      }
      return "```" + p.language + "\n" + p.value + "\n```";
    })
    .join("\n\n---\n\n");
}

/** Read-only documents showing a catalogue entry. */
export class CatalogueDocuments implements vscode.TextDocumentContentProvider {
  private readonly contents = new Map<string, string>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? "";
  }

  set(uri: vscode.Uri, text: string): void {
    this.contents.set(uri.toString(), text);
    this.emitter.fire(uri);
  }
}

/**
 * Shows what the server knows about the citation under the cursor (the same
 * catalogue entry as its hover) in a read-only Markdown document beside the
 * draft, where it can be read at length and copied. Returns the text shown.
 */
export async function showCatalogueEntry(ctx: Ctx, docs: CatalogueDocuments): Promise<string | undefined> {
  const editor = activeDraft();
  if (!editor) {
    return undefined;
  }
  const client = await ctx.start();
  if (!client) {
    return undefined;
  }
  const position = editor.selection.active;
  const hover = await client.sendRequest(
    HoverRequest.type,
    client.code2ProtocolConverter.asTextDocumentPositionParams(editor.document, position),
  );
  if (!hover) {
    void vscode.window.showInformationMessage(
      "No citation under the cursor: put it on a citation such as “WTDC第23号决议（…）” or “Resolution 101 (Rev. Bucharest, 2022)”.",
    );
    return undefined;
  }
  const text = markdownOf(hover);
  const range = hover.range ? client.protocol2CodeConverter.asRange(hover.range) : undefined;
  const cited = range ? editor.document.getText(range) : editor.document.lineAt(position.line).text;
  const uri = vscode.Uri.from({
    scheme: CATALOGUE_SCHEME,
    path: "/catalogue-entry.md",
    query: `${editor.document.uri.toString()}#${position.line}:${position.character}`,
  });
  docs.set(uri, `Cited in ${vscode.workspace.asRelativePath(editor.document.uri)}, line ${position.line + 1}: ${cited}\n\n---\n\n${text}\n`);
  const shown = await vscode.workspace.openTextDocument(uri);
  await vscode.languages.setTextDocumentLanguage(shown, "markdown");
  await vscode.window.showTextDocument(shown, {
    viewColumn: vscode.ViewColumn.Beside,
    preview: true,
    preserveFocus: true,
  });
  return text;
}

/** The status bar item's menu. */
export async function statusMenu(ctx: Ctx): Promise<void> {
  const items: (vscode.QuickPickItem & { run: () => unknown })[] = [
    { label: "$(debug-restart) Restart Server", run: () => ctx.restart() },
    { label: "$(output) Show Server Output", run: () => ctx.output.show() },
    { label: "$(list-ordered) Reletter Document", run: () => reletterDocument(ctx) },
    {
      label: "$(gear) Open Settings",
      run: () => vscode.commands.executeCommand("workbench.action.openSettings", "resolutionLs"),
    },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: ctx.state === "running" ? `resolution-ls — ${ctx.server?.version ?? ""}` : `resolution-ls — ${ctx.state}`,
  });
  await picked?.run();
}
