public import Models

// MARK: - Reading the JSON form

extension DecisionPolicy: Codable {
    /// Decodes the JSON form strictly.
    ///
    /// - Throws: ``DecisionPolicyError`` naming the place and what is allowed, for an unknown
    ///   key at any level, a value outside its set or a wrong type.
    public init(from decoder: any Decoder) throws {
        try self.init(json: try JSONValue(from: decoder))
    }

    /// Reads the JSON form from a parsed document.
    ///
    /// - Throws: ``DecisionPolicyError`` naming the place and what is allowed.
    public init(json: JSONValue) throws(DecisionPolicyError) {
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

    /// The members of an object with only `keys`, in any order.
    static func object(_ json: JSONValue, at path: JSONPath, keys: [String]) throws(DecisionPolicyError)
        -> [String: JSONValue]
    {
        guard case .object(let members) = json else {
            throw DecisionPolicyError(
                path: path, problem: "must be a JSON object with the keys \(keys.joined(separator: ", "))")
        }
        if let unknown = members.keys.sorted().first(where: { !keys.contains($0) }) {
            let place = path.components.isEmpty ? "the policy" : "\(path)"
            throw DecisionPolicyError(
                path: Self.path(path, unknown),
                problem: "is not a key of \(place); allowed: \(keys.joined(separator: ", "))")
        }
        return members
    }

    /// One of a string enumeration's raw values.
    static func choice<Choice: RawRepresentable<String> & CaseIterable>(_ json: JSONValue, at path: JSONPath)
        throws(DecisionPolicyError) -> Choice
    {
        guard case .string(let text) = json, let choice = Choice(rawValue: text) else {
            let allowed = Choice.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecisionPolicyError(path: path, problem: "must be one of \(allowed)")
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

    init(json: JSONValue, at path: JSONPath) throws(DecisionPolicyError) {
        let object = try DecisionPolicy.object(json, at: path, keys: ["require", "else"])
        let requirePath = DecisionPolicy.path(path, "require")
        guard let requireValue = object["require"] else {
            throw DecisionPolicyError(
                path: requirePath,
                problem: "is missing; partial_match needs both require and else")
        }
        guard let fallback = object["else"] else {
            throw DecisionPolicyError(
                path: DecisionPolicy.path(path, "else"),
                problem: "is missing; partial_match needs both require and else (review or reject)")
        }
        let fieldNames = Self.fields.map(\.rawValue)
        let members = try DecisionPolicy.object(requireValue, at: requirePath, keys: fieldNames)
        let outcomeNames = Self.outcomes.map(\.rawValue).joined(separator: ", ")
        var require: [ActionKey: Set<ActionResult>] = [:]
        for (name, value) in members {
            let fieldPath = DecisionPolicy.path(requirePath, name)
            guard case .array(let items) = value, !items.isEmpty else {
                throw DecisionPolicyError(
                    path: fieldPath, problem: "must be a non-empty array of field outcomes: \(outcomeNames)")
            }
            var allowed: Set<ActionResult> = []
            for (index, item) in items.enumerated() {
                guard case .string(let text) = item, Self.outcomes.contains(ActionResult(rawValue: text)) else {
                    throw DecisionPolicyError(
                        path: JSONPath(fieldPath.components + [.index(index)]),
                        problem: "must be one of \(outcomeNames)")
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
