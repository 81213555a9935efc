/// Builds the redacted descriptions and mirrors of types that hold personal data.
enum Redaction {
    /// The text shown in place of a personal value.
    static let placeholder = "<redacted>"

    /// `TypeName(field: <redacted>, other: <redacted>)`, or `TypeName()` with no field present.
    static func describe(_ typeName: String, presentFields: [String], plain: [(String, String)] = []) -> String {
        let parts = plain.map { "\($0.0): \($0.1)" } + presentFields.map { "\($0): \(placeholder)" }
        return "\(typeName)(\(parts.joined(separator: ", ")))"
    }

    /// A mirror whose children are the present fields, each with the placeholder as its value.
    static func mirror<Subject>(of subject: Subject, presentFields: [String], plain: [(String, Any)] = []) -> Mirror {
        let children =
            plain.map { (label: Optional($0.0), value: $0.1) }
            + presentFields.map { (label: Optional($0), value: placeholder as Any) }
        return Mirror(
            subject, children: children.map { Mirror.Child(label: $0.label, value: $0.value) },
            displayStyle: .struct)
    }
}
