import FuzzSupport
import Models

/// Byte 0 → options (see `Fuzz.options`), byte 1 → country (`Fuzz.countries`), the rest split
/// at 0x1F into up to 18 fields: the first record's nine in `UserInfo` order, then the
/// second's. Checks symmetry and reflexivity.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Fuzz.bytes(start, count)
    guard bytes.count >= 2 else { return 0 }
    let fields = Fuzz.fields(bytes.dropFirst(2))
    Fuzz.checkProperties(
        Fuzz.userInfo(fields.prefix(9)), Fuzz.userInfo(fields.dropFirst(9).prefix(9)),
        country: Fuzz.countries[Int(bytes[1]) % Fuzz.countries.count], options: Fuzz.options(bytes[0]))
    return 0
}
