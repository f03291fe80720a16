/// A weighted edit distance between match keys, cheap for the variants romanization makes
/// and full price for everything else.
enum KeyDistance {
    private static let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u"]

    /// The cost of turning `a` into `b`: s ↔ z inside a word (German-style Nasarbajew) costs
    /// 0.4; an `i` dropped or added beside a vowel (Бауыржан ~ Бауржан) 0.5; any other
    /// insertion, deletion or substitution 1. Stops early past `limit`.
    static func weighted(_ a: String, _ b: String, limit: Double = 1.5) -> Double {
        let left = Array(a.unicodeScalars)
        let right = Array(b.unicodeScalars)
        if abs(left.count - right.count) > 2 { return .infinity }
        func indelCost(_ scalars: [Unicode.Scalar], _ index: Int) -> Double {
            guard scalars[index] == "i" else { return 1 }
            let before = index > 0 ? vowels.contains(scalars[index - 1]) : false
            let after = index + 1 < scalars.count ? vowels.contains(scalars[index + 1]) : false
            return before || after ? 0.5 : 1
        }
        func substitutionCost(_ x: Unicode.Scalar, _ y: Unicode.Scalar, at position: Int) -> Double {
            if x == y { return 0 }
            if position > 0, (x == "s" && y == "z") || (x == "z" && y == "s") { return 0.4 }
            return 1
        }
        var previous = [Double](repeating: 0, count: right.count + 1)
        for j in 1...max(1, right.count) where j <= right.count { previous[j] = previous[j - 1] + indelCost(right, j - 1) }
        var current = previous
        if left.isEmpty { return previous[right.count] }
        for i in 1...left.count {
            current[0] = previous[0] + indelCost(left, i - 1)
            var rowMinimum = current[0]
            if right.count > 0 {
                for j in 1...right.count {
                    current[j] = min(
                        previous[j] + indelCost(left, i - 1),
                        current[j - 1] + indelCost(right, j - 1),
                        previous[j - 1] + substitutionCost(left[i - 1], right[j - 1], at: i - 1))
                    rowMinimum = min(rowMinimum, current[j])
                }
            }
            if rowMinimum > limit { return .infinity }
            swap(&previous, &current)
        }
        return previous[right.count]
    }

    /// Whether `a` and `b` differ by one swap of adjacent letters.
    static func isTransposition(_ a: String, _ b: String) -> Bool {
        let left = Array(a.unicodeScalars)
        let right = Array(b.unicodeScalars)
        guard left.count == right.count, left != right else { return false }
        let differing = left.indices.filter { left[$0] != right[$0] }
        guard differing.count == 2, differing[1] == differing[0] + 1 else { return false }
        return left[differing[0]] == right[differing[1]] && left[differing[1]] == right[differing[0]]
    }
}
