/// Titles and honorifics written around names, which are not part of the name; compared in
/// lower case without a final period.
enum Titles {
    static let all: Set<String> = juniors.union(seniors).union([
        // English
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "madam", "judge", "justice",
        "lawyer", "attorney", "advocate", "president", "minister", "deputy", "senator", "general",
        "colonel", "major", "captain", "lieutenant", "sergeant", "rev", "father", "imam", "mufti",
        "journalist", "activist", "akim", "mp", "ex-president", "former", "late", "gen", "col", "lt", "capt", "sgt",
        "sen", "rep", "gov",
        // German and French
        "herr", "frau", "mme", "mlle", "madame", "monsieur",
        // Russian
        "г-н", "г-жа", "господин", "госпожа", "гражданин", "гражданка", "товарищ", "судья",
        "адвокат", "доктор", "профессор", "президент", "министр", "депутат", "сенатор", "генерал",
        "полковник", "майор", "капитан", "лейтенант", "журналист", "журналистка", "активист",
        "активистка", "аким", "экс-президент",
        // Kazakh
        "мырза", "ханым", "апай", "аға", "ағай", "сот", "қорғаушы", "журналисі",
    ])

    /// The junior or senior marker among a name's titles, if any.
    ///
    /// - Parameter titles: The titles a name was written with (`Jr.`, `старший`).
    /// - Returns: The marker as written and whether it says senior.
    static func generation(in titles: [String]) -> (title: String, isSenior: Bool)? {
        for title in titles {
            var key = title.lowercased()
            while key.last == "." || key.last == "," { key.removeLast() }
            if juniors.contains(key) { return (title, false) }
            if seniors.contains(key) { return (title, true) }
        }
        return nil
    }

    /// A word with a generation marker glued on by a hyphen, as the Russian press writes a
    /// son or father of one name (`Бодров-младший`, `Кличко-старший`), cut in two.
    ///
    /// - Parameter word: A word of a name.
    /// - Returns: The word before the hyphen and the marker; nil when it has none.
    static func splitGeneration(_ word: String) -> (word: String, marker: String)? {
        UTF8Reading.withBytes(of: word) { bytes in
            gluedGeneration(in: bytes).map { hyphen in
                (String(decoding: UnsafeBufferPointer(rebasing: bytes[..<hyphen.start]), as: UTF8.self),
                 String(decoding: UnsafeBufferPointer(rebasing: bytes[hyphen.end...]), as: UTF8.self))
            }
        }
    }

    /// Whether a word's bytes end in a generation marker glued on by a hyphen (see
    /// ``splitGeneration(_:)``).
    static func hasGluedGeneration(utf8 word: UnsafeBufferPointer<UInt8>) -> Bool {
        gluedGeneration(in: word) != nil
    }

    /// The last hyphen (`-` or U+2010) of a word, when a generation marker follows it and a
    /// word comes before it.
    private static func gluedGeneration(in word: UnsafeBufferPointer<UInt8>) -> (start: Int, end: Int)? {
        var index = word.count - 1
        while index > 0 {
            let hyphen: (start: Int, end: Int)? = word[index] == 0x2D ? (index, index + 1)
                : word[index] == 0x90 && index >= 2 && word[index - 1] == 0x80 && word[index - 2] == 0xE2 ? (index - 2, index + 1) : nil
            if let hyphen {
                guard hyphen.start > 0, hyphen.end < word.count else { return nil }
                let marker = String(decoding: UnsafeBufferPointer(rebasing: word[hyphen.end...]), as: UTF8.self)
                return generation(in: [marker]) != nil ? hyphen : nil
            }
            index -= 1
        }
        return nil
    }

    /// Generation markers, which are titles too, kept apart by the matcher: English, Russian
    /// and Ukrainian, Czech and Slovak, Polish, French, Spanish and Portuguese.
    private static let juniors: Set<String> = ["jr", "junior", "júnior", "младший", "мл", "молодший", "mladší", "ml", "młodszy", "fils", "hijo", "filho"]
    private static let seniors: Set<String> = ["sr", "senior", "старший", "ст", "starší", "starszy", "père"]

    /// Whether a word is a title.
    static func isTitle(_ word: some StringProtocol) -> Bool {
        UTF8Reading.withBytes(of: String(word)) { isTitle(utf8: $0) }
    }

    /// Whether a word, as UTF-8 bytes, is a title. Allocates nothing for a word that is not:
    /// most words are told apart by their first and last letters and their length alone, and
    /// the others by the hash of their lower-case bytes, computed on the fly and looked up.
    static func isTitle(utf8 word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !word.isEmpty, word.count <= longest + 3, let outline = Outline(word),
              outlineBits[outline.bit >> 6] & (1 << (outline.bit & 63)) != 0 else { return false }
        var hash = FNV1a.offset
        var kept = FNV1a.offset  // the hash before a final run of periods and commas
        var index = 0
        while index < word.count {
            let (value, length) = UTF8Reading.scalar(in: word, at: index)
            index += length
            let lower = ScalarTraits.lowercased(value)
            func add(_ byte: UInt32) {
                hash = FNV1a.adding(UInt8(truncatingIfNeeded: byte), to: hash)
                if byte != 0x2E && byte != 0x2C { kept = hash }
            }
            if lower < 0x80 {
                add(lower)
            } else if lower < 0x800 {
                add(0xC0 | lower >> 6)
                add(0x80 | lower & 0x3F)
            } else {
                // Titles are ASCII and Cyrillic: a longer scalar is in none of them.
                return false
            }
        }
        guard hashBits[Int(kept & 1023) >> 6] & (1 << (kept & 63)) != 0, let title = byHash[kept] else { return false }
        var lower = ""
        for scalar in String(decoding: word, as: UTF8.self).unicodeScalars { lower.unicodeScalars.append(ScalarTraits.lowercased(scalar)) }
        while let last = lower.last, last == "." || last == "," { lower.removeLast() }
        return title.elementsEqual(lower.utf8)
    }

    /// The titles as UTF-8 bytes by their hash.
    private static let byHash: [UInt64: [UInt8]] = Dictionary(
        all.map { (FNV1a.hash($0.utf8), Array($0.utf8)) }, uniquingKeysWith: { first, _ in first })
    /// A bit for each title hash modulo 1024: most words are told apart without hashing the
    /// hash for the dictionary.
    private static let hashBits: [UInt64] = byHash.keys.reduce(into: [UInt64](repeating: 0, count: 16)) { bits, hash in
        bits[Int(hash & 1023) >> 6] |= 1 << (hash & 63)
    }
    /// The length of the longest title, in UTF-8 bytes.
    private static let longest = all.map(\.utf8.count).max() ?? 0

    /// A bit for the outline of each title: no word whose outline's bit is clear is one.
    private static let outlineBits: [UInt64] = all.reduce(into: [UInt64](repeating: 0, count: 16)) { bits, title in
        guard let outline = UTF8Reading.withBytes(of: title, Outline.init) else { return }
        bits[outline.bit >> 6] |= 1 << (outline.bit & 63)
    }

    /// The first and last letters of a word in lower case and its length in scalars, without
    /// a final run of periods and commas: what a title and a word written as it must share.
    private struct Outline {
        let bit: Int

        @inline(__always)
        init?(_ word: UnsafeBufferPointer<UInt8>) {
            var end = word.count
            while end > 0, word[end - 1] == 0x2E || word[end - 1] == 0x2C { end -= 1 }
            guard end > 0 else { return nil }
            var lastStart = end - 1
            while lastStart > 0, word[lastStart] & 0xC0 == 0x80 { lastStart -= 1 }
            var scalars = 0
            for index in 0..<end where word[index] & 0xC0 != 0x80 { scalars += 1 }
            let first = ScalarTraits.lowercased(UTF8Reading.scalar(in: word, at: 0).value)
            let last = ScalarTraits.lowercased(UTF8Reading.scalar(in: word, at: lastStart).value)
            let mixed = (UInt64(first) &* 0x9E37_79B9 ^ UInt64(last) &* 0x85EB_CA6B ^ UInt64(scalars) &* 0xC2B2_AE35) &* 0x2545_F491_4F6C_DD1D
            bit = Int(truncatingIfNeeded: mixed >> 54)  // 0..<1024
        }
    }
}
