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

/// A rule over one field's two sides, as the comparator calls it.
protocol FieldRule {
    func outcome(_ first: UnsafeBufferPointer<UInt8>?, _ second: UnsafeBufferPointer<UInt8>?) -> FieldOutcome
}

extension AddressRule: FieldRule {}
extension DateRule: FieldRule {}
extension GenderRule: FieldRule {}
extension PhoneRule: FieldRule {}

// The rules read bytes; the tests state their cases as strings.
extension FieldRule {
    func outcome(_ first: String?, _ second: String?) -> FieldOutcome {
        withFieldBytes(first, second) { outcome($0, $1) }
    }
}
