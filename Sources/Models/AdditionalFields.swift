/// Keeps the keys of a JSON object that a type does not model, so that they can be read and
/// encoded back instead of being dropped.
enum AdditionalFields {
    /// Every key of the decoder's object that is not one of `Keys`, with its value.
    static func decode<Keys: CodingKey & CaseIterable>(
        from decoder: any Decoder, excluding _: Keys.Type
    ) throws -> [String: JSONValue] {
        // `Keys(stringValue:)` matches the key's text against the cases without building a
        // set of every modelled key for each decoded object.
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        var fields: [String: JSONValue] = [:]
        for key in container.allKeys where Keys(stringValue: key.stringValue) == nil {
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
