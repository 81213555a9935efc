#!/usr/bin/env python3
"""Checks that the README's Hummingbird and Vapor handlers are, character for character, the
sources this package compiles: the block between `<!-- BEGIN hummingbird -->` and
`<!-- END hummingbird -->` (without its ```swift fence) is Sources/HummingbirdExample/main.swift,
and the `vapor` block is Sources/VaporExample/main.swift. `swift build` compiles both, so the
README shows code that compiles as pasted into an app depending on the framework.

    python3 Examples/CallbackServer/Scripts/check-readme-handlers.py
"""

import difflib
import pathlib
import re
import sys

PACKAGE = pathlib.Path(__file__).resolve().parent.parent
README = PACKAGE.parent.parent / "README.md"
BLOCKS = {"hummingbird": "Sources/HummingbirdExample/main.swift", "vapor": "Sources/VaporExample/main.swift"}


def block(text: str, name: str) -> str:
    match = re.search(rf"<!-- BEGIN {name} -->\n```swift\n(.*?)```\n<!-- END {name} -->", text, re.S)
    if not match:
        sys.exit(f"check-readme-handlers: README.md has no ```swift block between <!-- BEGIN {name} --> "
                 f"and <!-- END {name} -->")
    return match.group(1)


def main() -> int:
    readme = README.read_text(encoding="utf-8")
    failed = False
    for name, path in BLOCKS.items():
        shown = block(readme, name)
        source = (PACKAGE / path).read_text(encoding="utf-8")
        if shown != source:
            failed = True
            sys.stdout.writelines(difflib.unified_diff(
                source.splitlines(keepends=True), shown.splitlines(keepends=True),
                fromfile=f"Examples/CallbackServer/{path}", tofile=f"README.md ({name} block)"))
        else:
            print(f"README.md {name} block == Examples/CallbackServer/{path}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
