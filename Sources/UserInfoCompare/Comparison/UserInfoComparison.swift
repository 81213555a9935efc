public import Models
public import ResultCodes

/// The result of comparing two records: each field's outcome and the overall result code.
///
/// Build one with ``UserInfoComparator/compare(idAuthority:document:country:)``, and turn it
/// into the response Smile ID would send with ``response(smileJobID:partnerParams:signature:timestamp:verifyIDNumber:)``.
public struct UserInfoComparison: Sendable, Hashable {
    /// The name's outcome (`Actions.Name`).
    public let name: FieldOutcome
    /// The date of birth's outcome (`Actions.DOB`).
    public let dob: FieldOutcome
    /// The gender's outcome (`Actions.Gender`).
    public let gender: FieldOutcome
    /// The phone number's outcome (`Actions.PhoneNumber`).
    public let phoneNumber: FieldOutcome
    /// The address's outcome (`Actions.Address`).
    public let address: FieldOutcome
    /// The expiration date's outcome (`Actions.ExpirationDate`).
    public let expirationDate: FieldOutcome
    /// The overall result, which follows from the field outcomes: over the provided fields,
    /// every one Exact Match → 1020; else any Exact Match, Partial Match or Transposed → 1021;
    /// else 1022.
    public let resultCode: CompareUserInfoCode

    /// Creates a comparison from field outcomes; the result code follows from them.
    ///
    /// - Throws: ``UserInfoComparisonError/nothingToCompare`` when every outcome is
    ///   ``FieldOutcome/notProvided``.
    public init(
        name: FieldOutcome,
        dob: FieldOutcome,
        gender: FieldOutcome,
        phoneNumber: FieldOutcome,
        address: FieldOutcome,
        expirationDate: FieldOutcome
    ) throws(UserInfoComparisonError) {
        // Counted one by one: an array of the six would be allocated for every comparison.
        var tally = OutcomeTally()
        tally.count(name)
        tally.count(dob)
        tally.count(gender)
        tally.count(phoneNumber)
        tally.count(address)
        tally.count(expirationDate)
        guard let resultCode = tally.resultCode else { throw .nothingToCompare }
        self.name = name
        self.dob = dob
        self.gender = gender
        self.phoneNumber = phoneNumber
        self.address = address
        self.expirationDate = expirationDate
        self.resultCode = resultCode
    }
}

// MARK: Reading outcomes

extension UserInfoComparison {
    /// The outcome of one field.
    public subscript(field: ComparedField) -> FieldOutcome {
        switch field {
        case .name: name
        case .dob: dob
        case .gender: gender
        case .phoneNumber: phoneNumber
        case .address: address
        case .expirationDate: expirationDate
        }
    }

    /// Every field with its outcome, in the order of the response's `Actions`.
    public var outcomes: [(field: ComparedField, outcome: FieldOutcome)] {
        ComparedField.allCases.map { ($0, self[$0]) }
    }

    /// The response's `ResultText`: `Exact Match`, `Partial Match` or `No Match` (the code's
    /// `CodeTableRow.resultText`, which every Compare User Info result has).
    public var resultText: String { resultCode.row.resultText ?? "" }

    /// The overall result of a set of field outcomes, or `nil` when every one is Not Provided.
    ///
    /// Over the provided fields: every one Exact Match → 1020; else at least one Exact Match,
    /// Partial Match or Transposed → 1021; else (every one No Match) → 1022.
    package static func resultCode(for outcomes: some Sequence<FieldOutcome>) -> CompareUserInfoCode? {
        var tally = OutcomeTally()
        for outcome in outcomes { tally.count(outcome) }
        return tally.resultCode
    }

    /// What ``resultCode(for:)`` needs to know of the outcomes, counted one at a time.
    private struct OutcomeTally {
        private var anyProvided = false
        private var allExact = true
        private var anyMatch = false

        mutating func count(_ outcome: FieldOutcome) {
            guard outcome.isProvided else { return }
            anyProvided = true
            allExact = allExact && outcome == .exactMatch
            anyMatch = anyMatch || outcome != .noMatch
        }

        var resultCode: CompareUserInfoCode? {
            guard anyProvided else { return nil }
            return allExact ? .exactMatch : anyMatch ? .partialMatch : .noMatch
        }
    }
}

// MARK: Response

extension UserInfoComparison {
    /// The `compare_user_info` response for this comparison, in the shape of Smile ID's sample.
    ///
    /// `Actions` holds every key: `Return_Personal_Info` (`Not Applicable`), `Verify_ID_Number`
    /// (`verifyIDNumber`), each field's outcome (`Not Provided` where it was) and
    /// `ID_Verification` (equal to `ResultText`). `SmileJobID`, `PartnerParams`, `signature` and
    /// `timestamp` are included when given.
    public func response(
        smileJobID: String? = nil,
        partnerParams: PartnerParams? = nil,
        signature: String? = nil,
        timestamp: String? = nil,
        verifyIDNumber: ActionResult = .verified
    ) -> CompareUserInfoResponse {
        var actions = Actions([
            .returnPersonalInfo: .notApplicable,
            .verifyIDNumber: verifyIDNumber,
            .idVerification: ActionResult(rawValue: resultText),
        ])
        for field in ComparedField.allCases {
            actions[field.actionKey] = self[field].actionResult
        }
        return CompareUserInfoResponse(
            smileJobID: smileJobID,
            partnerParams: partnerParams,
            resultText: resultText,
            resultCode: resultCode.rawValue,
            actions: actions,
            signature: signature,
            timestamp: timestamp)
    }
}

extension UserInfoComparison: CustomStringConvertible {
    /// The result code and each field's outcome, such as
    /// `1021 Partial Match (Name: No Match, DOB: Exact Match, …)`. Holds no personal data.
    public var description: String {
        "\(resultCode.rawValue) \(resultText) ("
            + outcomes.map { "\($0.field): \($0.outcome)" }.joined(separator: ", ") + ")"
    }
}
