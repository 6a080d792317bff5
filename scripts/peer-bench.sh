#!/usr/bin/env bash
# This server beside a peer: harper-ls (a Rust prose-checking language server,
# from crates.io), driven alike by scripts/lsp_drive.py on English drafts of
# 10 KB, 100 KB and 1 MB built from ../shared/corpus/pp18-en/txt/: time to the
# first diagnostics after didOpen, keystroke -> publishDiagnostics p50/p90, and
# the peak resident memory of the whole run (/usr/bin/time -v). A server that
# asks for whole texts (harper-ls) gets the whole text at each keystroke, as
# an editor sends it. Then `check` of
# 10,000 generated files (user+sys against wall: both cores used or not) and
# the peak memory of the server indexing 20,000 small files.
#
#   scripts/peer-bench.sh [OUT.md]
#
# Environment: RLS_BIN (default target/release/resolution-ls, built here),
# HARPER_ROOT (default target/peer; harper-ls is installed there with
# `cargo install harper-ls --locked` if missing), KEYS (keystrokes per size,
# default 40; 1 MB gets a quarter), SKIP_HARPER=1, WORK (default a temp dir).
# Needs python3 and /usr/bin/time. Run it on a quiet machine: it measures time.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-/dev/stdout}
WORK=${WORK:-$(mktemp -d)}
KEYS=${KEYS:-40}
HARPER_ROOT=${HARPER_ROOT:-$PWD/target/peer}
DRIVE="python3 scripts/lsp_drive.py"

if [[ -z "${RLS_BIN:-}" ]]; then
    cargo build --release --bin resolution-ls >&2
    RLS_BIN=$PWD/target/release/resolution-ls
fi
HARPER=$HARPER_ROOT/bin/harper-ls
if [[ -z "${SKIP_HARPER:-}" && ! -x $HARPER ]]; then
    cargo install harper-ls --locked --root "$HARPER_ROOT" >&2
fi

for size in 10K 100K 1M; do
    $DRIVE draft $size "$WORK/en-$size.txt"
done

peak_mb() { $DRIVE time "$1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["peak_mb"])'; }

# One row: server name, size, language id, command.
row() {
    local name=$1 size=$2 lang=$3
    shift 3
    local n=$KEYS
    [[ $size == 1M ]] && n=$(((KEYS + 3) / 4))
    local json
    json=$(LSP_LANGUAGE_ID=$lang $DRIVE keystrokes "$WORK/en-$size.txt" $n -- \
        /usr/bin/time -v -o "$WORK/time.txt" "$@")
    python3 - "$name" "$size" "$(peak_mb "$WORK/time.txt")" "$json" <<'EOF'
import json, sys
name, size, peak, j = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
print(f"| {name} | {size} ({j['bytes']:,} bytes) | {j['first_diagnostics_ms']:,} ms | "
      f"{j['p50_ms']} ms | {j['p90_ms']} ms | {j['keystrokes']} | {peak} MB |")
EOF
}

{
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC'), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo
    echo "| server | draft | didOpen -> first diagnostics | keystroke -> diagnostics p50 | p90 | keystrokes | peak RSS |"
    echo "|---|---|---|---|---|---|---|"
    for size in 10K 100K 1M; do
        row resolution-ls $size itu-resolution "$RLS_BIN"
        if [[ -z "${SKIP_HARPER:-}" ]]; then
            # harper-ls lints nothing past 120,000 bytes by default (it then
            # publishes no diagnostics at once): the 1 MB draft is linted.
            (
                export LSP_CONFIGURATION='{"harper-ls": {"maxFileLength": 100000000}}'
                row harper-ls $size markdown "$HARPER" --stdio
            )
        fi
    done
    echo
    $DRIVE folder "$WORK/check10k" 10000
    /usr/bin/time -v -o "$WORK/check.txt" "$RLS_BIN" check "$WORK/check10k" >/dev/null || true
    $DRIVE time "$WORK/check.txt" | python3 -c '
import json, sys
t = json.load(sys.stdin)
wall, cpu, peak = t["wall_s"], t["user_s"] + t["sys_s"], t["peak_mb"]
print(f"`check` of 10,000 files: {wall} s wall, {cpu:.2f} s user+sys "
      f"({cpu / max(wall, 0.01):.2f} cores busy on average), peak {peak} MB.")'
    echo
    $DRIVE folder "$WORK/ws20k" 20000
    json=$($DRIVE workspace "$WORK/ws20k" 20000 -- /usr/bin/time -v -o "$WORK/ws.txt" "$RLS_BIN")
    echo "Workspace of 20,000 files ($(du -sb "$WORK/ws20k" | cut -f1) bytes of text): $json, peak $(peak_mb "$WORK/ws.txt") MB."
} >"$OUT"
