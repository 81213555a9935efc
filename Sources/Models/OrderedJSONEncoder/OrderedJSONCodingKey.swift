/// The coding keys ``OrderedJSONEncoder`` adds to coding paths itself: array indices and the
/// `super` key of `superEncoder()`.
struct OrderedJSONCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }

    /// The key of the element at `index` of an array, as `JSONEncoder` names it (`Index 3`).
    static func index(_ index: Int) -> OrderedJSONCodingKey {
        OrderedJSONCodingKey(stringValue: "Index \(index)", intValue: index)
    }

    /// The key `superEncoder()` encodes under.
    static let `super` = OrderedJSONCodingKey(stringValue: "super")

    private init(stringValue: String, intValue: Int) {
        self.stringValue = stringValue
        self.intValue = intValue
    }
}
