import Atau
import Foundation

/// The letter classes of the match key and the Latin spellings of every class.
///
/// Classes come from `Tables/match/letters.json`; the spellings are derived by running every
/// scheme of the catalog on every Cyrillic letter (at the start of a word, between
/// consonants, after a vowel and at the end), plus the file's extra, attested spellings.
/// So a scheme added to `Tables/` teaches the matcher its spellings too. Immutable, and shared
/// by reference between the parsers and matchers made from it.
public final class MatchAlphabet: Sendable {
    /// Class of each Cyrillic scalar U+0400–U+04FF (both cases), nil for the ones without.
    let cyrillicClasses: [[UInt8]?]
    /// The same classes packed for the byte-level fast path: up to three bytes, low byte
    /// first, with the length in the top byte; ``noClass`` for none.
    let packedCyrillicClasses: [UInt32]
    static let noClass = UInt32.max
    /// Latin spellings → classes.
    let spellings: SpellingTrie
    /// Forms of one given name that no transliteration turns into each other (Владимир,
    /// Володимир; Евгений, Eugene), from `match/given-names.json` beside the letters file.
    let givenNameForms: [[String]]

    private struct LettersFile: Decodable {
        let about: String
        let classes: [String: String]
        let extraRenderings: [[String]]
    }

    private struct GivenNamesFile: Decodable {
        let about: String
        let groups: [[String]]
    }

    /// Builds the alphabet from a catalog's schemes and its `match/letters.json`.
    ///
    /// - Parameters:
    ///   - catalog: The scheme catalog; the first of its directories with a `match/letters.json`
    ///     gives the letter classes.
    ///   - lettersFile: Another letter-class file to use instead.
    /// - Throws: ``SchemeError`` when the letters file is missing or malformed or a scheme
    ///   does not compile.
    public init(catalog: SchemeCatalog, lettersFile: URL? = nil) throws(SchemeError) {
        let candidates = catalog.directories.map { $0.appendingPathComponent("match/letters.json") }
        guard let url = lettersFile ?? candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            throw .unreadable(path: "Tables/match/letters.json", reason: "not found in the table directories")
        }
        let file: LettersFile
        do {
            file = try JSONDecoder().decode(LettersFile.self, from: Data(contentsOf: url))
        } catch {
            throw .invalidTable(file: url.path, line: nil, problem: "cannot read the letter classes: \(error)")
        }
        var classes = [[UInt8]?](repeating: nil, count: 256)
        for (letter, value) in file.classes {
            guard let scalar = letter.unicodeScalars.first, letter.unicodeScalars.count == 1,
                  (0x400...0x4FF).contains(scalar.value), value.utf8.count <= 3, value.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else {
                throw .invalidTable(file: url.path, line: nil,
                                    problem: "class '\(letter)': '\(value)' must map one Cyrillic letter to at most three lower-case letters a-z")
            }
            classes[Int(scalar.value - 0x400)] = Array(value.utf8)
            for upper in scalar.properties.uppercaseMapping.unicodeScalars where (0x400...0x4FF).contains(upper.value) {
                classes[Int(upper.value - 0x400)] = Array(value.utf8)
            }
        }
        func classString(_ cyrillic: String) -> [UInt8]? {
            var out: [UInt8] = []
            for scalar in cyrillic.unicodeScalars {
                guard (0x400...0x4FF).contains(scalar.value), let value = classes[Int(scalar.value - 0x400)] else { return nil }
                out += value
            }
            return out
        }
        var trie = SpellingTrie()
        func add(_ latin: String, _ letterClass: [UInt8], isExtra: Bool, isFirst: Bool = false) {
            let folded = LatinFolding.fold(latin)
            guard !folded.isEmpty, !folded.contains(where: { Script.of($0) == .cyrillic }) else { return }
            // A letter with no class (ъ, ь) must not swallow letters: ICAO's ъ → ie would read
            // every "ie" as nothing.
            if letterClass.isEmpty, folded.contains(where: { $0.properties.isAlphabetic }) { return }
            trie.insert(folded, letterClass: letterClass, isExtra: isExtra, isFirst: isFirst)
        }
        // The default schemes go first, so their reading of an ambiguous spelling is the first
        // key (j: ж as in the Kazakh Latin alphabets, before й as in ISO 9).
        let defaults = [SchemeCatalog.defaultKazakhScheme, SchemeCatalog.defaultRussianScheme]
        let ordered = catalog.schemes.filter { defaults.contains($0.id) } + catalog.schemes.filter { !defaults.contains($0.id) }
        for scheme in ordered {
            let transliterator = try catalog.transliterator(for: scheme.id)
            // Each letter at the start of a word, between consonants, after a vowel, at the end;
            // the context letters' own renderings are cut off again.
            let contexts = [("б", "б"), ("", "б"), ("а", "б"), ("б", "")].map { before, after in
                (before, after, transliterator.transliterate(before), transliterator.transliterate(after))
            }
            for (letter, value) in file.classes.sorted(by: { $0.key < $1.key }) {
                let letterClass = Array(value.utf8)
                for (before, after, head, tail) in contexts {
                    let output = transliterator.transliterate(before + letter + after)
                    guard output.hasPrefix(head), output.hasSuffix(tail), output.count >= head.count + tail.count else { continue }
                    let middle = String(output.dropFirst(head.count).dropLast(tail.count))
                    add(middle, letterClass, isExtra: false)
                }
            }
        }
        for extra in file.extraRenderings {
            guard extra.count == 3 || (extra.count == 4 && extra[3] == "first"), let letterClass = classString(extra[0]) else {
                throw .invalidTable(file: url.path, line: nil,
                                    problem: "extra rendering \(extra) must be [cyrillic, latin, source] or [cyrillic, latin, source, \"first\"] with known letters")
            }
            add(extra[1], letterClass, isExtra: true, isFirst: extra.count == 4)
        }
        self.cyrillicClasses = classes
        self.packedCyrillicClasses = classes.map { letterClass in
            guard let letterClass else { return Self.noClass }
            return letterClass.enumerated().reduce(UInt32(letterClass.count) << 24) { $0 | UInt32($1.element) << (8 * $1.offset) }
        }
        trie.settleReadings()
        self.spellings = trie
        self.givenNameForms = try Self.givenNameForms(beside: url)
    }

    /// The groups of `given-names.json` in the folder of the letters file; none when there is
    /// no such file.
    private static func givenNameForms(beside lettersFile: URL) throws(SchemeError) -> [[String]] {
        let url = lettersFile.deletingLastPathComponent().appendingPathComponent("given-names.json")
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        do {
            return try JSONDecoder().decode(GivenNamesFile.self, from: Data(contentsOf: url)).groups
        } catch {
            throw .invalidTable(file: url.path, line: nil, problem: "cannot read the given-name forms: \(error)")
        }
    }
}
