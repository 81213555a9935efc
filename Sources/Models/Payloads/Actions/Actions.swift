import SmileIDInternals

/// The `Actions` object of a job result: what each step of the job concluded.
///
/// Keys and values are typed (``ActionKey``, ``ActionResult``); read an entry with the
/// subscript, such as `actions[.livenessCheck]`. Keys that a job type does not use are simply
/// absent, so the subscript answers `nil`. Unknown keys and unknown values are kept and encode
/// back unchanged. Entries encode in a fixed order (``ordered``): known keys in the order of
/// ``ActionKey/allCases`` (which is the order of a `compare_user_info` response), then unknown
/// keys sorted by their text.
public struct Actions: Sendable, Hashable {
    /// Every entry, keyed by action.
    public var entries: [ActionKey: ActionResult]

    /// Creates actions from entries; the default is empty.
    public init(_ entries: [ActionKey: ActionResult] = [:]) {
        self.entries = entries
    }

    /// The value for a key, or `nil` when the job result did not include it.
    public subscript(key: ActionKey) -> ActionResult? {
        get { entries[key] }
        set { entries[key] = newValue }
    }

    /// The entries in encoding order.
    public var ordered: [(key: ActionKey, value: ActionResult)] {
        entries.sorted { lhs, rhs in
            let (left, right) = (lhs.key.encodingRank, rhs.key.encodingRank)
            return left != right ? left < right : lhs.key.rawValue < rhs.key.rawValue
        }
    }

    /// The number of entries.
    public var count: Int { entries.count }

    /// Whether there are no entries.
    public var isEmpty: Bool { entries.isEmpty }
}

extension Actions {
    /// The keys this version does not know, sorted.
    public var unknownKeys: [String] {
        entries.keys.compactMap { key in key.isKnown ? nil : key.rawValue }.sorted()
    }

    /// The entries whose value this version does not know, in encoding order.
    public var unknownValues: [(key: ActionKey, value: String)] {
        ordered.compactMap { entry in entry.value.isKnown ? nil : (entry.key, entry.value.rawValue) }
    }
}

// MARK: - Polarity

extension Actions {
    /// The Actions read as one signal: ``ActionPolarity/fail`` if any action fails, else
    /// ``ActionPolarity/review`` if any asks for a review, else ``ActionPolarity/pass`` if any
    /// passes, else ``ActionPolarity/neutral`` (also when there are no entries).
    public var polarity: ActionPolarity {
        var sawReview = false
        var sawPass = false
        for value in entries.values {
            switch value.polarity {
            case .fail: return .fail
            case .review: sawReview = true
            case .pass: sawPass = true
            case .neutral: break
            }
        }
        return sawReview ? .review : sawPass ? .pass : .neutral
    }
}

// MARK: Codable

extension Actions: Codable {
    /// Decodes a JSON object of strings; every key and value is kept.
    ///
    /// - Throws: `DecodingError.typeMismatch` naming the key when a value is not a string.
    public init(from decoder: any Decoder) throws {
        // An object of strings, read from the package's one-pass decoder's map in one go; any
        // other input (and any other decoder) goes through the container, which throws.
        if let members = JSONMapObjectReading.stringMembers(in: decoder) {
            var entries: [ActionKey: ActionResult] = [:]
            entries.reserveCapacity(members.count)
            for (key, value) in members {
                entries[ActionKey(rawValue: key)] = ActionResult(rawValue: value)
            }
            self.init(entries)
            return
        }
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        let keys = container.allKeys  // with `JSONDecoder`, each call lists (and casts) every key anew
        var entries: [ActionKey: ActionResult] = [:]
        entries.reserveCapacity(keys.count)
        for key in keys {
            entries[ActionKey(rawValue: key.stringValue)] = try Self.value(forKey: key, in: container)
        }
        self.init(entries)
    }

    /// The value at `key`: a string read directly, else (to throw the error `ActionResult`
    /// throws, with its coding path) decoded as an `ActionResult`.
    private static func value(
        forKey key: AnyCodingKey, in container: KeyedDecodingContainer<AnyCodingKey>
    ) throws -> ActionResult {
        if let text = try? container.decode(String.self, forKey: key) {
            return ActionResult(rawValue: text)
        }
        return try container.decode(ActionResult.self, forKey: key)
    }

    /// Encodes a JSON object in the fixed key order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in ordered {
            try container.encode(value, forKey: AnyCodingKey(key.rawValue))
        }
    }
}

extension Actions: CustomStringConvertible {
    /// The entries as `Key: Value` pairs in encoding order.
    public var description: String {
        "Actions(" + ordered.map { "\($0.key.rawValue): \($0.value.rawValue)" }.joined(separator: ", ") + ")"
    }
}
