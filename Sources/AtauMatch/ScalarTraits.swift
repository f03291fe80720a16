/// Fast answers about scalars for the hot paths: ASCII and Cyrillic by range, everything
/// else through Unicode properties.
enum ScalarTraits {
    /// Whether a scalar is a letter (or a combining mark, which belongs to a letter).
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        if value >= 0x400 && value <= 0x4FF { return value < 0x482 || value > 0x489 }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }

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
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        if value >= 0x430 && value <= 0x45F { return true }
        if value >= 0x400 && value <= 0x42F { return false }
        if value >= 0x460 && value <= 0x4FF && value != 0x4C0 && value != 0x4CF { return value & 1 == 1 }
        return scalar.properties.isLowercase
    }

    /// Whether a scalar is a combining mark (a letter's accent written apart).
    @inline(__always)
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x300 || (value >= 0x400 && value <= 0x482) || (value >= 0x48A && value <= 0x4FF) { return false }
        return scalar.properties.generalCategory == .nonspacingMark
    }

    /// The lower-case form of a scalar that has a one-scalar lower case; others unchanged.
    @inline(__always)
    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar }
        if value >= 0x410 && value <= 0x42F { return Unicode.Scalar(value + 0x20)! }
        if value >= 0x400 && value <= 0x40F { return Unicode.Scalar(value + 0x50)! }
        if value >= 0x430 && value <= 0x45F { return scalar }
        if value >= 0x460 && value <= 0x4FF && value != 0x4C0 && value != 0x4CF {
            return value & 1 == 0 ? Unicode.Scalar(value + 1)! : scalar
        }
        guard scalar.properties.changesWhenLowercased else { return scalar }
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first! : scalar
    }

    /// Whether a scalar separates words.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
