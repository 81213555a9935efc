import Foundation
import Models

/// A callback body as Smile ID posts it: a job result with its `timestamp` and `signature`.
public struct SignedCallback: Sendable, Hashable {
    /// The JSON body.
    public var body: [UInt8]
    /// The `timestamp` it carries.
    public var timestamp: String
    /// The `signature` it carries (over the timestamp only, as Smile ID signs).
    public var signature: String

    /// Creates a callback from its parts.
    public init(body: [UInt8], timestamp: String, signature: String) {
        self.body = body
        self.timestamp = timestamp
        self.signature = signature
    }
}

extension SandboxJob {
    /// The callback of `delivery`, carrying `timestamp` and `signature` (which the caller chose:
    /// signed now, late, shared or captured).
    public func callback(_ delivery: Delivery, timestamp: String, signature: String) throws -> SignedCallback {
        var result = jobResult(scenario.results[delivery.arrival])
        result.timestamp = timestamp
        result.signature = signature
        switch delivery.body {
        case .genuine:
            break
        case .forged(let code):
            result.resultCode = code
            result.resultText = "Sandbox result \(code)"
            result.isFinalResult = true
        case .padded(let bytes):
            let bare = try Self.encoder.encode(result).count
            // `,"sandbox_padding":""` adds 21 bytes around the padding itself.
            let padding = max(0, bytes - bare - 21)
            result.additionalFields["sandbox_padding"] = .string(String(repeating: "A", count: padding))
        }
        return SignedCallback(body: Array(try Self.encoder.encode(result)), timestamp: timestamp, signature: signature)
    }

    /// Keys sorted, so that a body is the same bytes each time it is made.
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

/// Smile ID's timestamps: ISO 8601 in UTC with milliseconds, `2022-10-27T13:25:46.297Z`.
public enum SmileIDTime {
    /// The timestamp of `date`, to the millisecond (rounded down, from whole milliseconds, so
    /// that two different milliseconds never print the same).
    public static func string(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let (seconds, fraction) = milliseconds.quotientAndRemainder(dividingBy: 1000)
        let whole = Date(timeIntervalSince1970: TimeInterval(seconds) + (fraction < 0 ? -1 : 0))
        let text = whole.formatted(Date.ISO8601FormatStyle())  // 2022-10-27T13:25:46Z
        let digits = String((fraction + 1000) % 1000)
        return text.dropLast() + "." + String(repeating: "0", count: 3 - digits.count) + digits + "Z"
    }

    /// The date of a timestamp this sandbox wrote, or `nil`.
    public static func date(_ text: String) -> Date? {
        try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text)
    }
}
