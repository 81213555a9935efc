/// A dictionary whose entries ``OrderedJSONEncoder`` writes in sorted key order.
///
/// A `Dictionary` encodes its entries in its hash order, which differs from run to run; the
/// encoder writes `String`- and `Int`-keyed dictionaries itself, sorted, to stay deterministic.
protocol OrderedJSONSortableDictionary {
    /// The entries sorted by key (`String` keys by UTF-8 bytes, `Int` keys by value), or `nil`
    /// when the keys are of another type, which the dictionary's own encoding then handles.
    func sortedEntries() -> [(key: OrderedJSONCodingKey, value: any Encodable)]?
}

extension Dictionary: OrderedJSONSortableDictionary where Value: Encodable {
    func sortedEntries() -> [(key: OrderedJSONCodingKey, value: any Encodable)]? {
        if Key.self == String.self {
            return self.compactMap { entry -> (key: String, value: any Encodable)? in
                guard let key = entry.key as? String else { return nil }
                return (key, entry.value)
            }
            .sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            .map { (OrderedJSONCodingKey(stringValue: $0.key), $0.value) }
        }
        if Key.self == Int.self {
            return self.compactMap { entry -> (key: Int, value: any Encodable)? in
                guard let key = entry.key as? Int else { return nil }
                return (key, entry.value)
            }
            .sorted { $0.key < $1.key }
            .map { (OrderedJSONCodingKey(intValue: $0.key), $0.value) }
        }
        return nil
    }
}
