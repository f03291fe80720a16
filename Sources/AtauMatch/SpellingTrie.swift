/// Latin spellings of Cyrillic letters, for reading a Latin name back into letter classes.
///
/// Built from every scheme's rendering of every letter; a spelling given for several letters
/// (`j`: ж in the Kazakh Latin alphabets, й in ISO 9) keeps every class it can stand for.
struct SpellingTrie: Sendable {
    private final class Node: @unchecked Sendable {
        var children: [Unicode.Scalar: Node] = [:]
        var classes: [String] = []
    }

    private let root = Node()

    /// Adds a folded spelling that stands for a letter class.
    mutating func insert(_ spelling: [Unicode.Scalar], letterClass: String) {
        var node = root
        for scalar in spelling {
            if let next = node.children[scalar] {
                node = next
            } else {
                let next = Node()
                node.children[scalar] = next
                node = next
            }
        }
        if !node.classes.contains(letterClass) { node.classes.append(letterClass) }
    }

    /// The longest spelling starting at `start`: its length in scalars and the classes it
    /// stands for; nil when no spelling starts there.
    func longestMatch(in scalars: [Unicode.Scalar], from start: Int) -> (length: Int, classes: [String])? {
        var node = root
        var best: (Int, [String])?
        var index = start
        while index < scalars.count, let next = node.children[scalars[index]] {
            node = next
            index += 1
            if !node.classes.isEmpty { best = (index - start, node.classes) }
        }
        return best
    }

    /// Whether `spelling` is known.
    func contains(_ spelling: [Unicode.Scalar]) -> Bool {
        var node = root
        for scalar in spelling {
            guard let next = node.children[scalar] else { return false }
            node = next
        }
        return !node.classes.isEmpty
    }
}
