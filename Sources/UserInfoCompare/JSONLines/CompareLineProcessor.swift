public import Models
import SmileIDInternals

/// Compares the case on one line of JSON straight from its bytes: the bulk path of
/// `smileid compare --jsonl`.
///
/// A line is read as ``CompareCase/init(json:)`` reads bytes, strictly, and compared as
/// ``UserInfoComparator/compare(_:)`` compares a case, with the same outcome and the same errors;
/// what differs is the cost. The common shape of a line is compared from its bytes as they are
/// (no `String` made, no `CompareCase` built), and the errors call the document `the line`.
///
/// ```swift
/// let processor = CompareLineProcessor()
/// switch processor.compare(line: bytes) {
/// case .success(let comparison): comparison.writeCompactJSON(into: &output)
/// case .failure(let failure): print(failure)   // "id_authority.dob must be a string"
/// }
/// ```
///
/// SPI, not API (`@_spi(SmileIDTesting) import UserInfoCompare`): the benchmark package measures
/// the tool's per-line cost through it, and the fuzz package checks that it compares every line
/// as the public path compares the decoded case. It may change in any release.
@_spi(SmileIDTesting)
public struct CompareLineProcessor: Sendable, Hashable {
    /// The options for a case that has no `options` of its own.
    let defaultOptions: CompareOptions
    /// Whether a key this version does not know is refused; only tests turn it off, to compare
    /// the byte-level path with `JSONDecoder` on lines with such keys.
    var rejectsUnknownKeys = true

    /// Creates a processor; cases without `options` use `defaultOptions` (`smileid compare
    /// --lenient` passes ``CompareOptions/lenient``; the fuzz and benchmark packages the default).
    public init(defaultOptions: CompareOptions = .default) {
        self.defaultOptions = defaultOptions
    }

    /// Why a line gave no comparison: the case could not be read, or its records could not be
    /// compared. Names the JSON path or the field, never a value. (SPI with the processor: the
    /// fuzz package compares a line's failure with the public path's.)
    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// The line is not a case: blank, not JSON, or not of the case's form. The document is
        /// called `the line` (`the line must be an object`).
        case decoding(DecodingFailure)
        /// The case was read but its records could not be compared.
        case comparison(UserInfoComparisonError)

        /// What was wrong and where, such as `id_authority.dob must be a string`.
        public var description: String {
            switch self {
            case .decoding(let failure): failure.description
            case .comparison(let error): error.description
            }
        }
    }

    /// Reads and compares the case on one line, its bytes without the line break: what the
    /// benchmark package measures per line, and the fuzz package feeds arbitrary bytes.
    ///
    /// Never traps: any bytes give a comparison or a failure.
    public func compare(line: some Collection<UInt8>) -> Result<UserInfoComparison, Failure> {
        // The common shape is compared straight from the line's bytes, with no string made.
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
        let compareCase: CompareCase
        do {
            compareCase = try Self.decode(line: line, rejectingUnknownKeys: rejectsUnknownKeys)
        } catch {
            return .failure(.decoding(error))
        }
        do {
            return .success(try UserInfoComparator(options: defaultOptions).compare(compareCase))
        } catch {
            return .failure(.comparison(error))
        }
    }

    /// The comparison of a case the byte-level reader lent as bytes.
    static func compare(
        _ view: CompareCaseReader.CaseView, defaultOptions: CompareOptions
    ) -> Result<UserInfoComparison, Failure> {
        let comparator = UserInfoComparator(options: view.options ?? defaultOptions)
        let callingCode = view.country.flatMap(CallingCodes.code(forCountry:))
        do {
            return .success(try comparator.compare(view.idAuthority, view.document, callingCode: callingCode))
        } catch {
            return .failure(.comparison(error))
        }
    }

    /// What the failures of a line call the document.
    static let documentName = "the line"

    /// The case of a line the byte-level reader refused, by ``CompareCase``'s strict decoding,
    /// its failure worded for a line: `the line is empty`, `the line is not valid JSON`.
    static func decode(line: some Collection<UInt8>, rejectingUnknownKeys: Bool) throws(DecodingFailure)
        -> CompareCase
    {
        let root = JSONPath([] as [JSONPath.Component])
        guard !JSONWhitespace.isBlank(line) else {
            throw DecodingFailure(kind: .invalidJSON, path: root, requirement: "is empty", documentName: documentName)
        }
        do {
            return try CompareCase.decode(json: line, rejectingUnknownKeys: rejectingUnknownKeys)
        } catch {
            var failure = error
            failure.documentName = documentName
            if failure.kind == .invalidJSON { failure.requirement = "is not valid JSON" }
            throw failure
        }
    }
}
