import Atau

/// What `atau normalize` adds to a record for one name: its parts, language, script, match
/// key and a Latin form.
public struct NormalizedName: Sendable, Hashable {
    /// Given names and initials, in written order.
    public let given: [String]
    /// The patronymic, if any.
    public let patronymic: String?
    /// The surname, if one could be told.
    public let surname: String?
    /// The gender the name's forms tell, if any.
    public let gender: Gender?
    /// `kk` or `ru` for Cyrillic (Kazakh when it has Kazakh letters); for Latin, `kk` when it
    /// uses letters only Kazakh romanizations have (q, ğ, ä, ñ, ū, …), else nil.
    public let language: Language?
    /// `cyrillic`, `latin` or `mixed`.
    public let script: String
    /// The match key (surname first): equal for spellings the matcher calls the same.
    public let matchKey: String
    /// The name in Latin, without titles: transliterated from Cyrillic with ``scheme``, or as
    /// written.
    public let latin: String
    /// The scheme used for ``latin``, nil when the name was already Latin.
    public let scheme: String?
}

/// Turns names into ``NormalizedName``s: parse, key, detect, transliterate.
///
/// Not `Sendable`: it keeps one transliteration session (clone and token cache) per scheme;
/// make one per thread.
public final class NameNormalizer {
    private let parser: NameParser
    private let catalog: SchemeCatalog
    private let fixedScheme: String?
    private var sessions: [String: TransliterationSession] = [:]

    /// Letters only Kazakh romanizations use, telling a Latin name is Kazakh.
    static let kazakhLatinLetters: Set<Unicode.Scalar> = Set("qQğĞäÄñÑūŪǵǴńŃıİşŞöÖüÜ".unicodeScalars)

    /// Creates a normalizer.
    ///
    /// - Parameters:
    ///   - parser: The name parser.
    ///   - catalog: The schemes.
    ///   - scheme: The scheme for Cyrillic names; nil picks the default for each name's
    ///     language (``SchemeCatalog/defaultKazakhScheme``, ``SchemeCatalog/defaultRussianScheme``).
    /// - Throws: ``SchemeError`` for an unknown scheme.
    public init(parser: NameParser, catalog: SchemeCatalog, scheme: String?) throws(SchemeError) {
        self.parser = parser
        self.catalog = catalog
        self.fixedScheme = scheme
        if let scheme { _ = try catalog.transliterator(for: scheme) }
    }

    /// Normalizes one name.
    ///
    /// - Parameter text: A personal name as written.
    /// - Returns: The normalized name.
    /// - Throws: ``NameError`` when the text is not a name.
    public func normalize(_ text: String) throws(NameError) -> NormalizedName {
        let name = try parser.parse(text)
        let scripts = name.scripts
        let script = scripts.count > 1 ? "mixed" : scripts.first?.rawValue ?? "other"
        var language = Language.detect(in: text)
        if language == nil, text.unicodeScalars.contains(where: Self.kazakhLatinLetters.contains) { language = .kazakh }
        // Asides keep their parentheses, one pair around a run of them: `Denis Nikisha (KAZ)`.
        var latin = ""
        for (index, token) in name.tokens.enumerated() {
            let opens = token.isAside && (index == 0 || !name.tokens[index - 1].isAside)
            let closes = token.isAside && (index == name.tokens.count - 1 || !name.tokens[index + 1].isAside)
            if index > 0 { latin += " " }
            latin += (opens ? "(" : "") + token.text + (closes ? ")" : "")
        }
        var schemeUsed: String?
        if scripts.contains(.cyrillic), let detected = Language.detect(in: text) {
            let id = fixedScheme ?? SchemeCatalog.defaultScheme(for: detected)
            if let session = session(for: id) {
                latin = session.transliterate(latin)
                schemeUsed = id
            }
        }
        return NormalizedName(
            given: name.given.map(\.text), patronymic: name.patronymic?.text, surname: name.surname?.text,
            gender: name.gender, language: language, script: script, matchKey: name.matchKey,
            latin: latin, scheme: schemeUsed)
    }

    private func session(for id: String) -> TransliterationSession? {
        if let session = sessions[id] { return session }
        guard let transliterator = try? catalog.transliterator(for: id) else { return nil }
        let session = transliterator.makeSession()
        sessions[id] = session
        return session
    }
}
