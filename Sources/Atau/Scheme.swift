/// A romanization scheme: its metadata, its ICU rules and its sample vectors, as read from one
/// JSON file in `Tables/`.
public struct Scheme: Sendable, Hashable, Identifiable {
    /// The scheme's id, e.g. `kk-latin-2021` or `ru-bgn-pcgn`; also its file name.
    public let id: String
    /// A human name, e.g. `BGN/PCGN 1947`.
    public let name: String
    /// The language of the Cyrillic input the scheme is made for.
    public let language: Language
    /// Who publishes the scheme.
    public let authority: String
    /// Year of the standard or decree, when there is one.
    public let year: Int?
    /// Where the scheme is published.
    public let url: String
    /// Where the letter values and samples were taken from.
    public let source: String
    /// Whether the scheme has reverse (Latin → Cyrillic) rules.
    public let isReversible: Bool
    /// Lowercase Cyrillic letters the scheme itself does not define.
    public let undefinedLetters: Set<Character>
    /// How the rules still give Latin for ``undefinedLetters``.
    public let fallback: String
    /// The ICU rules, Cyrillic → Latin, one rule per item.
    public let rules: [String]
    /// The ICU rules, Latin → Cyrillic; empty unless ``isReversible``.
    public let reverseRules: [String]
    /// Sample pairs `(cyrillic, latin)` from the standard or attested spellings.
    public let samples: [Sample]
    /// Sample pairs `(latin, cyrillic)` for the reverse rules.
    public let reverseSamples: [Sample]
    /// The file the scheme was read from.
    public let file: String

    /// One test vector: an input and the output the standard gives for it.
    public struct Sample: Sendable, Hashable {
        /// The text to transliterate.
        public let input: String
        /// What the scheme's source gives for it.
        public let expected: String

        /// Creates a sample.
        ///
        /// - Parameters:
        ///   - input: The text to transliterate.
        ///   - expected: The expected output.
        public init(input: String, expected: String) {
            self.input = input
            self.expected = expected
        }
    }

    /// The letters of `text` that this scheme does not define (for `--strict`), in order of
    /// first appearance, as written in the text.
    ///
    /// - Parameter text: Cyrillic text.
    /// - Returns: An empty array when the scheme defines every letter of the text.
    public func undefinedLetters(in text: some StringProtocol) -> [Character] {
        var found: [Character] = []
        for character in text where undefinedLetters.contains(Character(character.lowercased())) {
            if !found.contains(character) { found.append(character) }
        }
        return found
    }
}
