import Models

/// The results of one job, deduplicated, in decision order: what Smile ID has said about it so far.
///
/// Build a trail from one callback, from several callbacks in any order (redelivered ones
/// included), or from a `job_status` response (its `history`, oldest first, then its `result`):
///
/// ```swift
/// let one = ResultTrail(callback)                        // never fails
/// let many = try ResultTrail([machine, lookup, lookup])  // any order; redeliveries dropped
/// let status = try ResultTrail(jobStatusResponse)        // history, then result
/// let verdict = many.verdict
/// ```
///
/// - **One job.** Every result must have the same job type and, where present, the same
///   `SmileJobID`; otherwise the initialiser throws ``ResultTrailError``, naming the two IDs.
/// - **Redeliveries.** A result whose code already arrived is dropped; the first arrival is kept.
/// - **Decision order.** The results are ordered by the rank of their code's stage
///   (``Stage/rank``; an unknown code ranks 0), and by arrival among equal ranks. The last is the
///   deciding result (``Verdict/decidingResult``).
///
/// A trail of one result keeps it inline: building it and its ``verdict`` does not allocate.
public struct ResultTrail: Sendable, Hashable {
    /// One result of the trail with its code, resolved in the trail's job type.
    public struct Entry: Sendable, Hashable {
        /// The result as Smile ID sent it.
        public let result: JobResult
        /// The result's code resolved with its job type, as `JobResult.resolvedResultCode`.
        public let resultCode: ResultCode

        /// The rank that orders the trail: the stage's, 0 for a code no table lists.
        var rank: Int { resultCode.stage?.rank ?? 0 }

        /// The entry of `result`.
        init(_ result: JobResult) {
            self.result = result
            self.resultCode = ResultCode(result.resultCode, jobType: result.jobType)
        }
    }

    /// The first entry in decision order, kept inline so that one result needs no array.
    private var head: Entry?
    /// The other entries, in decision order; empty (and unallocated) for one result.
    private var tail: [Entry]

    /// `job_complete` of a `job_status` response; `nil` for callbacks.
    public let jobComplete: Bool?

    /// The message a `job_status` response sent in place of a result, such as
    /// `"No zip file received"`; `nil` otherwise.
    public let resultMessage: String?
}

// MARK: - Building

extension ResultTrail {
    /// The trail of one callback.
    public init(_ result: JobResult) {
        head = Entry(result)
        tail = []
        jobComplete = nil
        resultMessage = nil
    }

    /// The trail of a job's callbacks, in the order they arrived (any order Smile ID sent them in).
    ///
    /// - Throws: ``ResultTrailError/differentJobs(_:_:)`` or
    ///   ``ResultTrailError/differentJobTypes(_:_:)`` when the results are not of one job, and
    ///   ``ResultTrailError/noResults`` when there are none.
    public init(_ results: some Sequence<JobResult>) throws(ResultTrailError) {
        try self.init(arrivals: Array(results), jobComplete: nil, resultMessage: nil)
        guard head != nil else { throw .noResults }
    }

    /// The trail of a `job_status` response: its `history` (oldest first), then its `result`.
    ///
    /// A response without a result (absent, or a message such as `"No zip file received"`) and
    /// without history gives an empty trail: the job has no result yet.
    ///
    /// - Throws: ``ResultTrailError`` when the results are not of one job.
    public init(_ response: JobStatusResponse) throws(ResultTrailError) {
        var arrivals = response.history ?? []
        if let result = response.result { arrivals.append(result) }
        try self.init(arrivals: arrivals, jobComplete: response.jobComplete, resultMessage: response.resultMessage)
    }

    private init(arrivals: [JobResult], jobComplete: Bool?, resultMessage: String?) throws(ResultTrailError) {
        self.jobComplete = jobComplete
        self.resultMessage = resultMessage
        head = nil
        tail = []
        guard let first = arrivals.first else { return }
        guard arrivals.count > 1 else {
            head = Entry(first)
            return
        }
        var entries: [Entry] = []
        entries.reserveCapacity(arrivals.count)
        for result in arrivals {
            try Self.checkSameJob(first, result)
            if entries.contains(where: { $0.result.resultCode == result.resultCode }) { continue }
            entries.append(Entry(result))
        }
        // A stable sort by rank: equal ranks keep their order of arrival.
        let ordered = entries.enumerated().sorted { lhs, rhs in
            lhs.element.rank != rhs.element.rank ? lhs.element.rank < rhs.element.rank : lhs.offset < rhs.offset
        }.map(\.element)
        head = ordered.first
        tail = Array(ordered.dropFirst())
    }

    private static func checkSameJob(_ first: JobResult, _ other: JobResult) throws(ResultTrailError) {
        let (id, otherID) = (first.smileJobID, other.smileJobID)
        if !id.isEmpty, !otherID.isEmpty, id != otherID {
            throw .differentJobs(id, otherID)
        }
        if first.jobType != other.jobType {
            throw .differentJobTypes(first.jobType, other.jobType)
        }
    }
}

// MARK: - Reading

extension ResultTrail: RandomAccessCollection {
    /// The position of the first entry: 0.
    public var startIndex: Int { 0 }

    /// One past the last entry: the number of results.
    public var endIndex: Int { head == nil ? 0 : 1 + tail.count }

    /// The entry at `position`, in decision order.
    public subscript(position: Int) -> Entry {
        precondition(position >= 0 && position < endIndex, "ResultTrail index out of range")
        if position == 0, let head { return head }
        return tail[position - 1]
    }
}

extension ResultTrail {
    /// The job type of the results; `nil` when there are none.
    public var jobType: JobType? { head?.result.jobType }

    /// Smile ID's reference number of the job: the first non-empty `SmileJobID`; `nil` when
    /// there is none.
    public var smileJobID: String? {
        if let id = head?.result.smileJobID, !id.isEmpty { return id }
        return tail.first { !$0.result.smileJobID.isEmpty }?.result.smileJobID
    }

    /// What Smile ID has said about the job, and whether more is coming.
    public var verdict: Verdict { Verdict(self) }
}
