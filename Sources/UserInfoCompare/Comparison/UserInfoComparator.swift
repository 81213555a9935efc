public import Models

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
        let callingCode = country.flatMap { $0.withUTF8Bytes(CallingCodes.code(forCountry:)) }
        return try UserInfoBytes.withFields(of: idAuthority, and: document) {
            first, second -> Result<UserInfoComparison, UserInfoComparisonError> in
            Result { () throws(UserInfoComparisonError) in try compare(first, second, callingCode: callingCode) }
        }
        .get()
    }

    /// Compares the two records of a case, with the case's own options, or this comparator's
    /// for a case without any: the second step after ``CompareCase/init(json:)``.
    ///
    /// - Throws: ``UserInfoComparisonError``, as ``compare(idAuthority:document:country:)``.
    public func compare(_ compareCase: CompareCase) throws(UserInfoComparisonError) -> UserInfoComparison {
        let comparator = compareCase.options.map(UserInfoComparator.init(options:)) ?? self
        return try comparator.compare(
            idAuthority: compareCase.idAuthority, document: compareCase.document, country: compareCase.country)
    }

    /// The comparison of two records' bytes: the one path behind every comparison.
    func compare(
        _ first: UserInfoBytes, _ second: UserInfoBytes, callingCode: CallingCode?
    ) throws(UserInfoComparisonError) -> UserInfoComparison {
        try UserInfoBytes.checkLengths(first, second)
        let normalizer = TextNormalizer(options: options)
        let dates = DateRule(normalizer: normalizer, order: options.dateOrder)
        return try UserInfoComparison(
            name: NameRule(normalizer: normalizer).outcome(first, second),
            dob: dates.outcome(first.dob, second.dob),
            gender: GenderRule(normalizer: normalizer).outcome(first.gender, second.gender),
            phoneNumber: PhoneRule(callingCode: callingCode).outcome(first.phoneNumber, second.phoneNumber),
            address: AddressRule(normalizer: normalizer, partialThreshold: options.addressPartialThreshold)
                .outcome(first.address, second.address),
            expirationDate: dates.outcome(first.expirationDate, second.expirationDate))
    }
}
