/// Why input could not be read, or why one record was rejected.
public enum RecordError: Error, Equatable, CustomStringConvertible {
    /// The input could not be opened (exit status 66).
    case unreadable(path: String, reason: String)
    /// Reading or writing failed part way (exit status 74).
    case io(path: String, reason: String)

    /// A message naming the file and what to do.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "\(path): error: cannot read input: \(reason)"
        case .io(let path, let reason): return "\(path): error: I/O error: \(reason)"
        }
    }
}
