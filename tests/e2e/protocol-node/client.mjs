// A second, independent client: VS Code's protocol library over stdio.
// Checks the lifecycle (initialize → shutdown with null params → exit ends
// the process while stdin stays open), diagnostics and hover on CJK text.
import { spawn } from 'node:child_process';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification,
  PublishDiagnosticsNotification, HoverRequest, ShutdownRequest, ExitNotification,
} from 'vscode-languageserver-protocol/node.js';

const server = process.env.LSP_CMD;
if (!server) { console.error('LSP_CMD is not set'); process.exit(2); }
let passed = 0, failed = 0;
const check = (name, ok, detail = '') => {
  if (ok) { passed++; console.log(`ok   ${name}`); } else { failed++; console.log(`FAIL ${name} ${detail}`); }
};

const child = spawn(server, [], { stdio: ['pipe', 'pipe', 'inherit'] });
let exitCode = null;
const exited = new Promise((resolve) => child.on('exit', (code) => { exitCode = code; resolve(code); }));
const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const diagnostics = new Promise((resolve) => conn.onNotification(PublishDiagnosticsNotification.type, (p) => resolve(p)));
conn.listen();

const timeout = (ms, what) => new Promise((_, reject) => setTimeout(() => reject(new Error(`timeout: ${what}`)), ms));
try {
  const init = await Promise.race([
    conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} }),
    timeout(10000, 'initialize'),
  ]);
  check('initialize answers with utf-16 positions', init.capabilities.positionEncoding === 'utf-16');
  await conn.sendNotification(InitializedNotification.type, {});
  const uri = 'file:///tmp/node-client.res';
  const text = '世界电信发展大会（2022年，基加利），\n忆及\na)\tWTDC第23号决议（2017年，布宜诺斯艾利斯，修订版）；\nbc)\t😀第二，\n做出决议\n继续。\n';
  await conn.sendNotification(DidOpenTextDocumentNotification.type,
    { textDocument: { uri, languageId: 'itu-resolution', version: 1, text } });
  const published = await Promise.race([diagnostics, timeout(10000, 'diagnostics')]);
  const codes = published.diagnostics.map((d) => d.code);
  check('diagnostics carry codes (fused label, outdated citation)', codes.includes('RLS0105') && codes.includes('RLS0401'), JSON.stringify(codes));
  check('diagnostics are published with the document version', published.version === 1, String(published.version));
  const hover = await conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 9 } });
  check('hover on a citation shows the catalogue entry', !!hover && /WTDC Resolution 23/.test(hover.contents.value), JSON.stringify(hover));
  // Emacs eglot sends shutdown with "params": null; the library sends none. Both must work.
  await conn.sendRequest(ShutdownRequest.type);
  check('shutdown answers', true);
  await conn.sendNotification(ExitNotification.type);
  // stdin stays open on purpose: the server must end on `exit` alone.
  await Promise.race([exited, timeout(5000, 'process exit after `exit`')]);
  check('exit ends the process with status 0 while stdin is open', exitCode === 0, String(exitCode));
} catch (e) {
  failed++;
  console.log(`FAIL ${e.message}`);
  child.kill();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
