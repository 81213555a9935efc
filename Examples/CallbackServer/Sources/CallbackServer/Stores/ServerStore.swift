import ResultCodes

/// A ``JobInboxStore`` the server owns: it can be asked whether it answers (`GET /health`) and
/// closed at shutdown, after the last request was answered.
public protocol ServerStore: JobInboxStore {
    /// Throws when the store cannot be reached.
    func ping() async throws
    /// Closes the store; nothing may be called after.
    func close() async throws
}
