import Models
import SmileIDInternals

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

// MARK: - Ticking

extension JobInbox {
    /// Does once what is due at `now`: confirms each due job with `job_status` (a new delivery,
    /// a retry, a reconciliation), decides, and emits what changed. Returns at once when nothing
    /// is due; starts no thread and no timer. Call it about once a second (``run(every:now:)``
    /// does), from one task or from every instance sharing the store: a job's confirmation
    /// lease keeps two from confirming it at once.
    ///
    /// Never throws: a store or transport failure is counted in the report and the work stays
    /// due (a failed confirmation waits its backoff).
    public func tick(now: Date) async -> TickReport {
        var report = TickReport()
        let due: [JobKey]
        do {
            due = try await store.dueJobs(at: now, limit: max(0, configuration.confirmationsPerTick))
        } catch {
            report.storeErrors += 1
            return report
        }
        report.due = due.count
        let width = max(1, configuration.concurrentConfirmations)
        await withTaskGroup(of: Visit.self) { group in
            var pending = due.makeIterator()
            for _ in 0..<width {
                guard let job = pending.next() else { break }
                group.addTask { await self.visit(job, now: now) }
            }
            for await visit in group {
                report.add(visit)
                if let job = pending.next() { group.addTask { await self.visit(job, now: now) } }
            }
        }
        report.emitted.sort { $0.sequence < $1.sequence }
        return report
    }

    /// Calls ``tick(now:)`` every `interval` until the task is cancelled: the loop a server runs
    /// in one task.
    ///
    /// - Parameters:
    ///   - interval: The time between ticks: 1 s by default.
    ///   - now: The clock.
    /// - Throws: `CancellationError` when the task is cancelled.
    public func run(every interval: Duration = .seconds(1), now: @Sendable () -> Date = { Date() }) async throws {
        while true {
            try Task.checkCancellation()
            _ = await tick(now: now())
            try await Task.sleep(for: interval)
        }
    }

    /// What happened to one due job.
    enum Visit: Sendable {
        /// Another inbox had it, or it was no longer due.
        case skipped
        case confirmed(OutboxEntry?)
        case decidedDirectly(OutboxEntry?)
        case failed(ConfirmationFailure)
        case storeError
    }

    /// Claims, confirms, decides and settles one job.
    func visit(_ job: JobKey, now: Date) async -> Visit {
        let lease = ConfirmationLease(
            holder: String(UInt64.random(in: .min ... .max), radix: 36),
            expiresAt: now.addingTimeInterval(Self.seconds(configuration.confirmationLease)))
        do {
            guard let claimed = try await store.claimConfirmation(of: job, lease: lease, now: now) else {
                return .skipped
            }
            if !needsJobStatus(claimed) {
                return .decidedDirectly(try await settle(claimed, lease: lease, now: now))
            }
            let answer: JobStatusResponse
            switch await askJobStatus(for: job, now: now) {
            case .success(let response):
                answer = response
            case .failure(let failure):
                let failures = claimed.failedConfirmations + 1
                let retryAt = now.addingTimeInterval(
                    Self.seconds(configuration.retryBackoff.delay(afterFailures: failures)))
                _ = try await store.recordConfirmation(
                    .failed(retryAt: isGivenUp(claimed, at: retryAt) ? nil : retryAt), of: job, lease: lease, now: now)
                return .failed(failure)
            }
            guard
                let confirmed = try await store.recordConfirmation(
                    .confirmed(answer, coversArrivals: claimed.arrivals), of: job, lease: lease, now: now)
            else { return .skipped }
            return .confirmed(try await settle(confirmed, lease: lease, now: now))
        } catch {
            return .storeError
        }
    }

    /// Whether a claimed job needs `job_status`: always in ``ConfirmationMode/always``; in
    /// ``ConfirmationMode/whenUntrusted``, unless its trusted deliveries give a decision not yet
    /// settled (a delivery whose settlement was interrupted).
    func needsJobStatus(_ state: JobState) -> Bool {
        guard configuration.confirmation == .whenUntrusted, let made = decision(for: state) else { return true }
        return state.decision == made
    }

    func isGivenUp(_ state: JobState, at date: Date) -> Bool {
        date > state.firstSeenAt.addingTimeInterval(Self.seconds(configuration.giveUpAfter))
    }
}

// MARK: - Asking job_status

extension JobInbox {
    /// Sends a signed `job_status` request for the job (`history: true`) and checks the answer:
    /// a job-status response, signed with the partner's key, inside the freshness window, whose
    /// results are all of the job and of one job.
    func askJobStatus(for job: JobKey, now: Date) async -> Result<JobStatusResponse, ConfirmationFailure> {
        var request = JobStatusRequest(userID: job.userID, jobID: job.jobID, history: true)
        key.sign(&request, timestamp: now.smileIDTimestamp)
        let answer: [UInt8]
        do {
            answer = try await transport.send(try OrderedJSONEncoder().encode(request))
        } catch {
            return .failure(.transport)
        }
        let decoded = answer.withUnsafeBufferPointer { bytes -> Result<JobStatusResponse, ConfirmationFailure> in
            let scan = DuplicateKeyScanner.scan(bytes, capturing: ("", "", ""))
            guard scan.outcome == .valid else {
                return .failure(
                    .notAJobStatus(
                        DecodingFailure(
                            kind: .invalidJSON, path: JSONPath([] as [JSONPath.Component]),
                            requirement: "is not one JSON object with distinct keys")))
            }
            do throws(DecodingFailure) {
                guard case .jobStatus(let response) = try BodyDecoding.decode(bytes, isJobStatus: true) else {
                    return .failure(.anotherJob)
                }
                return .success(response)
            } catch {
                return .failure(.notAJobStatus(error))
            }
        }
        guard case .success(let response) = decoded else { return decoded }
        let verification = key.verify(response)
        guard verification.isValid else { return .failure(.signature(verification)) }
        guard let timestamp = response.timestamp, let signedAt = Date(smileIDTimestamp: timestamp),
            configuration.freshness.check(signedAt, now: now).isFresh
        else { return .failure(.stale) }
        let results = (response.history ?? []) + (response.result?.jobResult.map { [$0] } ?? [])
        guard results.allSatisfy({ JobKey($0.partnerParams) == job }) else { return .failure(.anotherJob) }
        do throws(ResultTrailError) {
            _ = try ResultTrail(response)
        } catch {
            return .failure(.inconsistentTrail(error))
        }
        return .success(response)
    }
}

// MARK: - Deciding and settling

extension JobInbox {
    /// Decides the job from `state` and settles it; on a job that changed meanwhile, decides
    /// again from its new state (compare-and-set). The entry emitted, if any.
    func settle(_ state: JobState, lease: ConfirmationLease?, now: Date) async throws -> OutboxEntry? {
        var state = state
        for _ in 0..<32 {
            let made = decision(for: state)
            let settlement = Settlement(
                job: state.job, revision: state.revision, decision: made,
                nextConfirmationAt: nextConfirmation(of: state, decided: made, now: now), lease: lease)
            switch try await store.settle(settlement, now: now) {
            case .settled(let entry): return entry
            case .outdated(let current?): state = current
            case .outdated(nil): return nil
            }
        }
        return nil  // still changing: it stays due, and the next tick settles it
    }

    /// The decision `state` gives, or `nil` when none can be made yet: in
    /// ``ConfirmationMode/always``, from the last `job_status` answer; in
    /// ``ConfirmationMode/whenUntrusted``, from the answer and the trusted deliveries, unless an
    /// unconfirmed result arrived after the answer.
    func decision(for state: JobState) -> JobDecision? {
        let confirmed = state.confirmation?.response
        let trail: ResultTrail
        var isConfirmed = true
        switch configuration.confirmation {
        case .always:
            guard let confirmed, let confirmedTrail = try? ResultTrail(confirmed) else { return nil }
            trail = confirmedTrail
        case .whenUntrusted:
            guard !state.hasUnconfirmedResultsAfterConfirmation else { return nil }
            let answered = confirmed.map { ($0.history ?? []) + ($0.result?.jobResult.map { [$0] } ?? []) } ?? []
            let answeredCodes = Set(answered.map(\.resultCode))
            let trusted = state.results.filter { $0.isTrusted && !answeredCodes.contains($0.result.resultCode) }
            if trusted.isEmpty {
                guard let confirmed, let confirmedTrail = try? ResultTrail(confirmed) else { return nil }
                trail = confirmedTrail
            } else {
                guard let merged = try? ResultTrail(answered + trusted.map(\.result)) else { return nil }
                trail = merged
                isConfirmed = false
            }
        }
        let verdict = Verdict(trail)
        return JobDecision(configuration.policy.decide(verdict), verdict: verdict, isConfirmed: isConfirmed)
    }

    /// When the job is next confirmed: now, when results arrived that no answer covers (or, in
    /// ``ConfirmationMode/whenUntrusted``, an unconfirmed one did); never, once the decision is
    /// final or the job is older than ``Configuration/giveUpAfter``; else after
    /// ``Configuration/reconcileAfter``.
    func nextConfirmation(of state: JobState, decided: JobDecision?, now: Date) -> Date? {
        let pending =
            configuration.confirmation == .always
            ? state.hasResultsAfterConfirmation : state.hasUnconfirmedResultsAfterConfirmation
        if pending { return now }
        if let decided, decided.isFinal, decided.kind != .wait { return nil }
        let next = now.addingTimeInterval(Self.seconds(configuration.reconcileAfter))
        return isGivenUp(state, at: next) ? nil : next
    }
}

// MARK: - The report

extension TickReport {
    mutating func add(_ visit: JobInbox.Visit) {
        switch visit {
        case .skipped: break
        case .confirmed(let entry):
            confirmed += 1
            if let entry { emitted.append(entry) }
        case .decidedDirectly(let entry):
            decidedWithoutConfirmation += 1
            if let entry { emitted.append(entry) }
        case .failed(let failure): failures.append(failure)
        case .storeError: storeErrors += 1
        }
    }
}
