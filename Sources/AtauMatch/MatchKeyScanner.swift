/// The fast path of a name's match key: the same key as ``PersonName/matchKey``, computed in
/// one pass over the text's UTF-8 bytes without building a ``PersonName``.
///
/// It splits words as the parser does (spaces, glued initials), drops titles, initials and
/// patronymics (including `ұлы`/`uly` written apart), and joins the other words' first keys in
/// sorted order. Anything unusual (a character that is not part of a name, too many words,
/// words in parentheses, a nickname in quotes, a generation marker glued on by a hyphen)
/// returns nil so that the caller falls back to the full parser and its errors.
struct MatchKeyScanner {
    let keyMaker: KeyMaker
    /// The keys of recently read words, if they are kept.
    let memo: WordKeyMemo?

    /// A piece of the name: where its key lies in the key bytes, and what it is.
    private struct Token {
        var start: Int
        var end: Int
        var isInitial: Bool
    }

    /// The most pieces read before giving up (glued initials make more pieces than words).
    private static let maximumPieces = NameParser.maximumTokens * 2

    func key(_ text: String) -> String? {
        UTF8Reading.withBytes(of: text) { key(utf8: $0) }
    }

    private func key(utf8 text: UnsafeBufferPointer<UInt8>) -> String? {
        // Each scalar is at least one byte: longer texts are rejected by the parser.
        guard text.count <= NameParser.maximumLength * 4 else { return nil }
        return withUnsafeTemporaryAllocation(of: Token.self, capacity: Self.maximumPieces) { tokens -> String? in
            var pass = Pass(text: text, tokens: tokens)
            var scalarCount = 0
            var index = 0
            while index < text.count {
                let lead = text[index]
                // The common cases first, in one step: a Cyrillic letter, an ASCII letter (neither
                // is a mark).
                if lead >= 0xD0, lead <= 0xD3, index + 1 < text.count,
                   case let value = UInt32(lead & 0x1F) << 6 | UInt32(text[index + 1] & 0x3F), ScalarTraits.isLetter(value) {
                    scalarCount += 1
                    pass.letters += 1
                    index += 2
                    continue
                }
                if lead < 0x80, ScalarTraits.isLetter(UInt32(lead)) {
                    scalarCount += 1
                    pass.letters += 1
                    index += 1
                    continue
                }
                let (value, length) = UTF8Reading.scalar(in: text, at: index)
                scalarCount += 1
                // A nickname in quotes is left to the parser.
                if index == pass.pieceStart, NameParser.mayOpenNickname(lead), NameParser.nickname(in: text, at: index) != nil { return nil }
                // Words in parentheses are asides, which the parser leaves out of the key.
                if value == 0x28 { return nil }
                if value == 0x29 || ScalarTraits.isSpace(value) {
                    guard pass.finishPiece(index, dotted: false, self) else { return nil }
                    pass.pieceStart = index + length
                } else if value == 0x2E {
                    // A title ends with a period too (Dr.): only a short piece is an initial.
                    if pass.letters > 0, Titles.isTitle(utf8: UnsafeBufferPointer(rebasing: text[Self.trimmed(text, pass.pieceStart..<(index + 1))])) {
                        pass.letters = 0
                        pass.sawHyphen = false
                    } else {
                        guard pass.finishPiece(index, dotted: true, self) else { return nil }
                    }
                    pass.pieceStart = index + 1
                } else if ScalarTraits.isLetter(value) {
                    pass.addLetter(value)
                } else if value == 0x2D || value == 0x2010 {
                    pass.sawHyphen = true
                } else if !NameParser.isNamePunctuation(value) {
                    return nil
                }
                index += length
            }
            guard scalarCount <= NameParser.maximumLength, pass.finishPiece(text.count, dotted: false, self) else { return nil }
            return join(UnsafeMutableBufferPointer(rebasing: tokens[..<pass.tokenCount]), pass.keys)
        }
    }

    /// The state of one pass over a name: the piece being read and the keys of those read.
    private struct Pass {
        let text: UnsafeBufferPointer<UInt8>
        let tokens: UnsafeMutableBufferPointer<Token>
        var tokenCount = 0
        var keys: [UInt8] = []
        var latin: [Unicode.Scalar] = []
        var pieceStart = 0
        var letters = 0
        /// Whether the piece holds a hyphen.
        var sawHyphen = false

        init(text: UnsafeBufferPointer<UInt8>, tokens: UnsafeMutableBufferPointer<Token>) {
            self.text = text
            self.tokens = tokens
            keys.reserveCapacity(text.count * 2 + 8)
        }

        @inline(__always)
        mutating func addLetter(_ value: UInt32) {
            if !ScalarTraits.isMark(value) { letters += 1 }
        }

        /// Ends the piece at `end`: keys it unless it is a title. False when there are too many,
        /// or a generation marker is glued to the piece, for the parser to read.
        mutating func finishPiece(_ end: Int, dotted: Bool, _ scanner: MatchKeyScanner) -> Bool {
            defer {
                letters = 0
                sawHyphen = false
            }
            guard letters > 0 else { return true }
            let piece = UnsafeBufferPointer(rebasing: text[MatchKeyScanner.trimmed(text, pieceStart..<end)])
            if !dotted, Titles.isTitle(utf8: piece) { return true }
            // A generation marker glued on by a hyphen (Бодров-младший) is left to the parser.
            if sawHyphen, Titles.hasGluedGeneration(utf8: piece) { return false }
            let isInitial = letters == 1 || (dotted && letters <= 4 && NameParser.isInitial(piece, dotted: true))
            let keyStart = keys.count
            if let memo = scanner.memo {
                memo.appendKey(of: piece, to: &keys) { scanner.keyMaker.primaryKey(piece, into: &$0, latin: &latin) }
            } else {
                scanner.keyMaker.primaryKey(piece, into: &keys, latin: &latin)
            }
            guard keys.count > keyStart else { return true }
            // A patronymic word written apart joins the word before, as the parser joins the two.
            if tokenCount > 0, keys.count - keyStart <= NameSuffixes.longestPatronymicWord, !tokens[tokenCount - 1].isInitial,
               tokens[tokenCount - 1].end == keyStart, let ending = NameSuffixes.patronymicWordEnding(keys[keyStart...]) {
                keys.replaceSubrange(keyStart..., with: NameSuffixes.joined(ending, after: keys[keyStart - 1]))
                tokens[tokenCount - 1].end = keys.count
                return true
            }
            guard tokenCount < tokens.count else { return false }
            tokens[tokenCount] = Token(start: keyStart, end: keys.count, isInitial: isInitial)
            tokenCount += 1
            return true
        }
    }

    /// `range` without the commas and hyphens (`-`, U+2010) at its ends: how both the fast key
    /// and the parser trim a piece of a name.
    static func trimmed(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end, let length = trimmable(text, at: start) { start += length }
        while end > start, let length = trimmableBefore(text, end: end, start: start) { end -= length }
        return start..<end
    }

    /// The length of a comma, hyphen or U+2010 hyphen at `index`, or nil.
    @inline(__always)
    private static func trimmable(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let byte = text[index]
        if byte == 0x2C || byte == 0x2D { return 1 }
        if byte == 0xE2, index + 2 < text.count, text[index + 1] == 0x80, text[index + 2] == 0x90 { return 3 }
        return nil
    }

    /// The length of a comma, hyphen or U+2010 hyphen that ends at `end`, or nil.
    @inline(__always)
    private static func trimmableBefore(_ text: UnsafeBufferPointer<UInt8>, end: Int, start: Int) -> Int? {
        let byte = text[end - 1]
        if byte == 0x2C || byte == 0x2D { return 1 }
        if byte == 0x90, end - 3 >= start, text[end - 3] == 0xE2, text[end - 2] == 0x80 { return 3 }
        return nil
    }

    /// Drops initials and patronymics, sorts and joins.
    private func join(_ tokens: UnsafeMutableBufferPointer<Token>, _ keys: [UInt8]) -> String? {
        keys.withUnsafeBufferPointer { keys in
            func bytes(_ token: Token) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: keys[token.start..<token.end]) }
            guard tokens.count > 0, tokens.count <= NameParser.maximumTokens else { return nil }
            // The patronymic: among the words (not initials), as the parser picks it.
            var patronymic = -1
            withUnsafeTemporaryAllocation(of: Int.self, capacity: tokens.count) { wordPositions in
                var words = 0
                for position in tokens.indices where !tokens[position].isInitial {
                    wordPositions[words] = position
                    words += 1
                }
                if words >= 2, let chosen = NameSuffixes.patronymicIndex(words: words, form: { place in
                    NameSuffixes.patronymicForm(bytes(tokens[wordPositions[place]]))
                }) {
                    patronymic = wordPositions[chosen]
                }
            }
            // A lone patronymic-form word beside only given names is a surname (Bauyrzhan Momyshuly),
            // written apart too (Махабат Тажибек кызы).
            if tokens.count == 2, patronymic == 1, !tokens[0].isInitial { patronymic = -1 }
            // The kept words, sorted by their keys (insertion sort: a name has a few words).
            var kept = 0
            for position in tokens.indices where !tokens[position].isInitial && position != patronymic {
                let token = tokens[position]
                var slot = kept
                while slot > 0, bytes(token).lexicographicallyPrecedes(bytes(tokens[slot - 1])) {
                    tokens[slot] = tokens[slot - 1]
                    slot -= 1
                }
                tokens[slot] = token
                kept += 1
            }
            var length = max(0, kept - 1)
            for token in tokens[..<kept] { length += token.end - token.start }
            return String(unsafeUninitializedCapacity: length) { out in
                var written = 0
                for (position, token) in tokens[..<kept].enumerated() {
                    if position > 0 {
                        out[written] = 0x20
                        written += 1
                    }
                    for byte in bytes(token) {
                        out[written] = byte
                        written += 1
                    }
                }
                return written
            }
        }
    }
}
