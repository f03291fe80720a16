/// Folds spellings before they are read into letter classes: lower case, one apostrophe for
/// all the apostrophe-like characters, no middle dots, ties or dotted-i marks.
enum LatinFolding {
    /// The folded scalars of a text.
    static func fold(_ text: some StringProtocol) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            append(scalar, to: &out)
        }
        return out
    }

    /// An ASCII character folded: lower case, and `'` for `"` and `` ` ``.
    @inline(__always)
    static func folded(ascii byte: UInt8) -> UInt8 {
        if byte >= 0x41 && byte <= 0x5A { return byte + 0x20 }
        return byte == 0x22 || byte == 0x60 ? 0x27 : byte
    }

    /// Whether a scalar is apostrophe-like: folded to `'`, as they stand for ь, ъ or the 2017
    /// Kazakh letters in some scheme, and for the Uzbek `oʻ` and `gʻ`.
    static func isApostrophe(_ value: UInt32) -> Bool {
        switch value {
        case 0x27, 0xB4, 0x2018, 0x2019, 0x201C, 0x201D, 0x02B9, 0x02BA, 0x02BB, 0x02BC, 0x02EE, 0x02C8: return true
        default: return false
        }
    }

    /// What one scalar folds to.
    enum Folded {
        /// One scalar.
        case scalar(UInt32)
        /// Nothing: a mark that is dropped.
        case dropped
        /// The scalar's full lower-case mapping, which may be several scalars.
        case lowercaseMapping
    }

    /// Folds one scalar value, given the one folded before it (0 at the start).
    @inline(__always)
    static func fold(_ value: UInt32, after previous: UInt32) -> Folded {
        if value < 0x80 { return .scalar(UInt32(folded(ascii: UInt8(truncatingIfNeeded: value)))) }
        switch value {
        case _ where isApostrophe(value):
            return .scalar(0x27)
        // Dropped: middle dot, ICU's low vertical line, ties, macron below.
        case 0xB7, 0x02CC, 0x0361, 0xFE20, 0xFE21, 0x0331, 0x2027, 0x2219:
            return .dropped
        case 0x0130:
            return .scalar(0x69)
        case 0x0307 where previous == 0x69:  // İ lower-cased is i + U+0307
            return .dropped
        case 0x80..<0x370:  // one scalar in lower case (İ, the one that is not, is above)
            return .scalar(ScalarTraits.lowercased(value))
        default:
            return .lowercaseMapping
        }
    }

    /// Appends one scalar, folded, to `out`.
    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to out: inout [Unicode.Scalar]) {
        switch fold(scalar.value, after: out.last?.value ?? 0) {
        case .scalar(let value):
            out.append(UTF8Reading.unicodeScalar(value))
        case .dropped:
            return
        case .lowercaseMapping:
            if scalar.properties.changesWhenLowercased {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars where !(lower.value == 0x0307 && out.last == "i") {
                    out.append(lower)
                }
            } else {
                out.append(scalar)
            }
        }
    }
}
