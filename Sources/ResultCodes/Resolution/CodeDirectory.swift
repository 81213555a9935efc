import Models

/// Every code number of every table, indexed for resolution without allocation.
///
/// Built once from the tables (``ResultCodeTable/allCases``, ``ResultCodeTable/tables(for:)``
/// and each table's codes, generated from `Fixtures/result-codes.json` by
/// `Scripts/generate-result-code-tables.py`, which refuses data that breaks the limits below:
/// four ASCII digits, at most 255 distinct numbers, job types 1...15): ``slots`` maps a
/// number 0...9999 to an entry, and ``resolved`` holds, for each entry and each column (a
/// job-type number below 16, or "no job type"), what ``ResultCode/init(_:jobType:)`` answers:
/// an index into ``codes``, ``unknownMark`` or ``ambiguousMark``. Entry 0 is the empty entry.
struct CodeDirectory: Sendable {
    /// The number of 4-digit codes.
    static let capacity = 10_000
    /// Columns 0..<16 are job-type numbers (0 stands for every job type without a table of its
    /// own); the last column is "no job type".
    static let columns = 17
    /// The column of a resolution without a job type.
    static let noJobTypeColumn = 16
    /// In ``resolved``: no table of the job type has the number.
    static let unknownMark: Int16 = -1
    /// In ``resolved``: without a job type, several job-specific tables have the number.
    static let ambiguousMark: Int16 = -2

    /// For each number, the index of its entry (0: no table has it).
    let slots: [UInt8]
    /// `entries × columns` answers, row by row.
    let resolved: [Int16]
    /// Every code of every table, in table order.
    let codes: [ResultCode]
    /// For each entry, the job-specific tables holding its number when there are two or more
    /// (the candidates of an ambiguous code); empty otherwise.
    let candidates: [[ResultCodeTable]]

    /// The directory of every table: an immutable table, built once.
    static let standard = CodeDirectory()

    private init() {
        let codes = ResultCodeTable.allCases.flatMap(\.codes)
        var slots = [UInt8](repeating: 0, count: Self.capacity)
        var numbers: [Int] = [-1]  // the number of each entry
        for code in codes {
            guard let number = Self.number(code.code), slots[number] == 0 else { continue }
            slots[number] = UInt8(numbers.count)
            numbers.append(number)
        }
        var resolved = [Int16](repeating: Self.unknownMark, count: numbers.count * Self.columns)
        var candidates: [[ResultCodeTable]] = [[]]
        for entry in 1..<numbers.count {
            let indexes = codes.indices.filter { Self.number(codes[$0].code) == numbers[entry] }
            let general = indexes.first { codes[$0].table == .general }
            let specific = indexes.filter { codes[$0].table != .general }
            for column in 0..<Self.noJobTypeColumn {
                let tables = ResultCodeTable.tables(for: JobType(rawValue: column))
                precondition(column > 0 || tables.isEmpty, "job type 0 must have no table")
                let own = tables.lazy.compactMap { table in specific.first { codes[$0].table == table } }.first
                if let index = own ?? general { resolved[entry * Self.columns + column] = Int16(index) }
            }
            let answer: Int16 =
                if let general { Int16(general) } else if specific.count == 1 { Int16(specific[0]) } else {
                    Self.ambiguousMark
                }
            resolved[entry * Self.columns + Self.noJobTypeColumn] = answer
            let tables = specific.compactMap { codes[$0].table }
            candidates.append(tables.count > 1 ? tables : [])
        }
        for table in ResultCodeTable.allCases {
            precondition(
                table.jobTypes.allSatisfy { (1..<Self.noJobTypeColumn).contains($0.rawValue) },
                "CodeDirectory has a column for job-type numbers 1...15 only")
        }
        self.slots = slots
        self.resolved = resolved
        self.codes = codes
        self.candidates = candidates
    }

    /// The value of a code of exactly four ASCII digits, or `nil`.
    ///
    /// Works on the UTF-8 bytes and does not allocate; there is no trimming, so `" 0812"`,
    /// `"812"` and `"08120"` are `nil`.
    @inline(__always)
    static func number(_ code: String) -> Int? {
        let utf8 = code.utf8
        if let value = utf8.withContiguousStorageIfAvailable(number(of:)) {
            return value
        }
        // Strings without contiguous UTF-8 (bridged ones) are read byte by byte.
        guard utf8.count == 4 else { return nil }
        var value = 0
        for byte in utf8 {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value &* 10 &+ Int(digit)
        }
        return value
    }

    /// The value of exactly four ASCII digits, or `nil`.
    ///
    /// The four bytes are read as one little-endian word and checked and combined in it: a byte
    /// is a digit when its high nibble is 3 and stays 3 after adding 6 (`0x30`...`0x39`); then
    /// the digits are paired (`d0 * 10 + d1`, `d2 * 10 + d3`) and the pairs combined.
    @inline(__always)
    private static func number(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count == 4 else { return nil }
        let word = UInt32(littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(as: UInt32.self))
        guard word & 0xF0F0_F0F0 == 0x3030_3030, (word &+ 0x0606_0606) & 0xF0F0_F0F0 == 0x3030_3030 else {
            return nil
        }
        let digits = word & 0x0F0F_0F0F
        let pairs = (digits &* 10 &+ (digits >> 8)) & 0x00FF_00FF
        return Int((pairs &* 100 &+ (pairs >> 16)) & 0xFFFF)
    }

    /// What ``ResultCode/init(_:jobType:)`` answers for `code` in `column`.
    ///
    /// Entry 0 (no table has the number) answers ``unknownMark`` in every column, so a known
    /// code costs two table reads and the copy of its `ResultCode`.
    @inline(__always)
    func resolve(_ code: consuming String, column: Int) -> ResultCode {
        guard let number = Self.number(code) else { return .unknown(code) }
        let entry = Int(slots[number])
        let answer = resolved[entry &* Self.columns &+ column]
        if answer >= 0 { return codes[Int(answer)] }
        if answer == Self.ambiguousMark { return .ambiguous(code: code, candidates: candidates[entry]) }
        return .unknown(code)
    }

    /// The column of a job type: its number below 16, 0 for any other, the last for `nil`.
    @inline(__always)
    static func column(of jobType: JobType?) -> Int {
        guard let number = jobType?.rawValue else { return noJobTypeColumn }
        return (1..<noJobTypeColumn).contains(number) ? number : 0
    }

    /// Every code with the number `code` spells, General first, then in table order.
    func meanings(of code: String) -> [ResultCode] {
        guard let number = Self.number(code) else { return [] }
        return codes.filter { Self.number($0.code) == number }
    }
}
