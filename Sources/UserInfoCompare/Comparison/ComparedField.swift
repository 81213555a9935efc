public import Models

/// A field that `compare_user_info` compares, in the order of its response's `Actions`.
///
/// Smile ID may compare more fields in later versions, so a `switch` over `ComparedField`
/// outside this package needs `@unknown default:`.
#if hasAttribute(nonexhaustive)
@nonexhaustive
#endif
public enum ComparedField: String, Sendable, Hashable, CaseIterable, Codable {
    /// The name: first, middle and last name, or the full name.
    case name
    /// The date of birth.
    case dob
    /// The gender.
    case gender
    /// The phone number.
    case phoneNumber = "phone_number"
    /// The address.
    case address
    /// The document's expiration date.
    case expirationDate = "expiration_date"
}

extension ComparedField {
    /// The field's key in a response's `Actions`, such as `PhoneNumber`.
    public var actionKey: ActionKey {
        switch self {
        case .name: .name
        case .dob: .dob
        case .gender: .gender
        case .phoneNumber: .phoneNumber
        case .address: .address
        case .expirationDate: .expirationDate
        }
    }
}

extension ComparedField: CustomStringConvertible {
    /// The field's key in a response's `Actions`, such as `PhoneNumber`.
    public var description: String { actionKey.rawValue }
}
