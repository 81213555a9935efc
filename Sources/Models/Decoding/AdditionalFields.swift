import SmileIDInternals

/// Keeps the keys of a JSON object that a type does not model, so that they can be read and
/// encoded back instead of being dropped.
enum AdditionalFields {
    /// Every key of the container's object that is not one of `Modelled`, with its value.
    ///
    /// The container is the one the type decodes its modelled keys from; its `allKeys` lists
    /// only the keys that are not modelled (see ``ObjectKey``).
    /// `decoder` is the one the container was made by: when it is the package's one-pass
    /// decoder and the object has only modelled keys, the answer (none) comes from its map
    /// without listing the keys.
    static func decode<Modelled>(
        from container: KeyedDecodingContainer<ObjectKey<Modelled>>, of decoder: any Decoder
    ) throws -> [String: JSONValue] {
        if JSONMapObjectReading.hasOnlyKeys(Modelled.stringValues.bytes, in: decoder) == true { return [:] }
        var fields: [String: JSONValue] = [:]
        for key in container.allKeys {
            fields[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
        }
        return fields
    }

    /// Encodes `fields` into the encoder's object, sorted by key for a stable output.
    static func encode(_ fields: [String: JSONValue], to encoder: any Encoder) throws {
        guard !fields.isEmpty else { return }
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        for key in fields.keys.sorted() {
            if let value = fields[key] {
                try container.encode(value, forKey: AnyCodingKey(key))
            }
        }
    }
}
