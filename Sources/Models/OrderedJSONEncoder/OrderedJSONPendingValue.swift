/// A value in a tree that ``OrderedJSONEncoder`` is still building.
///
/// Containers handed out by an `Encoder` stay writable until encoding ends, and a
/// `superEncoder` is filled only after it is returned; both are held by reference here and
/// turned into ``OrderedJSONNode``s by ``finished()`` once their encoder is done.
enum OrderedJSONPendingValue {
    /// A value that is already finished.
    case node(OrderedJSONNode)
    /// An object that may still receive members.
    case object(OrderedJSONObjectBuilder)
    /// An array that may still receive elements.
    case array(OrderedJSONArrayBuilder)
    /// The value a `superEncoder` will have produced.
    case encoder(OrderedJSONTreeEncoder)

    /// The finished value.
    ///
    /// - Throws: the first error a `superEncoder` in the tree recorded.
    func finished() throws(EncodingError) -> OrderedJSONNode {
        switch self {
        case .node(let node): node
        case .object(let object): try object.finished()
        case .array(let array): try array.finished()
        case .encoder(let encoder): try encoder.finishedValue()
        }
    }
}
