import Models
import ResultCodes
import SmileIDInternals

/// The `verdict` object of `smileid result --json` and `smileid decide --json`:
/// `{"code", "known", "table", "outcome", "stage", "final", "charged", "next_step"}`.
///
/// `table`, `outcome`, `stage` and `next_step` are `null` for an unknown code; `final` is `null`
/// when finality is unknown, `charged` when the code is unknown.
struct VerdictReport: Encodable, Sendable {
    /// The verdict; it has a result (callers write `null` for "no result yet").
    var verdict: Verdict

    private enum Key: String, CodingKey {
        case code, known, table, outcome, stage, final, charged
        case nextStep = "next_step"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        let code = verdict.resultCode
        try container.encodeOrNull(code?.code, forKey: .code)
        try container.encode(code?.isKnown ?? false, forKey: .known)
        try container.encodeOrNull(code?.table?.rawValue, forKey: .table)
        try container.encodeOrNull(verdict.outcome?.rawValue, forKey: .outcome)
        try container.encodeOrNull(verdict.stage?.rawValue, forKey: .stage)
        try container.encodeOrNull(verdict.isFinal, forKey: .final)
        try container.encodeOrNull(verdict.isCharged, forKey: .charged)
        try container.encodeOrNull(verdict.nextStep?.rawValue, forKey: .nextStep)
    }
}

/// The object `smileid result --json` prints:
/// `{"job_type", "smile_job_id", "trail", "verdict", "unrecognised"}`.
struct ResultReport: Encodable, Sendable {
    /// The verdict of the input's trail.
    var verdict: Verdict
    /// What the input holds that this version does not recognise, by name only.
    var unrecognised: [String]

    private enum Key: String, CodingKey {
        case jobType = "job_type"
        case smileJobID = "smile_job_id"
        case trail, verdict, unrecognised
    }

    /// One entry of `trail`: `{"code", "table", "outcome", "stage"}`.
    private struct TrailEntry: Encodable {
        var entry: ResultTrail.Entry

        private enum Key: String, CodingKey { case code, table, outcome, stage }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(entry.resultCode.code, forKey: .code)
            try container.encodeOrNull(entry.resultCode.table?.rawValue, forKey: .table)
            try container.encodeOrNull(entry.resultCode.row?.outcome.rawValue, forKey: .outcome)
            try container.encodeOrNull(entry.resultCode.row?.stage.rawValue, forKey: .stage)
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encodeOrNull(verdict.trail.jobType?.rawValue, forKey: .jobType)
        try container.encodeOrNull(verdict.trail.smileJobID, forKey: .smileJobID)
        try container.encode(verdict.trail.map(TrailEntry.init), forKey: .trail)
        if verdict.hasResult {
            try container.encode(VerdictReport(verdict: verdict), forKey: .verdict)
        } else {
            try container.encodeNil(forKey: .verdict)
        }
        try container.encode(unrecognised, forKey: .unrecognised)
    }
}

/// The object `smileid decide --json` prints: `{"decision", "reason", "verdict"}`.
struct DecisionReport: Encodable, Sendable {
    /// The decision.
    var decision: Decision
    /// The verdict it was made from.
    var verdict: Verdict

    private enum Key: String, CodingKey { case decision, reason, verdict }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(decision.kind.rawValue, forKey: .decision)
        try container.encode(decision.reason, forKey: .reason)
        if verdict.hasResult {
            try container.encode(VerdictReport(verdict: verdict), forKey: .verdict)
        } else {
            try container.encodeNil(forKey: .verdict)
        }
    }
}

extension KeyedEncodingContainer {
    /// Encodes `value`, or `null` when it is `nil` (where `encodeIfPresent` would leave the key out).
    mutating func encodeOrNull(_ value: (some Encodable)?, forKey key: Key) throws {
        if let value {
            try encode(value, forKey: key)
        } else {
            try encodeNil(forKey: key)
        }
    }
}

// MARK: - Compact JSON, written directly

extension DecisionReport {
    /// Appends the report as compact JSON: the bytes `OrderedJSONEncoder().encode(self)` gives
    /// (`DecisionReportTests` compares the two), without building the encoder's tree, for each
    /// line of `decide --jsonl`.
    func writeCompactJSON(into output: inout [UInt8]) {
        output.appendStatic(#"{"decision":"#)
        OrderedJSONWriter.appendString(decision.kind.rawValue, to: &output)
        output.appendStatic(#","reason":"#)
        OrderedJSONWriter.appendString(decision.reason, to: &output)
        output.appendStatic(#","verdict":"#)
        if verdict.hasResult {
            VerdictReport(verdict: verdict).writeCompactJSON(into: &output)
        } else {
            output.appendStatic("null")
        }
        output.append(UInt8(ascii: "}"))
    }
}

extension VerdictReport {
    /// Appends the verdict object as compact JSON, as `OrderedJSONEncoder` writes it.
    func writeCompactJSON(into output: inout [UInt8]) {
        let code = verdict.resultCode
        output.appendStatic(#"{"code":"#)
        Self.append(code?.code, to: &output)
        output.appendStatic(#","known":"#)
        Self.append(code?.isKnown ?? false, to: &output)
        output.appendStatic(#","table":"#)
        Self.append(code?.table?.rawValue, to: &output)
        output.appendStatic(#","outcome":"#)
        Self.append(verdict.outcome?.rawValue, to: &output)
        output.appendStatic(#","stage":"#)
        Self.append(verdict.stage?.rawValue, to: &output)
        output.appendStatic(#","final":"#)
        Self.append(verdict.isFinal, to: &output)
        output.appendStatic(#","charged":"#)
        Self.append(verdict.isCharged, to: &output)
        output.appendStatic(#","next_step":"#)
        Self.append(verdict.nextStep?.rawValue, to: &output)
        output.append(UInt8(ascii: "}"))
    }

    private static func append(_ text: String?, to output: inout [UInt8]) {
        if let text {
            OrderedJSONWriter.appendString(text, to: &output)
        } else {
            output.appendStatic("null")
        }
    }

    private static func append(_ value: Bool?, to output: inout [UInt8]) {
        switch value {
        case true?: output.appendStatic("true")
        case false?: output.appendStatic("false")
        case nil: output.appendStatic("null")
        }
    }
}

extension [UInt8] {
    /// Appends the bytes of a literal, copied at once.
    @inline(__always)
    mutating func appendStatic(_ text: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}
