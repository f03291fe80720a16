/// A record that could not be used, and why; it goes to the error report.
public struct RecordRejection: Error, Equatable, Sendable {
    /// The line the record starts on (1-based).
    public let line: Int
    /// The record's id, when it has one.
    public var recordID: String?
    /// What is wrong, in words a user can act on.
    public let reason: String

    /// Creates a rejection.
    ///
    /// - Parameters:
    ///   - line: The line the record starts on.
    ///   - recordID: The record's id, if known.
    ///   - reason: What is wrong.
    public init(line: Int, recordID: String? = nil, reason: String) {
        self.line = line
        self.recordID = recordID
        self.reason = reason
    }
}
