// The `timestamp` of a signed payload arrives as an ISO 8601 string from current API versions
// and as a JSON number (epoch milliseconds, in some tests seconds) from older ones. The signature
// is computed over its text, so the text is kept exactly and the form is remembered to encode it
// back as it came.

extension KeyedDecodingContainer {
    /// The `timestamp` at `key`: a string as received, or a whole JSON number as its decimal
    /// digits (with whether it was a number); `nil` when absent or `null`.
    ///
    /// A number with a fraction is refused (`timestamp must be a string or a whole number`).
    /// A whole number written with a fraction or an exponent (`1.6e12`) is read as its integer
    /// digits, which are not the bytes that were signed: its signature then does not match.
    func decodeSignedTimestampIfPresent(forKey key: Key) throws -> (text: String, isNumber: Bool)? {
        // A string, the common form, in one look-up; absent and `null` fall through to `nil`.
        if let text = try? decodeIfPresent(String.self, forKey: key) {
            return (text, false)
        }
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let number = try? decode(Int.self, forKey: key) {
            return (String(number), true)
        }
        throw DecodingError.typeMismatch(
            String.self,
            DecodingError.Context(
                codingPath: codingPath + [key],
                debugDescription: "\(key.stringValue) must be a string or a whole number",
                underlyingError: FieldExpectation("must be a string or a whole number")))
    }
}

extension KeyedEncodingContainer {
    /// Encodes `timestamp` in the form it arrived in: a JSON number when `isNumber` and the text
    /// is a whole number, else a string; nothing when `nil`.
    mutating func encodeSignedTimestamp(_ timestamp: String?, isNumber: Bool, forKey key: Key) throws {
        guard let timestamp else { return }
        if isNumber, let number = Int(timestamp) {
            try encode(number, forKey: key)
        } else {
            try encode(timestamp, forKey: key)
        }
    }
}
