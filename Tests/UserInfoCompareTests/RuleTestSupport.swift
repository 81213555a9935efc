@testable import UserInfoCompare

/// Calls `body` with the UTF-8 bytes of two optional strings, as the comparator lends a field's
/// two sides to its rule.
func withFieldBytes<Result>(
    _ first: String?, _ second: String?,
    _ body: (UnsafeBufferPointer<UInt8>?, UnsafeBufferPointer<UInt8>?) -> Result
) -> Result {
    let firstBytes = first.map { Array($0.utf8) }
    let secondBytes = second.map { Array($0.utf8) }
    return withOptionalBuffer(firstBytes) { first in
        withOptionalBuffer(secondBytes) { second in body(first, second) }
    }
}

private func withOptionalBuffer<Result>(
    _ bytes: [UInt8]?, _ body: (UnsafeBufferPointer<UInt8>?) -> Result
) -> Result {
    guard let bytes else { return body(nil) }
    return bytes.withUnsafeBufferPointer { body($0) }
}

// The rules read bytes; the tests state their cases as strings.

extension AddressRule {
    func outcome(_ first: String?, _ second: String?) -> FieldOutcome {
        withFieldBytes(first, second) { outcome($0, $1) }
    }
}

extension DateRule {
    func outcome(_ first: String?, _ second: String?) -> FieldOutcome {
        withFieldBytes(first, second) { outcome($0, $1) }
    }
}

extension GenderRule {
    func outcome(_ first: String?, _ second: String?) -> FieldOutcome {
        withFieldBytes(first, second) { outcome($0, $1) }
    }
}

extension PhoneRule {
    func outcome(_ first: String?, _ second: String?) -> FieldOutcome {
        withFieldBytes(first, second) { outcome($0, $1) }
    }
}
