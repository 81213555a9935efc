import Models

/// Compares the personal information an ID authority returned with what was read from the
/// user's document, by the rules of Smile ID's `compare_user_info` (job type 9).
///
/// A stateless value: create one per set of ``CompareOptions`` and share it freely.
///
/// ```swift
/// let comparator = UserInfoComparator()
/// let comparison = try comparator.compare(idAuthority: authority, document: document, country: "NG")
/// comparison.resultCode            // .partialMatch (1021)
/// comparison.name                  // .transposed
/// ```
public struct UserInfoComparator: Sendable, Hashable {
    /// The options every comparison of this comparator uses.
    public var options: CompareOptions

    /// Creates a comparator; the default options are the seed's literal rules.
    public init(options: CompareOptions = .default) {
        self.options = options
    }

    /// Compares two records of the same person, field by field.
    ///
    /// - Parameters:
    ///   - idAuthority: The record the ID authority returned.
    ///   - document: The record read from the user's document.
    ///   - country: The ISO 3166-1 alpha-2 country of issuance, for the phone rule; `nil` or a
    ///     code without an E.164 calling code skips the calling-code steps.
    /// - Returns: Each field's outcome and the overall result code.
    /// - Throws: ``UserInfoComparisonError/fieldTooLong(field:byteCount:)`` for the first field
    ///   (in `UserInfo`'s declaration order) over 4,096 UTF-8 bytes on either side;
    ///   ``UserInfoComparisonError/nothingToCompare`` when every field is Not Provided.
    public func compare(
        idAuthority: UserInfo,
        document: UserInfo,
        country: String?
    ) throws(UserInfoComparisonError) -> UserInfoComparison {
        try Self.checkLengths(idAuthority, document)
        let normalizer = TextNormalizer(options: options)
        let dates = DateRule(normalizer: normalizer, order: options.dateOrder)
        let phones = PhoneRule(callingCode: country.flatMap(CallingCodes.callingCode(forCountry:)))
        return try UserInfoComparison(
            name: NameRule(normalizer: normalizer).outcome(idAuthority, document),
            dob: dates.outcome(idAuthority.dob, document.dob),
            gender: GenderRule(normalizer: normalizer).outcome(idAuthority.gender, document.gender),
            phoneNumber: phones.outcome(idAuthority.phoneNumber, document.phoneNumber),
            address: AddressRule(normalizer: normalizer, partialThreshold: options.addressPartialThreshold)
                .outcome(idAuthority.address, document.address),
            expirationDate: dates.outcome(idAuthority.expirationDate, document.expirationDate))
    }

    /// Rejects a field over the byte limit, checking both sides field by field so that swapping
    /// the records gives the same error.
    private static func checkLengths(_ first: UserInfo, _ second: UserInfo) throws(UserInfoComparisonError) {
        try check("first_name", first.firstName, second.firstName)
        try check("middle_name", first.middleName, second.middleName)
        try check("last_name", first.lastName, second.lastName)
        try check("full_name", first.fullName, second.fullName)
        try check("dob", first.dob, second.dob)
        try check("gender", first.gender, second.gender)
        try check("phone_number", first.phoneNumber, second.phoneNumber)
        try check("address", first.address, second.address)
        try check("expiration_date", first.expirationDate, second.expirationDate)
    }

    private static func check(_ key: String, _ first: String?, _ second: String?) throws(UserInfoComparisonError) {
        let longest = max(first?.utf8.count ?? 0, second?.utf8.count ?? 0)
        if longest > UserInfoComparisonError.maximumFieldByteCount {
            throw .fieldTooLong(field: key, byteCount: longest)
        }
    }
}
