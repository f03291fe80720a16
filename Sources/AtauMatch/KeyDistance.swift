/// A weighted edit distance between match keys that only admits the small differences
/// romanization and name practice make; any other edit puts two keys out of reach.
enum KeyDistance {
    private static let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u"]
    /// Letters after which an `h` comes and goes: sh ~ s, ch ~ c, zh ~ z (diacritics lost
    /// from š č ž), kh ~ k (қ written kh in Russian-form spellings: Bakhytzhan ~ Bakytzhan).
    private static let hCarriers: Set<Unicode.Scalar> = ["s", "c", "z", "k"]
    /// The cost of an edit that no variant explains.
    static let forbidden = 10.0

    /// The cost of turning `a` into `b` with the edits romanization makes:
    /// - `s` ↔ `z` inside a word (German-style Nasarbajew): 0.4;
    /// - an `i` dropped or added beside a vowel (Бауыржан ~ Бауржан, Vyacheslav ~ Vaceslav): 0.5;
    /// - an `h` dropped or added after s, c, z or k, a `c` before `h` (German ch for х): 0.5;
    /// - `o` ↔ `u`, `a` ↔ `e` and `k` ↔ `h` inside a word (Болат ~ Булат, Ахмед ~ Ахмад,
    ///   Кәрім ~ Керим, Бақыт ~ Bakhyt): 0.5;
    /// - an `e` added before or after a final `r` (Aleksandr ~ Alexander ~ Alexandre): 0.5;
    /// - anything else: ``forbidden``.
    static func weighted(_ a: String, _ b: String) -> Double {
        let left = Array(a.unicodeScalars)
        let right = Array(b.unicodeScalars)
        if abs(left.count - right.count) > 3 { return .infinity }
        func indel(_ scalars: [Unicode.Scalar], _ index: Int) -> Double {
            let scalar = scalars[index]
            let before = index > 0 ? scalars[index - 1] : nil
            let after = index + 1 < scalars.count ? scalars[index + 1] : nil
            if scalar == "i", before.map(vowels.contains) == true || after.map(vowels.contains) == true { return 0.5 }
            if scalar == "h", let before, hCarriers.contains(before) { return 0.5 }
            if scalar == "c", after == "h" { return 0.5 }
            if scalar == "e", after == "r", index + 2 == scalars.count, let before, !vowels.contains(before) { return 0.5 }
            if scalar == "e", before == "r", index + 1 == scalars.count { return 0.5 }
            return forbidden
        }
        func substitution(_ x: Unicode.Scalar, _ y: Unicode.Scalar, at position: Int) -> Double {
            if x == y { return 0 }
            guard position > 0 else { return forbidden }
            let pair: Set<Unicode.Scalar> = [x, y]
            if pair == ["s", "z"] { return 0.4 }
            if pair == ["o", "u"] || pair == ["a", "e"] || pair == ["k", "h"] { return 0.5 }
            return forbidden
        }
        var previous = [Double](repeating: 0, count: right.count + 1)
        for j in stride(from: 1, through: right.count, by: 1) { previous[j] = previous[j - 1] + indel(right, j - 1) }
        if left.isEmpty { return previous[right.count] }
        var current = previous
        for i in 1...left.count {
            current[0] = previous[0] + indel(left, i - 1)
            for j in stride(from: 1, through: right.count, by: 1) {
                current[j] = min(
                    previous[j] + indel(left, i - 1),
                    current[j - 1] + indel(right, j - 1),
                    previous[j - 1] + substitution(left[i - 1], right[j - 1], at: i - 1))
            }
            swap(&previous, &current)
        }
        return previous[right.count]
    }

    /// The most variant cost two keys may differ by and still be one name: 0.5 for keys of
    /// up to six classes, 1 for longer ones.
    static func allowance(_ a: String, _ b: String) -> Double {
        min(a.unicodeScalars.count, b.unicodeScalars.count) <= 6 ? 0.5 : 1.0
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
