/// A weighted edit distance between match keys that only admits the small differences
/// romanization and name practice make; any other edit puts two keys out of reach.
enum KeyDistance {
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
    static func weighted(_ a: String, _ b: String, limit: Double = 1.0) -> Double {
        var a = a, b = b
        return a.withUTF8 { left in b.withUTF8 { right in weighted(left, right, limit: limit) } }
    }

    @inline(__always)
    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75
    }

    /// The cost of inserting or deleting `keys[index]`.
    @inline(__always)
    private static func indel(_ key: UnsafeBufferPointer<UInt8>, _ index: Int) -> Double {
        let byte = key[index]
        let before: UInt8? = index > 0 ? key[index - 1] : nil
        let after: UInt8? = index + 1 < key.count ? key[index + 1] : nil
        switch byte {
        case 0x69:  // i beside a vowel
            if let before, isVowel(before) { return 0.5 }
            if let after, isVowel(after) { return 0.5 }
        case 0x68:  // h after s, c, z, k
            if let before, before == 0x73 || before == 0x63 || before == 0x7A || before == 0x6B { return 0.5 }
        case 0x63:  // c before h
            if after == 0x68 { return 0.5 }
        case 0x65:  // e before a final r after a consonant, or after a final r
            if after == 0x72, index + 2 == key.count, let before, !isVowel(before) { return 0.5 }
            if before == 0x72, index + 1 == key.count { return 0.5 }
        default:
            break
        }
        return forbidden
    }

    @inline(__always)
    private static func substitution(_ x: UInt8, _ y: UInt8, at position: Int) -> Double {
        if x == y { return 0 }
        guard position > 0 else { return forbidden }
        switch (min(x, y), max(x, y)) {
        case (0x73, 0x7A): return 0.4  // s, z
        case (0x6F, 0x75), (0x61, 0x65), (0x68, 0x6B): return 0.5  // o u, a e, h k
        default: return forbidden
        }
    }

    static func weighted(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>, limit: Double) -> Double {
        if abs(left.count - right.count) > 3 { return .infinity }
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * (right.count + 1)) { rows in
            var previous = UnsafeMutableBufferPointer(rebasing: rows[0...right.count])
            var current = UnsafeMutableBufferPointer(rebasing: rows[(right.count + 1)...])
            previous[0] = 0
            for j in stride(from: 1, through: right.count, by: 1) { previous[j] = previous[j - 1] + indel(right, j - 1) }
            if left.isEmpty { return previous[right.count] }
            for i in 1...left.count {
                current[0] = previous[0] + indel(left, i - 1)
                var rowMinimum = current[0]
                for j in stride(from: 1, through: right.count, by: 1) {
                    let value = min(
                        previous[j] + indel(left, i - 1),
                        current[j - 1] + indel(right, j - 1),
                        previous[j - 1] + substitution(left[i - 1], right[j - 1], at: i - 1))
                    current[j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                if rowMinimum > limit { return .infinity }
                swap(&previous, &current)
            }
            return previous[right.count]
        }
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
