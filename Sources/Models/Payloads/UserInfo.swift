/// The personal information of one person, as compared by `compare_user_info` (job type 9).
///
/// One `UserInfo` holds what an ID authority returned, another what was read from the user's
/// document. Every field is optional; an absent or blank field is "Not Provided" in a comparison.
/// The JSON keys are snake_case (`first_name`, `dob`, …), as in the compare fixtures and the
/// `smileid` tool.
///
/// The values are personal data. `description`, `debugDescription`, `dump` and string
/// interpolation show only which fields are present; read a value through its property.
public struct UserInfo: Sendable, Hashable, Codable {
    /// The given name.
    public var firstName: String?
    /// The middle name or names.
    public var middleName: String?
    /// The surname.
    public var lastName: String?
    /// The whole name in one string; used when neither `firstName` nor `lastName` is present.
    public var fullName: String?
    /// The date of birth, as written by the source (several date forms are understood).
    public var dob: String?
    /// The gender, as written by the source (`"M"`, `"Female"`, …).
    public var gender: String?
    /// The phone number, in any of the national or international forms.
    public var phoneNumber: String?
    /// The postal address.
    public var address: String?
    /// The document's expiration date.
    public var expirationDate: String?

    /// Creates a record; every field defaults to absent.
    public init(
        firstName: String? = nil,
        middleName: String? = nil,
        lastName: String? = nil,
        fullName: String? = nil,
        dob: String? = nil,
        gender: String? = nil,
        phoneNumber: String? = nil,
        address: String? = nil,
        expirationDate: String? = nil
    ) {
        self.firstName = firstName
        self.middleName = middleName
        self.lastName = lastName
        self.fullName = fullName
        self.dob = dob
        self.gender = gender
        self.phoneNumber = phoneNumber
        self.address = address
        self.expirationDate = expirationDate
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case firstName = "first_name"
        case middleName = "middle_name"
        case lastName = "last_name"
        case fullName = "full_name"
        case dob
        case gender
        case phoneNumber = "phone_number"
        case address
        case expirationDate = "expiration_date"
    }
}

extension UserInfo {
    /// Decodes a record: each field a string, absent or `null`. Other keys are ignored, or
    /// refused when the decoder's `userInfo` sets `CodingUserInfoKey.rejectsUnknownKeys`.
    public init(from decoder: any Decoder) throws {
        try UnknownKeys.check(decoder, typeName: "UserInfo", known: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        firstName = try container.decodeIfPresent(String.self, forKey: .firstName)
        middleName = try container.decodeIfPresent(String.self, forKey: .middleName)
        lastName = try container.decodeIfPresent(String.self, forKey: .lastName)
        fullName = try container.decodeIfPresent(String.self, forKey: .fullName)
        dob = try container.decodeIfPresent(String.self, forKey: .dob)
        gender = try container.decodeIfPresent(String.self, forKey: .gender)
        phoneNumber = try container.decodeIfPresent(String.self, forKey: .phoneNumber)
        address = try container.decodeIfPresent(String.self, forKey: .address)
        expirationDate = try container.decodeIfPresent(String.self, forKey: .expirationDate)
    }
}

extension UserInfo {
    /// The JSON keys of the fields that hold a value, in declaration order.
    ///
    /// Safe to log: it names fields, never their values.
    public var presentFields: [String] {
        let values: [(CodingKeys, String?)] = [
            (.firstName, firstName), (.middleName, middleName), (.lastName, lastName),
            (.fullName, fullName), (.dob, dob), (.gender, gender), (.phoneNumber, phoneNumber),
            (.address, address), (.expirationDate, expirationDate),
        ]
        return values.compactMap { $0.1 == nil ? nil : $0.0.rawValue }
    }
}

extension UserInfo: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// A redacted summary naming the present fields, such as `UserInfo(first_name: <redacted>)`.
    public var description: String {
        Redaction.describe("UserInfo", presentFields: presentFields)
    }

    /// The same redacted summary as ``description``.
    public var debugDescription: String { description }

    /// A mirror that shows each present field as `<redacted>`, so `dump` prints no personal data.
    public var customMirror: Mirror {
        Redaction.mirror(of: self, presentFields: presentFields)
    }
}
