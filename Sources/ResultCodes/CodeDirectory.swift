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

    /// The directory of every table.
    static let shared = CodeDirectory()

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
        self.slots = slots
        self.entries = entries
        self.candidates = entries.map { entry in
            let tables = entry.specificCodes.compactMap { $0?.table }
            return tables.count > 1 ? tables : []
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
        var value = 0
        for byte in utf8 {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value &* 10 &+ Int(digit)
        }
        return value
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

    /// The code of a number that is in exactly one job-specific table, without allocating.
    var soleSpecificCode: ResultCode? {
        var found: ResultCode?
        var count = 0
        if let code = biometricKYC { found = .biometricKYC(code); count += 1 }
        if let code = smartSelfieAuthentication { found = .smartSelfieAuthentication(code); count += 1 }
        if let code = smartSelfieRegistration { found = .smartSelfieRegistration(code); count += 1 }
        if let code = updatePhoto { found = .updatePhoto(code); count += 1 }
        if let code = enhancedKYC { found = .enhancedKYC(code); count += 1 }
        if let code = idAPIError { found = .idAPIError(code); count += 1 }
        if let code = compareUserInfo { found = .compareUserInfo(code); count += 1 }
        if let code = compareUserInfoError { found = .compareUserInfoError(code); count += 1 }
        return count == 1 ? found : nil
    }
}
