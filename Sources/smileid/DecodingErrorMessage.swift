import Models

/// Describes a `DecodingError` in one line that names the JSON path and never a value.
///
/// The text is ``Models/DecodingFailure``'s, so the tool and the library say the same thing.
enum DecodingErrorMessage {
    /// One line such as `PartnerParams.job_type must be a whole number or a numeric string`.
    static func describe(_ error: DecodingError) -> String {
        DecodingFailure(error).description
    }
}
