import Foundation

/// Turns one name token, in any script and scheme, into its match keys.
///
/// A key is a string of letter classes: `Қайырбек`, `Кайырбек`, `Qaiyrbek`, `Kairbek`,
/// `Qayırbek` and `QAIYRBEK` all give `kairbek`. Cyrillic letters map to their class; Latin is
/// cut into the fewest known spellings, the schemes' before attested extras; a spelling that
/// stands for letters of different classes (`j`: ж or й), or a word that the extras would cut
/// otherwise, gives alternative keys, at most ``maximumKeys``.
/// Then, on every key alike: `dzh` → `zh` (Джанбулатов = Жанбулатов), a glide `i` between a
/// vowel (or the start) and `e` is dropped (Tokayev = Токаев), and doubled classes are written
/// once (Kassym = Касым, Daniiar = Daniyar).
struct KeyMaker: Sendable {
    let alphabet: MatchAlphabet
    static let maximumKeys = 8

    /// The match keys of a token; empty when it has no letter.
    ///
    /// A token that begins with a letter only Kazakh ө is written with (`Ө`, `Ö`, `Ó`, `Ô`, `Ȯ`,
    /// `O'`) has a last key with `u` for that `o`: Russian forms often write it у (Өмірзақ ~
    /// Умирзак, Өтеген ~ Утеген), while a plain `o` stays apart from `u` (Omarov, Umarov).
    ///
    /// A token with ё has a last key with о for it: Ukrainian writes ьо and йо where Russian
    /// writes ё (Кисельов ~ Киселёв), while ё's own class is е's (Fedor, Fiodor, Фёдор).
    func keys(_ token: some StringProtocol) -> [String] {
        let text = String(token)
        var result = readings(text)
        if result.count < Self.maximumKeys, let first = result.first, first.utf8.first == 0x6F, Self.startsWithKazakhO(text) {
            result.append("u" + first.dropFirst())
        }
        if result.count < Self.maximumKeys, text.unicodeScalars.contains(where: { $0 == "ё" || $0 == "Ё" }) {
            var withO = String.UnicodeScalarView()
            for scalar in text.unicodeScalars { withO.append(scalar == "ё" ? "о" : scalar == "Ё" ? "О" : scalar) }
            if let key = readings(String(withO)).first, !result.contains(key) { result.append(key) }
        }
        return result
    }

    /// Whether `text` begins with a letter that stands only for Kazakh ө.
    private static func startsWithKazakhO(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.makeIterator()
        switch scalars.next()?.value {
        case 0x4E8, 0x4E9, 0xD3, 0xD4, 0xD6, 0xF3, 0xF4, 0xF6, 0x22E, 0x22F: return true  // Ө ө Ó Ô Ö ó ô ö Ȯ ȯ
        case 0x4F, 0x6F: return scalars.next().map { LatinFolding.isApostrophe($0.value) } == true  // O', Oʻ
        default: return false
        }
    }

    /// The keys of every reading of a token.
    private func readings(_ text: String) -> [String] {
        // Most tokens read one way only: their one key comes from the fast path.
        let (primary, ambiguous) = UTF8Reading.withBytes(of: text) { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count * 2)
            var latin: [Unicode.Scalar] = []
            let ambiguous = primaryKey(bytes, into: &output, latin: &latin)
            return (output, ambiguous)
        }
        if !ambiguous { return primary.isEmpty ? [] : [String(decoding: primary, as: UTF8.self)] }
        // The schemes' reading first, then the one that prefers attested extras where the two
        // cut a word differently (Dutch Gorbatsjov: ts + jo, or tsj + o).
        var result = keys(text, preferringExtras: false)
        for key in keys(text, preferringExtras: true) where result.count < Self.maximumKeys && !result.contains(key) {
            result.append(key)
        }
        return result
    }

    /// Every key of a token under one way of cutting its Latin runs.
    private func keys(_ token: String, preferringExtras: Bool) -> [String] {
        var builder = Builder()
        var latin: [Unicode.Scalar] = []
        let mixed = UTF8Reading.withBytes(of: token, Self.hasLookalikes)
        for scalar in token.unicodeScalars {
            let value = mixed ? Self.cyrillicLookalike(scalar.value) : scalar.value
            if value >= 0x400 && value <= 0x4FF, let letterClass = alphabet.cyrillicClasses[Int(value - 0x400)] {
                if !latin.isEmpty {
                    readLatin(latin, preferringExtras: preferringExtras) { builder.extend(options: options(of: $0), spelling: $0.spelling) }
                    latin.removeAll(keepingCapacity: true)
                }
                builder.extend(letterClass)
            } else {
                LatinFolding.append(scalar, to: &latin)
            }
        }
        if !latin.isEmpty { readLatin(latin, preferringExtras: preferringExtras) { builder.extend(options: options(of: $0), spelling: $0.spelling) } }
        return builder.finish()
    }

    /// Appends the first key of a token, given as UTF-8 bytes, to `output` (the same as
    /// `keys(token).first`): the fast path of a name's match key. `latin` is a reusable
    /// buffer.
    ///
    /// - Returns: Whether some spelling of the token could be read in several ways, so that
    ///   the token has other keys too.
    @discardableResult
    func primaryKey(_ token: UnsafeBufferPointer<UInt8>, into output: inout [UInt8], latin: inout [Unicode.Scalar]) -> Bool {
        // A token all in Cyrillic, or all in Latin, is read straight from its bytes.
        if let first = token.first {
            if first >= 0xD0 && first <= 0xD3 {
                if cyrillicPrimaryKey(token, into: &output) { return false }
            } else if let ambiguous = latinPrimaryKey(token, into: &output) {
                return ambiguous
            }
        }
        let start = output.count
        var ambiguous = false
        latin.removeAll(keepingCapacity: true)
        let mixed = Self.hasLookalikes(token)
        var index = 0
        // One pass, with one place that reads the Latin run gathered so far: before a Cyrillic
        // letter and at the end.
        while true {
            var packed = MatchAlphabet.noClass
            if index < token.count {
                var (value, length) = UTF8Reading.scalar(in: token, at: index)
                index += length
                if mixed { value = Self.cyrillicLookalike(value) }
                if value >= 0x400 && value <= 0x4FF { packed = alphabet.packedCyrillicClasses[Int(value &- 0x400)] }
                if packed == MatchAlphabet.noClass {
                    // Room for the whole token at once, the first time a buffer holds Latin.
                    if latin.capacity == 0 { latin.reserveCapacity(token.count) }
                    LatinFolding.append(UTF8Reading.unicodeScalar(value), to: &latin)
                    continue
                }
            }
            if !latin.isEmpty {
                if readLatin(latin, emit: { append($0, to: &output, ambiguous: &ambiguous) }) { ambiguous = true }
                latin.removeAll(keepingCapacity: true)
            }
            if packed == MatchAlphabet.noClass { break }
            var bytes = packed
            for _ in 0..<(packed >> 24) {
                output.append(UInt8(truncatingIfNeeded: bytes))
                bytes >>= 8
            }
        }
        Self.normalize(&output, from: start)
        return ambiguous
    }

    /// Whether a token is a Cyrillic word with Latin look-alikes typed in it (`Аcқар`,
    /// `Hазарбаев`, `Әбiшұлы`): it has Cyrillic letters, every ASCII letter in it is a look-alike
    /// of one, and it holds nothing else outside ASCII. A Latin spelling that left some Cyrillic
    /// letters (`Nұrlanұly`) is not.
    @inline(__always)
    private static func hasLookalikes(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        var cyrillic = false, lookalike = false
        for byte in token {
            if byte < 0x80 {
                guard ScalarTraits.isLetter(UInt32(byte)) else { continue }
                if lookalikes[Int(byte)] == 0 { return false }
                lookalike = true
            } else if byte >= 0xC0 {
                // The lead byte of a scalar: U+0400–U+04FF, or something that is not Cyrillic.
                guard byte >= 0xD0 && byte <= 0xD3 else { return false }
                cyrillic = true
            }
        }
        return cyrillic && lookalike
    }

    /// In a word with Latin look-alikes typed in (``hasLookalikes(_:)``), the Cyrillic letter
    /// a Latin look-alike stands for (a Latin `c` in `Аcқар`, a Latin `i` for Kazakh і); any
    /// other scalar as it is.
    @inline(__always)
    private static func cyrillicLookalike(_ value: UInt32) -> UInt32 {
        guard value < 0x80, case let cyrillic = lookalikes[Int(value)], cyrillic != 0 else { return value }
        return UInt32(cyrillic)
    }

    /// Latin letters that look like Cyrillic ones, by ASCII value.
    private static let lookalikes: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 128)
        let pairs: [(Character, UInt16)] = [
            ("A", 0x410), ("B", 0x412), ("C", 0x421), ("E", 0x415), ("H", 0x41D), ("I", 0x406), ("K", 0x41A),
            ("M", 0x41C), ("O", 0x41E), ("P", 0x420), ("T", 0x422), ("X", 0x425), ("Y", 0x423),
            ("a", 0x430), ("c", 0x441), ("e", 0x435), ("h", 0x4BB), ("i", 0x456), ("k", 0x43A), ("o", 0x43E),
            ("p", 0x440), ("x", 0x445), ("y", 0x443),
        ]
        for (latin, cyrillic) in pairs { table[Int(latin.asciiValue!)] = cyrillic }
        return table
    }()

    /// A piece of a Latin run as read: a known spelling, or the classes of a letter that no
    /// spelling covers.
    private enum LatinPiece {
        case spelling(SpellingTrie.Match)
        case letter([[UInt8]])

        /// Which spelling the piece is, if it is one (see ``SpellingTrie/Match/spelling``).
        var spelling: Int? {
            if case .spelling(let match) = self { match.spelling } else { nil }
        }
    }

    /// Appends the preferred reading of a piece to a key, and notes whether it has others.
    @inline(__always)
    private func append(_ piece: LatinPiece, to output: inout [UInt8], ambiguous: inout Bool) {
        if case .spelling(let match) = piece, case var packed = alphabet.spellings.packedReading(of: match), packed != SpellingTrie.unpacked {
            if packed & SpellingTrie.ambiguousBit != 0 { ambiguous = true }
            for _ in 0..<(packed >> 56) {
                output.append(UInt8(truncatingIfNeeded: packed))
                packed >>= 8
            }
        } else {
            let options = options(of: piece)
            output.append(contentsOf: options[0])
            if options.count > 1 { ambiguous = true }
        }
    }

    /// The classes a piece can stand for, the preferred first.
    private func options(of piece: LatinPiece) -> [[UInt8]] {
        switch piece {
        case .spelling(let match): alphabet.spellings.readings(of: match)
        case .letter(let classes): classes
        }
    }

    /// Reads a run of folded Latin scalars, handing each piece to `emit` in order, as
    /// ``SpellingTrie/View/cut(_:preferringExtras:into:)`` cuts it.
    ///
    /// - Returns: Whether an attested extra could be read somewhere in the run, so that the other
    ///   preference may cut it differently.
    @discardableResult
    private func readLatin(_ latin: [Unicode.Scalar], preferringExtras: Bool = false, emit: (LatinPiece) -> Void) -> Bool {
        let count = latin.count
        return withUnsafeTemporaryAllocation(of: SpellingTrie.Step.self, capacity: count + 1) { plan in
            // A scalar is its value, so the run is read as its values.
            let extraSeen = latin.withUnsafeBufferPointer { run in
                run.withMemoryRebound(to: UInt32.self) { scalars in
                    alphabet.spellings.withView { $0.cut(scalars, preferringExtras: preferringExtras, into: plan) }
                }
            }
            var index = 0
            while index < count {
                if let match = plan[index].spelling {
                    emit(.spelling(match))
                    index += match.length
                    continue
                }
                let scalar = latin[index]
                index += 1
                guard ScalarTraits.isLetter(scalar) else { continue }
                // An unknown letter with a diacritic: read its base letter.
                if let base = Self.base(of: scalar), let match = alphabet.spellings.longestMatch(in: base, from: 0), match.length == base.count {
                    emit(.letter(alphabet.spellings.classes(of: match)))
                } else if scalar.properties.generalCategory != .nonspacingMark {
                    emit(.letter([Array(String(scalar).utf8)]))
                }
            }
            return extraSeen
        }
    }

    /// The lower-case base letters of a scalar with diacritics, or nil when it has none.
    private static func base(of scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { $0.properties.generalCategory != .nonspacingMark }
            .flatMap { $0.properties.lowercaseMapping.unicodeScalars }
        return decomposed.isEmpty || decomposed == [scalar] ? nil : decomposed
    }

    @inline(__always)
    static func isVowel(_ byte: UInt8) -> Bool {
        byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75
    }

    /// Keys under construction, each with a rank: how many less preferred readings it took.
    /// When the alternatives outnumber ``KeyMaker/maximumKeys``, the best ranked are kept, so a
    /// second reading of one spelling is not crowded out by all the readings of another.
    /// A spelling met twice in a word is read the same way both times, as one scheme writes
    /// it: `Jewgenjewitsch` has its j twice as й, or twice as ж, never once each.
    struct Builder {
        var keys: [[UInt8]] = [[]]
        private var ranks: [Int] = [0]
        /// For each key, the reading it took of each ambiguous spelling so far.
        private var choices: [[(spelling: Int, option: Int)]] = [[]]

        init() {
            keys[0].reserveCapacity(24)
        }

        @inline(__always)
        mutating func extend(_ bytes: [UInt8]) {
            for index in keys.indices { keys[index].append(contentsOf: bytes) }
        }

        /// Extends every key with each reading of a piece; `spelling` names the piece's
        /// spelling, if it is one, to read it as the key read it before.
        mutating func extend(options: [[UInt8]], spelling: Int?) {
            if options.count == 1 {
                extend(options[0])
                return
            }
            var next: [(key: [UInt8], rank: Int, choices: [(spelling: Int, option: Int)])] = []
            for (index, key) in keys.enumerated() {
                let earlier = spelling.flatMap { spelling in choices[index].first { $0.spelling == spelling }?.option }
                for (option, bytes) in options.enumerated() where earlier == nil || earlier == option {
                    var taken = choices[index]
                    if earlier == nil, let spelling { taken.append((spelling, option)) }
                    next.append((key + bytes, ranks[index] + (earlier == nil ? option : 0), taken))
                }
            }
            // A stable sort: among equal ranks, the earlier readings first.
            let kept = next.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }
                .prefix(KeyMaker.maximumKeys)
            keys = kept.map(\.element.key)
            ranks = kept.map(\.element.rank)
            choices = kept.map(\.element.choices)
        }

        func finish() -> [String] {
            var result: [String] = []
            for key in keys {
                let final = KeyMaker.normalize(key)
                if !final.isEmpty, !result.contains(final) { result.append(final) }
            }
            return result
        }
    }

    /// Applies the key's context rules to a string of classes.
    static func normalize(_ key: [UInt8]) -> String {
        var out = key
        normalize(&out, from: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// Applies the key's context rules to the classes in `key[start...]`, in place.
    static func normalize(_ key: inout [UInt8], from start: Int) {
        let end = key.count
        guard end > start else { return }
        let length = key.withUnsafeMutableBufferPointer { key in normalize(UnsafeMutableBufferPointer(rebasing: key[start...])) }
        key.removeLast(end - start - length)
    }

    /// Applies the key's context rules to the classes in `key`, in place.
    ///
    /// - Returns: The length of the result, which is never longer.
    static func normalize(_ key: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var count = contextRules(key)
        // Endings other languages write their own way: Turkish -oğlu and Azerbaijani -оглы for
        // -ұлы (Baytursunoğlu ~ Байтұрсынұлы); Czech -ová added to -ova (Švedovová ~ Шведова), but
        // not to -ina, as Russian surnames end in -inova too (Aminova, Tursynova); Romanian -ici
        // for -ич (Viktorovici); Lithuanian -ičius and Latvian -ičs for -ич (Aleksejevičius,
        // Aleksejevičs); West Slavic -ska for -ская (Kowalewska ~ Ковалевская); Belarusian -енка
        // for -енко (Лукашэнка ~ Лукашенко); the Persian -заде of Azerbaijani and Iranian names for
        // the Tajik -зода (Tursunzade ~ Турсунзода). Each ends in -lu, -li, -va, -si, -ia, -ka,
        // -us, -hs or -de.
        guard count >= 6, case let last = key[count - 1], case let before = key[count - 2],
              ((last == 0x75 || last == 0x69 || last == 0x61) && (before == 0x6C || before == 0x76 || before == 0x73 || before == 0x69))
                || (last == 0x61 && before == 0x6B) || (last == 0x73 && (before == 0x75 || before == 0x68)) || (last == 0x65 && before == 0x64)
        else { return count }
        for (ending, replacement) in endingForms where count >= ending.count + 2 && endsWith(key, count, ending) {
            count -= ending.count
            for byte in replacement {
                key[count] = byte
                count += 1
            }
            break
        }
        return count
    }

    /// The context rules over `key`, written back from its start: `dzh` → `zh`, a glide `i`
    /// between a vowel (or the start) and `e` dropped, doubled classes once, and only letters
    /// kept (class bytes are a-z; bytes of unknown letters are kept). Reads run ahead of writes,
    /// so the rules look at the classes as they were.
    ///
    /// - Returns: The end of what was written.
    @inline(__always)
    private static func contextRules(_ key: UnsafeMutableBufferPointer<UInt8>) -> Int {
        @inline(__always) func isKept(_ byte: UInt8) -> Bool { byte >= 0x80 || (byte &- 0x61) < 26 }
        let end = key.count
        var written = 0
        var previous: UInt8 = 0  // the last byte written; 0 at the start
        // The first kept byte, then each kept byte with the next one, to look past apostrophes
        // and hyphens.
        var index = 0
        while index < end, !isKept(key[index]) { index += 1 }
        while index < end {
            let byte = key[index]
            var ahead = index + 1
            while ahead < end, !isKept(key[ahead]) { ahead += 1 }
            let next: UInt8 = ahead < end ? key[ahead] : 0
            defer { index = ahead }
            // dzh → zh
            if byte == 0x64, next == 0x7A {
                var after = ahead + 1
                while after < end, !isKept(key[after]) { after += 1 }
                if after < end, key[after] == 0x68 { continue }
            }
            // a glide i between a vowel (or the start) and e
            if byte == 0x69, next == 0x65, written == 0 || isVowel(previous) { continue }
            // doubled classes once
            if byte < 0x80, byte == previous { continue }
            key[written] = byte
            previous = byte
            written += 1
        }
        return written
    }

    /// Whether `key[..<count]` ends with `ending`.
    @inline(__always)
    private static func endsWith(_ key: UnsafeMutableBufferPointer<UInt8>, _ count: Int, _ ending: [UInt8]) -> Bool {
        let offset = count - ending.count
        for index in ending.indices where key[offset + index] != ending[index] { return false }
        return true
    }

    /// Word endings of other languages and the key ending they stand for, never longer.
    private static let endingForms: [(ending: [UInt8], replacement: [UInt8])] = [
        ("oglu", "uli"), ("ogli", "uli"), ("ovova", "ova"), ("evova", "eva"), ("skaia", "ska"),
        ("itsi", "ich"), ("ichius", "ich"), ("ichs", "ich"), ("enka", "enko"), ("zade", "zoda"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }
}
