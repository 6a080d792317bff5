// Self-test for the end-to-end test in real VS Code (tests/e2e/vscode). It
// runs only when RESOLUTION_LS_E2E_OUT is set in the environment of the
// extension host, drives VS Code's own API (the same providers a person
// triggers with the mouse) on the files of RESOLUTION_LS_E2E_DIR, and writes
// the results as JSON to RESOLUTION_LS_E2E_OUT. The browser-driven part of
// the test checks the same features in the UI.

import * as fs from "fs";
import * as path from "path";
import * as vscode from "vscode";
import { LANGUAGE_ID, WORD_SCHEME } from "./constants";
import type { Ctx, ServerState } from "./ctx";
import { type CatalogueDocuments, reletterDocument, showCatalogueEntry } from "./commands";
import { checkWordDocument, fixWordDocument } from "./word";

interface Result {
  name: string;
  pass: boolean;
  detail: string;
  ms: number;
}

const TITLE_WTDC_23 = "为发展中国家提供的互联网接入和可用性及国际互联网连接收费原则";

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) {
      return v;
    }
    if (Date.now() > until) {
      throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`);
    }
    await sleep(100);
  }
}

function codes(uri: vscode.Uri): string[] {
  return vscode.languages.getDiagnostics(uri).map((d) => {
    const c = d.code;
    return String(typeof c === "object" && c !== null ? c.value : c);
  });
}

function count(uri: vscode.Uri, code: string): number {
  return codes(uri).filter((c) => c === code).length;
}

function find(doc: vscode.TextDocument, needle: string, startsLine = false): vscode.Position | undefined {
  for (let i = 0; i < doc.lineCount; i++) {
    const text = doc.lineAt(i).text;
    const at = startsLine ? (text.startsWith(needle) ? 0 : -1) : text.indexOf(needle);
    if (at >= 0) {
      return new vscode.Position(i, at);
    }
  }
  return undefined;
}

function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === "string" ? c : "value" in c ? c.value : ""))
    .join("\n");
}

async function waitState(ctx: Ctx, wanted: ServerState[], ms = 30_000): Promise<ServerState> {
  return waitFor(`server state ${wanted.join("/")}`, () => (wanted.includes(ctx.state) ? ctx.state : undefined), ms);
}

export async function runSelfTest(ctx: Ctx, catalogueDocs: CatalogueDocuments, out: string, dir: string): Promise<void> {
  const results: Result[] = [];
  const check = async (name: string, body: () => Promise<string>): Promise<void> => {
    const started = Date.now();
    try {
      const detail = await body();
      results.push({ name, pass: true, detail, ms: Date.now() - started });
    } catch (e) {
      results.push({ name, pass: false, detail: e instanceof Error ? e.message : String(e), ms: Date.now() - started });
    }
  };
  const config = () => vscode.workspace.getConfiguration("resolutionLs");
  const file = vscode.Uri.file(path.join(dir, "seed-000-selftest.res"));
  let editor: vscode.TextEditor | undefined;
  let fusedBefore = 0;

  await check("a .res file opens as language itu-resolution", async () => {
    const doc = await vscode.workspace.openTextDocument(file);
    editor = await vscode.window.showTextDocument(doc);
    if (doc.languageId !== LANGUAGE_ID) {
      throw new Error(`language is ${doc.languageId}`);
    }
    return doc.languageId;
  });

  await check("the server starts", async () => {
    await waitState(ctx, ["running", "failed", "notFound"]);
    if (ctx.state !== "running") {
      throw new Error(`${ctx.state}: ${ctx.lastError}`);
    }
    return `${ctx.server?.version} from ${ctx.server?.source} (${ctx.server?.path})`;
  });

  await check("diagnostics: fused labels (RLS0105) and merged revisions (RLS0404)", async () => {
    await waitFor("RLS0105 diagnostics", () => count(file, "RLS0105") > 0 || undefined);
    fusedBefore = count(file, "RLS0105");
    if (count(file, "RLS0404") === 0) {
      throw new Error(`no RLS0404 among ${codes(file).join(" ")}`);
    }
    const doc = editor!.document;
    const bc = find(doc, "bc)", true)!;
    const onBc = vscode.languages
      .getDiagnostics(file)
      .filter((d) => d.range.start.line === bc.line && String((d.code as { value?: unknown })?.value ?? d.code) === "RLS0105");
    if (onBc.length === 0) {
      throw new Error(`no RLS0105 on line ${bc.line + 1} (bc))`);
    }
    return `${vscode.languages.getDiagnostics(file).length} diagnostics, ${fusedBefore} RLS0105; on bc): ${onBc[0].message}`;
  });

  await check("hover on WTDC第23号决议 shows the resolution's title", async () => {
    const doc = editor!.document;
    const at = find(doc, "WTDC第23号决议");
    if (!at) {
      throw new Error("no WTDC第23号决议 in the draft");
    }
    const pos = at.translate(0, "WTDC第23".length);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", file, pos));
    if (!text.includes(TITLE_WTDC_23)) {
      throw new Error(`hover: ${JSON.stringify(text)}`);
    }
    return text.split("\n").slice(0, 3).join(" / ");
  });

  await check("command Show Catalogue Entry shows the cited resolution", async () => {
    const doc = editor!.document;
    const at = find(doc, "WTDC第23号决议")!.translate(0, 6);
    editor = await vscode.window.showTextDocument(doc, { viewColumn: editor!.viewColumn });
    editor.selection = new vscode.Selection(at, at);
    const text = (await vscode.commands.executeCommand<string | undefined>("resolutionLs.showCatalogueEntry")) ?? "";
    if (!text.includes(TITLE_WTDC_23)) {
      throw new Error(`shown: ${JSON.stringify(text)}`);
    }
    const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === "resolution-ls-catalogue");
    if (!shown) {
      throw new Error("no catalogue entry editor is visible");
    }
    return `${shown.document.uri.toString()} (${shown.document.lineCount} lines)`;
  });

  await check("code action “重新编号“忆及”” (Reletter 忆及, in the draft's language) at lk) relabels the section", async () => {
    const doc = editor!.document;
    const lk = find(doc, "lk)", true);
    if (!lk) {
      throw new Error("no line starting with lk)");
    }
    const range = new vscode.Range(lk, lk.translate(0, 3));
    const actions =
      (await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", file, range)) ?? [];
    const titles = actions.map((a) => a.title);
    const reletter = actions.find((a) => a.title.startsWith("重新编号") && a.title.includes("忆及"));
    if (!reletter?.edit) {
      throw new Error(`actions offered: ${JSON.stringify(titles)}`);
    }
    if (!(await vscode.workspace.applyEdit(reletter.edit))) {
      throw new Error("applyEdit refused the edit");
    }
    const line = doc.lineAt(lk.line).text;
    if (!line.startsWith("l)")) {
      throw new Error(`line ${lk.line + 1} is now ${line.slice(0, 6)}`);
    }
    await waitFor("fewer RLS0105 diagnostics", () => count(file, "RLS0105") < fusedBefore || undefined);
    return `offered ${titles.length} actions incl. “${reletter.title}”; line ${lk.line + 1} now starts “${line.slice(0, 2)}”; RLS0105 ${fusedBefore} → ${count(file, "RLS0105")}`;
  });

  await check("command Reletter Document removes every fused label", async () => {
    editor = await vscode.window.showTextDocument(editor!.document, { viewColumn: editor!.viewColumn });
    const before = count(file, "RLS0105");
    const doc = editor.document;
    const bc = find(doc, "bc)", true);
    if (!bc) {
      throw new Error("no line starting with bc)");
    }
    await vscode.commands.executeCommand("resolutionLs.reletterDocument");
    await waitFor("no RLS0105 left", () => count(file, "RLS0105") === 0 || undefined);
    const now = doc.lineAt(bc.line).text;
    if (!now.startsWith("c)")) {
      throw new Error(`line ${bc.line + 1} (was bc)) now starts ${now.slice(0, 4)}`);
    }
    return `RLS0105 ${before} → 0; line ${bc.line + 1} “bc)” now starts “c)”`;
  });

  await check("setting resolutionLs.severity turns a rule off and back on", async () => {
    await waitFor("RLS0404", () => count(file, "RLS0404") > 0 || undefined);
    const n = count(file, "RLS0404");
    await config().update("severity", { RLS0404: "off" }, vscode.ConfigurationTarget.Global);
    await waitFor("RLS0404 gone", () => count(file, "RLS0404") === 0 || undefined);
    await config().update("severity", undefined, vscode.ConfigurationTarget.Global);
    await waitFor("RLS0404 back", () => count(file, "RLS0404") === n || undefined);
    return `RLS0404: ${n} → 0 → ${n}`;
  });

  await check("a .txt draft is detected by its conference line and checked", async () => {
    const uri = vscode.Uri.file(path.join(dir, "seed-000.txt"));
    const doc = await vscode.workspace.openTextDocument(uri);
    const switched = await waitFor("language switch", () =>
      vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === LANGUAGE_ID),
    10_000);
    await waitFor("diagnostics on the .txt draft", () => count(uri, "RLS0105") > 0 || undefined);
    return `${path.basename(doc.fileName)}: ${switched.languageId}, ${count(uri, "RLS0105")} RLS0105`;
  });

  await check("an ordinary .txt file stays plain text", async () => {
    const uri = vscode.Uri.file(path.join(dir, "notes.txt"));
    const doc = await vscode.workspace.openTextDocument(uri);
    await sleep(500);
    const now = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? doc;
    if (now.languageId !== "plaintext") {
      throw new Error(`language is ${now.languageId}`);
    }
    return now.languageId;
  });

  await check("a file without extension is recognized by its first line (firstLine)", async () => {
    const results: string[] = [];
    for (const name of ["DRAFT-RES-101", "草案-第2号决议"]) {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(dir, name)));
      if (doc.languageId !== LANGUAGE_ID) {
        throw new Error(`${name}: language is ${doc.languageId} (first line ${JSON.stringify(doc.lineAt(0).text)})`);
      }
      results.push(`${name}: ${doc.languageId}`);
    }
    return results.join(", ");
  });

  await check("the README's example: examples/misnumbered-zh.res shows diagnostics and hover", async () => {
    const uri = vscode.Uri.file(path.join(dir, "misnumbered-zh.res"));
    if (!fs.existsSync(uri.fsPath)) {
      return "skipped (no copy of the example)";
    }
    const doc = await vscode.workspace.openTextDocument(uri);
    await waitFor("RLS0105 on the example", () => count(uri, "RLS0105") > 0 || undefined);
    const at = find(doc, "WTDC第77号决议");
    if (!at) {
      throw new Error("no WTDC第77号决议 in the example");
    }
    const text = hoverText(
      await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", uri, at.translate(0, 6)),
    );
    if (!text.includes("WTDC Resolution 77")) {
      throw new Error(`hover: ${JSON.stringify(text)}`);
    }
    return `${codes(uri).length} diagnostics; hover line ${at.line + 1}: ${text.split("\n")[0]}`;
  });

  const proposal = vscode.Uri.file(path.join(dir, "proposal.docx"));
  await check("command Check Word Document shows the .docx's text with diagnostics and hovers", async () => {
    if (!fs.existsSync(proposal.fsPath)) {
      throw new Error(`${proposal.fsPath} is missing`);
    }
    const doc = await checkWordDocument(ctx, proposal);
    if (!doc || doc.uri.scheme !== WORD_SCHEME || doc.languageId !== LANGUAGE_ID) {
      throw new Error(`no ${WORD_SCHEME} view in ${LANGUAGE_ID}: ${doc?.uri.toString()} ${doc?.languageId}`);
    }
    // The fused label typed by hand, and the drafter's tracked change in a label.
    await waitFor("RLS0105 and RLS0109 on the view", () =>
      (count(doc.uri, "RLS0105") > 0 && count(doc.uri, "RLS0109") > 0) || undefined,
    );
    const bc = find(doc, "bc)", true);
    if (!bc) {
      throw new Error("no line starting with bc) in the view");
    }
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", doc.uri, bc);
    const cited = find(doc, "Resolution 123")!;
    const onCitation = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", doc.uri, cited);
    if (!hoverText(hovers) && !hoverText(onCitation)) {
      throw new Error("no hover on the view");
    }
    return `${codes(doc.uri).join(" ")}; hover: ${(hoverText(onCitation) || hoverText(hovers)).slice(0, 60)}`;
  });

  await check("command Write Fixed Copy of Word Document writes proposal.fixed.docx", async () => {
    const written = await fixWordDocument(ctx, proposal);
    if (!written || !fs.existsSync(written)) {
      throw new Error(`nothing written (${written})`);
    }
    return written;
  });

  await check("a wrong resolutionLs.server.path gives a clear error, and fixing it restarts", async () => {
    await config().update("server.path", "/nonexistent/resolution-ls", vscode.ConfigurationTarget.Global);
    await waitState(ctx, ["notFound", "failed"]);
    const message = ctx.lastError ?? "";
    if (!message.includes("/nonexistent/resolution-ls")) {
      throw new Error(`state ${ctx.state}, message ${JSON.stringify(message)}`);
    }
    await config().update("server.path", undefined, vscode.ConfigurationTarget.Global);
    await waitState(ctx, ["running"]);
    await waitFor("diagnostics after restart", () => vscode.languages.getDiagnostics(file).length > 0 || undefined);
    return `${ctx.state === "running" ? "restarted" : ctx.state} after “${message}”`;
  });

  // Leave the window as the browser-driven test expects it: nothing dirty, nothing open.
  try {
    for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.scheme === "file")) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand("workbench.action.files.revert");
    }
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
    // Closed editors leave their documents open (and their problems listed)
    // for a while; leaving the language closes them for the server.
    for (const doc of vscode.workspace.textDocuments) {
      if (doc.languageId === LANGUAGE_ID && doc.uri.scheme === "file" && doc.uri.fsPath.startsWith(dir)) {
        await vscode.languages.setTextDocumentLanguage(doc, "plaintext");
      }
    }
    await vscode.commands.executeCommand("notifications.clearAll");
  } catch (e) {
    results.push({ name: "clean up", pass: false, detail: String(e), ms: 0 });
  }

  const report = {
    vscodeVersion: vscode.version,
    server: ctx.server?.version,
    results,
    pass: results.every((r) => r.pass),
  };
  fs.writeFileSync(out + ".tmp", JSON.stringify(report, null, 2));
  fs.renameSync(out + ".tmp", out);
}
