import Models
import ResultCodes

// MARK: Compact JSON

extension UserInfoComparison {
    /// Appends the compact JSON of ``response(smileJobID:partnerParams:signature:timestamp:verifyIDNumber:)``
    /// with its defaults (no envelope fields, `Verify_ID_Number` `Verified`) to `output`.
    ///
    /// The bytes are exactly those of `OrderedJSONEncoder().encode(comparison.response())`,
    /// written without building the response or a JSON tree: the bulk path of
    /// `smileid compare --jsonl`. SPI, not API (`@_spi(SmileIDTesting) import UserInfoCompare`):
    /// the benchmark package measures the tool's per-line cost with it, from outside the package;
    /// it may change in any release.
    ///
    /// ```swift
    /// var line: [UInt8] = []
    /// comparison.writeCompactJSON(into: &line)
    /// // {"ResultText":"Exact Match","ResultCode":"1020","Actions":{"Return_Personal_Info":…}}
    /// ```
    @_spi(SmileIDTesting)
    public func writeCompactJSON(into output: inout [UInt8]) {
        var length = 0
        forEachPiece { length += $0.utf8CodeUnitCount }
        // Copy each piece into one temporary buffer, then append it in one copy.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer in
            guard let base = buffer.baseAddress else { return }
            var target = base
            forEachPiece { piece in
                target.update(from: piece.utf8Start, count: piece.utf8CodeUnitCount)
                target += piece.utf8CodeUnitCount
            }
            output.append(contentsOf: UnsafeBufferPointer(start: base, count: length))
        }
    }

    /// Calls `body` with each piece of the compact JSON, in order.
    @inline(__always)
    private func forEachPiece(_ body: (StaticString) -> Void) {
        let resultText = Self.jsonText(of: resultCode)
        body(#"{"ResultText":""#)
        body(resultText)
        body(#"","ResultCode":""#)
        body(Self.jsonCode(of: resultCode))
        body(#"","Actions":{"Return_Personal_Info":"Not Applicable","Verify_ID_Number":"Verified","Name":""#)
        body(Self.jsonText(of: name))
        body(#"","DOB":""#)
        body(Self.jsonText(of: dob))
        body(#"","Gender":""#)
        body(Self.jsonText(of: gender))
        body(#"","PhoneNumber":""#)
        body(Self.jsonText(of: phoneNumber))
        body(#"","Address":""#)
        body(Self.jsonText(of: address))
        body(#"","ExpirationDate":""#)
        body(Self.jsonText(of: expirationDate))
        body(#"","ID_Verification":""#)
        body(resultText)
        body(#""}}"#)
    }

    /// An outcome's text in the response, which needs no escaping in JSON.
    private static func jsonText(of outcome: FieldOutcome) -> StaticString {
        switch outcome {
        case .exactMatch: "Exact Match"
        case .partialMatch: "Partial Match"
        case .transposed: "Transposed"
        case .noMatch: "No Match"
        case .notProvided: "Not Provided"
        }
    }

    /// The result code's digits.
    private static func jsonCode(of code: CompareUserInfoCode) -> StaticString {
        switch code {
        case .exactMatch: "1020"
        case .partialMatch: "1021"
        case .noMatch: "1022"
        }
    }

    /// The result code's `ResultText`, which needs no escaping in JSON.
    private static func jsonText(of code: CompareUserInfoCode) -> StaticString {
        switch code {
        case .exactMatch: "Exact Match"
        case .partialMatch: "Partial Match"
        case .noMatch: "No Match"
        }
    }
}
