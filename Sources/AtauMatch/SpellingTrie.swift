/// Latin spellings of Cyrillic letters, for reading a Latin name back into letter classes.
///
/// Built from every scheme's rendering of every letter; a spelling given for several letters
/// (`j`: ж in the Kazakh Latin alphabets, й in ISO 9) keeps every class it can stand for.
/// Nodes live in one array; ASCII children are found by index, others through a dictionary.
struct SpellingTrie: Sendable {
    private struct Node: Sendable {
        var ascii = [Int32](repeating: -1, count: 128)
        var other: [UInt32: Int32] = [:]
        var classes: [[UInt8]] = []
    }

    private var nodes = [Node()]

    @inline(__always)
    private func child(of node: Int, _ scalar: Unicode.Scalar) -> Int? {
        let value = scalar.value
        let next = value < 128 ? nodes[node].ascii[Int(value)] : (nodes[node].other[value] ?? -1)
        return next < 0 ? nil : Int(next)
    }

    /// Adds a folded spelling that stands for a letter class.
    mutating func insert(_ spelling: [Unicode.Scalar], letterClass: [UInt8]) {
        var node = 0
        for scalar in spelling {
            if let next = child(of: node, scalar) {
                node = next
                continue
            }
            nodes.append(Node())
            let next = Int32(nodes.count - 1)
            if scalar.value < 128 { nodes[node].ascii[Int(scalar.value)] = next } else { nodes[node].other[scalar.value] = next }
            node = Int(next)
        }
        if !nodes[node].classes.contains(letterClass) { nodes[node].classes.append(letterClass) }
    }

    /// The longest spelling in `scalars[start..<end]` that starts at `start`: its length and
    /// the classes it stands for; nil when no spelling starts there.
    @inline(__always)
    func longestMatch(in scalars: [Unicode.Scalar], from start: Int, to end: Int? = nil) -> (length: Int, classes: [[UInt8]])? {
        let end = end ?? scalars.count
        var node = 0
        var best: (Int, [[UInt8]])?
        var index = start
        while index < end, let next = child(of: node, scalars[index]) {
            node = next
            index += 1
            if !nodes[node].classes.isEmpty { best = (index - start, nodes[node].classes) }
        }
        return best
    }
}
