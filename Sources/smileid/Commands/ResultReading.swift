import Models
import ResultCodes

/// The typed reading of a job result, a job-status response or the callbacks of one job, as
/// lines of text: each result, the trail in decision order and the verdict.
///
/// Prints codes, job types, Actions and the names of fields; never the value of a personal
/// field (FullName, DOB, Gender, PhoneNumber, Address, IDNumber, ExpirationDate), of an
/// unmodelled field or of a partner parameter.
struct ResultReading: Sendable {
    /// The lines, without line breaks; the last is the `Smile ID's outcome:` line.
    private(set) var lines: [String] = []
    /// Every note of what was not recognised, across all sections (for `--json`).
    private(set) var notes: [String] = []
    private var unrecognised: [String] = []

    /// The reading of a document and its trail: the results, then the trail and the verdict
    /// before the last line.
    init(document: ResultDocument, trail: ResultTrail) {
        switch document {
        case .jobResult(let result): self.init(result: result)
        case .jobStatus(let status): self.init(status: status)
        case .jobResults(let results): self.init(results: results)
        }
        var outcome = lines.removeLast()
        if case .jobResults = document, let deciding = trail.verdict.decidingResult {
            // Callbacks may arrive out of order: the last line reads the deciding result.
            outcome = Self.outcomeLabel + Self.outcome(for: deciding)
        }
        appendTrail(trail)
        lines.append(outcome)
    }

    /// The reading of one job result.
    init(result: JobResult) {
        lines.append("Job result")
        appendResult(result, label: "")
        appendUnrecognised()
        lines.append(Self.outcomeLabel + Self.outcome(for: result))
    }

    /// The reading of a job-status response: the status, the history, the final result.
    init(status: JobStatusResponse) {
        lines.append("Job status")
        lines.append(Self.field("Complete", status.jobComplete ? "yes" : "no"))
        lines.append(Self.field("Success", status.jobSuccess ? "yes" : "no"))
        lines.append(Self.field("Status code", "\(status.code) (the request's status, not a result code)"))
        if let history = status.history {
            lines.append("History (\(history.count) result\(history.count == 1 ? "" : "s"), oldest first)")
            for (index, entry) in history.enumerated() {
                lines.append("  \(index + 1). \(entry.resolvedResultCode) [job type \(entry.jobType)]")
                noteUnrecognised(in: entry, label: "history[\(index)]: ")
            }
        }
        if status.additionalFields.count > 0 {
            unrecognised.append("top-level fields: " + status.additionalFields.keys.sorted().joined(separator: ", "))
        }
        if let result = status.result?.jobResult {
            lines.append("Final result")
            appendResult(result, label: "result: ")
            appendUnrecognised()
            lines.append(Self.outcomeLabel + Self.outcome(for: result))
        } else {
            lines.append(
                status.result?.message == nil ? "Final result: none" : "Final result: none (a message in its place)")
            appendUnrecognised()
            lines.append(
                Self.outcomeLabel + "none yet"
                    + (status.jobComplete ? ", the response has no result" : ", the job is not complete"))
        }
    }
}

// MARK: - Building

extension ResultReading {
    /// The reading of the callbacks of one job, in the order they arrived.
    init(results: [JobResult]) {
        lines.append("Job results (\(results.count), in the order they arrived)")
        for (index, result) in results.enumerated() {
            lines.append("Result \(index + 1)")
            appendResult(result, label: "[\(index)]: ")
        }
        appendUnrecognised()
        // init(document:trail:) reads the deciding result instead.
        lines.append(Self.outcomeLabel + (results.last.map(Self.outcome(for:)) ?? "none"))
    }

    /// The trail in decision order and the verdict.
    private mutating func appendTrail(_ trail: ResultTrail) {
        let verdict = trail.verdict
        guard verdict.hasResult else {
            lines.append("Trail: no result yet")
            lines.append("Verdict: no result yet" + (trail.jobComplete == true ? ", although the job is complete" : ""))
            return
        }
        lines.append("Trail (\(trail.count) result\(trail.count == 1 ? "" : "s") in decision order; the last decides)")
        for (index, entry) in trail.enumerated() {
            let stage = entry.resultCode.row.map { " [\($0.stage.rawValue)]" } ?? ""
            lines.append("  \(index + 1). \(entry.resultCode)\(stage)")
        }
        lines.append("Verdict")
        lines.append(Self.field("Deciding code", verdict.resultCode?.description ?? ""))
        lines.append(Self.field("Stage", verdict.stage?.rawValue ?? "unknown"))
        lines.append(Self.field("Final", verdict.isFinal.map { $0 ? "yes" : "no" } ?? "unknown"))
        lines.append(Self.field("Charged", verdict.isCharged.map { $0 ? "yes" : "no" } ?? "unknown"))
        lines.append(Self.field("Next step", verdict.nextStep?.rawValue ?? "unknown"))
    }
}

extension ResultReading {
    private mutating func appendResult(_ result: JobResult, label: String) {
        lines.append(Self.field("Job type", result.jobType.description))
        lines.append(Self.field("Smile job ID", result.smileJobID))
        lines.append(Self.field("Result code", result.resolvedResultCode.description))
        lines.append(Self.field("Result text", result.resultText))
        if let row = result.resolvedResultCode.row {
            lines.append(Self.field("Charged", row.outcome.incursCharge ? "yes" : "no"))
        }
        if let resultType = result.resultType { lines.append(Self.field("Result type", resultType)) }
        if let idType = result.idType { lines.append(Self.field("ID type", idType)) }
        if let country = result.country { lines.append(Self.field("Country", country)) }
        if let isFinal = result.isFinalResult { lines.append(Self.field("Final result", isFinal ? "yes" : "no")) }
        if let confidence = result.confidenceValue {
            lines.append(Self.field("Confidence", Self.number(confidence)))
        }
        lines.append(result.actions.isEmpty ? "Actions: none" : "Actions")
        for (key, value) in result.actions.ordered {
            var marks: [String] = []
            if !key.isKnown { marks.append("unknown key") }
            if !value.isKnown { marks.append("unknown value") }
            let mark = marks.isEmpty ? "" : " (\(marks.joined(separator: ", ")))"
            lines.append("  \(key.rawValue): \(value.rawValue)\(mark)")
        }
        let personal = result.presentPersonalFields
        lines.append(
            "Personal fields present (values not shown): "
                + (personal.isEmpty ? "none" : personal.joined(separator: ", ")))
        noteUnrecognised(in: result, label: label)
    }

    private mutating func noteUnrecognised(in result: JobResult, label: String) {
        if !result.jobType.isKnown {
            unrecognised.append(label + "job type \(result.jobType.rawValue)")
        }
        let code = result.resolvedResultCode
        switch code {
        case .unknown, .ambiguous:
            var note = label + "result code \(code.code): not listed for \(result.jobType)"
            let elsewhere = ResultCode.meanings(of: code.code).compactMap { $0.table?.titleWithJobTypes }
            if !elsewhere.isEmpty { note += "; listed in " + elsewhere.joined(separator: ", ") }
            unrecognised.append(note)
        default:
            break
        }
        if !result.actions.unknownKeys.isEmpty {
            unrecognised.append(label + "Actions keys: " + result.actions.unknownKeys.joined(separator: ", "))
        }
        let unknownValues = result.actions.unknownValues
        if !unknownValues.isEmpty {
            unrecognised.append(
                label + "Actions values of: " + unknownValues.map(\.key.rawValue).joined(separator: ", "))
        }
        if !result.additionalFields.isEmpty {
            unrecognised.append(
                label + "top-level fields: " + result.additionalFields.keys.sorted().joined(separator: ", "))
        }
        let parameters = result.partnerParams.additionalParameters
        if !parameters.isEmpty {
            unrecognised.append(label + "partner params: " + parameters.keys.sorted().joined(separator: ", "))
        }
    }

    private mutating func appendUnrecognised() {
        notes += unrecognised
        if unrecognised.isEmpty {
            lines.append("Not recognised: nothing")
        } else {
            lines.append("Not recognised")
            lines += unrecognised.map { "  " + $0 }
        }
        unrecognised = []
    }
}

// MARK: - Formatting

extension ResultReading {
    /// The label of the last line: the outcome Smile ID gave the deciding result's code.
    ///
    /// Not `Decision:`, which `smileid decide` prints for the partner's action (approve, review,
    /// …): `Provisionally Approved` here and `review` there are two different statements.
    static let outcomeLabel = "Smile ID's outcome: "

    /// The outcome of the result's code, or why there is none.
    static func outcome(for result: JobResult) -> String {
        let code = result.resolvedResultCode
        guard let outcome = code.row?.outcome else {
            return "unknown (result code \(code.code) is not listed for \(result.jobType))"
        }
        return outcome.description
    }

    /// `  Label:        value`, the values lined up.
    static func field(_ label: String, _ value: String) -> String {
        let padding = String(repeating: " ", count: max(1, 14 - label.count))
        return "  \(label):\(padding)\(value)"
    }

    /// A confidence value without a needless `.0`.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int(value))
        }
        return String(value)
    }
}
