import Models
import ResultCodes

/// The JSON object `explain --json` and `codes --json` print for one resolved code.
///
/// Keys, in this order: `code`, `known`, then for a known code `table`, `job_types`, `message`,
/// `outcome`, `incurs_charge`, `stage`, `next_step` (the decision layer's readings, as
/// `Fixtures/result-codes.json` lists them) and `footnote` (the table's footnote, as the text
/// prints it, or `null`); for an ambiguous code `candidates` (table names). An unknown code has
/// only `code` and `known`.
struct CodeExplanation: Encodable, Sendable {
    /// The resolved code.
    var resultCode: ResultCode

    enum CodingKeys: String, CodingKey {
        case code
        case known
        case table
        case jobTypes = "job_types"
        case message
        case outcome
        case incursCharge = "incurs_charge"
        case stage
        case nextStep = "next_step"
        case footnote
        case candidates
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(resultCode.code, forKey: .code)
        try container.encode(resultCode.isKnown, forKey: .known)
        if let table = resultCode.table, let row = resultCode.row {
            try container.encode(table.rawValue, forKey: .table)
            try container.encode(table.jobTypes.map(\.rawValue), forKey: .jobTypes)
            try container.encode(row.message, forKey: .message)
            try container.encode(row.outcome.rawValue, forKey: .outcome)
            try container.encode(row.outcome.incursCharge, forKey: .incursCharge)
            try container.encode(row.stage.rawValue, forKey: .stage)
            try container.encode(row.nextStep.rawValue, forKey: .nextStep)
            try container.encodeOrNull(row.footnote, forKey: .footnote)
        } else if case .ambiguous(_, let candidates) = resultCode {
            try container.encode(candidates.map(\.rawValue), forKey: .candidates)
        }
    }
}

// MARK: - Readable names

extension ResultCodeTable {
    /// The table's title with the job types it applies to, such as `Enhanced KYC (job type 5)`
    /// or `General failures (every job type)`.
    var titleWithJobTypes: String {
        let numbers = jobTypes.map { String($0.rawValue) }
        switch numbers.count {
        case 0: return "\(title) (every job type)"
        case 1: return "\(title) (job type \(numbers[0]))"
        default: return "\(title) (job types \(numbers.joined(separator: ", ")))"
        }
    }
}
