// The part of the `resolutionLs` settings the server reads. Client-only keys
// (server.path, trace.server, textFiles) are not sent: the server names
// unknown keys in a warning.

import * as vscode from "vscode";
import { expandPath } from "./server";

export const SECTION = "resolutionLs";

/** Settings whose change is sent to the running server. */
export const SERVER_KEYS = ["severity", "catalogue", "filePatterns", "officialTexts", "cacheDirectory", "language", "messageLanguage", "inlayHints"] as const;

export interface ServerSettings {
  severity: Record<string, string>;
  catalogue: string | null;
  filePatterns: string[];
  officialTexts: string[];
  cacheDirectory: string | null;
  language: string | null;
  messageLanguage: string;
  inlayHints: string;
}

export function serverSettings(): ServerSettings {
  const c = vscode.workspace.getConfiguration(SECTION);
  const catalogue = c.get<string | null>("catalogue");
  const cacheDirectory = c.get<string | null>("cacheDirectory");
  return {
    severity: { ...(c.get<Record<string, string>>("severity") ?? {}) },
    catalogue: catalogue && catalogue.trim().length > 0 ? expandPath(catalogue) : null,
    filePatterns: [...(c.get<string[]>("filePatterns") ?? [])],
    officialTexts: (c.get<string[]>("officialTexts") ?? []).filter((p) => p.trim().length > 0).map(expandPath),
    cacheDirectory: cacheDirectory && cacheDirectory.trim().length > 0 ? expandPath(cacheDirectory) : null,
    language: c.get<string | null>("language") ?? null,
    messageLanguage: c.get<string>("messageLanguage") ?? "document",
    inlayHints: c.get<string>("inlayHints") ?? "endOfLine",
  };
}

export type TextFilesMode = "detect" | "always" | "never";

export function textFilesMode(): TextFilesMode {
  const v = vscode.workspace.getConfiguration(SECTION).get<string>("textFiles");
  return v === "always" || v === "never" ? v : "detect";
}
