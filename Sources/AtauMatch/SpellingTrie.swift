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

        /// Which spelling was found: the same number wherever the same spelling is.
        var spelling: Int { node }
    }

    private var ascii = [Int32](repeating: -1, count: 128)
    private var other: [[UInt32: Int32]] = [[:]]
    private var classes: [[[UInt8]]] = [[]]
    private var extra: [Bool] = [false]
    /// The readings of each node's whole spelling (see ``settleReadings()``).
    private var readings: [[[UInt8]]] = [[]]
    /// Whether a spelling ends at each node.
    private var isEnd: [Bool] = [false]
    /// Each node's first reading packed for the fast path: up to six bytes, low byte first,
    /// with the length in the top byte and ``ambiguousBit`` when there are other readings;
    /// ``unpacked`` when it does not fit.
    private var packedReadings: [UInt64] = [unpacked]
    static let ambiguousBit: UInt64 = 1 << 55
    /// The trie as the fast reading walks it, built by ``settleReadings()``: each scalar that
    /// spellings hold has a column, and `steps` holds each node's row of steps, one per column.
    /// A step is the child node shifted left by two, with ``endBit`` when a spelling ends there
    /// and ``extraBit`` when only the attested extras give it; -1 for no child.
    private var columns = [UInt8](repeating: 0, count: Int(denseLimit))
    private var otherColumns: [(value: UInt32, column: UInt8)] = []
    private var columnCount = 1
    private var steps: [Int32] = []
    /// Scalars below this have their columns in a flat table: every folded Latin letter.
    fileprivate static let denseLimit: UInt32 = 0x370
    fileprivate static let endBit: Int32 = 2
    fileprivate static let extraBit: Int32 = 1
    /// A packed reading that stands for none: the reading is longer than six bytes.
    static let unpacked = UInt64.max

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
    ///   - isFirst: Whether the class goes before the spelling's others (names mean it far
    ///     more often: x for кс before GOST 7.79's x for х); else after them.
    mutating func insert(_ spelling: [Unicode.Scalar], letterClass: [UInt8], isExtra: Bool, isFirst: Bool = false) {
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
            readings.append([])
            isEnd.append(false)
            packedReadings.append(Self.unpacked)
            if scalar.value < 128 { ascii[node * 128 + Int(scalar.value)] = Int32(next) } else { other[node][scalar.value] = Int32(next) }
            node = next
        }
        extra[node] = classes[node].isEmpty ? isExtra : extra[node] && isExtra
        isEnd[node] = true
        if isFirst {
            classes[node].removeAll { $0 == letterClass }
            classes[node].insert(letterClass, at: 0)
        } else if !classes[node].contains(letterClass) {
            classes[node].append(letterClass)
        }
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
            if isEnd[node] { body(Match(length: index - start, node: node)) }
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

    /// One step of a cut (see ``View/cut(_:preferringExtras:into:)``): the least cost of
    /// reading the rest of the run from here, and the spelling that starts here in that cut.
    struct Step {
        fileprivate var cost: Int32
        /// How many scalars the spelling covers; 0 when none starts here.
        fileprivate var length: Int32
        fileprivate var node: Int32

        /// The spelling that starts here, if any.
        var spelling: Match? { length == 0 ? nil : Match(length: Int(length), node: Int(node)) }
    }

    /// The tables the fast reading of a Latin word needs, as buffers (see ``settleReadings()``).
    struct View {
        /// The column of each scalar below ``denseLimit``; 0 for a scalar no spelling holds.
        let columns: UnsafeBufferPointer<UInt8>
        /// The columns of the scalars at or above ``denseLimit`` that spellings hold.
        let otherColumns: UnsafeBufferPointer<(value: UInt32, column: UInt8)>
        let columnCount: Int
        /// The step from each node by each column (`node * columnCount + column`, see
        /// ``SpellingTrie/steps``); -1 for none.
        let steps: UnsafeBufferPointer<Int32>
        /// Each node's first reading packed (see ``packedReading(of:)``).
        let packedReadings: UnsafeBufferPointer<UInt64>

        /// The column of a folded scalar value: 0 when no spelling holds it.
        @inline(__always)
        func column(of value: UInt32) -> Int {
            if value < SpellingTrie.denseLimit { return Int(columns[Int(value)]) }
            for entry in otherColumns where entry.value == value { return Int(entry.column) }
            return 0
        }

        /// A spelling's first reading packed (see ``SpellingTrie/packedReading(of:)``).
        @inline(__always)
        func packedReading(of match: Match) -> UInt64 { packedReadings[match.node] }

        /// Cuts a run of folded scalars into the fewest spellings; among cuts with as many, the
        /// one with the fewest attested extras, then the one whose later spellings are the
        /// longer. So `Bakhytzhan` reads t + zh rather than the German tz + h, `Tatjana` t + ja
        /// rather than the Swedish tj + a, `Shynghys` n + gh rather than ng + h, and
        /// `Iwanowitsch` ends in the German tsch rather than ts + ch.
        ///
        /// - Parameters:
        ///   - scalars: The folded scalar values.
        ///   - preferringExtras: Rank attested extras above the schemes' spellings, and on a tie
        ///     take the cut whose earlier spellings are the longer, for the alternative reading.
        ///   - plan: Room for `scalars.count + 1` steps; `plan[i]` becomes the least cost of
        ///     reading `scalars[i...]` and the spelling that starts at `i` in that cut. A
        ///     spelling costs 64, an extra one 65 (63 when extras are preferred), a scalar that
        ///     starts none 66.
        /// - Returns: Whether an attested extra could be read somewhere in the run, so that the
        ///   other preference may cut it differently.
        @inline(__always)
        func cut(_ scalars: UnsafeBufferPointer<UInt32>, preferringExtras: Bool, into plan: UnsafeMutableBufferPointer<Step>) -> Bool {
            let count = scalars.count
            let extraCost: Int32 = preferringExtras ? 63 : 65
            var extraSeen = false
            plan[count] = Step(cost: 0, length: 0, node: 0)
            // Each scalar's column, looked up once: the walks from each start cross it again.
            return withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { columns in
                for index in 0..<count { columns[index] = column(of: scalars[index]) }
                for index in stride(from: count - 1, through: 0, by: -1) {
                    var best = Step(cost: plan[index + 1].cost + 66, length: 0, node: 0)
                    var row = 0
                    var end = index
                    while end < count, case let step = steps[row &+ columns[end]], step >= 0 {
                        let node = step >> 2
                        row = Int(node) &* columnCount
                        end += 1
                        guard step & SpellingTrie.endBit != 0 else { continue }
                        let isExtra = step & SpellingTrie.extraBit != 0
                        if isExtra { extraSeen = true }
                        let cost = plan[end].cost + (isExtra ? extraCost : 64)
                        // On a tie the shorter spelling here, so the later ones are longer; the
                        // alternative reading takes the longer (Dutch Tsjebotko: tsj + e, not ts + je).
                        if cost < best.cost || (cost == best.cost && (best.length == 0 || preferringExtras)) {
                            best = Step(cost: cost, length: Int32(truncatingIfNeeded: end - index), node: node)
                        }
                    }
                    plan[index] = best
                }
                return extraSeen
            }
        }
    }

    /// Calls `body` with the tables of a fast reading.
    @inline(__always)
    func withView<Result>(_ body: (View) -> Result) -> Result {
        columns.withUnsafeBufferPointer { columns in
            otherColumns.withUnsafeBufferPointer { otherColumns in
                steps.withUnsafeBufferPointer { steps in
                    packedReadings.withUnsafeBufferPointer { packed in
                        body(View(columns: columns, otherColumns: otherColumns, columnCount: columnCount, steps: steps, packedReadings: packed))
                    }
                }
            }
        }
    }

    /// The readings of a whole spelling, the preferred first (see ``settleReadings()``).
    @inline(__always)
    func readings(of match: Match) -> [[UInt8]] { readings[match.node] }

    /// The first reading of a spelling packed as bytes, low byte first, with its length in the
    /// top byte and ``ambiguousBit`` set when there are others; ``unpacked`` when it is longer
    /// than six bytes, so that ``readings(of:)`` must be asked.
    @inline(__always)
    func packedReading(of match: Match) -> UInt64 { packedReadings[match.node] }

    /// Works out the readings of every spelling, and the steps of the fast reading, once all
    /// are inserted.
    ///
    /// A spelling stands for its classes. When it is a letter that is itself ambiguous (`j`:
    /// ж or й) followed by a vowel, it may also be that letter and the vowel (`jo`: ж + о in
    /// the Kazakh Latin alphabets, or ё in GOST 16876 and German style); the letter-by-letter
    /// reading comes first. Two vowels that spell one letter may also be two (`ou`: French у,
    /// or о + у as in Belousova); the one letter comes first where a scheme spells it so, the
    /// two where only attested practice does (Dutch `oe` for у, which would misread Ossetian
    /// -oev). Two other letters that only attested practice spells as one may also be two,
    /// read last (`sz`: Hungarian с, Polish ш, or the German з + ц of Obraszowa); a vowel
    /// spelled with an h after it is read as the vowel and х first (`eh`: е + х in Mehri, then
    /// э in GOST 16876).
    mutating func settleReadings() {
        var pending: [(node: Int, spelling: [Unicode.Scalar])] = [(0, [])]
        while let (node, spelling) = pending.popLast() {
            if isEnd[node] {
                readings[node] = readings(of: spelling, node: node)
                packedReadings[node] = Self.pack(readings[node])
            }
            for (value, child) in children(of: node) {
                pending.append((Int(child), spelling + [UTF8Reading.unicodeScalar(value)]))
            }
        }
        settleSteps()
    }

    /// The children of a node, each with the scalar value that leads to it.
    private func children(of node: Int) -> [(value: UInt32, child: Int32)] {
        var result: [(value: UInt32, child: Int32)] = []
        for value in 0..<128 where ascii[node * 128 + value] >= 0 { result.append((UInt32(value), ascii[node * 128 + value])) }
        for (value, child) in other[node] { result.append((value, child)) }
        return result
    }

    /// Builds the columns and steps the fast reading walks (see ``steps``).
    private mutating func settleSteps() {
        let nodes = classes.count
        let held = Set((0..<nodes).flatMap { children(of: $0).map(\.value) })
        precondition(held.count < Int(UInt8.max), "too many scalars in the spellings for one-byte columns")
        var columnOf: [UInt32: Int] = [:]
        for (offset, value) in held.sorted().enumerated() {
            let column = UInt8(offset + 1)
            columnOf[value] = Int(column)
            if value < Self.denseLimit { columns[Int(value)] = column } else { otherColumns.append((value, column)) }
        }
        columnCount = held.count + 1
        steps = [Int32](repeating: -1, count: nodes * columnCount)
        for node in 0..<nodes {
            for (value, child) in children(of: node) {
                let flags = (isEnd[Int(child)] ? Self.endBit : 0) | (extra[Int(child)] ? Self.extraBit : 0)
                steps[node * columnCount + columnOf[value]!] = child << 2 | flags
            }
        }
    }

    /// ``packedReading(of:)`` for a node's readings.
    private static func pack(_ readings: [[UInt8]]) -> UInt64 {
        guard let first = readings.first, first.count <= 6 else { return unpacked }
        var packed = UInt64(first.count) << 56 | (readings.count > 1 ? ambiguousBit : 0)
        for (offset, byte) in first.enumerated() { packed |= UInt64(byte) << (8 * offset) }
        return packed
    }

    /// The readings of `spelling`, which ends at `node` (see ``settleReadings()``).
    private func readings(of spelling: [Unicode.Scalar], node: Int) -> [[UInt8]] {
        let whole = classes[node]
        if spelling.count == 2, whole.count == 1, let apart = vowelsApart(spelling), apart != whole[0] {
            return extra[node] ? [apart] + whole : whole + [apart]
        }
        // Two letters that only other languages' practice spells as one may also be two, read
        // last: German s + z for з + ц (Obraszowa), beside Hungarian and Polish sz.
        if spelling.count == 2, extra[node], let apart = lettersApart(spelling), !whole.contains(apart) {
            return whole + [apart]
        }
        // A vowel spelled with an h after it (GOST 16876's eh for э) is read as the vowel and х
        // first, as names write it far more often (Mehri, Mehdi).
        if spelling.count == 2, spelling[1] == "h", whole.allSatisfy({ $0.count == 1 && KeyMaker.isVowel($0[0]) }),
           let apart = lettersApart(spelling), !whole.contains(apart) {
            return [apart] + whole
        }
        guard spelling.count > 1,
              let first = longestMatch(in: spelling, from: 0, to: 1), classes(of: first).count > 1,
              let rest = longestMatch(in: spelling, from: 1, to: spelling.count), rest.length == spelling.count - 1,
              classes(of: rest).allSatisfy({ $0.first.map(KeyMaker.isVowel) == true })
        else { return whole }
        var options: [[UInt8]] = []
        for head in classes(of: first) {
            for tail in classes(of: rest) where !options.contains(head + tail) { options.append(head + tail) }
        }
        for letters in whole where !options.contains(letters) { options.append(letters) }
        return options
    }

    /// The classes of a two-scalar spelling read as two letters, when each is one vowel.
    private func vowelsApart(_ spelling: [Unicode.Scalar]) -> [UInt8]? {
        guard let apart = lettersApart(spelling), apart.count == 2, apart.allSatisfy(KeyMaker.isVowel) else { return nil }
        return apart
    }

    /// The classes of a two-scalar spelling read as two letters, when each stands for one
    /// class alone.
    private func lettersApart(_ spelling: [Unicode.Scalar]) -> [UInt8]? {
        var apart: [UInt8] = []
        for offset in 0..<2 {
            guard let letter = longestMatch(in: spelling, from: offset, to: offset + 1),
                  case let options = classes(of: letter), options.count == 1 else { return nil }
            apart += options[0]
        }
        return apart
    }
}
