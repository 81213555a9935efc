#!/usr/bin/env python3
"""The public API of Models, ResultCodes and UserInfoCompare, written down and checked.

Reads the symbol graphs of `swift package dump-symbol-graph` (public and SPI symbols; `package`
and internal ones are not API) and writes one line per declared public symbol, and one per
public conformance, to API/<Module>.txt, sorted, so that each change to the public API is a
visible diff in the commit that makes it. Members the compiler synthesizes or inherits from a
protocol's default implementation (`!=`, `hashValue`, ...) are counted but not listed. SPI symbols
(`@_spi(SmileIDTesting)`, for the fuzz and benchmark packages) are listed with `@_spi` and counted
apart.

    python3 Scripts/public-api.py            # check: fails when API/ differs from the sources (CI)
    python3 Scripts/public-api.py --update   # rewrite API/ from the sources; commit it with the change
    python3 Scripts/public-api.py --count    # the number of public symbols per module

The graphs come from a build of the package (the first run builds it). The dump also tries the
test targets, whose graphs this toolchain does not write; that is reported but ignored, as
long as every module listed here has its graph.
"""

import difflib
import json
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
MODULES = ["Models", "ResultCodes", "UserInfoCompare"]
LISTINGS = ROOT / "API"
# Conformances the compiler adds to every type, whose presence depends on the toolchain.
IMPLIED_CONFORMANCES = {"Swift.SendableMetatype", "Swift.Copyable", "Swift.Escapable"}
TYPE_KINDS = {"swift.struct", "swift.enum", "swift.class", "swift.protocol", "swift.typealias", "swift.actor"}


def symbol_graphs() -> pathlib.Path:
    run = subprocess.run(
        ["swift", "package", "--package-path", str(ROOT), "dump-symbol-graph",
         "--minimum-access-level", "public", "--include-spi-symbols"],
        capture_output=True, text=True)
    output = run.stdout + run.stderr
    match = re.search(r"^Files written to (.+)$", output, re.M)
    graphs = pathlib.Path(match.group(1).strip()) if match else None
    if graphs is None or not all((graphs / f"{module}.symbols.json").exists() for module in MODULES):
        sys.exit(output + "\npublic-api: the symbol graphs of " + ", ".join(MODULES) + " were not written")
    return graphs


def spelled(fragments: list) -> str:
    return re.sub(r"\s+", " ", "".join(fragment["spelling"] for fragment in fragments)).strip()


def module_symbols(graphs: pathlib.Path, module: str) -> tuple[list[str], dict]:
    """The listing's lines for `module`, and its counts."""
    lines: list[str] = []
    counts = {"public": 0, "declared": 0, "types": 0, "spi": 0}
    paths = [graphs / f"{module}.symbols.json"] + sorted(graphs.glob(f"{module}@*.symbols.json"))
    for path in paths:
        graph = json.loads(path.read_text(encoding="utf-8"))
        extended = path.name.removesuffix(".symbols.json").partition("@")[2]
        names: dict[str, str] = {}
        for symbol in graph["symbols"]:
            names[symbol["identifier"]["precise"]] = ".".join(symbol["pathComponents"])
            if symbol["accessLevel"] != "public":
                continue
            spi = symbol.get("spi", False)
            synthesized = "::SYNTHESIZED::" in symbol["identifier"]["precise"]
            if spi:
                counts["spi"] += 1
            else:
                counts["public"] += 1
                counts["declared"] += not synthesized
                counts["types"] += not synthesized and symbol["kind"]["identifier"] in TYPE_KINDS
            if synthesized:
                continue
            name = ".".join(symbol["pathComponents"])
            if extended:
                name = f"{extended}.{name}"
            line = f"{name}: {spelled(symbol['declarationFragments'])}"
            availability = [
                f"{entry.get('domain', '*')} {'.'.join(str(v) for v in entry['introduced'].values())}"
                for entry in symbol.get("availability", []) if "introduced" in entry]
            if availability:
                line += "  [available: " + ", ".join(availability) + "]"
            lines.append(("@_spi " if spi else "") + line)
        for relationship in graph["relationships"]:
            if relationship["kind"] != "conformsTo" or relationship["source"] not in names:
                continue
            if "::SYNTHESIZED::" in relationship["source"]:
                continue
            target = relationship.get("targetFallback") or names.get(relationship["target"], relationship["target"])
            if target in IMPLIED_CONFORMANCES:
                continue
            source = names[relationship["source"]]
            if extended:
                source = f"{extended}.{source}"
            lines.append(f"{source}: conforms to {target}")
    return sorted(set(lines)), counts


def listing(graphs: pathlib.Path, module: str) -> str:
    lines, _ = module_symbols(graphs, module)
    return f"# The public API of {module}, from its symbol graph: Scripts/public-api.py --update\n" + "".join(
        line + "\n" for line in lines)


def main() -> None:
    mode = sys.argv[1] if len(sys.argv) > 1 else "--check"
    if mode not in ("--check", "--update", "--count"):
        sys.exit(__doc__)
    graphs = symbol_graphs()
    if mode == "--count":
        totals = {"public": 0, "declared": 0, "types": 0, "spi": 0}
        print(f"{'module':<16} {'public':>7} {'declared':>9} {'types':>6} {'spi':>4}")
        for module in MODULES:
            _, counts = module_symbols(graphs, module)
            for key in totals:
                totals[key] += counts[key]
            print(f"{module:<16} {counts['public']:>7} {counts['declared']:>9} {counts['types']:>6} {counts['spi']:>4}")
        print(f"{'total':<16} {totals['public']:>7} {totals['declared']:>9} {totals['types']:>6} {totals['spi']:>4}")
        return
    if mode == "--update":
        LISTINGS.mkdir(exist_ok=True)
        for module in MODULES:
            (LISTINGS / f"{module}.txt").write_text(listing(graphs, module), encoding="utf-8")
        print(f"public-api: wrote {', '.join(f'API/{module}.txt' for module in MODULES)}")
        return
    changed = False
    for module in MODULES:
        path = LISTINGS / f"{module}.txt"
        committed = path.read_text(encoding="utf-8") if path.exists() else ""
        current = listing(graphs, module)
        if committed != current:
            changed = True
            sys.stdout.writelines(difflib.unified_diff(
                committed.splitlines(keepends=True), current.splitlines(keepends=True),
                f"API/{module}.txt (committed)", f"API/{module}.txt (the sources)"))
    if changed:
        sys.exit("public-api: the public API changed; review the diff above, then run "
                 "`python3 Scripts/public-api.py --update` and commit API/ with the change")
    print("public-api: API/ matches the sources")


if __name__ == "__main__":
    main()
