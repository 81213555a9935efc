import Models
import ResultCodes

// MARK: Compact JSON

extension UserInfoComparison {
    /// Appends the compact JSON of ``response(smileJobID:partnerParams:signature:timestamp:verifyIDNumber:)``
    /// with its defaults (no envelope fields, `Verify_ID_Number` `Verified`) to `output`.
    ///
    /// The bytes are exactly those of `OrderedJSONEncoder().encode(comparison.response())`,
    /// written without building the response or a JSON tree: the bulk path of
    /// `smileid compare --jsonl`.
    ///
    /// ```swift
    /// var line: [UInt8] = []
    /// comparison.writeCompactJSON(into: &line)
    /// // {"ResultText":"Exact Match","ResultCode":"1020","Actions":{"Return_Personal_Info":…}}
    /// ```
    public func writeCompactJSON(into output: inout [UInt8]) {
        let resultText = Self.jsonText(of: resultCode)
        output.append(static: #"{"ResultText":""#)
        output.append(static: resultText)
        output.append(static: #"","ResultCode":""#)
        output.append(static: Self.jsonCode(of: resultCode))
        output.append(static: #"","Actions":{"Return_Personal_Info":"Not Applicable","Verify_ID_Number":"Verified","Name":""#)
        output.append(static: Self.jsonText(of: name))
        output.append(static: #"","DOB":""#)
        output.append(static: Self.jsonText(of: dob))
        output.append(static: #"","Gender":""#)
        output.append(static: Self.jsonText(of: gender))
        output.append(static: #"","PhoneNumber":""#)
        output.append(static: Self.jsonText(of: phoneNumber))
        output.append(static: #"","Address":""#)
        output.append(static: Self.jsonText(of: address))
        output.append(static: #"","ExpirationDate":""#)
        output.append(static: Self.jsonText(of: expirationDate))
        output.append(static: #"","ID_Verification":""#)
        output.append(static: resultText)
        output.append(static: #""}}"#)
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

extension [UInt8] {
    /// Appends a static string's UTF-8 bytes (one copy, no `String` in between).
    fileprivate mutating func append(static text: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}
