/// Reads the members of the object a ``JSONMapDecoder`` is decoding straight from the map, for
/// the two things a keyed container makes dear: listing the keys (`allKeys` makes a key value
/// per member, and the standard library's `KeyedDecodingContainer` casts the list to
/// `[any CodingKey]` and back, member by member) and reading an object of strings.
///
/// Each answers only in the plain case (a ``JSONMapDecoder``'s decoder at an object whose keys
/// are ASCII without escapes and distinct) and says `nil` otherwise, so that the caller decodes
/// through its containers instead: those give every value and throw every error, and a type's
/// `Decodable` conformance stays the one definition of how it reads. What is answered is what
/// the containers would give.
package enum JSONMapObjectReading {
    /// Whether every key of the object `decoder` is decoding is one of `keys`: `true` means a
    /// container's `allKeys` with a key type that refuses exactly `keys` is empty; `nil` when
    /// `decoder` is not a ``JSONMapDecoder``'s or the object's keys are not all plain and
    /// distinct.
    package static func hasOnlyKeys(_ keys: JSONKeySet, in decoder: any Decoder) -> Bool? {
        guard let decoder = decoder as? JSONMapDecoderImpl else { return nil }
        return decoder.plainObject { map, object, count in
            var member = object &+ 1
            for _ in 0..<count {
                if !keys.contains(map.rawBytes(of: member)) { return false }
                member = map.after(member &+ 1)
            }
            return true
        }
    }

    /// The members of the object `decoder` is decoding, when every value is a string that
    /// reads: each key's text and value's text, in document order, as `allKeys` and
    /// `decode(String.self, forKey:)` give them; `nil` when `decoder` is not a
    /// ``JSONMapDecoder``'s, when the object's keys are not all plain and distinct, or when a
    /// value is not a string or is malformed (the container throws the error then).
    package static func stringMembers(in decoder: any Decoder) -> [(key: String, value: String)]? {
        guard let decoder = decoder as? JSONMapDecoderImpl else { return nil }
        return decoder.plainObject { map, object, count -> [(key: String, value: String)]? in
            var member = object &+ 1
            for _ in 0..<count {
                let value = map.nodes[member &+ 1]
                guard value.kind == .string, value.flags & JSONMap.Flags.isMalformed == 0 else { return nil }
                member = Int(value.next)
            }
            var members: [(key: String, value: String)] = []
            members.reserveCapacity(count)
            member = object &+ 1
            for _ in 0..<count {
                let key = String(decoding: map.rawBytes(of: member), as: UTF8.self)
                guard let value = decoder.text(of: member &+ 1) else { return nil }
                members.append((key, value))
                member = map.after(member &+ 1)
            }
            return members
        } ?? nil
    }
}

extension JSONMapDecoderImpl {
    /// `body` with the map, the node of the object being decoded and its number of members,
    /// when that object's keys are all plain (ASCII, no escapes) and distinct; `nil` otherwise.
    @inline(__always)
    fileprivate func plainObject<T>(_ body: (JSONMap, Int, Int) -> T) -> T? {
        let node = map.nodes[value]
        let refused = JSONMap.Flags.hasInvalidKey | JSONMap.Flags.hasRepeatedKey | JSONMap.Flags.hasTextKeys
        guard node.kind == .object, node.flags & refused == 0 else { return nil }
        return body(map, value, Int(node.count))
    }
}

extension JSONMap {
    /// Whether the document's top-level value is an object of plain, distinct keys (ASCII, no
    /// escapes, none repeated) that has `key` (ASCII bytes), as a keyed container's `contains`
    /// answers; `nil` when the value is not such an object.
    package func topLevelPlainObjectHasKey(_ key: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let root = nodes.first else { return nil }
        let refused = Flags.hasInvalidKey | Flags.hasRepeatedKey | Flags.hasTextKeys
        guard root.kind == .object, root.flags & refused == 0 else { return nil }
        var member = 1
        for _ in 0..<root.count {
            if plainKey(at: member, equals: key) { return true }
            member = after(member &+ 1)
        }
        return false
    }
}
