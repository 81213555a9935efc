import TestSupport

/// The README's examples print; in this test module their `print` calls this one, which hands
/// the line to the running test's ``PrintedLines`` instead of standard output.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    PrintedLines.record(items, separator: separator)
}
