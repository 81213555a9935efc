/// A JSON array under construction.
final class OrderedJSONArrayBuilder {
    private var elements: [OrderedJSONPendingValue] = []

    /// The number of elements so far.
    var count: Int { elements.count }

    /// Appends an element.
    func append(_ value: OrderedJSONPendingValue) {
        elements.append(value)
    }

    /// The finished array.
    func finished() throws(EncodingError) -> OrderedJSONNode {
        var nodes: [OrderedJSONNode] = []
        nodes.reserveCapacity(elements.count)
        for element in elements {
            nodes.append(try element.finished())
        }
        return .array(nodes)
    }
}
