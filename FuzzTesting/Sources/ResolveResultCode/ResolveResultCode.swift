import FuzzSupport
import Models
import ResultCodes

/// First byte → job type (0: none; n: `JobType(rawValue: n - 1)`), the rest → the code string.
/// A code that resolves (to a table or as ambiguous) must be exactly four ASCII digits, and
/// every code must keep the string received.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Fuzz.bytes(start, count)
    guard let first = bytes.first else { return 0 }
    let jobType = first == 0 ? nil : JobType(rawValue: Int(first) - 1)
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let code = ResultCode(text, jobType: jobType)
    if code.code != text { Fuzz.fuzzFailure("the code does not keep the string received") }
    let isFourDigits = text.utf8.count == 4 && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    if case .unknown = code {} else if !isFourDigits { Fuzz.fuzzFailure("resolved a code that is not 4 digits") }
    _ = code.description
    _ = code.row
    _ = ResultCode.meanings(of: text)
    return 0
}
