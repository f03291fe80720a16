/// Why a scheme table could not be read or used.
public enum SchemeError: Error, Equatable, CustomStringConvertible {
    /// The tables directory or a table file could not be read.
    case unreadable(path: String, reason: String)
    /// A table file is not valid JSON or a value has the wrong type.
    case invalidTable(file: String, line: Int?, problem: String)
    /// Two table files declare the same id.
    case duplicateID(id: String, first: String, second: String)
    /// ICU rejected a rule of a table.
    case invalidRule(file: String, line: Int?, rule: Int, text: String, icuError: String)
    /// No scheme has this id.
    case unknownScheme(id: String, suggestions: [String])
    /// The scheme has no reverse rules.
    case notReversible(id: String)
    /// ICU does not know this transform ID.
    case unknownTransform(id: String, icuError: String)

    /// A message a user can act on, starting with `file:line:` where there is one.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "\(path): cannot read: \(reason)"
        case .invalidTable(let file, let line, let problem):
            return "\(Self.location(file, line)): \(problem)"
        case .duplicateID(let id, let first, let second):
            return "\(second): scheme id '\(id)' is already defined by \(first); rename one of them"
        case .invalidRule(let file, let line, let rule, let text, let icuError):
            return "\(Self.location(file, line)): rule \(rule + 1) '\(text)': ICU: \(icuError)"
        case .unknownScheme(let id, let suggestions):
            let hint = suggestions.isEmpty
                ? "run 'atau schemes' for the list"
                : "did you mean \(suggestions.joined(separator: ", "))?"
            return "unknown scheme '\(id)'; \(hint)"
        case .notReversible(let id):
            return "scheme '\(id)' has no reverse (Latin → Cyrillic) rules; reversible schemes are listed by 'atau schemes'"
        case .unknownTransform(let id, let icuError):
            return "ICU cannot open transform '\(id)': \(icuError); 'uconv -L' lists the stock IDs"
        }
    }

    private static func location(_ file: String, _ line: Int?) -> String {
        line.map { "\(file):\($0)" } ?? file
    }
}
