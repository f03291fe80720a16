/// The writing system of a letter, as far as names in Atau's languages need it.
public enum Script: String, Sendable, Hashable, Codable {
    /// Cyrillic letters (U+0400–U+052F and the Cyrillic Extended blocks).
    case cyrillic
    /// Latin letters, with or without diacritics.
    case latin
    /// Anything else: digits, punctuation, marks, other scripts.
    case other

    /// The script of one scalar.
    ///
    /// - Parameter scalar: A Unicode scalar.
    /// - Returns: `.cyrillic`, `.latin` or `.other`.
    public static func of(_ scalar: Unicode.Scalar) -> Script {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: return .latin
        case 0x0400...0x052F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: return .cyrillic
        case 0xC0...0x24F, 0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF:
            return scalar.properties.isAlphabetic ? .latin : .other
        case 0x250...0x2AF: return .latin  // IPA letters (ə, ɨ) used by some schemes
        default: return .other
        }
    }

    /// The scripts of the letters in a text, in order of first appearance, without `.other`.
    ///
    /// - Parameter text: Any text.
    /// - Returns: An empty array when the text has no Latin or Cyrillic letter.
    public static func scripts(in text: some StringProtocol) -> [Script] {
        var found: [Script] = []
        for scalar in text.unicodeScalars {
            let script = of(scalar)
            if script != .other, !found.contains(script) { found.append(script) }
        }
        return found
    }
}
