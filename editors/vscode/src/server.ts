// Finding the server binary, in the spirit of rust-analyzer's extension:
// an explicit path (setting or environment) wins, then the binary bundled
// in a platform .vsix (`server/resolution-ls`), then `resolution-ls` on PATH.
// Every candidate is checked with `--version` before the client uses it.

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import * as vscode from "vscode";

export const BINARY = process.platform === "win32" ? "resolution-ls.exe" : "resolution-ls";

/** Where a server binary came from, for messages and the status bar tooltip. */
export type ServerSource = "environment" | "setting" | "bundled" | "PATH";

export interface ServerBinary {
  path: string;
  source: ServerSource;
  version: string;
}

/** Why no server could be used, with what was tried. */
export class ServerNotFound extends Error {
  constructor(message: string, readonly tried: string[]) {
    super(message);
  }
}

/** Expands `~/` and `${workspaceFolder}` (the first folder) in a configured path. */
export function expandPath(value: string): string {
  let p = value.trim();
  if (p === "~" || p.startsWith("~/")) {
    p = os.homedir() + p.slice(1);
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (folder) {
    p = p.replace(/\$\{workspaceFolder\}/g, folder);
  }
  return p;
}

function onPath(name: string): string | undefined {
  const dirs = (process.env.PATH ?? "").split(path.delimiter).filter((d) => d.length > 0);
  for (const dir of dirs) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) {
        return candidate;
      }
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Runs `binary --version`; returns its first line, or why it failed. */
export function probe(binary: string): { ok: true; version: string } | { ok: false; why: string } {
  const res = spawnSync(binary, ["--version"], { encoding: "utf8", timeout: 10_000 });
  if (res.error) {
    const code = (res.error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      return { ok: false, why: "no such file" };
    }
    if (code === "EACCES") {
      return { ok: false, why: "not executable (permission denied)" };
    }
    return { ok: false, why: res.error.message };
  }
  if (res.status !== 0) {
    const err = (res.stderr ?? "").trim().split("\n")[0];
    return { ok: false, why: `\`--version\` exited with status ${res.status}${err ? `: ${err}` : ""}` };
  }
  return { ok: true, version: (res.stdout ?? "").trim().split("\n")[0] };
}

/**
 * Finds the server. `RESOLUTION_LS_SERVER` in the environment and the
 * `resolutionLs.server.path` setting are explicit: if set, they are used or
 * the error says why not (no silent fallback that would hide a typo).
 */
export function findServer(context: vscode.ExtensionContext): ServerBinary {
  const tried: string[] = [];
  const fromEnv = process.env.RESOLUTION_LS_SERVER;
  const fromSetting = vscode.workspace.getConfiguration("resolutionLs").get<string | null>("server.path");
  const explicit: [string | undefined | null, ServerSource][] = [
    [fromEnv, "environment"],
    [fromSetting, "setting"],
  ];
  for (const [value, source] of explicit) {
    if (value && value.trim().length > 0) {
      const p = expandPath(value);
      const result = probe(p);
      if (result.ok) {
        return { path: p, source, version: result.version };
      }
      const where = source === "setting" ? "`resolutionLs.server.path`" : "RESOLUTION_LS_SERVER";
      throw new ServerNotFound(`${where} is ${p}, which cannot be run: ${result.why}.`, [`${p} (${source}): ${result.why}`]);
    }
  }
  const bundled = path.join(context.extensionPath, "server", BINARY);
  if (fs.existsSync(bundled)) {
    const result = probe(bundled);
    if (result.ok) {
      return { path: bundled, source: "bundled", version: result.version };
    }
    tried.push(`${bundled} (bundled): ${result.why}`);
  } else {
    tried.push(`${bundled} (bundled): not in this build of the extension`);
  }
  const found = onPath(BINARY);
  if (found) {
    const result = probe(found);
    if (result.ok) {
      return { path: found, source: "PATH", version: result.version };
    }
    tried.push(`${found} (PATH): ${result.why}`);
  } else {
    tried.push(`${BINARY} on PATH: not found`);
  }
  throw new ServerNotFound("No resolution-ls server could be found.", tried);
}
