@_spi(SmileIDInternals) import Models
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
    package func writeCompactJSON(into output: inout [UInt8]) {
        let resultText = Self.jsonText(of: resultCode)
        output.append(contentsOf: #"{"ResultText":""#.utf8)
        output.append(contentsOf: resultText.utf8)
        output.append(contentsOf: #"","ResultCode":""#.utf8)
        output.append(contentsOf: resultCode.rawValue.utf8)
        output.append(contentsOf: #"","Actions":{"Return_Personal_Info":"Not Applicable","Verify_ID_Number":"Verified","Name":""#.utf8)
        output.append(contentsOf: Self.jsonText(of: name).utf8)
        output.append(contentsOf: #"","DOB":""#.utf8)
        output.append(contentsOf: Self.jsonText(of: dob).utf8)
        output.append(contentsOf: #"","Gender":""#.utf8)
        output.append(contentsOf: Self.jsonText(of: gender).utf8)
        output.append(contentsOf: #"","PhoneNumber":""#.utf8)
        output.append(contentsOf: Self.jsonText(of: phoneNumber).utf8)
        output.append(contentsOf: #"","Address":""#.utf8)
        output.append(contentsOf: Self.jsonText(of: address).utf8)
        output.append(contentsOf: #"","ExpirationDate":""#.utf8)
        output.append(contentsOf: Self.jsonText(of: expirationDate).utf8)
        output.append(contentsOf: #"","ID_Verification":""#.utf8)
        output.append(contentsOf: resultText.utf8)
        output.append(contentsOf: #""}}"#.utf8)
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

    /// The result code's `ResultText`, which needs no escaping in JSON.
    private static func jsonText(of code: CompareUserInfoCode) -> StaticString {
        switch code {
        case .exactMatch: "Exact Match"
        case .partialMatch: "Partial Match"
        case .noMatch: "No Match"
        }
    }
}

extension StaticString {
    /// The string's UTF-8 bytes.
    fileprivate var utf8: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: utf8Start, count: utf8CodeUnitCount)
    }
}
