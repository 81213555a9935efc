import Models

/// Every code number of every table, indexed for resolution without allocation.
///
/// Built once from the tables (``ResultCodeTable/allCases`` and each table's rows, which stay
/// the only transcription of the data): ``slots`` maps a number 0...9999 to an index into
/// ``entries``; an entry points at the number's General failure, if any, and at its run of
/// job-specific codes in ``specificCodes``, in table order. Index 0 is the empty entry.
struct CodeDirectory: Sendable {
    /// Where the codes of one number are. Trivial to copy: indexes only.
    struct Entry: Sendable {
        /// The index of the entry in ``entries``.
        var index: Int
        /// The index of the General failure in ``generalCodes``, or -1.
        var generalIndex: Int
        /// The first of this number's job-specific codes in ``specificCodes``.
        var specificStart: Int
        /// How many job-specific tables have this number.
        var specificCount: Int
    }

    /// The number of 4-digit codes.
    static let capacity = 10_000

    /// For each number, the index of its entry (0: no table has it).
    let slots: [UInt8]
    /// The entries; `entries[0]` is empty.
    let entries: [Entry]
    /// The General failures, in table order.
    let generalCodes: [ResultCode]
    /// The job-specific codes, grouped by number, in table order within a number.
    let specificCodes: [ResultCode]
    /// For each of ``specificCodes``, the job types its table applies to, as a bit per job-type
    /// number below 64.
    let specificJobTypes: [UInt64]
    /// For each entry, the job-specific tables holding its number when there are two or more
    /// (the candidates of an ambiguous code); empty otherwise.
    let candidates: [[ResultCodeTable]]

    /// The directory of every table: an immutable table, built once.
    static let standard = CodeDirectory()

    private init() {
        // Group every code by its number, keeping table order.
        var byNumber: [Int: (general: ResultCode?, specific: [ResultCode])] = [:]
        var order: [Int] = []
        for table in ResultCodeTable.allCases {
            for code in table.codes {
                guard let number = Self.number(code.code) else { continue }
                if byNumber[number] == nil {
                    byNumber[number] = (nil, [])
                    order.append(number)
                }
                if table == .general {
                    byNumber[number]?.general = code
                } else {
                    byNumber[number]?.specific.append(code)
                }
            }
        }
        var slots = [UInt8](repeating: 0, count: Self.capacity)
        var entries = [Entry(index: 0, generalIndex: -1, specificStart: 0, specificCount: 0)]
        var generalCodes: [ResultCode] = []
        var specificCodes: [ResultCode] = []
        var specificJobTypes: [UInt64] = []
        var candidates: [[ResultCodeTable]] = [[]]
        for number in order {
            guard let codes = byNumber[number] else { continue }
            var entry = Entry(
                index: entries.count, generalIndex: -1, specificStart: specificCodes.count,
                specificCount: codes.specific.count)
            if let general = codes.general {
                entry.generalIndex = generalCodes.count
                generalCodes.append(general)
            }
            for code in codes.specific {
                specificCodes.append(code)
                specificJobTypes.append(Self.mask(of: code.table?.jobTypes ?? []))
            }
            let tables = codes.specific.compactMap(\.table)
            candidates.append(tables.count > 1 ? tables : [])
            slots[number] = UInt8(entries.count)
            entries.append(entry)
        }
        self.slots = slots
        self.entries = entries
        self.generalCodes = generalCodes
        self.specificCodes = specificCodes
        self.specificJobTypes = specificJobTypes
        self.candidates = candidates
    }

    /// A bit per job-type number below 64.
    private static func mask(of jobTypes: [JobType]) -> UInt64 {
        jobTypes.reduce(0) { mask, jobType in
            (0..<64).contains(jobType.rawValue) ? mask | (1 << UInt64(jobType.rawValue)) : mask
        }
    }

    /// The value of a code of exactly four ASCII digits, or `nil`.
    ///
    /// Works on the UTF-8 bytes and does not allocate; there is no trimming, so `" 0812"`,
    /// `"812"` and `"08120"` are `nil`.
    @inline(__always)
    static func number(_ code: String) -> Int? {
        let utf8 = code.utf8
        guard utf8.count == 4 else { return nil }
        if let value = utf8.withContiguousStorageIfAvailable(number(of:)) {
            return value
        }
        // Strings without contiguous UTF-8 (bridged ones) are read byte by byte.
        var value = 0
        for byte in utf8 {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value &* 10 &+ Int(digit)
        }
        return value
    }

    /// The value of exactly four ASCII digits, or `nil`.
    @inline(__always)
    private static func number(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count == 4 else { return nil }
        let zero = UInt8(ascii: "0")
        let d0 = bytes[0] &- zero, d1 = bytes[1] &- zero, d2 = bytes[2] &- zero, d3 = bytes[3] &- zero
        guard d0 < 10, d1 < 10, d2 < 10, d3 < 10 else { return nil }
        return Int(d0) &* 1000 &+ Int(d1) &* 100 &+ Int(d2) &* 10 &+ Int(d3)
    }

    /// The entry of the number `code` spells, or `nil` when no table has it.
    @inline(__always)
    func entry(_ code: String) -> Entry? {
        guard let number = Self.number(code) else { return nil }
        let index = Int(slots[number])
        guard index != 0 else { return nil }
        return entries[index]
    }

    /// The code of `entry` in the first of `jobType`'s own tables that has it, or `nil`; the
    /// tables are looked at in table order, as ``ResultCodeTable/tables(for:)`` lists them.
    @inline(__always)
    func code(of entry: Entry, for jobType: JobType) -> ResultCode? {
        let number = jobType.rawValue
        guard (0..<64).contains(number), entry.specificCount > 0 else { return nil }
        let bit: UInt64 = 1 << UInt64(number)
        for index in entry.specificStart..<(entry.specificStart + entry.specificCount)
        where specificJobTypes[index] & bit != 0 {
            return specificCodes[index]
        }
        return nil
    }

    /// The General failure of `entry`'s number, if any.
    @inline(__always)
    func general(of entry: Entry) -> ResultCode? {
        entry.generalIndex >= 0 ? generalCodes[entry.generalIndex] : nil
    }

    /// The `offset`th job-specific code of `entry`.
    @inline(__always)
    func specificCode(of entry: Entry, at offset: Int) -> ResultCode {
        specificCodes[entry.specificStart + offset]
    }

    /// Every code with the number `code` spells, General first, then in table order.
    func meanings(of code: String) -> [ResultCode] {
        guard let entry = entry(code) else { return [] }
        let general = entry.generalIndex >= 0 ? [generalCodes[entry.generalIndex]] : []
        return general + specificCodes[entry.specificStart..<(entry.specificStart + entry.specificCount)]
    }
}

