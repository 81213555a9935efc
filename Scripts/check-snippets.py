#!/usr/bin/env python3
"""Builds every Swift block of README.md and of the DocC articles the way a newcomer would use it.

In a temporary folder, next to a link named `swift-smileid-results` to this repository (a path
dependency's package identity is its folder's name), it makes a new package from the README's
first `Package.swift` block (its `.package(url: ..., branch: "main")` replaced by that path),
with one executable target per Swift example: the block, pasted alone as `main.swift`. The
`moduleAliases` manifest and its example get a package of their own. Then it checks that each
`switch` example does NOT compile without its `@unknown default:` line (a `@nonexhaustive` enum;
needs Swift 6.2.3 or later) or without its `default:` line (a `RawRepresentable` struct of an
open set, such as `JobType`): each such line and the one after it are removed in turn.

The Swift blocks of the DocC articles (Sources/<Module>/Documentation.docc/*.md) are built the
same way, each pasted alone as a `main.swift` of the same package.

Skipped: the Vapor and Hummingbird handlers, which need those frameworks.

    python3 Scripts/check-snippets.py
"""

import os
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
URL_DEPENDENCY = '.package(url: "https://github.com/<owner>/swift-smileid-results.git", branch: "main")'
PATH_DEPENDENCY = '.package(path: "../swift-smileid-results")'
PRODUCTS = """[
            .product(name: "Models", package: "swift-smileid-results"),
            .product(name: "ResultCodes", package: "swift-smileid-results"),
            .product(name: "UserInfoCompare", package: "swift-smileid-results"),
        ]"""
# Each line a `switch` example must not compile without (the line and the next one removed),
# with what the compiler says then.
REQUIRED_LINES = {
    "NoUnknownDefault": ("@unknown default:", "may have additional unknown values"),
    "NoDefault": ("default:", "switch must be exhaustive"),
}
# A block calling one of these is a Vapor or Hummingbird handler: it needs the framework.
FRAMEWORK_CALLS = ("app.post(", "app.on(", "router.post(")


def swift_blocks(path: pathlib.Path = ROOT / "README.md") -> list:
    return re.findall(r"```swift\n(.*?)```", path.read_text(encoding="utf-8"), re.S)


def docc_blocks() -> dict:
    """The Swift blocks of every DocC article, by a target name such as `DocCModelsModels1`."""
    blocks = {}
    for article in sorted(ROOT.glob("Sources/*/Documentation.docc/*.md")):
        module = article.parent.parent.name
        for index, block in enumerate(swift_blocks(article)):
            name = re.sub(r"[^A-Za-z0-9]", "", f"DocC{module}{article.stem}{index + 1}")
            blocks[name] = block
    return blocks


def make_package(folder: pathlib.Path, manifest: str, targets: dict) -> None:
    if URL_DEPENDENCY not in manifest:
        sys.exit("check-snippets: a Package.swift block no longer has the dependency line "
                 + URL_DEPENDENCY)
    manifest = manifest.replace(URL_DEPENDENCY, PATH_DEPENDENCY)
    extra = "".join(f'        .executableTarget(name: "{name}", dependencies: {PRODUCTS}),\n'
                    for name in targets if name != "App")
    manifest = manifest.replace("        ]),\n    ]\n)", "        ]),\n" + extra + "    ]\n)")
    folder.mkdir(parents=True)
    (folder / "Package.swift").write_text(manifest, encoding="utf-8")
    for name, code in targets.items():
        (folder / "Sources" / name).mkdir(parents=True)
        (folder / "Sources" / name / "main.swift").write_text(code, encoding="utf-8")


def build(folder: pathlib.Path, product: str) -> subprocess.CompletedProcess:
    return subprocess.run(["swift", "build", "--package-path", str(folder), "--product", product],
                          capture_output=True, text=True)


def main() -> None:
    blocks = swift_blocks()
    manifests = [b for b in blocks if b.startswith("// swift-tools-version:")]
    frameworks = [b for b in blocks if any(call in b for call in FRAMEWORK_CALLS)]
    examples = [b for b in blocks if b not in manifests and b not in frameworks]
    plain_manifest = next(m for m in manifests if "moduleAliases" not in m)
    alias_manifest = next(m for m in manifests if "moduleAliases" in m)
    alias_examples = [b for b in examples if "import SmileIDModels" in b]
    examples = [b for b in examples if b not in alias_examples]
    if len(alias_examples) != 1:
        sys.exit(f"check-snippets: expected one example importing SmileIDModels, found {len(alias_examples)}")

    with tempfile.TemporaryDirectory() as temporary:
        work = pathlib.Path(temporary)
        os.symlink(ROOT, work / "swift-smileid-results")
        app = work / "app"
        targets = {"App": 'import Models\nprint(JobType(rawValue: 1))\n'}
        targets.update({f"Example{index + 1}": block for index, block in enumerate(examples)})
        articles = docc_blocks()
        targets.update(articles)
        removals = {}  # target name -> the error its build must fail with
        for prefix, (marker, error) in REQUIRED_LINES.items():
            switches = [b for b in examples if any(line.strip() == marker for line in b.splitlines())]
            for index, block in enumerate(switches):
                lines = block.splitlines(keepends=True)
                at = next(i for i, line in enumerate(lines) if line.strip() == marker)
                targets[f"{prefix}{index + 1}"] = "".join(lines[:at] + lines[at + 2:])
                removals[f"{prefix}{index + 1}"] = (marker, error)
        if not all(any(name.startswith(prefix) for name in removals) for prefix in REQUIRED_LINES):
            sys.exit("check-snippets: expected a switch example with `default:` and one with "
                     "`@unknown default:`")
        make_package(app, plain_manifest, targets)
        alias = work / "alias"
        make_package(alias, alias_manifest, {"App": alias_examples[0]})

        failed = False
        for folder, product in [(app, name) for name in targets if name not in removals] + [(alias, "App")]:
            result = build(folder, product)
            status = "ok" if result.returncode == 0 else "FAILED"
            print(f"{folder.name}/{product}: {status}")
            if result.returncode != 0:
                failed = True
                print(result.stdout[-4000:] + result.stderr[-4000:])
        for product, (marker, error) in removals.items():
            result = build(app, product)
            refused = result.returncode != 0 and error in result.stdout + result.stderr
            print(f"app/{product} (no {marker}): {'refused, as it must be' if refused else 'COMPILED'}")
            if not refused:
                failed = True
                print(result.stdout[-4000:] + result.stderr[-4000:])
        if failed:
            sys.exit("check-snippets: a README or DocC example does not build as pasted")
        print(f"check-snippets: {len(targets) - len(removals) - len(articles) - 1} README examples, "
              f"{len(articles)} DocC examples and 2 manifests build as pasted; {len(removals)} switches "
              "refused without their default lines")


if __name__ == "__main__":
    main()
