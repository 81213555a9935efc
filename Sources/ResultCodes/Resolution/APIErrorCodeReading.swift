public import Models

/// An `APIErrorResponse`'s code read against the tables, saying whether the table was
/// known or only guessed.
///
/// An error response does not say which job type the failed request had. When the caller gives
/// it, the code is resolved in that job type's tables and the General failures. When it does
/// not, a code found in one job-specific table only (2413 is listed only for Compare User Info)
/// is resolved to that table as a **guess**, marked by ``isGuess``, because the same number may
/// mean something else (or nothing) for the request that actually failed.
///
/// ```swift
/// let error = APIErrorResponse(code: "2413", error: "user_id is missing")
/// let reading = error.codeReading(jobType: nil)
/// reading.isGuess        // true: 2413 is only listed for Compare User Info
/// reading.description    // "2413 (guessed from the table Compare User Info errors; give the job type)"
/// error.codeReading(jobType: .compareUserInfo).isGuess   // false
/// ```
public struct APIErrorCodeReading: Sendable, Hashable, CustomStringConvertible {
    /// The resolved code; ``ResultCode/unknown(_:)`` for a code outside the tables (such as
    /// `2217`), kept as received.
    public var code: ResultCode
    /// Whether the table was chosen without a job type from a table of one job type only.
    public var isGuess: Bool

    /// Reads `code` for `jobType`, as described on the type.
    public init(code: String, jobType: JobType?) {
        let resolved = ResultCode(code, jobType: jobType)
        self.code = resolved
        switch resolved {
        case .general, .unknown, .ambiguous:
            isGuess = false
        default:
            isGuess = jobType == nil
        }
    }

    /// The code, and for a guess the table it was guessed from, such as
    /// `2413 (guessed from the table Compare User Info errors; give the job type)`.
    public var description: String {
        guard isGuess, let table = code.table else { return code.code }
        return "\(code.code) (guessed from the table \(table.title); give the job type)"
    }
}

extension APIErrorResponse {
    /// The error code read for the failed request's job type; without one, a code of a single
    /// job-specific table is marked as a guess (see ``APIErrorCodeReading``).
    public func codeReading(jobType: JobType?) -> APIErrorCodeReading {
        APIErrorCodeReading(code: code, jobType: jobType)
    }
}
