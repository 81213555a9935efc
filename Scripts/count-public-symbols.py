#!/usr/bin/env python3
"""Counts the public symbols of Models, ResultCodes and UserInfoCompare.

Runs `swift package dump-symbol-graph --minimum-access-level public` (which leaves out `package`,
internal and `@_spi` symbols) and counts the symbols whose accessLevel is public in each module's
graph, including extensions of other modules (ResultCodes@Models). "declared" leaves out the
members the compiler synthesizes or inherits from protocols (`!=`, `hashValue`, ...).

    python3 Scripts/count-public-symbols.py
"""

import json
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
MODULES = ["Models", "ResultCodes", "UserInfoCompare"]


def main() -> None:
    run = subprocess.run(["swift", "package", "--package-path", str(ROOT), "dump-symbol-graph",
                          "--minimum-access-level", "public"], capture_output=True, text=True)
    match = re.search(r"^Files written to (.+)$", run.stdout + run.stderr, re.M)
    if run.returncode != 0 or not match:
        sys.exit(run.stdout + run.stderr)
    graphs = pathlib.Path(match.group(1).strip())
    total = declared_total = 0
    print(f"{'module':<22} {'public':>7} {'declared':>9}")
    for module in MODULES:
        for path in sorted(graphs.glob(f"{module}.symbols.json")) + sorted(graphs.glob(f"{module}@*.symbols.json")):
            symbols = [s for s in json.loads(path.read_text())["symbols"] if s["accessLevel"] == "public"]
            declared = [s for s in symbols if "::SYNTHESIZED::" not in s["identifier"]["precise"]]
            total += len(symbols)
            declared_total += len(declared)
            print(f"{path.name.removesuffix('.symbols.json'):<22} {len(symbols):>7} {len(declared):>9}")
    print(f"{'total':<22} {total:>7} {declared_total:>9}")


if __name__ == "__main__":
    main()
