// A second, independent client: VS Code's own protocol library
// (vscode-languageserver-protocol 3.17) driving the real server over stdio.
// Three sessions:
//  1. a VS Code-like client (UTF-16 only): diagnostics with codes, links
//     and the document's version; hover on a citation; an incremental edit
//     with CJK and emoji; a quick fix applied; shutdown (no params) and exit
//     end the process with status 0 while stdin stays open;
//  2. a client offering UTF-8 that sends `shutdown` with "params": null
//     (as Emacs eglot does): answered, then exit ends the process;
//  3. `exit` without `shutdown`: the process ends with status 1.
// Prints "ok …" / "FAIL …" per check and "N passed, M failed"; exit 1 on failure.
// Run: LSP_CMD=path/to/resolution-ls node client.mjs
import { spawn } from 'node:child_process';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification, PublishDiagnosticsNotification, HoverRequest,
  CodeActionRequest, ShutdownRequest, ExitNotification,
} from 'vscode-languageserver-protocol/node.js';

const server = process.env.LSP_CMD;
if (!server) { console.error('LSP_CMD is not set'); process.exit(2); }
let passed = 0, failed = 0;
const check = (name, ok, detail = '') => {
  if (ok) { passed++; console.log(`ok   ${name}`); } else { failed++; console.log(`FAIL ${name} ${detail}`); }
};
const timeout = (ms, what) => new Promise((_, reject) => setTimeout(() => reject(new Error(`timeout: ${what}`)), ms));

function start() {
  const child = spawn(server, [], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published = [];
  const waiters = [];
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
    published.push(p);
    for (const w of waiters.splice(0)) w();
  });
  // Answer the server's own requests (file watcher registration).
  conn.onRequest(() => null);
  conn.listen();
  const diagnostics = async (uri, version) => {
    const deadline = Date.now() + 10000;
    for (;;) {
      const found = published.find((p) => p.uri === uri && p.version === version);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`timeout: diagnostics for version ${version}`);
      await Promise.race([new Promise((r) => waiters.push(r)), new Promise((r) => setTimeout(r, 100))]);
    }
  };
  return { child, exited, conn, diagnostics };
}

// The Chinese draft: a fused label, an outdated citation after an emoji.
const uri = 'file:///tmp/node-client.res';
const text = '世界电信发展大会（2022年，基加利），\n忆及\na)\tWTDC第23号决议（2022年，基加利，修订版）；\nbc)\t😀 WTDC第77号决议（2017年，布宜诺斯艾利斯，修订版），\n做出决议\n继续。\n';

async function session1() {
  const { child, exited, conn, diagnostics } = start();
  try {
    const init = await Promise.race([
      conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} }),
      timeout(10000, 'initialize'),
    ]);
    check('initialize: utf-16 positions for a client that offers nothing else', init.capabilities.positionEncoding === 'utf-16');
    check('initialize: incremental sync, hover, code actions', init.capabilities.textDocumentSync?.change === 2
      && init.capabilities.hoverProvider === true && !!init.capabilities.codeActionProvider);
    await conn.sendNotification(InitializedNotification.type, {});
    await conn.sendNotification(DidOpenTextDocumentNotification.type,
      { textDocument: { uri, languageId: 'itu-resolution', version: 1, text } });
    const first = await diagnostics(uri, 1);
    const codes = first.diagnostics.map((d) => d.code);
    check('diagnostics carry codes (fused label, outdated citation)', codes.includes('RLS0105') && codes.includes('RLS0401'), JSON.stringify(codes));
    const outdated = first.diagnostics.find((d) => d.code === 'RLS0401');
    // `bc)\t😀 WTDC第`: 3 + 1 + 2 (the emoji is a surrogate pair) + 1 + 4 + 1 = 12 UTF-16 units.
    check('a range after an emoji is counted in UTF-16', outdated?.range.start.line === 3 && outdated?.range.start.character === 12, JSON.stringify(outdated?.range));
    check('no code links to a page that does not exist (no public address yet)', first.diagnostics.every((d) => !/example\.invalid/.test(d.codeDescription?.href ?? '')));
    const hover = await conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 9 } });
    check('hover on a citation shows the catalogue entry', !!hover && /WTDC Resolution 23/.test(hover.contents.value), JSON.stringify(hover));
    // Type a clause after the emoji line, and replace the emoji: two incremental changes in one notification.
    await conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line: 3, character: 4 }, end: { line: 3, character: 6 } }, text: '🎉🎉' },
        { range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: 'c)\t新增条款，\n' },
      ],
    });
    const second = await diagnostics(uri, 2);
    const moved = second.diagnostics.find((d) => d.code === 'RLS0401');
    check('incremental edits with emoji keep positions in step', moved?.range.start.character === 14, JSON.stringify(moved?.range));
    const fused = second.diagnostics.find((d) => d.code === 'RLS0105');
    const actions = await conn.sendRequest(CodeActionRequest.type,
      { textDocument: { uri }, range: fused.range, context: { diagnostics: [fused] } });
    const fix = actions.find((a) => a.title === '将 bc) 改为 b)');
    check('the fused-label quick fix is offered, with its diagnostic', !!fix && fix.diagnostics?.[0]?.code === 'RLS0105', JSON.stringify(actions.map((a) => a.title)));
    const edits = fix.edit.changes[uri];
    await conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 3 },
      contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })),
    });
    const third = await diagnostics(uri, 3);
    check('applying the fix clears the finding', !third.diagnostics.some((d) => d.code === 'RLS0105'), JSON.stringify(third.diagnostics.map((d) => d.code)));
    await conn.sendRequest(ShutdownRequest.type);
    check('shutdown (no params) answers', true);
    await conn.sendNotification(ExitNotification.type);
    // stdin stays open on purpose: the server must end on `exit` alone.
    const code = await Promise.race([exited, timeout(5000, 'process exit after `exit`')]);
    check('exit ends the process with status 0 while stdin is open', code === 0, String(code));
  } finally {
    child.kill();
  }
}

async function session2() {
  const { child, exited, conn } = start();
  try {
    const init = await conn.sendRequest(InitializeRequest.type,
      { processId: process.pid, rootUri: null, capabilities: { general: { positionEncodings: ['utf-8', 'utf-16'] } } });
    check('initialize: utf-8 when the client offers it', init.capabilities.positionEncoding === 'utf-8', init.capabilities.positionEncoding);
    await conn.sendNotification(InitializedNotification.type, {});
    // The library cannot send "params": null; write that frame by hand and watch the raw output.
    let raw = '';
    const answered = new Promise((resolve) => child.stdout.on('data', (chunk) => {
      raw += chunk.toString('utf8');
      if (/"id":\s*4242/.test(raw)) resolve();
    }));
    const body = JSON.stringify({ jsonrpc: '2.0', id: 4242, method: 'shutdown', params: null });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await Promise.race([answered, timeout(5000, 'answer to shutdown with null params')]);
    const reply = raw.slice(raw.lastIndexOf('{', raw.search(/"id":\s*4242/)));
    check('shutdown with "params": null answers without an error', /"result":\s*null/.test(reply) && !/"error"/.test(reply), reply);
    await conn.sendNotification(ExitNotification.type);
    const code = await Promise.race([exited, timeout(5000, 'process exit after `exit`')]);
    check('exit after shutdown with null params ends the process with status 0', code === 0, String(code));
  } finally {
    child.kill();
  }
}

async function session3() {
  const { child, exited, conn } = start();
  try {
    await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
    await conn.sendNotification(ExitNotification.type);
    const code = await Promise.race([exited, timeout(5000, 'process exit after `exit`')]);
    check('exit without shutdown ends the process with status 1', code === 1, String(code));
  } finally {
    child.kill();
  }
}

for (const session of [session1, session2, session3]) {
  try {
    await session();
  } catch (e) {
    failed++;
    console.log(`FAIL ${session.name}: ${e.message}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
