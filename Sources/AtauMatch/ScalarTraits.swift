/// Fast answers about scalars for the hot paths: ASCII, Cyrillic and General Punctuation by
/// range, the rest of the Latin letters and the combining marks (U+0080–U+036F) from a table
/// made once, everything else through Unicode properties. Each takes a scalar or its value.
enum ScalarTraits {
    /// Whether a scalar is a letter (or a combining mark, which belongs to a letter).
    @inline(__always)
    static func isLetter(_ value: UInt32) -> Bool {
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        if value >= 0x400 && value <= 0x4FF { return value < 0x482 || value > 0x489 }
        if value < Self.tableEnd { return table[Int(value &- 0x80)] & Self.letterBit != 0 }
        if value >= 0x2000 && value <= 0x206F { return false }  // General Punctuation: ’ ‘ – and spaces
        return isLetterByProperties(value)
    }

    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool { isLetter(scalar.value) }

    /// Whether a scalar is an upper-case letter.
    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        if value >= 0x400 && value <= 0x42F { return true }
        if value >= 0x430 && value <= 0x45F { return false }
        if value >= 0x460 && value <= 0x4FF && value != 0x4C0 && value != 0x4CF { return value & 1 == 0 }
        return scalar.properties.isUppercase
    }

    /// Whether a scalar is a lower-case letter.
    @inline(__always)
    static func isLowercase(_ value: UInt32) -> Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        if value >= 0x430 && value <= 0x45F { return true }
        if value >= 0x400 && value <= 0x42F { return false }
        if value >= 0x460 && value <= 0x4FF && value != 0x4C0 && value != 0x4CF { return value & 1 == 1 }
        if value < Self.tableEnd { return table[Int(value &- 0x80)] & Self.lowercaseBit != 0 }
        return isLowercaseByProperties(value)
    }

    @inline(__always)
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool { isLowercase(scalar.value) }

    /// Whether a scalar is a combining mark (a letter's accent written apart).
    @inline(__always)
    static func isMark(_ value: UInt32) -> Bool {
        if value < 0x300 || (value >= 0x400 && value <= 0x482) || (value >= 0x48A && value <= 0x4FF) { return false }
        if value < Self.tableEnd { return table[Int(value &- 0x80)] & Self.markBit != 0 }
        if value >= 0x2000 && value <= 0x206F { return false }
        return isMarkByProperties(value)
    }

    @inline(__always)
    static func isMark(_ scalar: Unicode.Scalar) -> Bool { isMark(scalar.value) }

    /// The lower-case form of a scalar that has a one-scalar lower case; others unchanged.
    @inline(__always)
    static func lowercased(_ value: UInt32) -> UInt32 {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A ? value + 0x20 : value }
        if value >= 0x410 && value <= 0x42F { return value + 0x20 }
        if value >= 0x400 && value <= 0x40F { return value + 0x50 }
        if value >= 0x430 && value <= 0x45F { return value }
        if value >= 0x460 && value <= 0x4FF && value != 0x4C0 && value != 0x4CF {
            return value & 1 == 0 ? value + 1 : value
        }
        if value < Self.tableEnd { return table[Int(value &- 0x80)] & Self.valueMask }
        return lowercasedByProperties(value)
    }

    @inline(__always)
    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        UTF8Reading.unicodeScalar(lowercased(scalar.value))
    }

    /// Whether a scalar separates words.
    @inline(__always)
    static func isSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool { isSpace(scalar.value) }

    /// The end of the table: Latin-1 Supplement, Latin Extended-A and -B, the IPA and
    /// spacing-modifier letters and the combining marks.
    private static let tableEnd: UInt32 = 0x370
    private static let letterBit: UInt32 = 1 << 24, lowercaseBit: UInt32 = 1 << 25, markBit: UInt32 = 1 << 26
    private static let valueMask: UInt32 = (1 << 21) - 1
    /// For each scalar from U+0080 to ``tableEnd``: its one-scalar lower case in the low bits,
    /// and whether it is a letter, lower case, a combining mark, from the Unicode properties.
    private static let table: [UInt32] = (UInt32(0x80)..<tableEnd).map { value in
        var entry = lowercasedByProperties(value)
        if isLetterByProperties(value) { entry |= letterBit }
        if isLowercaseByProperties(value) { entry |= lowercaseBit }
        if isMarkByProperties(value) { entry |= markBit }
        return entry
    }

    // The Unicode-property answers for the rest, kept out of line so that the range checks
    // above stay small enough to inline.

    @inline(never)
    private static func isLetterByProperties(_ value: UInt32) -> Bool {
        let properties = UTF8Reading.unicodeScalar(value).properties
        return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
    }

    @inline(never)
    private static func isLowercaseByProperties(_ value: UInt32) -> Bool {
        UTF8Reading.unicodeScalar(value).properties.isLowercase
    }

    @inline(never)
    private static func isMarkByProperties(_ value: UInt32) -> Bool {
        UTF8Reading.unicodeScalar(value).properties.generalCategory == .nonspacingMark
    }

    @inline(never)
    private static func lowercasedByProperties(_ value: UInt32) -> UInt32 {
        let properties = UTF8Reading.unicodeScalar(value).properties
        guard properties.changesWhenLowercased else { return value }
        let mapping = properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first!.value : value
    }
}
