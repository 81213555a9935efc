/// A way Smile ID's deliveries go wrong (section 1 of `inbox.md`), applied to one sandbox job.
///
/// Every fault still leaves `job_status` right: the job's final decision must not depend on it.
public enum Fault: String, Sendable, Hashable, CaseIterable, Codable {
    /// Each callback sent once, fresh, in order: the baseline.
    case clean
    /// Each callback sent twice with the same timestamp, signature and body (a retry after a
    /// lost answer): the second answer is `duplicate`.
    case redelivered = "redelivered"
    /// Every result produced first, then the callbacks sent newest first.
    case outOfOrder = "out_of_order"
    /// Every callback signed with one millisecond shared by every job with this fault, so that
    /// different bodies carry the same `(timestamp, signature)`: all but the first are
    /// `unconfirmed`.
    case sameMillisecond = "same_millisecond"
    /// Every callback signed long ago (20 minutes by default), outside the freshness window:
    /// `unconfirmed`.
    case late
    /// The last callback padded to 1.5 MiB (Smile ID asks partners to accept 1.5 MB): `accepted`.
    case largeBody = "large_body"
    /// After the first callback, a forged body (another result code, final) under its captured
    /// timestamp and signature: `unconfirmed`, and it never decides.
    case forged
    /// No callback at all: `job_status`, asked by the server's reconciliation, is the only source.
    case neverDelivered = "never_delivered"
    /// The last callback never arrives (the job's last result is produced all the same).
    case lostLast = "lost_last"
}

extension Fault {
    /// Whether the fault means something for a trail of `arrivals` callbacks: losing the last
    /// of one callback is ``neverDelivered`` again.
    public func applies(toArrivals arrivals: Int) -> Bool {
        self != .lostLast || arrivals > 1
    }

    /// Reads a comma-separated list of fault names, or `all`.
    ///
    /// - Throws: ``SandboxError/invalidArgument(_:)`` naming the unknown fault.
    public static func list(_ text: String) throws(SandboxError) -> [Fault] {
        if text == "all" { return allCases }
        var faults: [Fault] = []
        for name in text.split(separator: ",") {
            guard let fault = Fault(rawValue: String(name)) else {
                throw .invalidArgument(
                    "unknown fault '\(name)'; known: \(allCases.map(\.rawValue).joined(separator: ", ")), or all")
            }
            faults.append(fault)
        }
        return faults
    }
}
