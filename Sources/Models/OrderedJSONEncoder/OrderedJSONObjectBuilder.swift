/// A JSON object under construction that keeps its keys in first-insertion order.
///
/// Setting a key a second time replaces its value in place, as `JSONEncoder` does.
final class OrderedJSONObjectBuilder {
    private var keys: [String] = []
    private var values: [OrderedJSONPendingValue] = []
    private var indexByKey: [String: Int] = [:]

    /// Sets the value of `key`, appending the key when it is new.
    func set(_ value: OrderedJSONPendingValue, forKey key: String) {
        if let index = indexByKey[key] {
            values[index] = value
        } else {
            indexByKey[key] = keys.count
            keys.append(key)
            values.append(value)
        }
    }

    /// The value of `key`, if it was set.
    func value(forKey key: String) -> OrderedJSONPendingValue? {
        indexByKey[key].map { values[$0] }
    }

    /// The finished object, members in first-insertion order.
    func finished() throws(EncodingError) -> OrderedJSONNode {
        var members: [OrderedJSONNode.Member] = []
        members.reserveCapacity(keys.count)
        for (key, value) in zip(keys, values) {
            members.append(OrderedJSONNode.Member(key: key, value: try value.finished()))
        }
        return .object(members)
    }
}
