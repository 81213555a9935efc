import SmileIDInternals

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A Smile ID body read once: decode any of this package's types from it, and learn whether it
/// repeats a key, without scanning it again.
///
/// ```swift
/// let result = try PayloadDocument.read(body) { document throws(DecodingFailure) in
///     if let path = document.repeatedKey { … }          // refuse it, before or after decoding
///     return try document.decode(JobResult.self)
/// }
/// ```
///
/// The bytes are read by ``JSONMapDecoder`` (one pass, no copy), which gives every value and
/// every `DecodingError` Foundation's `JSONDecoder` gives for the same bytes, so a decoding
/// fails with the same ``DecodingFailure`` (kind, path, text) either way. Bodies that begin as
/// UTF-16 or UTF-32 text (which `JSONDecoder` converts) are decoded by `JSONDecoder`.
///
/// `package` access: the intake, the inbox and the `smileid` tool read bodies through it.
package struct PayloadDocument: ~Copyable {
    /// The bytes, valid for the duration of ``read(_:_:)``'s closure.
    private let bytes: UnsafeBufferPointer<UInt8>
    private let storage: Storage

    private enum Storage {
        /// Read into a map.
        case map(JSONMap)
        /// UTF-16 or UTF-32 text: decoded by `JSONDecoder`.
        case foundation
        /// Not JSON: every decoding fails as `JSONDecoder`'s does.
        case invalid
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        do {
            storage = .map(try JSONMap.read(bytes))
        } catch .notUTF8 {
            storage = .foundation
        } catch {
            storage = .invalid
        }
    }

    /// Reads `bytes` and passes the document to `body`; the document must not outlive it.
    package static func read<Result, Failure: Error>(
        _ bytes: some Collection<UInt8>, _ body: (borrowing PayloadDocument) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        if let outcome = bytes.withContiguousStorageIfAvailable({ buffer in
            Swift.Result { () throws(Failure) -> Result in try body(PayloadDocument(bytes: buffer)) }
        }) {
            return try outcome.get()
        }
        return try Array(bytes).withUnsafeBufferPointer { buffer in
            Swift.Result { () throws(Failure) -> Result in try body(PayloadDocument(bytes: buffer)) }
        }.get()
    }

    /// Reads `bytes` and passes the document to `body`; the document must not outlive it. (The
    /// form for bytes already in a buffer: no generic collection and no `Result` in between.)
    package static func read<Result, Failure: Error>(
        _ bytes: UnsafeBufferPointer<UInt8>, _ body: (borrowing PayloadDocument) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try body(PayloadDocument(bytes: bytes))
    }

    /// Decodes one value of `type` from `bytes`.
    ///
    /// - Throws: The ``DecodingFailure`` of the `DecodingError` `JSONDecoder` would throw. A
    ///   repeated key is not checked: read the document for that.
    package static func decode<Value: Decodable>(
        _ type: Value.Type, from bytes: some Collection<UInt8>, userInfo: [CodingUserInfoKey: any Sendable] = [:]
    ) throws(DecodingFailure) -> Value {
        try read(bytes) { document throws(DecodingFailure) in try document.decode(type, userInfo: userInfo) }
    }
}

// MARK: - Reading the document

extension PayloadDocument {
    /// Decodes a value of `type` from the document.
    ///
    /// - Parameter userInfo: Passed to the types (such as `CodingUserInfoKey.rejectsUnknownKeys`).
    /// - Throws: The ``DecodingFailure`` of the `DecodingError` `JSONDecoder` would throw for
    ///   these bytes (`the input could not be decoded` for an error of another kind).
    package func decode<Value: Decodable>(
        _ type: Value.Type, userInfo: [CodingUserInfoKey: any Sendable] = [:]
    ) throws(DecodingFailure) -> Value {
        do {
            switch storage {
            case .map(let map):
                return try JSONMapDecoder(userInfo: userInfo).decode(type, from: map)
            case .foundation:
                let decoder = JSONDecoder()
                decoder.userInfo = userInfo
                return try decoder.decode(type, from: Data(bytes))
            case .invalid:
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(codingPath: [], debugDescription: "The given data was not valid JSON."))
            }
        } catch {
            throw DecodingFailure(describing: error)
        }
    }

    /// Whether the document's top-level object has the key `key` (ASCII), answered from the
    /// map when that object's keys are all plain (ASCII, no escapes) and distinct; `nil`
    /// otherwise (decode a type that asks its container, which also throws the errors).
    package func topLevelObjectHasKey(_ key: StaticString) -> Bool? {
        guard case .map(let map) = storage else { return nil }
        return key.withUTF8Buffer { map.topLevelPlainObjectHasKey($0) }
    }

    /// The path of the first key that repeats within one object (such as
    /// `history[1].ResultCode`), or `nil`: the answer of `JSONPath.firstDuplicateKey(in:)` for
    /// the same bytes, found by the same pass that read them (a body that is not JSON is
    /// scanned again for it, as that scan stops only where it cannot go on).
    package var repeatedKey: JSONPath? {
        switch storage {
        case .map(let map):
            map.firstDuplicateKey.map(JSONPath.init(steps:))
        case .foundation, .invalid:
            JSONPath.firstDuplicateKey(in: bytes)
        }
    }
}

extension JSONPath {
    /// The path of the steps of a repeated key.
    init(steps: [DuplicateKeyScanner.PathStep]) {
        self.init(
            steps.map { step in
                switch step {
                case .key(let key): .key(key)
                case .index(let index): .index(index)
                }
            })
    }
}
