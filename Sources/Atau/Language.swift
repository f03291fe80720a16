/// A language whose Cyrillic spelling Atau reads.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    /// Kazakh (`kk`).
    case kazakh = "kk"
    /// Russian (`ru`).
    case russian = "ru"

    /// The letters of the Kazakh Cyrillic alphabet that Russian lacks, both cases.
    public static let kazakhOnlyLetters: Set<Unicode.Scalar> = Set("ӘәҒғҚқҢңӨөҰұҮүҺһІі".unicodeScalars)

    /// Guesses the language of a Cyrillic text: Kazakh when it has any of the letters
    /// ә ғ қ ң ө ұ ү һ і, Russian when it has other Cyrillic letters.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The language, or `nil` when the text has no Cyrillic letter at all (a result,
    ///   not an error: Latin text has nothing to transliterate).
    public static func detect(in text: some StringProtocol) -> Language? {
        var sawCyrillic = false
        for scalar in text.unicodeScalars {
            if kazakhOnlyLetters.contains(scalar) { return .kazakh }
            if Script.of(scalar) == .cyrillic { sawCyrillic = true }
        }
        return sawCyrillic ? .russian : nil
    }
}
