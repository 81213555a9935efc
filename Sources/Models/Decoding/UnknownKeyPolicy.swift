extension CodingUserInfoKey {
    /// Set to `true` in a decoder's `userInfo` to make ``UserInfo`` (and the `UserInfoCompare`
    /// module's `CompareCase` and `CompareOptions`) refuse keys they do not know, instead of
    /// ignoring them.
    ///
    /// A misspelt key (`firstName`, `dob_`) is otherwise ignored, and the field it meant to
    /// give is compared as "Not Provided". With the option, decoding throws a
    /// `DecodingError.dataCorrupted` at the key, which ``DecodingFailure`` describes with a hint:
    /// `id_authority.firstName is not a key of UserInfo; did you mean "first_name"?`.
    ///
    /// ```swift
    /// let decoder = JSONDecoder()
    /// decoder.userInfo[.rejectsUnknownKeys] = true
    /// let info = try decoder.decode(UserInfo.self, from: body)
    /// ```
    public static let rejectsUnknownKeys = CodingUserInfoKey(rawValue: "com.smileid.results.rejectsUnknownKeys")!
}

/// The check behind `CodingUserInfoKey.rejectsUnknownKeys`, shared by the types of
/// this package that accept the option.
package enum UnknownKeys {
    /// Whether the decoder asks for unknown keys to be refused.
    package static func areRejected(by decoder: any Decoder) -> Bool {
        decoder.userInfo[.rejectsUnknownKeys] as? Bool ?? false
    }

    /// Throws at the first key of the decoder's object (in sorted order) that is none of
    /// `known`, when the decoder asks for it; does nothing otherwise.
    ///
    /// - Parameters:
    ///   - decoder: The decoder of the object.
    ///   - typeName: The type named in the message, such as `UserInfo`.
    ///   - known: Every key the type accepts.
    package static func check(_ decoder: any Decoder, typeName: String, known: [String]) throws {
        guard areRejected(by: decoder) else { return }
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        let unknown = container.allKeys.filter { !known.contains($0.stringValue) }
        for key in unknown.sorted(by: { $0.stringValue < $1.stringValue }) {
            var requirement = "is not a key of \(typeName)"
            if let suggestion = suggestion(for: key.stringValue, among: known) {
                requirement += "; did you mean \"\(suggestion)\"?"
            } else {
                requirement += "; the keys are " + known.joined(separator: ", ")
            }
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath + [key], debugDescription: requirement,
                    underlyingError: FieldExpectation(requirement, isUnknownKey: true)))
        }
    }

    /// The known key `key` most likely meant: the same letters and digits ignoring case, `_`,
    /// `-` and spaces (`firstName`, `First-Name`), else the nearest by edit distance within 2
    /// (`dob_`, `adress`), else `nil`.
    package static func suggestion(for key: String, among known: [String]) -> String? {
        let folded = fold(key)
        if let same = known.first(where: { fold($0) == folded }) { return same }
        let lowered = Array(key.lowercased().unicodeScalars)
        guard lowered.count <= 64 else { return nil }
        var best: (key: String, distance: Int)?
        for candidate in known {
            let distance = editDistance(lowered, Array(candidate.unicodeScalars))
            if distance <= 2, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.key
    }

    private static func fold(_ key: String) -> String {
        String(String.UnicodeScalarView(key.lowercased().unicodeScalars.filter { $0 != "_" && $0 != "-" && $0 != " " }))
    }

    private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
