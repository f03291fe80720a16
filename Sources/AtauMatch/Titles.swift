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
        var lower = word.lowercased()
        while lower.hasSuffix(".") || lower.hasSuffix(",") || lower.hasSuffix(":") { lower.removeLast() }
        return all.contains(lower)
    }
}
