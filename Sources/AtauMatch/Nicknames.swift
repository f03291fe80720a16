extension NameParser {
    /// A nickname in quotes that starts at `start`, the start of a word: a quote mark, then
    /// anything up to a quote mark that ends a word before more of the name (a space, a comma
    /// or a parenthesis follows), with a letter between. `"HObbit"`, `“keeN”`, `‘fitch’`,
    /// `'Keen'`, `«Вова»`.
    ///
    /// - Returns: Where the nickname ends and how many scalars it holds; nil when there is none.
    static func nickname(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (end: Int, scalars: Int)? {
        let (first, firstLength) = UTF8Reading.scalar(in: bytes, at: start)
        guard isQuote(first) else { return nil }
        var index = start + firstLength
        var scalars = 1
        var letters = 0
        while index < bytes.count {
            let (value, length) = UTF8Reading.scalar(in: bytes, at: index)
            // A control character is no part of a nickname either: the parser reports it.
            if value < 0x20 || (value >= 0x7F && value < 0xA0) { return nil }
            index += length
            scalars += 1
            if ScalarTraits.isLetter(value) { letters += 1 }
            guard isQuote(value), letters > 0, index < bytes.count else { continue }
            let next = UTF8Reading.scalar(in: bytes, at: index).value
            if ScalarTraits.isSpace(next) || next == 0x2C || next == 0x28 || next == 0x29 { return (index, scalars) }
        }
        return nil
    }

    /// Whether a UTF-8 byte may begin a quote mark (see ``isQuote(_:)``): a quick test
    /// before ``nickname(in:at:)``.
    @inline(__always)
    static func mayOpenNickname(_ lead: UInt8) -> Bool {
        lead == 0x22 || lead == 0x27 || lead == 0x60 || lead == 0xC2 || lead == 0xE2
    }

    /// Whether a scalar is a quote mark that may open or close a nickname: " ' ` and the
    /// typographic ones (“ ” „ ‘ ’ ‚ « » ‹ ›).
    private static func isQuote(_ value: UInt32) -> Bool {
        switch value {
        case 0x22, 0x27, 0x60, 0x201C, 0x201D, 0x201E, 0x2018, 0x2019, 0x201A, 0xAB, 0xBB, 0x2039, 0x203A: return true
        default: return false
        }
    }
}
