/// One job result, as Smile ID posts it to a callback URL or returns it from `job_status`.
///
/// Decoding is lenient exactly where Smile ID's JSON is inconsistent and strict elsewhere:
/// - `ConfidenceValue` may be a number or a numeric string; `IsFinalResult` and
///   `IsMachineResult` a boolean or `"true"`/`"false"`; `PartnerParams.job_type` a number or a
///   numeric string; `timestamp` a string or a whole number (older API versions send epoch
///   milliseconds), kept as its exact digits and encoded back as a number.
/// - `Actions` may be absent or lack any key (it is then empty or partial).
/// - `ResultCode`, `ResultText`, `SmileJobID` and `PartnerParams` are required; a field of the
///   wrong type is a `DecodingError` whose coding path names it. Nothing is dropped silently:
///   keys this version does not model are kept in ``additionalFields``.
/// - A key given twice in one object is not an error for `JSONDecoder`, which keeps the first
///   value; the job inbox and the `smileid` tool refuse such bodies before decoding.
///
/// The personal-information fields hold personal data. `description`, `debugDescription`,
/// `dump` and string interpolation show them as `<redacted>`; read them through their properties.
/// Resolve ``resultCode`` into a typed code with the `ResultCodes` module's `resolvedResultCode`.
public struct JobResult: Sendable, Hashable {
    /// The result code, a 4-character numeric string such as `"1012"`.
    public var resultCode: String
    /// Smile ID's text for the result, such as `"ID Number Validated"`.
    public var resultText: String
    /// The kind of result, such as `"ID Verification"` or `"SAIA"`, when sent.
    public var resultType: String?
    /// Smile ID's reference number of the job.
    public var smileJobID: String
    /// The version of the result format, when sent.
    public var jsonVersion: String?
    /// Whether more results will follow for this job (`nil` when not sent).
    public var isFinalResult: Bool?
    /// Whether the result was reached by machine alone, without human review (`nil` when not
    /// sent).
    public var isMachineResult: Bool?
    /// Which Smile ID product or channel produced the result, such as `"WebAPI"`, when sent.
    public var source: String?
    /// The job-tracking parameters, including the job type that gives the code its meaning.
    public var partnerParams: PartnerParams
    /// Smile ID's confidence in the result, when sent.
    public var confidenceValue: Double?
    /// What each step of the job concluded; empty when the result has no `Actions`.
    public var actions: Actions
    /// The time the signature was computed over, when sent, exactly as sent: an ISO 8601
    /// string, or the decimal digits of a JSON number (see ``timestampIsNumber``).
    public var timestamp: String?
    /// Whether ``timestamp`` arrived as a JSON number (epoch milliseconds or seconds in older
    /// API versions); it is then encoded back as a number.
    public var timestampIsNumber: Bool
    /// The result's signature, when sent.
    public var signature: String?

    /// The full name returned by the ID authority. Personal data.
    public var fullName: String?
    /// The date of birth returned by the ID authority. Personal data.
    public var dob: String?
    /// The gender returned by the ID authority. Personal data.
    public var gender: String?
    /// The phone number returned by the ID authority. Personal data.
    public var phoneNumber: String?
    /// The address returned by the ID authority. Personal data.
    public var address: String?
    /// The ID number looked up. Personal data.
    public var idNumber: String?
    /// The ID type, such as `"NIN"` or `"PASSPORT"`.
    public var idType: String?
    /// The country of the ID, ISO 3166-1 alpha-2.
    public var country: String?
    /// The ID's expiration date. Personal data.
    public var expirationDate: String?

    /// Every top-level key this version does not model, with its value unchanged.
    public var additionalFields: [String: JSONValue]

    /// Creates a job result.
    public init(
        resultCode: String,
        resultText: String,
        resultType: String? = nil,
        smileJobID: String,
        jsonVersion: String? = nil,
        isFinalResult: Bool? = nil,
        isMachineResult: Bool? = nil,
        source: String? = nil,
        partnerParams: PartnerParams,
        confidenceValue: Double? = nil,
        actions: Actions = Actions(),
        timestamp: String? = nil,
        timestampIsNumber: Bool = false,
        signature: String? = nil,
        fullName: String? = nil,
        dob: String? = nil,
        gender: String? = nil,
        phoneNumber: String? = nil,
        address: String? = nil,
        idNumber: String? = nil,
        idType: String? = nil,
        country: String? = nil,
        expirationDate: String? = nil,
        additionalFields: [String: JSONValue] = [:]
    ) {
        self.resultCode = resultCode
        self.resultText = resultText
        self.resultType = resultType
        self.smileJobID = smileJobID
        self.jsonVersion = jsonVersion
        self.isFinalResult = isFinalResult
        self.isMachineResult = isMachineResult
        self.source = source
        self.partnerParams = partnerParams
        self.confidenceValue = confidenceValue
        self.actions = actions
        self.timestamp = timestamp
        self.timestampIsNumber = timestampIsNumber
        self.signature = signature
        self.fullName = fullName
        self.dob = dob
        self.gender = gender
        self.phoneNumber = phoneNumber
        self.address = address
        self.idNumber = idNumber
        self.idType = idType
        self.country = country
        self.expirationDate = expirationDate
        self.additionalFields = additionalFields
    }

    enum CodingKeys: String, ModelledKeys {
        /// The text of every case, for ``ObjectKey``.
        static let stringValues = KeyNames(Self.self)

        case resultCode = "ResultCode"
        case resultText = "ResultText"
        case resultType = "ResultType"
        case smileJobID = "SmileJobID"
        case jsonVersion = "JSONVersion"
        case isFinalResult = "IsFinalResult"
        case isMachineResult = "IsMachineResult"
        case source = "Source"
        case partnerParams = "PartnerParams"
        case confidenceValue = "ConfidenceValue"
        case actions = "Actions"
        case timestamp
        case signature
        case fullName = "FullName"
        case dob = "DOB"
        case gender = "Gender"
        case phoneNumber = "PhoneNumber"
        case address = "Address"
        case idNumber = "IDNumber"
        case idType = "IDType"
        case country = "Country"
        case expirationDate = "ExpirationDate"
    }
}

extension JobResult {
    /// The job type of this result, from its ``partnerParams``.
    public var jobType: JobType { partnerParams.jobType }

    /// The wire names of the personal-information fields that hold a value. Safe to log.
    public var presentPersonalFields: [String] {
        let values: [(CodingKeys, String?)] = [
            (.fullName, fullName), (.dob, dob), (.gender, gender), (.phoneNumber, phoneNumber),
            (.address, address), (.idNumber, idNumber), (.expirationDate, expirationDate),
        ]
        return values.compactMap { $0.1 == nil ? nil : $0.0.rawValue }
    }
}

extension JobResult: Codable {
    /// Decodes a job result; see the type's documentation for what is lenient.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: ObjectKey<CodingKeys>.self)
        resultCode = try container.decode(String.self, forKey: .modelled(.resultCode))
        resultText = try container.decode(String.self, forKey: .modelled(.resultText))
        resultType = try container.decodeIfPresent(String.self, forKey: .modelled(.resultType))
        smileJobID = try container.decode(String.self, forKey: .modelled(.smileJobID))
        jsonVersion = try container.decodeIfPresent(String.self, forKey: .modelled(.jsonVersion))
        isFinalResult = try container.decodeLenientIfPresent(Bool.self, forKey: .modelled(.isFinalResult))
        isMachineResult = try container.decodeLenientIfPresent(Bool.self, forKey: .modelled(.isMachineResult))
        source = try container.decodeIfPresent(String.self, forKey: .modelled(.source))
        partnerParams = try container.decode(PartnerParams.self, forKey: .modelled(.partnerParams))
        confidenceValue = try container.decodeLenientIfPresent(Double.self, forKey: .modelled(.confidenceValue))
        actions = try container.decodeIfPresent(Actions.self, forKey: .modelled(.actions)) ?? Actions()
        let signedTimestamp = try container.decodeSignedTimestampIfPresent(forKey: .modelled(.timestamp))
        timestamp = signedTimestamp?.text
        timestampIsNumber = signedTimestamp?.isNumber ?? false
        signature = try container.decodeIfPresent(String.self, forKey: .modelled(.signature))
        fullName = try container.decodeIfPresent(String.self, forKey: .modelled(.fullName))
        dob = try container.decodeIfPresent(String.self, forKey: .modelled(.dob))
        gender = try container.decodeIfPresent(String.self, forKey: .modelled(.gender))
        phoneNumber = try container.decodeIfPresent(String.self, forKey: .modelled(.phoneNumber))
        address = try container.decodeIfPresent(String.self, forKey: .modelled(.address))
        idNumber = try container.decodeIfPresent(String.self, forKey: .modelled(.idNumber))
        idType = try container.decodeIfPresent(String.self, forKey: .modelled(.idType))
        country = try container.decodeIfPresent(String.self, forKey: .modelled(.country))
        expirationDate = try container.decodeIfPresent(String.self, forKey: .modelled(.expirationDate))
        additionalFields = try AdditionalFields.decode(from: container, of: decoder)
    }

    /// Encodes the result in Smile ID's shape; lenient inputs encode in their canonical type
    /// (`IsFinalResult` and `IsMachineResult` as booleans, `ConfidenceValue` as a number);
    /// `timestamp` is encoded in the form it arrived in. Empty `Actions` are
    /// omitted, as when the result had none.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(resultCode, forKey: .resultCode)
        try container.encode(resultText, forKey: .resultText)
        try container.encodeIfPresent(resultType, forKey: .resultType)
        try container.encode(smileJobID, forKey: .smileJobID)
        try container.encodeIfPresent(jsonVersion, forKey: .jsonVersion)
        try container.encodeIfPresent(isFinalResult, forKey: .isFinalResult)
        try container.encodeIfPresent(isMachineResult, forKey: .isMachineResult)
        try container.encodeIfPresent(source, forKey: .source)
        try container.encode(partnerParams, forKey: .partnerParams)
        try container.encodeIfPresent(confidenceValue, forKey: .confidenceValue)
        if !actions.isEmpty {
            try container.encode(actions, forKey: .actions)
        }
        try container.encodeSignedTimestamp(timestamp, isNumber: timestampIsNumber, forKey: .timestamp)
        try container.encodeIfPresent(signature, forKey: .signature)
        try container.encodeIfPresent(fullName, forKey: .fullName)
        try container.encodeIfPresent(dob, forKey: .dob)
        try container.encodeIfPresent(gender, forKey: .gender)
        try container.encodeIfPresent(phoneNumber, forKey: .phoneNumber)
        try container.encodeIfPresent(address, forKey: .address)
        try container.encodeIfPresent(idNumber, forKey: .idNumber)
        try container.encodeIfPresent(idType, forKey: .idType)
        try container.encodeIfPresent(country, forKey: .country)
        try container.encodeIfPresent(expirationDate, forKey: .expirationDate)
        try AdditionalFields.encode(additionalFields, to: encoder)
    }
}

extension JobResult: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// A summary with the job's codes and identifiers; personal fields, and the values of
    /// unmodelled fields, show as `<redacted>`.
    public var description: String {
        Redaction.describe("JobResult", presentFields: redactedFields, plain: plainFields.map { ($0.0, "\($0.1)") })
    }

    /// The same redacted summary as ``description``.
    public var debugDescription: String { description }

    /// A mirror with the non-personal fields and each present personal field as `<redacted>`.
    public var customMirror: Mirror {
        Redaction.mirror(of: self, presentFields: redactedFields, plain: plainFields)
    }

    private var plainFields: [(String, Any)] {
        var fields: [(String, Any)] = [
            ("resultCode", resultCode), ("resultText", resultText), ("smileJobID", smileJobID),
            ("jobType", jobType), ("actions", actions),
        ]
        if let idType { fields.append(("idType", idType)) }
        if let country { fields.append(("country", country)) }
        return fields
    }

    private var redactedFields: [String] {
        presentPersonalFields + additionalFields.keys.sorted()
    }
}
