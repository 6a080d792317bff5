#!/usr/bin/env python3
"""Drives a language server over stdio like an editor, for measurements that
must treat this project's server and a peer (harper-ls) alike.

  lsp_drive.py draft SIZE OUT               English draft of about SIZE bytes
                                            (10K, 100K, 1M) from the PP-18 texts
  lsp_drive.py keystrokes FILE N -- CMD...  open FILE, time first diagnostics,
                                            then N keystrokes in the middle,
                                            each timed didChange ->
                                            publishDiagnostics
  lsp_drive.py workspace DIR N -- CMD...    initialize on DIR, time until
                                            workspace/symbol lists N files
  lsp_drive.py time FILE                    what `/usr/bin/time -v -o FILE`
                                            wrote: wall, user, sys, peak MB
  lsp_drive.py folder DIR N                 N small drafts (about 1.5 KB each,
                                            each with its own identity line)

Prints one JSON line of results. Wrap CMD in `/usr/bin/time -v -o FILE` for
the peak resident memory of the whole run. Standard library only.
"""

import json
import os
import queue
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared/corpus/pp18-en/txt"


def corpus_texts():
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    if not texts:
        sys.exit(f"no texts in {CORPUS}")
    return texts


def parse_size(s):
    s = s.upper()
    for suffix, factor in (("K", 1000), ("M", 1000_000)):
        if s.endswith(suffix):
            return int(float(s[:-1]) * factor)
    return int(s)


def draft(size):
    """Whole PP-18 texts one after another (cycling), cut at the last line
    end before `size` bytes."""
    out, total, i = [], 0, 0
    texts = corpus_texts()
    while total < size:
        t = texts[i % len(texts)].rstrip("\n") + "\n\n"
        out.append(t)
        total += len(t.encode("utf-8"))
        i += 1
    data = "".join(out).encode("utf-8")[:size]
    cut = data.rfind(b"\n")
    return data[: cut + 1].decode("utf-8", "ignore")


def folder(root, n):
    """n drafts of about 1.5 KB, each with its own identity line and two
    citations (one of another draft)."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    label = re.compile(r"^(?:[a-z]{1,2}\)|[ivx]+\)|\d+)\s*")
    sentences = [
        label.sub("", line.strip())
        for t in corpus_texts()
        for line in t.splitlines()
        if 60 < len(line.strip()) < 300
    ]
    for i in range(n):
        body = []
        k = i * 7
        while sum(len(b) for b in body) < 1100:
            body.append(sentences[k % len(sentences)].rstrip(";,."))
            k += 1
        clauses = "\n\n".join(
            f"{chr(ord('a') + j)})\t{b};" for j, b in enumerate(body[:-1])
        )
        text = (
            f"RESOLUTION {1000 + i} (DOHA, 2026)\n\nGenerated draft {i}\n\n"
            "The Plenipotentiary Conference of the International Telecommunication Union (Doha, 2026),\n\n"
            f"recalling\n\n{clauses}\n\n"
            f"{chr(ord('a') + len(body) - 1)})\tResolution {1000 + (i + 1) % n} (Doha, 2026) "
            "and Resolution 71 (Rev. Bucharest, 2022) of the Plenipotentiary Conference,\n\n"
            f"resolves\n\nto {body[-1][:200]}.\n"
        )
        sub = root / f"d{i // 1000:03}"
        sub.mkdir(exist_ok=True)
        (sub / f"r{i:05}.res").write_text(text, encoding="utf-8")


class Server:
    def __init__(self, cmd, root=None):
        env = dict(os.environ, RESOLUTION_LS_DEBOUNCE_MS="0")
        self.proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env
        )
        self.q = queue.Queue()
        self.next_id = 1
        threading.Thread(target=self._read, daemon=True).start()
        root_uri = Path(root).resolve().as_uri() if root else None
        init = self.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": root_uri,
                "workspaceFolders": [{"uri": root_uri, "name": "root"}] if root_uri else None,
                "capabilities": {
                    "textDocument": {"publishDiagnostics": {"versionSupport": True}},
                    "workspace": {"workspaceFolders": True, "configuration": True},
                },
            },
        )
        sync = init.get("result", {}).get("capabilities", {}).get("textDocumentSync")
        # 1 is full sync: the server reads a change's text as the whole
        # document, whatever range it is sent with.
        self.full_sync = (sync.get("change") if isinstance(sync, dict) else sync) == 1
        self.notify("initialized", {})

    def _read(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.q.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            body = out.read(length)
            self.q.put((time.perf_counter(), json.loads(body)))

    def send(self, msg):
        body = json.dumps(msg).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params, timeout=600):
        rid = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == rid and "method" not in m, timeout)[1]

    def wait(self, pred, timeout=600):
        """The next message for which pred is true; answers the server's own
        requests (configuration, registrations) on the way."""
        deadline = time.perf_counter() + timeout
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError("no answer")
            item = self.q.get(timeout=left)
            if item is None:
                raise EOFError("server exited")
            at, msg = item
            if "method" in msg and "id" in msg:
                result = None
                if msg["method"] == "workspace/configuration":
                    # LSP_CONFIGURATION (JSON) answers every item: the peer's
                    # settings (harper-ls lints nothing past 120,000 bytes
                    # unless its maxFileLength says otherwise).
                    answer = json.loads(os.environ.get("LSP_CONFIGURATION", "null"))
                    result = [answer for _ in msg["params"]["items"]]
                self.send({"jsonrpc": "2.0", "id": msg["id"], "result": result})
                continue
            if pred(msg):
                return at, msg

    def close(self):
        try:
            self.request("shutdown", None, timeout=60)
            self.notify("exit", None)
            self.proc.wait(timeout=60)
        except Exception:
            self.proc.kill()
            self.proc.wait()


def percentile(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def diagnostics_for(uri, version):
    def pred(m):
        if m.get("method") != "textDocument/publishDiagnostics":
            return False
        p = m["params"]
        v = p.get("version")
        return p["uri"] == uri and (v is None or v >= version)

    return pred


def keystrokes(path, n, cmd, language_id):
    text = Path(path).read_text(encoding="utf-8")
    uri = Path(path).resolve().as_uri()
    server = Server(cmd)
    t0 = time.perf_counter()
    server.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": language_id, "version": 1, "text": text}},
    )
    at, _ = server.wait(diagnostics_for(uri, 1), timeout=900)
    first = at - t0
    # A character typed in the middle of the draft, at the end of a line.
    lines = text.split("\n")
    line = len(lines) // 2
    while line < len(lines) - 1 and not lines[line].strip():
        line += 1
    col = len(lines[line].encode("utf-16-le")) // 2
    times = []
    version = 1
    for i in range(n):
        # Drain what is left of earlier versions.
        while not server.q.empty():
            server.q.get_nowait()
        version += 1
        ch = "x" if i % 2 == 0 else ""
        start = {"line": line, "character": col}
        end = {"line": line, "character": col + (0 if ch else 1)}
        lines[line] = lines[line] + ch if ch else lines[line][:-1]
        if server.full_sync:
            # A server that asks for whole texts gets the whole new text.
            change = {"text": "\n".join(lines)}
        else:
            change = {"range": {"start": start, "end": end}, "text": ch}
        t = time.perf_counter()
        server.notify(
            "textDocument/didChange",
            {
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [change],
            },
        )
        at, _ = server.wait(diagnostics_for(uri, version), timeout=900)
        times.append((at - t) * 1000)
        if ch:
            col += 1
        else:
            col -= 1
    server.close()
    return {
        "bytes": len(text.encode("utf-8")),
        "first_diagnostics_ms": round(first * 1000, 1),
        "keystrokes": n,
        "p50_ms": round(statistics.median(times), 2),
        "p90_ms": round(percentile(times, 90), 2),
    }


def workspace(root, n, cmd):
    t0 = time.perf_counter()
    server = Server(cmd, root)
    count = 0
    while count < n:
        time.sleep(0.2)
        found = server.request("workspace/symbol", {"query": ""}).get("result") or []
        count = len(found)
        if time.perf_counter() - t0 > 1800:
            break
    took = time.perf_counter() - t0
    server.close()
    return {"files": n, "listed": count, "indexed_s": round(took, 2)}


def time_file(path):
    fields = {}
    for line in Path(path).read_text().splitlines():
        key, _, value = line.strip().rpartition(": ")
        fields[key] = value
    wall = 0.0
    for part in fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":"):
        wall = wall * 60 + float(part)
    return {
        "wall_s": round(wall, 2),
        "user_s": float(fields["User time (seconds)"]),
        "sys_s": float(fields["System time (seconds)"]),
        "peak_mb": round(int(fields["Maximum resident set size (kbytes)"]) / 1024),
    }


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    if "--" in args:
        i = args.index("--")
        args, cmd = args[:i], args[i + 1 :]
    else:
        cmd = []
    what = args[0]
    if what == "draft":
        Path(args[2]).write_text(draft(parse_size(args[1])), encoding="utf-8")
        return
    if what == "time":
        print(json.dumps(time_file(args[1])))
        return
    if what == "folder":
        folder(args[1], int(args[2]))
        return
    if what == "keystrokes":
        language_id = os.environ.get("LSP_LANGUAGE_ID", "plaintext")
        print(json.dumps(keystrokes(args[1], int(args[2]), cmd, language_id)))
        return
    if what == "workspace":
        print(json.dumps(workspace(args[1], int(args[2]), cmd)))
        return
    sys.exit(__doc__)


if __name__ == "__main__":
    main()
