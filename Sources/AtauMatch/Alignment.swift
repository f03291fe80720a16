/// One or two adjacent tokens of a name, compared as a whole. A class: units are shared
/// by the cuts and alignments of one comparison.
final class Unit: Sendable {
    /// The tokens, a slice of the name's (no copy).
    let tokens: ArraySlice<NameToken>
    let keys: [String]
    let position: Int
    let folded: String

    // What the matcher asks of a unit for each unit of the other name, read once from its
    // tokens.
    let isInitial: Bool
    let role: NameToken.Role
    let hasRoleCue: Bool
    /// The gender a single surname tells, if any.
    let gender: Gender?
    /// The group of given-name forms of a single token, if any.
    let nameGroup: Int?
    /// Whether every token is written in Cyrillic.
    let isCyrillic: Bool
    /// Whether the unit is a single hyphenated surname (Алиев-Назарбаев).
    let isHyphenatedSurname: Bool
    /// Whether the unit is a word written in parentheses (see ``NameToken/isAside``).
    let isAside: Bool

    /// The first (for a single token, the only) token.
    var first: NameToken { tokens[tokens.startIndex] }
    var text: String { tokens.count == 1 ? first.text : tokens.map(\.text).joined(separator: " ") }
    var key: String { keys.first ?? "" }
    var firstLetter: Unicode.Scalar? { folded.unicodeScalars.first }

    /// The same unit at another position.
    init(_ unit: Unit, at position: Int) {
        tokens = unit.tokens
        self.position = position
        keys = unit.keys
        folded = unit.folded
        (isInitial, role, hasRoleCue, gender, nameGroup, isCyrillic, isHyphenatedSurname, isAside)
            = (unit.isInitial, unit.role, unit.hasRoleCue, unit.gender, unit.nameGroup, unit.isCyrillic, unit.isHyphenatedSurname, unit.isAside)
    }

    init(tokens: ArraySlice<NameToken>, position: Int) {
        self.tokens = tokens
        self.position = position
        (isInitial, role, hasRoleCue, gender, nameGroup, isCyrillic, isHyphenatedSurname, isAside) = Self.traits(of: tokens)
        if tokens.count == 1 {
            self.keys = tokens[tokens.startIndex].keys
            self.folded = tokens[tokens.startIndex].folded
            return
        }
        var keys: [String] = [""]
        for token in tokens {
            keys = keys.flatMap { prefix in token.keys.map { prefix + $0 } }
            if keys.count > KeyMaker.maximumKeys { keys = Array(keys.prefix(KeyMaker.maximumKeys)) }
        }
        self.keys = keys.filter { !$0.isEmpty }
        self.folded = tokens.map(\.folded).joined()
    }

    /// The unit's traits from its tokens: a compound is a given name, without gender or group,
    /// and no aside.
    private static func traits(of tokens: ArraySlice<NameToken>)
        -> (isInitial: Bool, role: NameToken.Role, hasRoleCue: Bool, gender: Gender?, nameGroup: Int?, isCyrillic: Bool,
            isHyphenatedSurname: Bool, isAside: Bool) {
        let isCyrillic = tokens.allSatisfy { $0.script == .cyrillic }
        let hasRoleCue = tokens.contains(where: \.hasRoleCue)
        guard tokens.count == 1, let token = tokens.first else {
            return (false, .given, hasRoleCue, nil, nil, isCyrillic, false, false)
        }
        let isSurname = token.role == .surname
        return (token.isInitial, token.role, hasRoleCue, isSurname ? token.gender : nil, token.nameGroup, isCyrillic,
                isSurname && token.isHyphenated, token.isAside)
    }

    /// Whether pairing these units makes a given name of one side a surname of the other,
    /// with nothing but word order behind either role.
    func crossesRole(_ other: Unit) -> Bool {
        let (mine, theirs) = (role, other.role)
        return ((mine == .given && theirs == .surname) || (mine == .surname && theirs == .given)) && !hasRoleCue && !other.hasRoleCue
    }

    /// The ways to cut a name into units besides each token alone: each pair of adjacent word
    /// tokens joined (a compound given name written apart: Kassym Jomart ~ Kassym-Jomart),
    /// where the compound could agree with a unit of the other name.
    ///
    /// - Parameters:
    ///   - name: The name to cut.
    ///   - other: The units of the name it is compared with.
    ///   - forms: The given-name forms the matcher looks groups up in.
    static func compoundCuts(of name: PersonName, meeting other: [Unit], forms: GivenNameForms) -> [[Unit]] {
        let tokens = name.parts
        let single = name.units
        // Compounds are tried in names of up to four parts: the cuts multiply with the parts.
        guard tokens.count >= 2, tokens.count <= 4 else { return [] }
        var result: [[Unit]] = []
        for index in 0..<(tokens.count - 1) where !tokens[index].isInitial && !tokens[index + 1].isInitial
            && mayMeet(tokens[index], tokens[index + 1], other, forms: forms) {
            var units = Array(single[..<index])
            units.append(Unit(tokens: tokens[index...(index + 1)], position: index))
            units.append(contentsOf: single[(index + 2)...].map { Unit($0, at: $0.position - 1) })
            result.append(units)
        }
        return result
    }

    /// Whether two tokens joined could agree with one of `other`. A compound's keys are its
    /// tokens' keys end to end, and every rule of the matcher but an initial's holds between
    /// keys at most six bytes shorter or nine longer than the compound's (a spelling variant
    /// three, a Kazakh or Russian surname form with a й merged six, an added ending seven), or
    /// between the compound and a form of the unit's group of given names: a cut whose
    /// compound meets no unit so cannot score above the name's plain units, and is not tried.
    private static func mayMeet(_ first: NameToken, _ second: NameToken, _ other: [Unit], forms: GivenNameForms) -> Bool {
        func lengths(_ keys: [String]) -> (short: Int, long: Int)? {
            var (short, long) = (Int.max, 0)
            for key in keys {
                short = min(short, key.utf8.count)
                long = max(long, key.utf8.count)
            }
            return keys.isEmpty ? nil : (short, long)
        }
        guard let firstLengths = lengths(first.keys), let secondLengths = lengths(second.keys) else { return true }
        let reach = (firstLengths.short + secondLengths.short - 6)...(firstLengths.long + secondLengths.long + 9)
        return other.contains { unit in
            unit.isInitial || unit.keys.contains { reach.contains($0.utf8.count) }
                || unit.nameGroup.map { forms.keyLengths(in: $0).overlaps(reach) } ?? false
        }
    }
}

/// The best pairing of two names' units.
struct Alignment {
    struct Pair {
        let left: Unit
        let right: Unit
        let judgement: NameMatcher.Judgement
    }

    /// The pairs, in the order of the left name.
    let pairs: [Pair]
    /// Every unit of each name, paired or not.
    private let left: [Unit]
    private let right: [Unit]

    /// The units of the left name that no pair holds.
    var unpairedLeft: some Sequence<Unit> { left.lazy.filter { unit in !pairs.contains { $0.left === unit } } }
    /// The units of the right name that no pair holds.
    var unpairedRight: some Sequence<Unit> { right.lazy.filter { unit in !pairs.contains { $0.right === unit } } }

    /// The most units of the shorter name for which every pairing is tried; past it, pairs are
    /// taken best first (the number of pairings grows factorially).
    static let exhaustiveLimit = 5

    /// Pairs as many units as the shorter name has, maximising the total score; ties go to
    /// the pairing that keeps the written order.
    static func best(_ left: [Unit], _ right: [Unit], scorer: (Unit, Unit) -> NameMatcher.Judgement) -> Alignment {
        // table[l * width + r] judges left[l] and right[r]; the scratch space is on the stack.
        let width = right.count
        let count = left.count * width
        return withUnsafeTemporaryAllocation(of: NameMatcher.Judgement.self, capacity: count) { table in
            var index = 0
            for l in left {
                for r in right {
                    (table.baseAddress! + index).initialize(to: scorer(l, r))
                    index += 1
                }
            }
            defer { table.baseAddress!.deinitialize(count: count) }
            // The shorter name's units are the rows, each paired with a column of the longer.
            let swapped = left.count > right.count
            let rows = swapped ? right.count : left.count
            let columns = swapped ? left.count : right.count
            func score(_ row: Int, _ column: Int) -> Double {
                swapped ? table[column * width + row].score : table[row * width + column].score
            }
            return withUnsafeTemporaryAllocation(of: Int.self, capacity: rows) { assignment in
                if rows <= exhaustiveLimit {
                    exhaustive(rows: rows, columns: columns, score: score, into: assignment)
                } else {
                    greedy(rows: rows, columns: columns, score: score, into: assignment)
                }
                var pairs: [Pair] = []
                pairs.reserveCapacity(rows)
                for (row, column) in assignment.enumerated() {
                    let (l, r) = swapped ? (column, row) : (row, column)
                    pairs.append(Pair(left: left[l], right: right[r], judgement: table[l * width + r]))
                }
                pairs.sort { $0.left.position < $1.left.position }
                return Alignment(pairs: pairs, left: left, right: right)
            }
        }
    }

    /// The best pairs first: the highest score, then the nearest written positions.
    private static func greedy(rows: Int, columns: Int, score: (Int, Int) -> Double, into assignment: UnsafeMutableBufferPointer<Int>) {
        var candidates: [(row: Int, column: Int, score: Double)] = []
        for row in 0..<rows {
            for column in 0..<columns { candidates.append((row, column, score(row, column))) }
        }
        candidates.sort { ($0.score, -abs($0.row - $0.column), -$0.row) > ($1.score, -abs($1.row - $1.column), -$1.row) }
        assignment.update(repeating: -1)
        var used = Set<Int>()
        for candidate in candidates where assignment[candidate.row] < 0 && !used.contains(candidate.column) {
            assignment[candidate.row] = candidate.column
            used.insert(candidate.column)
        }
    }

    /// Every pairing, the one with the highest total and then the fewest crossings.
    private static func exhaustive(rows: Int, columns: Int, score: (Int, Int) -> Double, into assignment: UnsafeMutableBufferPointer<Int>) {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: rows) { current in
            withUnsafeTemporaryAllocation(of: Bool.self, capacity: columns) { used in
                current.initialize(repeating: 0)
                used.initialize(repeating: false)
                assignment.initialize(repeating: 0)
                var search = PairingSearch(rows: rows, current: current, best: assignment, used: used)
                search.visit(row: 0, total: 0, score: score)
            }
        }
    }
}

/// The state of the exhaustive search for the best pairing: the columns taken so far and the
/// best complete pairing found, in buffers the caller owns.
private struct PairingSearch {
    let rows: Int
    let current: UnsafeMutableBufferPointer<Int>
    let best: UnsafeMutableBufferPointer<Int>
    let used: UnsafeMutableBufferPointer<Bool>
    var bestTotal = -1.0
    var bestCrossings = Int.max

    init(rows: Int, current: UnsafeMutableBufferPointer<Int>, best: UnsafeMutableBufferPointer<Int>, used: UnsafeMutableBufferPointer<Bool>) {
        self.rows = rows
        self.current = current
        self.best = best
        self.used = used
    }

    mutating func visit(row: Int, total: Double, score: (Int, Int) -> Double) {
        if row == rows {
            var crossings = 0
            for i in 0..<rows {
                for j in (i + 1)..<max(i + 1, rows) where current[j] < current[i] { crossings += 1 }
            }
            if total > bestTotal + 1e-9 || (abs(total - bestTotal) <= 1e-9 && crossings < bestCrossings) {
                bestTotal = total
                bestCrossings = crossings
                for i in 0..<rows { best[i] = current[i] }
            }
            return
        }
        for column in 0..<used.count where !used[column] {
            used[column] = true
            current[row] = column
            visit(row: row + 1, total: total + score(row, column), score: score)
            used[column] = false
        }
    }
}
