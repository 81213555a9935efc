/// What a result code means for the job: the column "Result" of Smile ID's code tables.
///
/// Rejections and approvals are results of a processed job and are charged; errors are not
/// (see ``incursCharge``).
#if hasAttribute(nonexhaustive)
@nonexhaustive
#endif
public enum Outcome: String, Sendable, Hashable, CaseIterable, Codable {
    /// All applicable Actions passed and the job was approved.
    case approved
    /// The job is awaiting or had an inconclusive human review, or part of it could not be
    /// completed. Treat it as approved or apply your own business logic.
    case provisionallyApproved
    /// One or more applicable Actions failed and the job was rejected.
    case rejected
    /// A strict setting holds the user until a human review completes.
    case pending
    /// The job could not be processed for a logical or technical reason ("-" in the tables).
    case error
    /// The ID authority was unavailable but processing continues with the ID card image
    /// (1015 in Biometric KYC).
    case processingContinues
}

extension Outcome: CustomStringConvertible {
    /// The text of Smile ID's "Result" column, such as `Provisionally Approved`, or `Error` for "-".
    public var description: String {
        switch self {
        case .approved: "Approved"
        case .provisionallyApproved: "Provisionally Approved"
        case .rejected: "Rejected"
        case .pending: "Pending"
        case .error: "Error"
        case .processingContinues: "Processing Continues with ID Card Image"
        }
    }
}

// MARK: - Charging

extension Outcome {
    /// Whether Smile ID charges for a job with this outcome.
    ///
    /// Approvals, provisional approvals, rejections and pending results are results of a
    /// processed job and are charged. Errors are not, and neither is
    /// ``processingContinues`` (Smile ID: "you will not be charged in the case of a 1015 Error -
    /// Queried Database Unavailable").
    public var incursCharge: Bool {
        switch self {
        case .approved, .provisionallyApproved, .rejected, .pending: true
        case .error, .processingContinues: false
        }
    }
}
