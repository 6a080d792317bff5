#!/usr/bin/env bash
# Checks the editor configurations that cannot all run here:
#   - TOML syntax (python3 tomllib) of Helix's languages.toml and the Zed
#     extension, and that their names agree with each other;
#   - the VS Code extension's JSON files, its settings against
#     docs/diagnostics.md, its commands against the code;
#   - the first-line pattern (VS Code, Zed, Emacs, Neovim) on real first
#     lines that must and must not match;
#   - every tree-sitter query (grammar/, Zed) against the grammar, with the
#     tree-sitter CLI when installed;
#   - the Emacs package byte-compiles without warnings (when emacs is here);
#   - the Neovim setup, headless (when nvim and the server binary are here);
#   - the Zed extension compiles (cargo check; CHECK_ZED=0 skips it).
# Prints `N passed, M failed` last; exits 1 on failure.
set -uo pipefail
editors="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$editors/.." && pwd)"
# Cargo's target directory, as cargo resolves it from the top of the clone.
target_dir="${CARGO_TARGET_DIR:-$root/target}"
case "$target_dir" in /*) ;; *) target_dir="$root/$target_dir" ;; esac
export PATH="$HOME/.cargo/bin:$PATH"
passed=0
failed=0
skipped=0
ok() { passed=$((passed + 1)); printf 'ok   %s\n' "$*"; }
bad() { failed=$((failed + 1)); printf 'FAIL %s\n' "$*"; }
skip() { skipped=$((skipped + 1)); printf 'skip %s\n' "$*"; }
run() { # run NAME COMMAND...: pass when the command succeeds, show its output when not
  local name="$1"; shift
  local out
  if out="$("$@" 2>&1)"; then out="$(grep -v '^Loading /etc/emacs' <<<"$out")"; ok "$name${out:+ — $(printf '%s' "$out" | tail -n 1)}"; else bad "$name"; printf '%s\n' "$out" | sed 's/^/     /'; fi
}

# --- TOML, JSON and cross-file agreement (python3) -------------------------
run "TOML, JSON and names agree (Helix, Zed, VS Code)" python3 - "$root" <<'PY'
import json, re, sys, tomllib, pathlib
root = pathlib.Path(sys.argv[1]); ed = root / "editors"
def toml(p): return tomllib.loads((ed / p).read_text(encoding="utf-8"))
helix = toml("helix/languages.toml")
zext = toml("zed/extension.toml")
zlang = toml("zed/languages/itu-resolution/config.toml")
toml("zed/Cargo.toml")
problems = []
# Helix: the language uses a defined server and grammar.
lang = next(l for l in helix["language"] if l["name"] == "itu-resolution")
for s in lang["language-servers"]:
    if s not in helix["language-server"]: problems.append(f"helix: server {s} not defined")
if lang["grammar"] not in [g["name"] for g in helix["grammar"]]: problems.append("helix: grammar not defined")
if helix["language-server"]["resolution-ls"]["command"] != "resolution-ls": problems.append("helix: command")
# Zed: the language's grammar and server are the extension's.
if zlang["grammar"] not in zext["grammars"]: problems.append("zed: grammar of config.toml not in extension.toml")
for s in zext["language_servers"].values():
    if zlang["name"] not in s["languages"]: problems.append("zed: language server not bound to the language")
if zext["grammars"]["resolution"].get("path") != "grammar": problems.append("zed: grammar path")
# VS Code: JSON files parse; settings cover every rule code; commands exist in the code.
pkg = json.loads((ed / "vscode/package.json").read_text(encoding="utf-8"))
json.loads((ed / "vscode/language-configuration.json").read_text(encoding="utf-8"))
json.loads((ed / "vscode/syntaxes/itu-resolution.tmLanguage.json").read_text(encoding="utf-8"))
docs = set(re.findall(r"^\| (?:<a id=\"rls\d{4}\"></a>)?\[?(RLS\d{4})(?:\]\([^)]*\))? \|", (root / "docs/diagnostics.md").read_text(encoding="utf-8"), re.M))
props = pkg["contributes"]["configuration"]["properties"]
listed = set(props["resolutionLs.severity"]["properties"])
if docs != listed: problems.append(f"vscode: severity codes differ from docs/diagnostics.md: +{sorted(listed - docs)} -{sorted(docs - listed)}")
# Each setting's description is the docs' row, whole (it was once cut at the first colon).
for m in re.finditer(r'^\| (?:<a id="rls\d{4}"></a>)?(RLS\d{4}) \| ([^|]+) \| ([^|]+) \| (.+) \|$', (root / "docs/diagnostics.md").read_text(encoding="utf-8"), re.M):
    code, name, sev, text = (g.strip() for g in m.groups())
    got = props["resolutionLs.severity"]["properties"].get(code, {}).get("markdownDescription")
    if got is not None and got != f"`{name}` (default: {sev}). {text}":
        problems.append(f"vscode: the description of {code} is not docs/diagnostics.md's row: run editors/vscode/scripts/sync-settings.py")
src = "".join(p.read_text(encoding="utf-8") for p in (ed / "vscode/src").glob("*.ts"))
for c in pkg["contributes"]["commands"]:
    if f'registerCommand("{c["command"]}"' not in src: problems.append(f"vscode: command {c['command']} is not registered")
if pkg["contributes"]["languages"][0]["id"] != "itu-resolution": problems.append("vscode: language id")
# Activation only for drafts, never for every plain-text or Markdown file (issue 13).
for ev in pkg["activationEvents"]:
    if ev in ("*", "onStartupFinished") or (ev.startswith("onLanguage:") and ev != "onLanguage:itu-resolution"):
        problems.append(f"vscode: activation event {ev} starts the extension for files that are not drafts")
if any("example.invalid" in json.dumps(v) for v in (pkg.get("repository"), pkg.get("publisher"), pkg.get("homepage"))):
    problems.append("vscode: example.invalid in publisher/repository/homepage")
if not (ed / "vscode" / pkg.get("icon", "-")).is_file(): problems.append("vscode: no icon")
# The first-line pattern is the same in VS Code and Zed.
fl = pkg["contributes"]["languages"][0]["firstLine"]
if zlang["first_line_pattern"].replace("\\x{feff}", "\\ufeff") != fl: problems.append("zed: first_line_pattern differs from VS Code's firstLine")
if problems:
    print("\n".join(problems)); sys.exit(1)
print(f"{len(docs)} rule codes, {len(pkg['contributes']['commands'])} commands")
PY

# --- the first-line pattern on real first lines ----------------------------
samples="$(mktemp)"
trap 'rm -f "$samples"' EXIT
{
  printf 'Y\t%s\n' "RESOLUTION 101 (REV. BUCHAREST, 2022)" "MOD EUR/XX/1 RESOLUTION 28 (REV.WRC-15)" \
    "第77号决议（2022年，基加利，修订版）" "第2号决议（2022年，布加勒斯特，修订版）" "世界电信发展大会（2022年，基加利），" \
    "The World Telecommunication Standardization Assembly (Geneva, 2022)," \
    "The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),"
  printf 'N\t%s\n' "# Example drafts" "总秘书处（SG）" "引言" "Meeting notes" "The quick brown fox (2022)" \
    "世界电信标准化全会第1号决议规定了批准ITU-T建议书所须遵循的程序。" "Resolution 5 says that members shall pay."
  for f in "$root"/examples/*.res "$root"/tests/e2e/vscode/fixtures/*.res; do printf 'Y\t%s\n' "$(head -n 1 "$f")"; done
  seed="$root/../shared/seeds/000_64240273032ad6eb.txt"
  [ -f "$seed" ] && printf 'Y\t%s\n' "$(head -n 1 "$seed")"
} >"$samples"
if command -v node >/dev/null; then
  run "VS Code firstLine (JavaScript RegExp) on $(wc -l <"$samples") first lines" node -e '
    const fs = require("fs");
    const re = new RegExp(require(process.argv[1]).contributes.languages[0].firstLine);
    let bad = [];
    for (const line of fs.readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean)) {
      const [want, text] = line.split("\t");
      if (re.test(text) !== (want === "Y")) bad.push(`${want === "Y" ? "should match" : "should not match"}: ${text}`);
    }
    if (bad.length) { console.log(bad.join("\n")); process.exit(1); }' "$editors/vscode/package.json" "$samples"
else
  skip "VS Code firstLine: node not installed"
fi
if command -v emacs >/dev/null; then
  run "Emacs resolution-ls-first-line-regexp on the same lines" emacs --batch -l "$editors/emacs/resolution-ls.el" --eval '
    (let ((bad nil))
      (with-temp-buffer
        (insert-file-contents (car command-line-args-left))
        (dolist (line (split-string (buffer-string) "\n" t))
          (let* ((want (string-prefix-p "Y" line)) (text (substring line 2))
                 (got (let ((case-fold-search nil)) (string-match-p resolution-ls-first-line-regexp text))))
            (unless (eq want (and got t)) (push text bad)))))
      (when bad (princ (format "wrong on: %S\n" bad)) (kill-emacs 1)))' "$samples"
  run "Emacs package byte-compiles without warnings" bash -c '
    tmp="$(mktemp -d)"; trap "rm -rf \"$tmp\"" EXIT; cp "$1" "$tmp/"
    emacs --batch --eval "(progn (package-initialize) (setq byte-compile-error-on-warn t))" \
      -f batch-byte-compile "$tmp/resolution-ls.el" 2>&1 | grep -v "^Loading"; test -f "$tmp/resolution-ls.elc"' _ "$editors/emacs/resolution-ls.el"
else
  skip "Emacs checks: emacs not installed"
fi

# --- tree-sitter queries against the grammar --------------------------------
if command -v tree-sitter >/dev/null; then
  for q in "$root"/grammar/queries/*.scm "$editors"/zed/languages/itu-resolution/*.scm; do
    run "query ${q#"$root"/} compiles against the grammar" \
      bash -c 'cd "$1/grammar" && tree-sitter query "$2" ../examples/misnumbered-zh.res >/dev/null' _ "$root" "$q"
  done
else
  skip "tree-sitter queries: the tree-sitter CLI is not installed (cargo install --locked tree-sitter-cli@0.25.10)"
fi

# --- Neovim, headless -------------------------------------------------------
nvim="${NVIM:-nvim}"
server="${LSP_CMD:-$target_dir/release/resolution-ls}"
if command -v "$nvim" >/dev/null && [ -x "$server" ]; then
  draft="$root/tests/e2e/vscode/fixtures/seed-000-like.res"
  tmp="$(mktemp -d)"
  cat "$draft" >"$tmp/draft.res"; cat "$draft" >"$tmp/draft.txt"
  command -v cc >/dev/null && "$editors/neovim/build-parser.sh" >/dev/null 2>&1
  out="$(cd "$tmp" && LSP_CMD="$server" DRAFT="$tmp/draft.res" DRAFT_TXT="$tmp/draft.txt" \
    timeout 60 "$nvim" --headless --clean -c "luafile $editors/neovim/check.lua" 2>&1)"
  status=$?
  rm -rf "$tmp"
  while IFS= read -r line; do
    case "$line" in
      ok\ *) ok "neovim: ${line#ok   }" ;;
      FAIL*) bad "neovim: ${line#FAIL }" ;;
      skip*) skip "neovim: ${line#skip }" ;;
    esac
  done <<<"$out"
  [ "$status" = 0 ] || grep -q '^FAIL' <<<"$out" || bad "neovim check exited with $status: $(tail -n 3 <<<"$out")"
else
  skip "Neovim check: needs nvim and $server"
fi

# --- the Zed extension compiles ----------------------------------------------
if [ "${CHECK_ZED:-1}" = 1 ] && command -v cargo >/dev/null; then
  run "Zed extension: cargo check (host target; Zed itself builds wasm32-wasip1)" \
    bash -c 'cd "$1/zed" && cargo check --quiet --target-dir "$2/zed-extension"' _ "$editors" "$target_dir"
else
  skip "Zed extension build (CHECK_ZED=0 or no cargo)"
fi

for s in "$editors"/vscode/scripts/package.sh "$editors"/neovim/build-parser.sh "$root"/tests/e2e/vscode/run.sh "$root"/tests/e2e/emacs/run.sh "$0"; do
  run "bash -n ${s#"$root"/}" bash -n "$s"
done

[ "$skipped" = 0 ] || echo "($skipped skipped: see above)"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
