/// Every code number of every table, indexed for resolution without allocation.
///
/// Built once from the tables' `allCases` (the tables stay the only transcription of the data):
/// ``slots`` maps a number 0...9999 to an index into ``entries``, whose entry holds the code of
/// each table that has that number. Index 0 is the empty entry.
struct CodeDirectory: Sendable {
    /// The codes of one number, one optional per table.
    struct Entry: Sendable {
        var general: GeneralFailureCode?
        var biometricKYC: BiometricKYCCode?
        var smartSelfieAuthentication: SmartSelfieAuthenticationCode?
        var smartSelfieRegistration: SmartSelfieRegistrationCode?
        var updatePhoto: UpdatePhotoCode?
        var enhancedKYC: EnhancedKYCCode?
        var idAPIError: IDAPIErrorCode?
        var compareUserInfo: CompareUserInfoCode?
        var compareUserInfoError: CompareUserInfoErrorCode?
        /// The one job-specific table holding the number, when exactly one does.
        var soleSpecificTable: ResultCodeTable?
    }

    /// The number of 4-digit codes.
    static let capacity = 10_000

    /// For each number, the index of its entry (0: no table has it).
    let slots: [UInt8]
    /// The entries; `entries[0]` is empty.
    let entries: [Entry]
    /// For each entry, the job-specific tables holding its number when there are two or more
    /// (the candidates of an ambiguous code); empty otherwise.
    let candidates: [[ResultCodeTable]]

    /// The directory of every table: an immutable table, built once.
    static let standard = CodeDirectory()

    private init() {
        var slots = [UInt8](repeating: 0, count: Self.capacity)
        var entries = [Entry()]
        func update<Code: SmileIDResultCode>(_: Code.Type, _ store: (inout Entry, Code) -> Void) {
            for code in Code.allCases {
                guard let number = Self.number(code.rawValue) else { continue }
                if slots[number] == 0 {
                    slots[number] = UInt8(entries.count)
                    entries.append(Entry())
                }
                store(&entries[Int(slots[number])], code)
            }
        }
        update(GeneralFailureCode.self) { $0.general = $1 }
        update(BiometricKYCCode.self) { $0.biometricKYC = $1 }
        update(SmartSelfieAuthenticationCode.self) { $0.smartSelfieAuthentication = $1 }
        update(SmartSelfieRegistrationCode.self) { $0.smartSelfieRegistration = $1 }
        update(UpdatePhotoCode.self) { $0.updatePhoto = $1 }
        update(EnhancedKYCCode.self) { $0.enhancedKYC = $1 }
        update(IDAPIErrorCode.self) { $0.idAPIError = $1 }
        update(CompareUserInfoCode.self) { $0.compareUserInfo = $1 }
        update(CompareUserInfoErrorCode.self) { $0.compareUserInfoError = $1 }
        var candidates: [[ResultCodeTable]] = []
        for index in entries.indices {
            let tables = entries[index].specificCodes.compactMap { $0?.table }
            entries[index].soleSpecificTable = tables.count == 1 ? tables.first : nil
            candidates.append(tables.count > 1 ? tables : [])
        }
        self.slots = slots
        self.entries = entries
        self.candidates = candidates
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
    func entry(_ code: String) -> (index: Int, entry: Entry)? {
        guard let number = Self.number(code) else { return nil }
        let index = Int(slots[number])
        guard index != 0 else { return nil }
        return (index, entries[index])
    }
}

extension CodeDirectory.Entry {
    /// The codes of the job-specific tables (every table but General), in table order; `nil`
    /// where a table does not have the number.
    var specificCodes: [ResultCode?] {
        [
            biometricKYC.map(ResultCode.biometricKYC),
            smartSelfieAuthentication.map(ResultCode.smartSelfieAuthentication),
            smartSelfieRegistration.map(ResultCode.smartSelfieRegistration),
            updatePhoto.map(ResultCode.updatePhoto),
            enhancedKYC.map(ResultCode.enhancedKYC),
            idAPIError.map(ResultCode.idAPIError),
            compareUserInfo.map(ResultCode.compareUserInfo),
            compareUserInfoError.map(ResultCode.compareUserInfoError),
        ]
    }

    /// Every code with this number, General first, then in table order.
    var allCodes: [ResultCode] {
        ([general.map(ResultCode.general)] + specificCodes).compactMap { $0 }
    }

    /// The code of this number in `table`, or `nil` when the table does not have it.
    @inline(__always)
    func code(in table: ResultCodeTable) -> ResultCode? {
        switch table {
        case .general: general.map(ResultCode.general)
        case .biometricKYC: biometricKYC.map(ResultCode.biometricKYC)
        case .smartSelfieAuthentication: smartSelfieAuthentication.map(ResultCode.smartSelfieAuthentication)
        case .smartSelfieRegistration: smartSelfieRegistration.map(ResultCode.smartSelfieRegistration)
        case .updatePhoto: updatePhoto.map(ResultCode.updatePhoto)
        case .enhancedKYC: enhancedKYC.map(ResultCode.enhancedKYC)
        case .idAPIErrors: idAPIError.map(ResultCode.idAPIError)
        case .compareUserInfo: compareUserInfo.map(ResultCode.compareUserInfo)
        case .compareUserInfoErrors: compareUserInfoError.map(ResultCode.compareUserInfoError)
        }
    }
}
