public import Models

// MARK: - Description

extension ResultCodeTable: CustomStringConvertible {
    /// A readable name, such as `SmartSelfie Authentication`.
    public var title: String { definition.title }

    /// The same as ``title``.
    public var description: String { title }
}

// MARK: - Job types

extension ResultCodeTable {
    /// The job types whose results use this table; empty for ``general``, which applies to all.
    public var jobTypes: [JobType] { definition.jobTypes }

    /// Whether this table applies to results of `jobType` (``general`` applies to every job type).
    public func applies(to jobType: JobType) -> Bool {
        self == .general || jobTypes.contains(jobType)
    }

    /// The tables specific to `jobType`, in the order a code is looked up in them (the order of
    /// the cases).
    ///
    /// ``general`` is not listed: it is consulted after these for every job type. Job types
    /// without a table of their own, and unknown ones, have none.
    public static func tables(for jobType: JobType) -> [ResultCodeTable] {
        allCases.filter { $0 != .general && $0.jobTypes.contains(jobType) }
    }

    /// Every job type with a table of its own, in `job_type` order, each once; the job types
    /// listed by help texts and the README.
    package static var jobTypesWithTables: [JobType] {
        var numbers: [Int] = []
        for table in allCases {
            for jobType in table.jobTypes where !numbers.contains(jobType.rawValue) {
                numbers.append(jobType.rawValue)
            }
        }
        return numbers.sorted().map(JobType.init(rawValue:))
    }
}

// MARK: - Codes

extension ResultCodeTable {
    /// The code type of this table, such as `BiometricKYCCode.self`.
    public var codeType: any SmileIDResultCode.Type { definition.codeType }

    /// Every code of this table, in the order of Smile ID's documentation.
    public var codes: [ResultCode] { codeType.allResultCodes }
}
