public import Models
import SmileIDInternals

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Runs one comparison per line of JSON: the bulk entry point of the `smileid compare` tool
/// and of fuzzing.
///
/// Each line is a ``CompareCase``; the result is the response Smile ID would send, or an error
/// that names what was wrong and where without repeating any value from the line.
///
/// ```swift
/// let processor = CompareLineProcessor()
/// switch processor.process(line: Array(line.utf8)) {
/// case .success(let response): print(response.resultCode)   // "1021"
/// case .failure(let error): print(error)                     // "id_authority.dob must be a string"
/// }
/// ```
///
/// Not part of the package's public API: the `smileid` tool and this repository's fuzz
/// package reach it through `@_spi(SmileIDTesting) import UserInfoCompare`; it may change in
/// any release.
@_spi(SmileIDTesting)
public struct CompareLineProcessor: Sendable, Hashable {
    /// The options for a case that has no `options` of its own.
    public var defaultOptions: CompareOptions
    /// Whether a key this version does not know (`firstName`, `dob_`, `option`) is refused with
    /// ``CompareLineError/unknownKey(path:hint:)`` rather than ignored; `true` by default,
    /// because an ignored misspelt key compares its field as "Not Provided". A case may still
    /// carry ``CompareCase/annotationKeys``.
    public var rejectsUnknownKeys: Bool

    /// Creates a processor; cases without `options` use `defaultOptions`.
    public init(defaultOptions: CompareOptions = .default, rejectsUnknownKeys: Bool = true) {
        self.defaultOptions = defaultOptions
        self.rejectsUnknownKeys = rejectsUnknownKeys
    }

    /// Decodes one line of JSON and compares its two records.
    ///
    /// Never traps: any bytes give a response or an error.
    public func process(line: some Collection<UInt8>) -> Result<CompareUserInfoResponse, CompareLineError> {
        compare(line: line).map { $0.response() }
    }

    /// Compares the two records of a decoded case.
    public func process(_ compareCase: CompareCase) -> Result<CompareUserInfoResponse, CompareLineError> {
        compare(compareCase).map { $0.response() }
    }

    /// Decodes one line of JSON and compares its two records, giving the comparison rather
    /// than the response: the cheapest form for a caller that writes the response itself
    /// (``UserInfoComparison/writeCompactJSON(into:)``).
    ///
    /// Never traps; fails exactly when ``process(line:)`` fails, with the same error.
    public func compare(line: some Collection<UInt8>) -> Result<UserInfoComparison, CompareLineError> {
        // The common shape is compared straight from the line's bytes, with no string made;
        // anything else goes through decodeCase(line:), whose errors the line reports.
        let rejectsUnknownKeys = rejectsUnknownKeys
        let defaultOptions = defaultOptions
        let fast = line.withContiguousStorageIfAvailable { bytes in
            CompareCaseReader.withCase(in: bytes, rejectingUnknownKeys: rejectsUnknownKeys) { view in
                Self.compare(view, defaultOptions: defaultOptions)
            }
        }
        if let fast, let result = fast { return result }
        // A line the reader refused (or could not see) goes straight to Foundation: reading it
        // again would refuse it again.
        return decodeWithFoundation(line: line).flatMap(compare)
    }

    /// The comparison of a case the fast reader lent as bytes.
    private static func compare(
        _ view: CompareCaseReader.CaseView, defaultOptions: CompareOptions
    ) -> Result<UserInfoComparison, CompareLineError> {
        let comparator = UserInfoComparator(options: view.options ?? defaultOptions)
        let callingCode = view.country.flatMap(CallingCodes.code(forCountry:))
        do {
            return .success(try comparator.compare(view.idAuthority, view.document, callingCode: callingCode))
        } catch {
            return .failure(.comparison(error))
        }
    }

    /// Compares the two records of a decoded case, giving the comparison.
    public func compare(_ compareCase: CompareCase) -> Result<UserInfoComparison, CompareLineError> {
        let comparator = UserInfoComparator(options: compareCase.options ?? defaultOptions)
        do {
            return .success(
                try comparator.compare(
                    idAuthority: compareCase.idAuthority, document: compareCase.document, country: compareCase.country))
        } catch {
            return .failure(.comparison(error))
        }
    }

    /// Decodes one line of JSON into a case.
    ///
    /// A line whose JSON repeats a key within one object is refused with
    /// ``CompareLineError/duplicateKey(path:)``: Foundation's decoder would silently keep one
    /// of the values.
    public func decodeCase(line: some Collection<UInt8>) -> Result<CompareCase, CompareLineError> {
        // The common shape is read straight from the bytes; anything else (including every
        // line that fails) goes through JSONDecoder, which gives the errors.
        let rejectsUnknownKeys = rejectsUnknownKeys
        if let read = line.withContiguousStorageIfAvailable({
            CompareCaseReader.read($0, rejectingUnknownKeys: rejectsUnknownKeys)
        }),
            let compareCase = read
        {
            return .success(compareCase)
        }
        return decodeWithFoundation(line: line)
    }

    /// The case of a line by `JSONDecoder` and the duplicate-key scan, whose errors name what
    /// was wrong and where.
    private func decodeWithFoundation(line: some Collection<UInt8>) -> Result<CompareCase, CompareLineError> {
        guard !JSONWhitespace.isBlank(line) else { return .failure(.emptyLine) }
        do {
            let data = Data(line)
            let decoder = JSONDecoder()
            decoder.userInfo[.rejectsUnknownKeys] = rejectsUnknownKeys
            let decoded = try decoder.decode(CompareCase.self, from: data)
            if let path = JSONPath.firstDuplicateKey(in: data) {
                return .failure(.duplicateKey(path: path.description))
            }
            return .success(decoded)
        } catch let error as DecodingError {
            return .failure(Self.lineError(for: error))
        } catch {
            return .failure(.invalidJSON)
        }
    }
}

// MARK: Describing decoding errors

@_spi(SmileIDTesting)
extension CompareLineProcessor {
    /// The line error for a decoding error: its coding path and kind, never its debug text
    /// (which may quote the input).
    static func lineError(for error: DecodingError) -> CompareLineError {
        switch error {
        case .typeMismatch(let type, let context):
            return .wrongType(path: path(context.codingPath), expected: describe(type))
        case .valueNotFound(let type, let context):
            return .wrongType(path: path(context.codingPath), expected: describe(type))
        case .keyNotFound(let key, let context):
            return .missingKey(path: path(context.codingPath + [key]))
        case .dataCorrupted(let context):
            guard !context.codingPath.isEmpty else { return .invalidJSON }
            let failure = DecodingFailure(error)
            if failure.kind == .unknownKey {
                return .unknownKey(path: failure.path.description, hint: failure.requirement)
            }
            let path = path(context.codingPath)
            return .invalidValue(path: path, reason: allowedValues[path] ?? "has a value that is not allowed")
        @unknown default:
            return .invalidJSON
        }
    }

    /// What the values at known paths may be.
    static let allowedValues: [String: String] = [
        "options.date_order": "must be \"day_first\" or \"month_first\"",
        "options.address_partial_threshold": "must be a number from 0 to 1",
    ]

    /// A coding path as `a.b[2].c`.
    static func path(_ codingPath: [any CodingKey]) -> String {
        JSONPath(codingPath).description
    }

    /// The JSON type a Swift type decodes from, such as `"a string"`.
    static func describe(_ type: Any.Type) -> String {
        switch ObjectIdentifier(type) {
        case ObjectIdentifier(String.self): "a string"
        case ObjectIdentifier(Bool.self): "a boolean"
        case ObjectIdentifier(Double.self), ObjectIdentifier(Int.self): "a number"
        case ObjectIdentifier(UserInfo.self), ObjectIdentifier(CompareOptions.self), ObjectIdentifier(CompareCase.self),
            ObjectIdentifier([String: Any].self):
            "an object"
        case ObjectIdentifier(CompareOptions.DateOrder.self): "a string"
        default: "of another JSON type"
        }
    }
}
