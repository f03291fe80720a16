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

    /// Appends one scalar, folded, to `out`.
    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to out: inout [Unicode.Scalar]) {
        let value = scalar.value
        if value < 0x80 {
            out.append(Unicode.Scalar(folded(ascii: UInt8(truncatingIfNeeded: value))))
            return
        }
        switch value {
        case _ where isApostrophe(value):
            out.append("'")
        // Dropped: middle dot, ICU's low vertical line, ties, macron below.
        case 0xB7, 0x02CC, 0x0361, 0xFE20, 0xFE21, 0x0331, 0x2027, 0x2219:
            return
        case 0x0130:
            out.append("i")
        case 0x0307 where out.last == "i":  // İ lower-cased is i + U+0307
            return
        case 0x80..<0x370:  // one scalar in lower case (İ, the one that is not, is above)
            out.append(ScalarTraits.lowercased(scalar))
        default:
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
