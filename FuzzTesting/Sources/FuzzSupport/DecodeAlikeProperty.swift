@_spi(SmileIDTesting) import Models

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Fuzz {
    /// The property of the `DecodeAlike` target: the package's one-pass decoder
    /// (`PayloadDocument`) reads any bytes as `JSONDecoder` does, for every type a Smile ID body
    /// decodes as (the public ones; ModelsTests add the package's own `SignedFields`): the same
    /// value, or the same `DecodingFailure` (kind, path, text); and the repeated key its pass
    /// finds is the one `JSONPath.firstDuplicateKey(in:)` finds.
    ///
    /// Where both fail naming two members of one object, or one a member and the other "not
    /// valid JSON" (a string or number that cannot be read), the two agree: `JSONDecoder` lists
    /// an object's keys in a `Dictionary`'s order, which changes from one decoding to the next,
    /// so which failing member it meets first is not defined.
    ///
    /// - Returns: What does not hold, or `nil`.
    public static func decodeAlikeViolation(_ bytes: [UInt8]) -> String? {
        let repeated = FuzzingSupport.decodeInOnePass(JSONValue.self, from: bytes).repeatedKey
        if repeated != FuzzingSupport.firstDuplicateKey(in: bytes) {
            return "repeated key \(String(describing: repeated)), but the scanner finds "
                + String(describing: FuzzingSupport.firstDuplicateKey(in: bytes))
        }
        return violation(JobResult.self, bytes) ?? violation(JobStatusResponse.self, bytes)
            ?? violation([JobResult].self, bytes) ?? violation(CompareUserInfoRequest.self, bytes)
            ?? violation(CompareUserInfoResponse.self, bytes) ?? violation(UserInfo.self, bytes)
            ?? violation(UserInfo.self, bytes, userInfo: [.rejectsUnknownKeys: true])
            ?? violation(APIErrorResponse.self, bytes) ?? violation(PartnerParams.self, bytes)
            ?? violation(JSONValue.self, bytes)
    }

    private static func violation<Value: Decodable & Equatable>(
        _: Value.Type, _ bytes: [UInt8], userInfo: [CodingUserInfoKey: any Sendable] = [:]
    ) -> String? {
        let fast = FuzzingSupport.decodeInOnePass(Value.self, from: bytes, userInfo: userInfo).value
        let decoder = JSONDecoder()
        decoder.userInfo = userInfo
        let expected = Result { try decoder.decode(Value.self, from: Data(bytes)) }
        switch (fast, expected) {
        case (.success(let value), .success(let reference)):
            return value == reference ? nil : "\(Value.self): another value than JSONDecoder's"
        case (.failure(let failure), .failure(let error)):
            guard let error = error as? DecodingError else {
                return failure.requirement == "could not be decoded" ? nil : "\(Value.self): \(failure)"
            }
            let reference = DecodingFailure(error)
            if failure == reference || isAnotherMemberOfTheSameObject(failure, reference) { return nil }
            return "\(Value.self): \(failure), but JSONDecoder: \(reference)"
        case (.success, .failure(let error)):
            return "\(Value.self): decodes, but JSONDecoder throws \(error)"
        case (.failure(let failure), .success):
            return "\(Value.self): \(failure), but JSONDecoder decodes"
        }
    }

    /// Whether two failures may both be `JSONDecoder`'s: they name two members of one object (which
    /// fails first follows the order of `allKeys`, a `Dictionary`'s in `JSONDecoder`), or one names a
    /// member and the other is "not valid JSON" (a string or number met first that cannot be read).
    static func isAnotherMemberOfTheSameObject(_ a: DecodingFailure, _ b: DecodingFailure) -> Bool {
        func isMember(_ failure: DecodingFailure) -> Bool {
            if case .key = failure.path.components.last { return true }
            return false
        }
        func isDocument(_ failure: DecodingFailure) -> Bool {
            failure.kind == .invalidJSON && failure.path.components.isEmpty
        }
        if isDocument(a) { return isMember(b) }
        if isDocument(b) { return isMember(a) }
        return isMember(a) && isMember(b) && a.path.components.dropLast() == b.path.components.dropLast()
    }
}
