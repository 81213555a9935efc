#!/usr/bin/env python3
"""Checks, without an Apple SDK, what can be checked of the Apple platforms Package.swift declares.

CI runs on Linux, where no Apple SDK exists, so nothing here is compiled for an Apple platform.
This script reads the sources instead:

1. Every use in Sources/ of an API from the list below (the Swift standard library's and
   Foundation's availability-gated APIs this kind of code reaches for) must be available on the
   platforms in Package.swift's `platforms:`, or its declaration, or a scope around it (a type,
   a function, an `if #available { }`), must be marked `@available` / `#available` with a
   version at least the API's.
2. Every `#if` chain that names a Linux C library (`canImport(Glibc)`, `canImport(Musl)`,
   `os(Linux)`) has a Darwin branch (`canImport(Darwin)` or `os(macOS)`) in the same chain.
3. Linux-only names (FoundationNetworking, /proc, epoll, sched_getaffinity, ...) appear only
   inside an `#if` that names them or Linux, and FoundationEssentials only under
   `#if canImport(FoundationEssentials)` with an `#else` (Foundation on Darwin).

Run from anywhere: python3 Scripts/check-platforms.py [--list]
(--list prints each gated API found, where, and how it is covered). Python 3.11, standard
library only. The list of APIs is not exhaustive: an API missing from it is not checked, and
only a build with Xcode (`swift build` on macOS, `xcodebuild -destination 'generic/platform=iOS'`)
proves the declared platforms.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCES = ROOT / "Sources"

# (pattern, minimum (macOS, iOS, tvOS, watchOS), what it is)
GATED = [
    (r"\bDuration\b|\.seconds\(|\.milliseconds\(", (13, 16, 16, 9), "Duration (Swift 5.7)"),
    (r"\b(Continuous|Suspending)Clock\b|\bany Clock\b|\bsome Clock\b", (13, 16, 16, 9), "clocks (Swift 5.7)"),
    (r"Task\.sleep\(for:|Task\.sleep\(until:", (13, 16, 16, 9), "Task.sleep(for:) (Swift 5.7)"),
    (r"\bRegex\b|#/|\bfirstRange\(of:|\branges\(of:|\btrimmingPrefix\(|\bwholeMatch\(", (13, 16, 16, 9),
     "string processing (Swift 5.7)"),
    (r"\bwithDiscardingTaskGroup\b|\bwithThrowingDiscardingTaskGroup\b", (14, 17, 17, 10),
     "discarding task groups (Swift 5.9)"),
    (r"\beach [A-Z]\w*\b|\brepeat each\b", (14, 17, 17, 10), "parameter packs in types (Swift 5.9 runtime)"),
    (r"\bU?Int128\b", (15, 18, 18, 11), "Int128 and UInt128 (Swift 6.0)"),
    (r"String\(validating:", (15, 18, 18, 11), "String(validating:as:) (Swift 6.0)"),
    (r"\bMutex<|\bAtomic<|import Synchronization", (15, 18, 18, 11), "Synchronization (Swift 6.0)"),
    (r"\bTaskExecutor\b|executorPreference", (15, 18, 18, 11), "task executors (Swift 6.0)"),
    (r"\bInlineArray\b|\bRawSpan\b|\bMutableSpan\b|\bSpan<|\.span\b", (26, 26, 26, 26), "spans (Swift 6.2)"),
    (r"\.formatted\(|\bDate\.now\b|\bISO8601FormatStyle\b", (12, 15, 15, 8), "Foundation format styles, Date.now"),
    (r"URL\(filePath:|\.appending\(path:|\.appending\(component:", (13, 16, 16, 9), "URL(filePath:)"),
    (r"\bAsyncStream\.makeStream\b", (10.15, 13, 13, 6), "AsyncStream.makeStream (back-deployed)"),
]
PLATFORMS = ("macOS", "iOS", "tvOS", "watchOS")

LINUX_CONDITION = re.compile(r"canImport\((Glibc|Musl|Android|WinSDK)\)|os\(Linux\)")
DARWIN_CONDITION = re.compile(r"canImport\(Darwin\)|os\(macOS\)|os\(iOS\)|canImport\(ObjectiveC\)")
LINUX_ONLY = re.compile(
    r"FoundationNetworking|/proc/|\bepoll_|\bsched_getaffinity\b|\bget_nprocs\b|\binotify_|\beventfd\b"
    r"|\bMSG_NOSIGNAL\b|\bSOCK_CLOEXEC\b|\bO_TMPFILE\b|\bprctl\b|\bGlibc\.")


def version(text):
    parts = [int(part) for part in text.split(".")]
    return parts[0] + (parts[1] / 100 if len(parts) > 1 else 0)


def declared_platforms():
    package = (ROOT / "Package.swift").read_text()
    found = {}
    for name, number in re.findall(r"\.(macOS|iOS|tvOS|watchOS|visionOS)\(\.v(\d+(?:_\d+)?)\)", package):
        found[name] = version(number.replace("_", "."))
    missing = [name for name in PLATFORMS if name not in found]
    if missing:
        sys.exit(f"Package.swift: platforms: declares no {', '.join(missing)}")
    return found


def code_lines(path):
    """The file's lines with comments and string literals' contents blanked (line numbers kept)."""
    text = path.read_text()
    blank = lambda m: "\n" * m.group(0).count("\n")  # noqa: E731
    text = re.sub(r"/\*.*?\*/", blank, text, flags=re.S)
    text = re.sub(r'#*"""(.*?)"""#*', lambda m: '""' + blank(m), text, flags=re.S)
    lines = []
    for line in text.split("\n"):
        line = re.sub(r'(#+)"(.*?)"\1', '""', line)
        line = re.sub(r'"(?:\\.|[^"\\])*"', '""', line)
        lines.append(line.split("//", 1)[0])
    return lines


def covering_lines(lines, index):
    """The lines whose @available / #available cover line `index`: the line itself and the
    attributes just above it, then each enclosing scope's opening line and the attributes
    just above that (braces counted backwards; comments and strings are already blanked)."""

    def with_attributes(at):
        found = [at]
        above = at - 1
        while above >= 0 and lines[above].strip().startswith("@"):
            found.append(above)
            above -= 1
        return found

    result = with_attributes(index)
    depth = 0
    for at in range(index - 1, -1, -1):
        for character in reversed(lines[at]):
            if character == "}":
                depth += 1
            elif character == "{":
                if depth == 0:
                    result += with_attributes(at)
                else:
                    depth -= 1
    return result


def guard_versions(line):
    """The versions an @available(...) or #available(...) on this line names, by platform."""
    result = {}
    for match in re.finditer(r"[@#]available\(([^)]*)\)", line):
        for name, number in re.findall(r"\b(macOS|iOS|tvOS|watchOS)\s+(\d+(?:\.\d+)?)", match.group(1)):
            result[name] = version(number)
    return result


def check_gated(path, lines, declared, listing, problems):
    for number, line in enumerate(lines, 1):
        for pattern, minimum, what in GATED:
            if not re.search(pattern, line):
                continue
            needed = dict(zip(PLATFORMS, minimum))
            if all(declared[name] >= needed[name] for name in PLATFORMS):
                listing.append(f"{path}:{number}: {what}: the declared platforms cover it")
                continue
            covered = False
            for index in covering_lines(lines, number - 1):
                guard = guard_versions(lines[index])
                if guard and all(guard.get(name, 0) >= needed[name] for name in PLATFORMS):
                    covered = True
                    break
            if covered:
                listing.append(f"{path}:{number}: {what}: behind @available / #available")
            else:
                wanted = ", ".join(f"{name} {needed[name]:g}" for name in PLATFORMS)
                problems.append(
                    f"{path}:{number}: {what} needs {wanted}, above the declared platforms, and neither "
                    "its declaration nor a scope around it is marked @available or inside #available")


def check_conditionals(path, lines, problems):
    stack = []  # each open #if chain: [line number, names a Linux library, has a Darwin branch, branch lines]
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped.startswith("#if "):
            stack.append([number, bool(LINUX_CONDITION.search(stripped)), bool(DARWIN_CONDITION.search(stripped))])
        elif stripped.startswith("#elseif ") and stack:
            stack[-1][1] |= bool(LINUX_CONDITION.search(stripped))
            stack[-1][2] |= bool(DARWIN_CONDITION.search(stripped))
        elif stripped.startswith("#endif") and stack:
            start, linux, darwin = stack.pop()
            if linux and not darwin:
                problems.append(f"{path}:{start}: an #if chain names a Linux C library but has no Darwin branch")
        if LINUX_ONLY.search(line) and not stripped.startswith("#"):
            guarded = any(linux or "FoundationNetworking" in lines[start - 1] for start, linux, _ in stack)
            if not guarded:
                problems.append(f"{path}:{number}: a Linux-only name outside an #if for Linux: {stripped}")
        if re.match(r"\s*(\w+\s+)*import FoundationEssentials\b", line):
            if not stack or "canImport(FoundationEssentials)" not in lines[stack[-1][0] - 1]:
                problems.append(f"{path}:{number}: import FoundationEssentials outside #if canImport(FoundationEssentials)")
    for start, _, _ in stack:
        problems.append(f"{path}:{start}: #if without #endif")


def check_foundation_fallback(path, text, problems):
    for match in re.finditer(r"#if canImport\(FoundationEssentials\)\n(.*?)#endif", text, flags=re.S):
        if "#else" not in match.group(1) or "Foundation" not in match.group(1).split("#else", 1)[1]:
            line = text[: match.start()].count("\n") + 1
            problems.append(f"{path}:{line}: #if canImport(FoundationEssentials) without #else import Foundation")


def main():
    declared = declared_platforms()
    problems, listing = [], []
    files = sorted(SOURCES.rglob("*.swift"))
    for path in files:
        relative = path.relative_to(ROOT)
        lines = code_lines(path)
        check_gated(relative, lines, declared, listing, problems)
        check_conditionals(relative, lines, problems)
        check_foundation_fallback(relative, path.read_text(), problems)
    if "--list" in sys.argv:
        print("\n".join(listing))
    platforms = ", ".join(f"{name} {declared[name]:g}" for name in declared)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(f"check-platforms: {len(problems)} problem(s) against platforms {platforms}")
    print(f"check-platforms: {len(files)} files, {len(listing)} uses of gated APIs, all within {platforms} "
          "or behind @available/#available; every Linux #if has a Darwin branch")


if __name__ == "__main__":
    main()
