#!/usr/bin/env bash
# Word documents end to end: a proposal (.docx written by make_proposal.py:
# Word numbering, a fused label typed by hand, tracked changes in a label
# and in a citation, a footnote, a table) is checked and fixed by the CLI;
# LibreOffice (Debian's libreoffice-writer-nogui, driven headless through
# python3-uno by office.py) opens the fixed copy, finds the drafter's and
# resolution-ls's tracked changes, and accepting them all gives the fixed
# text, which the checker then finds clean; rejecting them all gives the
# original text back. Installs the two packages when missing (no
# recommends). Prints `N passed, M failed` last; exits 1 on failure.
# LSP_CMD overrides the binary (default target/release/resolution-ls).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
E2E_NAME="word e2e"
source "$here/../lib.sh"

passed=0 failed=0
check() { # check NAME CONDITION-COMMAND…
  local name="$1"; shift
  if "$@"; then echo "ok $name"; passed=$((passed + 1)); else echo "FAIL $name"; failed=$((failed + 1)); fi
}
finish() { echo "$passed passed, $failed failed"; [ "$failed" = 0 ]; exit $?; }

if ! command -v soffice >/dev/null || ! dpkg -s python3-uno >/dev/null 2>&1; then
  # Only what opening, accepting and saving a .docx needs.
  _e2e_apt_updated=
  missing=()
  for pkg in libreoffice-writer-nogui python3-uno; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  say "apt-get install --no-install-recommends ${missing[*]}"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v soffice >/dev/null || { echo "FAIL LibreOffice is not installed and could not be installed"; failed=1; finish; }
# Debian's python3 carries the uno module, whatever python3 comes first on PATH.
py=/usr/bin/python3

bin="$(server_binary)" || { echo "FAIL build"; failed=1; finish; }
work="$(mktemp -d "${TMPDIR:-/tmp}/rls-word-e2e.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cd "$work"
"$py" "$here/make_proposal.py" proposal.docx
cp proposal.docx original.docx

"$bin" check --format json proposal.docx >before.json
check "check reads the .docx and finds the fused label (RLS0105) at paragraph 7" \
  grep -q '"code": "RLS0105"' before.json
check "the tracked change in a label is reported for what it is (RLS0109)" \
  grep -q 'label changed from e) to d) by a tracked change, not yet accepted' before.json
check "the tracked change in a citation is reported for what it is (RLS0409)" \
  grep -q '"code": "RLS0409"' before.json

"$bin" check --fix proposal.docx >fix.log 2>&1
check "--fix writes proposal.fixed.docx" test -f proposal.fixed.docx
check "--fix leaves the original as it was" cmp -s proposal.docx original.docx

timeout 300 "$py" "$here/office.py" accept proposal.fixed.docx accepted.docx >accept.log 2>&1
status=$?
check "LibreOffice opens the fixed copy and accepts its changes (exit $status)" test "$status" = 0
check "LibreOffice sees the fix as a tracked change by resolution-ls" grep -q '^redline resolution-ls ' accept.log
check "LibreOffice sees the drafter's tracked changes too" grep -q '^redline Drafter ' accept.log
check "no tracked change is left after accepting them all" grep -qx 'redlines left 0' accept.log
check "accepted: the fixed label c)" grep -qP '^text: c\)\tthat five;$' accept.log
check "accepted: no fused label left" bash -c '! grep -q "bc)" accept.log'
check "accepted: the drafter's label d) and revision Dubai, 2018" \
  bash -c 'grep -qP "^text: d\)\tthat six,$" accept.log && grep -q "Rev. Dubai, 2018" accept.log'
"$bin" check --format json accepted.docx >accepted.json
check "the checker finds the accepted document clean of fused labels and tracked changes" \
  bash -c '! grep -qE "\"code\": \"RLS0(105|109|409)\"" accepted.json'

timeout 300 "$py" "$here/office.py" reject proposal.fixed.docx rejected.docx >reject.log 2>&1
status=$?
check "LibreOffice rejects every change (exit $status)" test "$status" = 0
check "rejected: the original text is back (bc), e), Busan, 2014)" \
  bash -c 'grep -qP "^text: bc\)\tthat five;$" reject.log && grep -qP "^text: e\)\tthat six,$" reject.log && grep -q "Rev. Busan, 2014" reject.log'

# Documents Word did not write: LibreOffice saves the project's example
# drafts as .docx; the checker must find in each what it finds in the text.
mkdir examples
for f in "$e2e_root"/examples/*.res; do cat "$f" >"examples/$(basename "${f%.res}").txt"; done
(cd examples && timeout 300 soffice --headless --norestore "-env:UserInstallation=file://$work/profile" \
  --convert-to 'docx:MS Word 2007 XML' --infilter='Text (encoded):UTF8,LF,,,' ./*.txt >convert.log 2>&1)
for t in examples/*.txt; do
  d="${t%.txt}.docx"
  "$bin" check --isolated --format concise "$t" | sed "s|^$t:||" >"$t.found"
  "$bin" check --isolated --format concise "$d" | sed -e "s|^$d:||" -e 's| (paragraph [0-9]* “[^”]*”)$||' -e 's|(footnote [0-9]*[^)]*)$||' >"$d.found"
  check "$(basename "$d") saved by LibreOffice: the same findings as its text ($(grep -c '' "$t.found") lines)" cmp -s "$t.found" "$d.found"
  # Fixed as tracked changes, then accepted by LibreOffice: the text --fix gives.
  "$bin" check --isolated --fix "$d" >/dev/null 2>&1
  if [ -f "${d%.docx}.fixed.docx" ]; then
    cp "$t" "$t.fixed"
    "$bin" check --isolated --fix "$t.fixed" >/dev/null 2>&1
    timeout 300 "$py" "$here/office.py" accept "${d%.docx}.fixed.docx" "${d%.docx}.accepted.docx" >"$d.accept.log" 2>&1
    sed -n 's/^text: //p' "$d.accept.log" | sed 's/[[:space:]]*$//' | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' >"$d.accepted"
    sed 's/[[:space:]]*$//' "$t.fixed" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' >"$t.fixed.trimmed"
    check "$(basename "$d"): its fixes as tracked changes, accepted by LibreOffice, give the text --fix gives ($(grep -c '^redline resolution-ls' "$d.accept.log") changes)" \
      cmp -s "$t.fixed.trimmed" "$d.accepted"
  fi
done

if [ "$failed" != 0 ]; then
  for f in fix.log accept.log reject.log; do echo "--- $f"; cat "$f"; done
fi
finish
