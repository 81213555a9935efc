import FuzzSupport
import Models

/// First byte → options (see `Fuzz.options`); the rest split at the first 0x1F into two texts
/// used as both `dob` and `expiration_date` of two records that hold nothing else. This runs
/// the (internal) date parser on both sides, and checks symmetry and reflexivity.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Fuzz.bytes(start, count)
    guard let first = bytes.first else { return 0 }
    let rest = bytes.dropFirst()
    let separator = rest.firstIndex(of: Fuzz.fieldSeparator) ?? rest.endIndex
    let left = String(decoding: rest[..<separator], as: UTF8.self)
    let right = String(decoding: rest[separator...].dropFirst(), as: UTF8.self)
    Fuzz.checkProperties(
        UserInfo(dob: left, expirationDate: right), UserInfo(dob: right, expirationDate: left),
        country: nil, options: Fuzz.options(first))
    return 0
}
