import Foundation
import ResultCodes

/// How the SQL stores write what they keep: times as whole milliseconds since 1970 (rounded to
/// the nearest, in the columns they query), a job's state as the JSON `JSONEncoder` writes
/// (exact), digests as lowercase hexadecimal.
enum StoreCoding {
    /// `date` in milliseconds since 1970, rounded to the nearest.
    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    static func encode(_ state: JobState) throws -> String {
        String(decoding: try JSONEncoder().encode(state), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> JobState {
        try JSONDecoder().decode(JobState.self, from: Data(text.utf8))
    }
}

/// A stored value that could not be read back: the store is then treated as unavailable.
struct StoreCorruption: Error, CustomStringConvertible {
    /// What could not be read (a table and a column), never a value.
    var what: String

    var description: String { "the store holds an unreadable \(what)" }
}
