public import Models

// MARK: - Reading the JSON form

extension DecisionPolicy: Codable {
    /// Decodes the JSON form strictly.
    ///
    /// - Throws: `DecodingFailure` naming the place and what is allowed, for an unknown key at
    ///   any level, a value outside its set or a wrong type.
    public init(from decoder: any Decoder) throws {
        try self.init(json: try JSONValue(from: decoder))
    }

    /// Reads the JSON form from a parsed document.
    ///
    /// - Throws: `DecodingFailure` naming the place and what is allowed, such as
    ///   `partial_match.require.Nmae is not a key of partial_match.require; allowed: Name, DOB,
    ///   Gender, PhoneNumber, Address, ExpirationDate`; the document itself is `the policy`.
    ///   The message never repeats a value of the document.
    public init(json: JSONValue) throws(DecodingFailure) {
        let root = JSONPath([JSONPath.Component]())
        let object = try Self.object(json, at: root, keys: ["provisional", "partial_match", "unknown_code"])
        self.init()
        if let value = object["provisional"] {
            provisional = try Self.choice(value, at: Self.path(root, "provisional"))
        }
        if let value = object["partial_match"] {
            partialMatch = try PartialMatchRule(json: value, at: Self.path(root, "partial_match"))
        }
        if let value = object["unknown_code"] {
            unknownCode = try Self.choice(value, at: Self.path(root, "unknown_code"))
        }
    }

    /// Encodes the JSON form, every key written (defaults included).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(provisional, forKey: Key("provisional"))
        try container.encodeIfPresent(partialMatch, forKey: Key("partial_match"))
        try container.encode(unknownCode, forKey: Key("unknown_code"))
    }

    /// `path` with `key` appended.
    static func path(_ path: JSONPath, _ key: String) -> JSONPath {
        JSONPath(path.components + [.key(key)])
    }

    /// What a policy's messages call the document itself.
    static let documentName = "the policy"

    /// The failure at `path` of a policy document.
    static func failure(_ kind: DecodingFailure.Kind, at path: JSONPath, _ requirement: String) -> DecodingFailure {
        DecodingFailure(kind: kind, path: path, requirement: requirement, documentName: documentName)
    }

    /// The members of an object with only `keys`, in any order.
    static func object(_ json: JSONValue, at path: JSONPath, keys: [String]) throws(DecodingFailure)
        -> [String: JSONValue]
    {
        guard case .object(let members) = json else {
            throw failure(.wrongType, at: path, "must be a JSON object with the keys \(keys.joined(separator: ", "))")
        }
        if let unknown = members.keys.sorted().first(where: { !keys.contains($0) }) {
            let place = path.components.isEmpty ? documentName : "\(path)"
            throw failure(
                .unknownKey, at: Self.path(path, unknown),
                "is not a key of \(place); allowed: \(keys.joined(separator: ", "))"
            )
        }
        return members
    }

    /// One of a string enumeration's raw values.
    static func choice<Choice: RawRepresentable<String> & CaseIterable>(_ json: JSONValue, at path: JSONPath)
        throws(DecodingFailure) -> Choice
    {
        guard case .string(let text) = json, let choice = Choice(rawValue: text) else {
            let allowed = Choice.allCases.map(\.rawValue).joined(separator: ", ")
            throw failure(json.isString ? .invalidValue : .wrongType, at: path, "must be one of \(allowed)")
        }
        return choice
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

extension DecisionPolicy.PartialMatchRule: Codable {
    /// Decodes `{"require": {...}, "else": ...}` strictly; see ``DecisionPolicy/init(json:)``.
    public init(from decoder: any Decoder) throws {
        try self.init(json: try JSONValue(from: decoder), at: JSONPath([.key("partial_match")]))
    }

    init(json: JSONValue, at path: JSONPath) throws(DecodingFailure) {
        let object = try DecisionPolicy.object(json, at: path, keys: ["require", "else"])
        let requirePath = DecisionPolicy.path(path, "require")
        guard let requireValue = object["require"] else {
            throw DecisionPolicy.failure(
                .missingKey, at: requirePath, "is missing; partial_match needs both require and else")
        }
        guard let fallback = object["else"] else {
            throw DecisionPolicy.failure(
                .missingKey, at: DecisionPolicy.path(path, "else"),
                "is missing; partial_match needs both require and else (review or reject)")
        }
        let fieldNames = Self.fields.map(\.rawValue)
        let members = try DecisionPolicy.object(requireValue, at: requirePath, keys: fieldNames)
        let outcomeNames = Self.outcomes.map(\.rawValue).joined(separator: ", ")
        var require: [ActionKey: Set<ActionResult>] = [:]
        for (name, value) in members {
            let fieldPath = DecisionPolicy.path(requirePath, name)
            guard case .array(let items) = value, !items.isEmpty else {
                throw DecisionPolicy.failure(
                    value.isArray ? .invalidValue : .wrongType, at: fieldPath,
                    "must be a non-empty array of field outcomes: \(outcomeNames)")
            }
            var allowed: Set<ActionResult> = []
            for (index, item) in items.enumerated() {
                guard case .string(let text) = item, Self.outcomes.contains(ActionResult(rawValue: text)) else {
                    throw DecisionPolicy.failure(
                        item.isString ? .invalidValue : .wrongType,
                        at: JSONPath(fieldPath.components + [.index(index)]),
                        "must be one of \(outcomeNames)")
                }
                allowed.insert(ActionResult(rawValue: text))
            }
            require[ActionKey(rawValue: name)] = allowed
        }
        self.init(
            require: require, otherwise: try DecisionPolicy.choice(fallback, at: DecisionPolicy.path(path, "else")))
    }

    /// Encodes `{"require": {...}, "else": ...}`: fields and outcomes in the spec's order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DecisionPolicy.Key.self)
        var fields = container.nestedContainer(keyedBy: DecisionPolicy.Key.self, forKey: DecisionPolicy.Key("require"))
        let keys =
            Self.fields.filter { require[$0] != nil }
            + require.keys.filter { !Self.fields.contains($0) }
            .sorted { $0.rawValue < $1.rawValue }
        for key in keys {
            let allowed = require[key] ?? []
            let ordered =
                Self.outcomes.filter(allowed.contains)
                + allowed.filter { !Self.outcomes.contains($0) }
                .sorted { $0.rawValue < $1.rawValue }
            try fields.encode(ordered.map(\.rawValue), forKey: DecisionPolicy.Key(key.rawValue))
        }
        try container.encode(otherwise, forKey: DecisionPolicy.Key("else"))
    }
}

// MARK: - JSON types

extension JSONValue {
    /// Whether the value is a string (a value of the wrong set rather than of the wrong type).
    fileprivate var isString: Bool {
        if case .string = self { return true }
        return false
    }

    /// Whether the value is an array.
    fileprivate var isArray: Bool {
        if case .array = self { return true }
        return false
    }
}
