public import Models

/// Why results could not be read as the trail of one job.
///
/// The messages name Smile ID's job IDs and job types, never a personal value.
public enum ResultTrailError: Error, Sendable, Hashable {
    /// Two results have different `SmileJobID`s: the first result's, then the other's.
    case differentJobs(String, String)
    /// Two results have different job types: the first result's, then the other's.
    case differentJobTypes(JobType, JobType)
    /// A list of callbacks held no result.
    case noResults
}

extension ResultTrailError: CustomStringConvertible {
    /// One sentence, such as `the results are of two jobs: SmileJobID 0000000104 and 0000000105`.
    public var description: String {
        switch self {
        case .differentJobs(let first, let second):
            "the results are of two jobs: SmileJobID \(first) and \(second)"
        case .differentJobTypes(let first, let second):
            "the results are of two job types: \(first) and \(second)"
        case .noResults:
            "there is no job result to read"
        }
    }
}
