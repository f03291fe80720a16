/// Latin spellings of Cyrillic letters, for reading a Latin name back into letter classes.
///
/// Built from every scheme's rendering of every letter; a spelling given for several letters
/// (`j`: ж in the Kazakh Latin alphabets, й in ISO 9) keeps every class it can stand for. A
/// spelling that only the attested extras give (no scheme does) is marked, so that a reading
/// can prefer the schemes' spellings (`Bakhytzhan`: t + zh, not the German tz + h).
/// ASCII children are found in one flat table, others through a dictionary.
struct SpellingTrie: Sendable {
    /// A spelling found in a text: how many scalars it covers and which node ends it.
    struct Match {
        let length: Int
        fileprivate let node: Int
    }

    private var ascii = [Int32](repeating: -1, count: 128)
    private var other: [[UInt32: Int32]] = [[:]]
    private var classes: [[[UInt8]]] = [[]]
    private var extra: [Bool] = [false]

    @inline(__always)
    private func child(of node: Int, _ scalar: Unicode.Scalar) -> Int? {
        let value = scalar.value
        let next = value < 128 ? ascii[node &* 128 &+ Int(value)] : (other[node][value] ?? -1)
        return next < 0 ? nil : Int(next)
    }

    /// Adds a folded spelling that stands for a letter class.
    ///
    /// - Parameters:
    ///   - spelling: The folded Latin scalars.
    ///   - letterClass: The class they stand for.
    ///   - isExtra: Whether the spelling comes from the attested extras rather than a scheme.
    mutating func insert(_ spelling: [Unicode.Scalar], letterClass: [UInt8], isExtra: Bool) {
        var node = 0
        for scalar in spelling {
            if let next = child(of: node, scalar) {
                node = next
                continue
            }
            let next = classes.count
            ascii.append(contentsOf: repeatElement(-1, count: 128))
            other.append([:])
            classes.append([])
            extra.append(false)
            if scalar.value < 128 { ascii[node * 128 + Int(scalar.value)] = Int32(next) } else { other[node][scalar.value] = Int32(next) }
            node = next
        }
        extra[node] = classes[node].isEmpty ? isExtra : extra[node] && isExtra
        if !classes[node].contains(letterClass) { classes[node].append(letterClass) }
    }

    /// Calls `body` for every spelling in `scalars[start..<end]` that starts at `start`,
    /// shortest first.
    @inline(__always)
    func forEachMatch(in scalars: [Unicode.Scalar], from start: Int, to end: Int, _ body: (Match) -> Void) {
        var node = 0
        var index = start
        while index < end, let next = child(of: node, scalars[index]) {
            node = next
            index += 1
            if !classes[node].isEmpty { body(Match(length: index - start, node: node)) }
        }
    }

    /// The longest spelling in `scalars[start..<end]` that starts at `start`, if any.
    @inline(__always)
    func longestMatch(in scalars: [Unicode.Scalar], from start: Int, to end: Int? = nil) -> Match? {
        var best: Match?
        forEachMatch(in: scalars, from: start, to: end ?? scalars.count) { best = $0 }
        return best
    }

    /// The classes a spelling stands for, the schemes' first.
    @inline(__always)
    func classes(of match: Match) -> [[UInt8]] { classes[match.node] }

    /// Whether only the attested extras give the spelling.
    @inline(__always)
    func isExtra(_ match: Match) -> Bool { extra[match.node] }
}
