extension OrderedJSONEncoder {
    /// How ``OrderedJSONEncoder`` lays out its output.
    public struct OutputFormatting: OptionSet, Sendable, Hashable {
        /// The option bits.
        public let rawValue: UInt

        /// Creates options from their bits.
        public init(rawValue: UInt) {
            self.rawValue = rawValue
        }

        /// One array element or object member per line, indented by two spaces per level,
        /// members written as `"key": value`, empty containers as `[]` and `{}`.
        public static let prettyPrinted = OutputFormatting(rawValue: 1 << 0)

        /// Object keys sorted by their UTF-8 bytes instead of kept in encoding order.
        public static let sortedKeys = OutputFormatting(rawValue: 1 << 1)
    }
}
