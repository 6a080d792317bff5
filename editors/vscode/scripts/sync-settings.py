#!/usr/bin/env python3
"""Writes the descriptions of the `resolutionLs.severity` settings in
package.json from docs/diagnostics.md (generated from the rules), whole:
"`name` (default: severity). What it checks." One row per code; codes the
docs have and package.json lacks are added. editors/check-configs.sh fails
when the two differ and names this script."""
import json, re, sys
from pathlib import Path

ext = Path(__file__).resolve().parent.parent
root = ext.parent.parent
ROW = re.compile(r'^\| (?:<a id="rls\d{4}"></a>)?\[?(RLS\d{4})\]?(?:\([^)]*\))? \| ([^|]+) \| ([^|]+) \| (.+) \|$', re.M)
SEVERITIES = ["off", "error", "warning", "info", "hint"]


def expected():
    docs = (root / "docs/diagnostics.md").read_text(encoding="utf-8")
    return {code: f"`{name.strip()}` (default: {sev.strip()}). {text.strip()}"
            for code, name, sev, text in ROW.findall(docs)}


def main():
    path = ext / "package.json"
    pkg = json.loads(path.read_text(encoding="utf-8"))
    props = pkg["contributes"]["configuration"]["properties"]["resolutionLs.severity"]
    want = expected()
    props["properties"] = {code: {"type": "string", "enum": SEVERITIES, "markdownDescription": want[code]}
                           for code in sorted(want)}
    path.write_text(json.dumps(pkg, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(want)} severity settings written to {path.relative_to(root)}")


if __name__ == "__main__":
    sys.exit(main())
