/// Titles and honorifics written around names, which are not part of the name; compared in
/// lower case without a final period.
enum Titles {
    static let all: Set<String> = [
        // English
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "madam", "judge", "justice",
        "lawyer", "attorney", "advocate", "president", "minister", "deputy", "senator", "general",
        "colonel", "major", "captain", "lieutenant", "sergeant", "rev", "father", "imam", "mufti",
        "journalist", "activist", "akim", "mp", "ex-president", "former", "late",
        // Russian
        "г-н", "г-жа", "господин", "госпожа", "гражданин", "гражданка", "товарищ", "судья",
        "адвокат", "доктор", "профессор", "президент", "министр", "депутат", "сенатор", "генерал",
        "полковник", "майор", "капитан", "лейтенант", "журналист", "журналистка", "активист",
        "активистка", "аким", "экс-президент",
        // Kazakh
        "мырза", "ханым", "апай", "аға", "ағай", "сот", "қорғаушы", "журналисі",
    ]

    /// Whether a word is a title.
    static func isTitle(_ word: some StringProtocol) -> Bool {
        isTitle(scalars: word.unicodeScalars)
    }

    /// Whether a run of scalars is a title.
    static func isTitle(scalars: some Sequence<Unicode.Scalar>) -> Bool {
        var lower: [UInt8] = []
        lower.reserveCapacity(32)
        for scalar in scalars {
            UTF8.encode(ScalarTraits.lowercased(scalar)) { lower.append($0) }
            if lower.count > longest + 3 { return false }
        }
        while let last = lower.last, last == 0x2E || last == 0x2C || last == 0x3A { lower.removeLast() }
        return utf8.contains(lower)
    }

    /// The titles as UTF-8 bytes: hashing bytes needs no Unicode normalization.
    private static let utf8 = Set(all.map { Array($0.utf8) })
    /// The length of the longest title, in UTF-8 bytes.
    private static let longest = all.map(\.utf8.count).max() ?? 0
}
