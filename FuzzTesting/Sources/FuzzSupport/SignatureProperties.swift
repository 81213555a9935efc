@_spi(SmileIDTesting) import Models
import ResultCodes

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

// MARK: - VerifySignature

extension Fuzz {
    /// The signature and timestamp of a `VerifySignature` input: the first byte's mode (modulo 3)
    /// takes the signature from the input (0), makes it the real one of the timestamp (1), or the
    /// real one with one character changed (2); the rest is split at its first 0x00 into the
    /// signature's text and the timestamp's.
    public static func signatureCase(_ input: [UInt8]) -> (signature: String, timestamp: String) {
        guard let mode = input.first else { return ("", "") }
        let rest = input.dropFirst()
        let split = rest.firstIndex(of: 0) ?? rest.endIndex
        let timestamp = String(decoding: rest[split...].dropFirst(), as: UTF8.self)
        var signature = String(decoding: rest[..<split], as: UTF8.self)
        if mode % 3 != 0 {
            signature = inboxKey.signature(timestamp: timestamp)
        }
        if mode % 3 == 2 {
            var characters = Array(signature.utf8)
            let position = Int(mode) % characters.count
            characters[position] = characters[position] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
            signature = String(decoding: characters, as: UTF8.self)
        }
        return (signature, timestamp)
    }

    /// The property of the `VerifySignature` target:
    ///
    /// - a signature is valid exactly when it is the key's signature of the timestamp, byte for
    ///   byte (canonical padded base64: no other spelling of the same bytes verifies);
    /// - a legacy `sec_key` form is never valid, and an empty field is missing, not malformed;
    /// - the inbox, reading the two fields from a JSON body with its scan, reaches the same
    ///   verdict: refused with the same reason, or past the signature (to `not_a_result`, as the
    ///   body holds no result).
    ///
    /// - Returns: What does not hold, or `nil`.
    public static func signatureViolation(_ input: [UInt8]) -> String? {
        let (signature, timestamp) = signatureCase(input)
        let verification = inboxKey.verify(signature: signature, timestamp: timestamp)
        let expected = inboxKey.signature(timestamp: timestamp)
        if verification.isValid != (signature == expected && !timestamp.isEmpty) {
            return
                "verify says \(verification) for a signature \(signature == expected ? "equal to" : "other than") the expected one"
        }
        if signature.isEmpty, verification != .missingSignature { return "an empty signature is \(verification)" }
        if verification == .legacySecKey, !signature.contains("|") { return "sec_key without a bar" }
        guard let fields = try? JSONEncoder().encode(["timestamp": timestamp, "signature": signature]) else {
            return nil
        }
        let inbox = JobInbox(key: inboxKey, store: InMemoryJobInboxStore(), transport: EchoJobStatus(results: []))
        let outcome = wait { await inbox.receive(body: Array(fields), now: inboxNow) }
        if verification.isValid {
            guard case .notAResult = outcome else { return "a valid signature in a body got \(outcome)" }
        } else if outcome != .refused(verification) {
            return "verify says \(verification), the inbox \(outcome)"
        }
        return nil
    }
}

// MARK: - ParseTimestamp

extension Fuzz {
    /// The property of the `ParseTimestamp` target, on the input as text:
    ///
    /// - the reading never traps, and a text with white space around it is never read;
    /// - decimal digits are seconds since 1970 (fewer than 12) or milliseconds (12 to 16);
    /// - `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)` agrees with a reading by `Calendar`, to the
    ///   millisecond, and an impossible date or time is not read;
    /// - what is read, written as the inbox writes its request timestamps, reads back the same.
    ///
    /// - Returns: What does not hold, or `nil`.
    public static func timestampViolation(_ input: [UInt8]) -> String? {
        let text = String(decoding: input, as: UTF8.self)
        let milliseconds = FuzzingSupport.smileIDTimestampMilliseconds(text)
        if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
            first.properties.isWhitespace || last.properties.isWhitespace, milliseconds != nil
        {
            return "read a timestamp with white space around it"
        }
        if let expected = referenceMilliseconds(text) {
            // Within a millisecond: the two add the fraction in different orders.
            let agrees =
                expected.flatMap { expected in milliseconds.map { abs($0 - expected) <= 1 } } ?? (milliseconds == nil)
            if !agrees {
                return
                    "read \(milliseconds.map(String.init) ?? "nothing"), the reference \(expected.map(String.init) ?? "nothing")"
            }
        }
        if let milliseconds, (-62_135_596_800_000...253_402_300_799_999).contains(milliseconds) {
            let written = FuzzingSupport.smileIDTimestamp(milliseconds: milliseconds)
            if FuzzingSupport.smileIDTimestampMilliseconds(written) != milliseconds {
                return "\(written) does not read back as \(milliseconds)"
            }
        }
        return nil
    }

    /// The reference reading of the forms it knows (`nil` for a text of another form; `.some(nil)`
    /// for one of its forms that is no date).
    static func referenceMilliseconds(_ text: String) -> Int64?? {
        let bytes = Array(text.utf8)
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        if !bytes.isEmpty, bytes.count <= 16, bytes.allSatisfy(isDigit), let value = Int64(text) {
            return .some(bytes.count >= 12 ? value : value * 1000)
        }
        // YYYY-MM-DDTHH:MM:SS, then an optional fraction, then Z or ±HH:MM.
        guard bytes.count >= 20, bytes.count <= 40, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18].allSatisfy({ isDigit(bytes[$0]) })
        else { return nil }
        func number(_ range: Range<Int>) -> Int { Int(String(decoding: bytes[range], as: UTF8.self)) ?? -1 }
        var index = 19
        var fraction = 0.0
        if bytes[index] == UInt8(ascii: ".") {
            let start = index + 1
            index = start
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            guard index > start, index - start <= 18 else { return nil }
            fraction = Double("0." + String(decoding: bytes[start..<index], as: UTF8.self)) ?? 0
        }
        var offset = 0
        let zone = bytes[index...]
        if zone.elementsEqual("Z".utf8) {
            offset = 0
        } else if zone.count == 6, zone.first == UInt8(ascii: "+") || zone.first == UInt8(ascii: "-"),
            zone[zone.startIndex + 3] == UInt8(ascii: ":"),
            [1, 2, 4, 5].allSatisfy({ isDigit(zone[zone.startIndex + $0]) })
        {
            let hours = number((index + 1)..<(index + 3))
            let minutes = number((index + 4)..<(index + 6))
            guard hours < 24, minutes < 60 else { return .some(nil) }
            offset = (zone.first == UInt8(ascii: "+") ? 1 : -1) * (hours * 3600 + minutes * 60)
        } else {
            return nil
        }
        // `Calendar`'s Gregorian calendar is Julian before October 1582 (the package's parser is
        // proleptic Gregorian, as ISO 8601 is): earlier years are not a form this reference reads.
        guard number(0..<4) >= 1600 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        guard let utc = TimeZone(secondsFromGMT: 0) else { return nil }
        calendar.timeZone = utc
        let components = DateComponents(
            year: number(0..<4), month: number(5..<7), day: number(8..<10), hour: number(11..<13),
            minute: number(14..<16), second: number(17..<19))
        guard let month = components.month, (1...12).contains(month), let hour = components.hour, hour < 24,
            let minute = components.minute, minute < 60, let second = components.second, second < 60,
            let year = components.year, let day = components.day,
            let range = calendar.range(
                of: .day, in: .month, for: calendar.date(from: DateComponents(year: year, month: month)) ?? Date()),
            range.contains(day), let date = calendar.date(from: components)
        else { return .some(nil) }
        let seconds = date.timeIntervalSince1970 + fraction - Double(offset)
        return .some(Int64((seconds * 1000).rounded()))
    }
}
