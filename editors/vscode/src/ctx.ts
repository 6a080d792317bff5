// The language client's life: finding the server, starting, restarting,
// sending changed settings, and the status bar item that shows its state.

import * as vscode from "vscode";
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  type LanguageClientOptions,
  RevealOutputChannelOn,
  type ServerOptions,
  State,
} from "vscode-languageclient/node";
import { LANGUAGE_ID, WORD_SCHEME } from "./constants";
import { SECTION, SERVER_KEYS, serverSettings } from "./config";
import { findServer, type ServerBinary, ServerNotFound } from "./server";

export type ServerState = "stopped" | "starting" | "running" | "failed" | "notFound";

const STATUS_TEXT: Record<ServerState, string> = {
  stopped: "$(circle-slash) resolution-ls",
  starting: "$(sync~spin) resolution-ls",
  running: "$(law) resolution-ls",
  failed: "$(error) resolution-ls",
  notFound: "$(error) resolution-ls",
};

export class Ctx implements vscode.Disposable {
  client: LanguageClient | undefined;
  server: ServerBinary | undefined;
  state: ServerState = "stopped";
  /** The last failure, in words, for the status bar tooltip and tests. */
  lastError: string | undefined;

  readonly output: vscode.OutputChannel;
  readonly traceOutput: vscode.OutputChannel;
  private readonly status: vscode.StatusBarItem;
  private readonly stateEmitter = new vscode.EventEmitter<ServerState>();
  readonly onDidChangeState = this.stateEmitter.event;
  private starting: Promise<LanguageClient | undefined> | undefined;
  private stopping = false;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly context: vscode.ExtensionContext) {
    this.output = vscode.window.createOutputChannel("ITU Resolution (resolution-ls)");
    this.traceOutput = vscode.window.createOutputChannel("ITU Resolution (resolution-ls) Trace");
    this.status = vscode.window.createStatusBarItem("resolutionLs.status", vscode.StatusBarAlignment.Left, 10);
    this.status.name = "resolution-ls server";
    this.status.command = "resolutionLs.statusMenu";
    this.subscriptions.push(
      this.status,
      this.stateEmitter,
      vscode.window.onDidChangeActiveTextEditor(() => this.renderStatus()),
      vscode.workspace.onDidChangeConfiguration((e) => void this.configurationChanged(e)),
    );
    this.renderStatus();
  }

  /** Starts the client unless it runs already; resolves to undefined when no server could run. */
  start(): Promise<LanguageClient | undefined> {
    if (this.client && this.state === "running") {
      return Promise.resolve(this.client);
    }
    if (!this.starting) {
      this.starting = this.doStart().finally(() => {
        this.starting = undefined;
      });
    }
    return this.starting;
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) {
      this.stopping = true;
      try {
        await client.dispose(5000);
      } catch (e) {
        this.output.appendLine(`stopping the server: ${String(e)}`);
      } finally {
        this.stopping = false;
      }
    }
    this.setState("stopped");
  }

  async restart(): Promise<LanguageClient | undefined> {
    if (this.starting) {
      await this.starting;
    }
    await this.stop();
    return this.start();
  }

  private async doStart(): Promise<LanguageClient | undefined> {
    this.setState("starting");
    let server: ServerBinary;
    try {
      server = findServer(this.context);
    } catch (e) {
      const tried = e instanceof ServerNotFound ? e.tried : [];
      const message = e instanceof Error ? e.message : String(e);
      this.output.appendLine(`resolution-ls: ${message}`);
      tried.forEach((t) => this.output.appendLine(`  tried ${t}`));
      this.setState("notFound", message);
      void this.notifyNotFound(message);
      return undefined;
    }
    this.server = server;
    this.output.appendLine(`Using ${server.path} (${server.source}): ${server.version}`);

    // No `transport`: with TransportKind.stdio the library would add a
    // `--stdio` argument, which the server does not take (stdio is its default).
    const serverOptions: ServerOptions = {
      command: server.path,
      args: [],
      options: { env: { ...process.env } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { language: LANGUAGE_ID, scheme: "file" },
        { language: LANGUAGE_ID, scheme: "untitled" },
        // The read-only views of Word documents' text.
        { language: LANGUAGE_ID, scheme: WORD_SCHEME },
      ],
      initializationOptions: serverSettings(),
      outputChannel: this.output,
      traceOutputChannel: this.traceOutput,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      diagnosticCollectionName: "resolution-ls",
      markdown: { isTrusted: false, supportHtml: false },
      initializationFailedHandler: (error) => {
        this.output.appendLine(`initialize failed: ${String(error)}`);
        return false;
      },
    };
    // The client id `resolutionLs` makes the library read `resolutionLs.trace.server`.
    const client = new LanguageClient("resolutionLs", "ITU Resolution (resolution-ls)", serverOptions, clientOptions);
    this.subscriptions.push(
      client.onDidChangeState((e) => {
        if (client !== this.client) {
          return;
        }
        if (e.newState === State.Running) {
          this.setState("running");
        } else if (e.newState === State.Starting) {
          this.setState("starting");
        } else if (e.newState === State.Stopped && !this.stopping) {
          this.setState("failed", "the server stopped (see the output channel)");
        }
      }),
    );
    this.client = client;
    try {
      await client.start();
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      this.output.appendLine(`resolution-ls failed to start: ${message}`);
      this.client = undefined;
      this.setState("failed", message);
      void client.dispose().catch(() => undefined);
      void this.notifyFailed(`resolution-ls (${server.path}) did not start: ${message}`);
      return undefined;
    }
    this.setState("running");
    return client;
  }

  private async configurationChanged(e: vscode.ConfigurationChangeEvent): Promise<void> {
    if (e.affectsConfiguration(`${SECTION}.server.path`)) {
      if (this.client || this.state === "notFound" || this.state === "failed") {
        this.output.appendLine("resolutionLs.server.path changed: restarting the server");
        await this.restart();
      }
      return;
    }
    if (SERVER_KEYS.some((k) => e.affectsConfiguration(`${SECTION}.${k}`)) && this.client && this.state === "running") {
      await this.client.sendNotification(DidChangeConfigurationNotification.type, { settings: serverSettings() });
    }
  }

  private async notifyNotFound(message: string): Promise<void> {
    const choice = await vscode.window.showErrorMessage(
      `resolution-ls: ${message} Drafts are not checked. Install the platform build of this extension, ` +
        "put `resolution-ls` on PATH (`cargo install --path .` in a clone of the project), " +
        "or set `resolutionLs.server.path`.",
      "Open Settings",
      "Show Output",
    );
    if (choice === "Open Settings") {
      await vscode.commands.executeCommand("workbench.action.openSettings", `${SECTION}.server.path`);
    } else if (choice === "Show Output") {
      this.output.show();
    }
  }

  private async notifyFailed(message: string): Promise<void> {
    const choice = await vscode.window.showErrorMessage(message, "Restart", "Show Output");
    if (choice === "Restart") {
      await this.restart();
    } else if (choice === "Show Output") {
      this.output.show();
    }
  }

  private setState(state: ServerState, error?: string): void {
    this.state = state;
    if (state === "failed" || state === "notFound") {
      this.lastError = error;
    } else if (state === "running") {
      this.lastError = undefined;
    }
    this.renderStatus();
    this.stateEmitter.fire(state);
  }

  private renderStatus(): void {
    const s = this.status;
    s.text = STATUS_TEXT[this.state];
    const tooltip = new vscode.MarkdownString(undefined, true);
    switch (this.state) {
      case "running":
        tooltip.appendMarkdown(`**resolution-ls** is checking ITU resolution drafts.\n\n`);
        if (this.server) {
          tooltip.appendText(`${this.server.version} — ${this.server.path} (${this.server.source})`);
        }
        break;
      case "starting":
        tooltip.appendMarkdown("**resolution-ls** is starting…");
        break;
      case "stopped":
        tooltip.appendMarkdown("**resolution-ls** is not running.");
        break;
      default:
        tooltip.appendMarkdown("**resolution-ls** is not running: ");
        tooltip.appendText(this.lastError ?? "unknown error");
    }
    tooltip.appendMarkdown("\n\nClick for actions.");
    s.tooltip = tooltip;
    s.backgroundColor =
      this.state === "failed" || this.state === "notFound"
        ? new vscode.ThemeColor("statusBarItem.errorBackground")
        : undefined;
    const ours = vscode.window.activeTextEditor?.document.languageId === LANGUAGE_ID;
    if (ours || this.state === "failed" || this.state === "notFound") {
      s.show();
    } else {
      s.hide();
    }
  }

  dispose(): void {
    void this.stop();
    this.subscriptions.forEach((d) => d.dispose());
    this.output.dispose();
    this.traceOutput.dispose();
  }
}
