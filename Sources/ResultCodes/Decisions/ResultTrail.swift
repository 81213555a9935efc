public import Models

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
        var rank: Int { resultCode.row?.stage.rank ?? 0 }

        /// The entry of `result`.
        init(_ result: consuming JobResult) {
            self.resultCode = ResultCode(result.resultCode, jobType: result.partnerParams.jobType)
            self.result = result
        }
    }

    /// The entry of a trail of one result, kept inline so that one result needs no array.
    private var single: Entry?
    /// Every entry of a trail of two or more results, in decision order; empty (and
    /// unallocated) otherwise.
    private var many: [Entry]

    /// `job_complete` of a `job_status` response; `nil` for callbacks.
    public let jobComplete: Bool?

    /// The message a `job_status` response sent in place of a result, such as
    /// `"No zip file received"`; `nil` otherwise.
    public let resultMessage: String?
}

// MARK: - Building

extension ResultTrail {
    /// The trail of one callback.
    public init(_ result: consuming JobResult) {
        single = Entry(result)
        many = []
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
        guard !isEmpty else { throw .noResults }
    }

    /// The trail of a `job_status` response: its `history` (oldest first), then its `result`.
    ///
    /// A response without a result (absent, or a message such as `"No zip file received"`) and
    /// without history gives an empty trail: the job has no result yet.
    ///
    /// - Throws: ``ResultTrailError`` when the results are not of one job.
    public init(_ response: JobStatusResponse) throws(ResultTrailError) {
        var arrivals = response.history ?? []
        if let result = response.result?.jobResult { arrivals.append(result) }
        try self.init(arrivals: arrivals, jobComplete: response.jobComplete, resultMessage: response.result?.message)
    }

    private init(arrivals: [JobResult], jobComplete: Bool?, resultMessage: String?) throws(ResultTrailError) {
        self.jobComplete = jobComplete
        self.resultMessage = resultMessage
        single = nil
        many = []
        guard !arrivals.isEmpty else { return }
        guard arrivals.count > 1 else {
            single = Entry(arrivals[0])
            return
        }
        // By index, so that each kept result is copied once, into its entry.
        let (firstID, firstJobType) = (arrivals[0].smileJobID, arrivals[0].partnerParams.jobType)
        var entries: [Entry] = []
        entries.reserveCapacity(arrivals.count)
        for index in arrivals.indices {
            let (id, jobType) = (arrivals[index].smileJobID, arrivals[index].partnerParams.jobType)
            if !firstID.isEmpty, !id.isEmpty, firstID != id { throw .differentJobs(firstID, id) }
            if firstJobType != jobType { throw .differentJobTypes(firstJobType, jobType) }
            let code = arrivals[index].resultCode
            // Through the buffer, so that the kept entries are read in place, not copied.
            let isRedelivery = entries.withUnsafeBufferPointer { kept in
                kept.contains { $0.result.resultCode == code }
            }
            if isRedelivery { continue }  // the first arrival is kept
            entries.append(Entry(arrivals[index]))
        }
        // A stable insertion sort by rank: equal ranks keep their order of arrival. Through the
        // buffer, so that entries are swapped without copies; each rank is read once (it reads
        // the code's row), into a temporary buffer on the stack, and moves with its entry.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: entries.count) { ranks in
            entries.withUnsafeMutableBufferPointer { buffer in
                for index in buffer.indices { ranks.initializeElement(at: index, to: buffer[index].rank) }
                for index in buffer.indices.dropFirst() {
                    var position = index
                    while position > 0, ranks[position - 1] > ranks[position] {
                        buffer.swapAt(position - 1, position)
                        ranks.swapAt(position - 1, position)
                        position -= 1
                    }
                }
            }
        }
        if entries.count == 1 {
            single = entries.removeLast()
        } else {
            many = entries
        }
    }
}

// MARK: - Reading

extension ResultTrail: RandomAccessCollection {
    /// The position of the first entry: 0.
    public var startIndex: Int { 0 }

    /// One past the last entry: the number of results.
    public var endIndex: Int { single == nil ? many.count : 1 }

    /// Whether the trail holds no result (a job-status response without one).
    public var isEmpty: Bool { single == nil && many.isEmpty }

    /// The number of results, redeliveries dropped.
    public var count: Int { endIndex }

    /// The entry at `position`, in decision order.
    public subscript(position: Int) -> Entry {
        precondition(position >= 0 && position < endIndex, "ResultTrail index out of range")
        if let single { return single }
        return many[position]
    }
}

extension ResultTrail {
    /// The job type of the results; `nil` when there are none.
    public var jobType: JobType? {
        single?.result.partnerParams.jobType ?? many.first?.result.partnerParams.jobType
    }

    /// Smile ID's reference number of the job: the first non-empty `SmileJobID`; `nil` when
    /// there is none.
    public var smileJobID: String? {
        if let id = single?.result.smileJobID { return id.isEmpty ? nil : id }
        return many.first { !$0.result.smileJobID.isEmpty }?.result.smileJobID
    }

    /// What Smile ID has said about the job, and whether more is coming.
    ///
    /// This copies the trail into the verdict; `Verdict(trail)` moves a trail you no longer need.
    public var verdict: Verdict { Verdict(copy self) }

    /// The deciding (last) entry's code and `IsFinalResult`, read in place without copying the
    /// entry's result.
    var deciding: (resultCode: ResultCode, isFinalResult: Bool?)? {
        // Optional chaining reads the two fields in place, without copying the entry.
        if let code = single?.resultCode { return (code, single?.result.isFinalResult) }
        if let code = many.last?.resultCode { return (code, many.last?.result.isFinalResult) }
        return nil
    }

    /// The deciding entry's Actions; empty when there is none.
    var decidingActions: Actions {
        single?.result.actions ?? many.last?.result.actions ?? Actions()
    }

    /// The position of the deciding entry; `nil` when there is none.
    var decidingIndex: Int? { isEmpty ? nil : endIndex - 1 }
}
