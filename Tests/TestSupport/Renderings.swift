/// The ways a value reaches a log, for tests that check personal data is redacted.
public enum Renderings {
    /// `String(describing:)`, `String(reflecting:)`, interpolation and `dump` of `value`.
    public static func of(_ value: Any) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        return [String(describing: value), String(reflecting: value), "\(value)", dumped]
    }

    /// Each `(value, rendering)` pair where one of `personalValues` appears in a rendering of
    /// `value`; empty when every rendering is clean.
    public static func leaks(of value: Any, among personalValues: [String]) -> [(value: String, rendering: String)] {
        of(value).flatMap { rendering in
            personalValues.filter { rendering.contains($0) }.map { (value: $0, rendering: rendering) }
        }
    }
}
