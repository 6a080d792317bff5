#!/usr/bin/env bash
# Writes this clone's location into the Zed and Helix configurations, which
# take the tree-sitter grammar from a git repository or a folder (the project
# has no public address yet): Zed's extension.toml gets `file://<clone>` and
# the current commit, Helix's languages.toml the clone's grammar/ folder.
#   editors/configure.sh            # this clone, HEAD
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rev=$(git -C "$root" rev-parse HEAD)
python3 - "$root" "$rev" <<'PY'
import re, sys
root, rev = sys.argv[1], sys.argv[2]
zed = f"{root}/editors/zed/extension.toml"
s = open(zed).read()
s = re.sub(r'repository = "file://[^"]*"', f'repository = "file://{root}"', s)
s = re.sub(r'(\[grammars\.resolution\][^\[]*?)rev = "[^"]*"', lambda m: m.group(1) + f'rev = "{rev}"', s, flags=re.S)
open(zed, "w").write(s)
helix = f"{root}/editors/helix/languages.toml"
s = open(helix).read()
s = re.sub(r'source = \{ path = "[^"]*" \}', f'source = {{ path = "{root}/grammar" }}', s)
open(helix, "w").write(s)
print(f"Zed and Helix now take the grammar from {root} ({rev[:12]})")
PY
