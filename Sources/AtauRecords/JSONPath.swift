/// A dotted path into a JSON object: `name`, `author.name`, `authors[1].name` or
/// `authors.1.name`.
public struct JSONPath: Sendable, Equatable, CustomStringConvertible {
    /// One step of the path.
    public enum Step: Sendable, Equatable {
        /// An object key.
        case key(String)
        /// An array index.
        case index(Int)
    }

    /// The steps, outermost first.
    public let steps: [Step]
    /// The path as written.
    public let description: String

    /// Parses a path.
    ///
    /// - Parameter text: The path.
    /// - Returns: nil when the path is empty or has an empty step.
    public init?(_ text: String) {
        var steps: [Step] = []
        for part in text.split(separator: ".", omittingEmptySubsequences: false) {
            var name = Substring(part)
            var indexes: [Int] = []
            while name.hasSuffix("]"), let open = name.lastIndex(of: "[") {
                guard let index = Int(name[name.index(after: open)..<name.index(before: name.endIndex)]), index >= 0 else { return nil }
                indexes.insert(index, at: 0)
                name = name[..<open]
            }
            if name.isEmpty && indexes.isEmpty { return nil }
            if !name.isEmpty {
                if let index = Int(name), index >= 0, !steps.isEmpty { steps.append(.index(index)) } else { steps.append(.key(String(name))) }
            }
            steps += indexes.map(Step.index)
        }
        guard !steps.isEmpty else { return nil }
        self.steps = steps
        self.description = text
    }

    /// The value at this path in a decoded JSON value, or nil when a step is missing.
    ///
    /// - Parameter root: A value from `JSONSerialization`.
    /// - Returns: The value found.
    public func value(in root: Any) -> Any? {
        var current: Any = root
        for step in steps {
            switch step {
            case .key(let key):
                guard let object = current as? [String: Any], let next = object[key] else { return nil }
                current = next
            case .index(let index):
                guard let array = current as? [Any], index < array.count else { return nil }
                current = array[index]
            }
        }
        return current
    }
}
