import Models

/// One side's fields as borrowed UTF-8 bytes: what the rules read.
///
/// The bytes are valid only inside the closure that lends them: ``withFields(of:and:_:)`` for
/// two ``UserInfo`` records, or the JSON Lines reader for the fields of one line. A missing
/// field (`null` or absent) is `nil`; every field holds valid UTF-8.
struct UserInfoBytes {
    var firstName: UnsafeBufferPointer<UInt8>?
    var middleName: UnsafeBufferPointer<UInt8>?
    var lastName: UnsafeBufferPointer<UInt8>?
    var fullName: UnsafeBufferPointer<UInt8>?
    var dob: UnsafeBufferPointer<UInt8>?
    var gender: UnsafeBufferPointer<UInt8>?
    var phoneNumber: UnsafeBufferPointer<UInt8>?
    var address: UnsafeBufferPointer<UInt8>?
    var expirationDate: UnsafeBufferPointer<UInt8>?

    init() {}

    /// The fields each given by `field`, called in ``Field``'s order.
    @inline(__always)
    init(_ field: (Field) -> UnsafeBufferPointer<UInt8>?) {
        firstName = field(.firstName)
        middleName = field(.middleName)
        lastName = field(.lastName)
        fullName = field(.fullName)
        dob = field(.dob)
        gender = field(.gender)
        phoneNumber = field(.phoneNumber)
        address = field(.address)
        expirationDate = field(.expirationDate)
    }

    /// The nine fields of a `UserInfo`, in its order.
    enum Field: Int, CaseIterable {
        case firstName, middleName, lastName, fullName, dob, gender, phoneNumber, address, expirationDate
    }
}

extension UserInfo {
    /// The value of one of the nine fields.
    @inline(__always)
    subscript(field: UserInfoBytes.Field) -> String? {
        switch field {
        case .firstName: firstName
        case .middleName: middleName
        case .lastName: lastName
        case .fullName: fullName
        case .dob: dob
        case .gender: gender
        case .phoneNumber: phoneNumber
        case .address: address
        case .expirationDate: expirationDate
        }
    }
}

// MARK: Lending a record's bytes

extension UserInfoBytes {
    /// Calls `body` with the fields of both records, copied into one temporary buffer; throws
    /// ``UserInfoComparisonError/fieldTooLong(field:byteCount:)`` before copying anything when a
    /// field is over the limit (see ``checkLengths(_:_:)``).
    ///
    /// One copy of about two hundred bytes costs less than lending each string's storage to
    /// its rule in a closure of its own, and it lets the rules, and the JSON Lines reader,
    /// share one byte-level path.
    static func withFields<Result>(
        of first: UserInfo, and second: UserInfo, _ body: (UserInfoBytes, UserInfoBytes) -> Result
    ) throws(UserInfoComparisonError) -> Result {
        let capacity = byteCount(of: first) + byteCount(of: second)
        // No field can be over the limit when all of them together are not.
        if capacity > UserInfoComparisonError.maximumFieldByteCount { try checkLengths(first, second) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var copier = FieldCopier(buffer: buffer)
            let firstBytes = copier.copy(first)
            let secondBytes = copier.copy(second)
            return body(firstBytes, secondBytes)
        }
    }

    private static func byteCount(of info: UserInfo) -> Int {
        let names =
            (info.firstName?.utf8.count ?? 0) + (info.middleName?.utf8.count ?? 0)
            + (info.lastName?.utf8.count ?? 0) + (info.fullName?.utf8.count ?? 0)
        let others =
            (info.dob?.utf8.count ?? 0) + (info.gender?.utf8.count ?? 0) + (info.phoneNumber?.utf8.count ?? 0)
            + (info.address?.utf8.count ?? 0) + (info.expirationDate?.utf8.count ?? 0)
        return names + others
    }

    /// Copies strings one after another into a buffer that has room for all of them.
    private struct FieldCopier {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        var length = 0

        mutating func copy(_ info: UserInfo) -> UserInfoBytes {
            UserInfoBytes { copy(info[$0]) }
        }

        @inline(__always)
        private mutating func copy(_ value: String?) -> UnsafeBufferPointer<UInt8>? {
            guard let value else { return nil }
            let start = length
            value.withUTF8Bytes { source in
                guard let base = source.baseAddress, let target = buffer.baseAddress else { return }
                (target + start).update(from: base, count: source.count)
                length = start + source.count
            }
            return UnsafeBufferPointer(rebasing: buffer[start..<length])
        }
    }
}

// MARK: Checking lengths

extension UserInfoBytes {
    /// Throws ``UserInfoComparisonError/fieldTooLong(field:byteCount:)`` for the first field
    /// (in ``UserInfo``'s key order) whose longer side is over the limit, so that swapping the
    /// records gives the same error.
    static func checkLengths(_ first: UserInfoBytes, _ second: UserInfoBytes) throws(UserInfoComparisonError) {
        let limit = UserInfoComparisonError.maximumFieldByteCount
        // One pass over the eighteen counts in the common case; the names only when one is over.
        guard first.longestField > limit || second.longestField > limit else { return }
        try checkLengths {
            first[$0]?.count ?? 0
        } and: {
            second[$0]?.count ?? 0
        }
    }

    /// ``checkLengths(_:_:)`` on the strings, before they are copied (out of line: rare).
    @inline(never)
    private static func checkLengths(_ first: UserInfo, _ second: UserInfo) throws(UserInfoComparisonError) {
        try checkLengths {
            first[$0]?.utf8.count ?? 0
        } and: {
            second[$0]?.utf8.count ?? 0
        }
    }

    /// The check of ``checkLengths(_:_:)`` over each side's byte count of each field.
    private static func checkLengths(
        _ first: (Field) -> Int, and second: (Field) -> Int
    ) throws(UserInfoComparisonError) {
        for field in Field.allCases {
            let longest = max(first(field), second(field))
            if longest > UserInfoComparisonError.maximumFieldByteCount {
                throw .fieldTooLong(field: field.key, byteCount: longest)
            }
        }
    }

    private var longestField: Int {
        // Pairwise, not the variadic `max`, which builds an array.
        let names = max(
            max(firstName?.count ?? 0, middleName?.count ?? 0), max(lastName?.count ?? 0, fullName?.count ?? 0))
        let others = max(
            max(dob?.count ?? 0, gender?.count ?? 0),
            max(max(phoneNumber?.count ?? 0, address?.count ?? 0), expirationDate?.count ?? 0))
        return max(names, others)
    }

    /// One field's bytes.
    subscript(field: Field) -> UnsafeBufferPointer<UInt8>? {
        switch field {
        case .firstName: firstName
        case .middleName: middleName
        case .lastName: lastName
        case .fullName: fullName
        case .dob: dob
        case .gender: gender
        case .phoneNumber: phoneNumber
        case .address: address
        case .expirationDate: expirationDate
        }
    }
}

extension UserInfoBytes.Field {
    /// The field's JSON key, as errors name it.
    var key: String {
        switch self {
        case .firstName: "first_name"
        case .middleName: "middle_name"
        case .lastName: "last_name"
        case .fullName: "full_name"
        case .dob: "dob"
        case .gender: "gender"
        case .phoneNumber: "phone_number"
        case .address: "address"
        case .expirationDate: "expiration_date"
        }
    }
}
