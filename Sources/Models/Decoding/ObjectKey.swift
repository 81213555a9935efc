import SmileIDInternals

/// A key of a JSON object whose type models the keys `Modelled` and keeps every other key
/// (``AdditionalFields``).
///
/// Such a type decodes everything from one container keyed by `ObjectKey<Modelled>`: it names
/// each modelled key with ``modelled(_:)``, and the container's `allKeys` lists only the keys
/// that are not modelled, because ``init(stringValue:)`` refuses the modelled ones. So keeping
/// the unknown keys needs no second container over the object (with `JSONDecoder`, each
/// container builds a dictionary of the whole object) and no dynamic cast of every key.
struct ObjectKey<Modelled: ModelledKeys>: CodingKey {
    let stringValue: String

    /// The key `key` of the type's model.
    static func modelled(_ key: Modelled) -> Self {
        Self(modelled: key.stringValue)
    }

    private init(modelled stringValue: String) {
        self.stringValue = stringValue
    }

    /// A key that is not modelled; `nil` for a modelled key, so that `allKeys` leaves it out.
    init?(stringValue: String) {
        guard !Modelled.stringValues.contains(stringValue) else { return nil }
        self.stringValue = stringValue
    }

    var intValue: Int? { nil }

    init?(intValue: Int) { nil }

    /// The description of the key it stands for (the modelled key, or an ``AnyCodingKey``), so
    /// that the debug text of a `DecodingError` reads as it did when the modelled keys and the
    /// others were decoded from two containers.
    var description: String {
        Modelled(stringValue: stringValue)?.description ?? AnyCodingKey(stringValue).description
    }

    /// The same as ``description``.
    var debugDescription: String {
        Modelled(stringValue: stringValue)?.debugDescription ?? AnyCodingKey(stringValue).debugDescription
    }
}

extension ObjectKey: JSONKeyBytesFilter {
    /// The modelled keys, which ``init(stringValue:)`` refuses.
    static var refusedKeys: JSONKeySet { Modelled.stringValues.bytes }
}

/// The coding keys a type models, of a JSON object whose other keys it keeps (see
/// ``ObjectKey``).
///
/// A conforming type stores `static let stringValues = KeyNames(Self.self)`.
protocol ModelledKeys: CodingKey, CaseIterable {
    /// The text of every case, built once: `ObjectKey` looks each key of a decoded object up in
    /// it instead of comparing the key with every case in turn.
    static var stringValues: KeyNames { get }
}

/// The text of every case of a ``ModelledKeys`` type, grouped by length in UTF-8 bytes, so that
/// a key is compared only with the few cases of its length (no hashing). The cases' texts are
/// ASCII (Smile ID's keys are), so ASCII bytes that equal none of them are no case's `String`.
struct KeyNames: Sendable {
    /// For each length, the texts of that length.
    private let byLength: [[String]]
    /// The same texts, looked up by their bytes.
    let bytes: JSONKeySet

    /// The texts of every case of `Keys`.
    init<Keys: CodingKey & CaseIterable>(_: Keys.Type) {
        let names = Keys.allCases.map(\.stringValue)
        var byLength = [[String]](repeating: [], count: (names.map(\.utf8.count).max() ?? 0) + 1)
        for name in names {
            precondition(name.utf8.allSatisfy { $0 < 0x80 }, "a modelled key is ASCII")
            byLength[name.utf8.count].append(name)
        }
        self.byLength = byLength
        bytes = JSONKeySet(names)
    }

    /// Whether `key` is the text of a case.
    func contains(_ key: String) -> Bool {
        let length = key.utf8.count
        guard length < byLength.count else { return false }
        return byLength[length].contains(key)
    }
}
