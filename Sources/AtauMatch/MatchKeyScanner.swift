/// The fast path of a name's match key: the same key as ``PersonName/matchKey``, computed in
/// one pass over the text without building a ``PersonName``.
///
/// It splits words as the parser does (spaces, parentheses, glued initials), drops titles,
/// initials and patronymics (including `ұлы`/`uly` written apart), and joins the other words'
/// first keys in sorted order. Anything unusual (a character that is not part of a name, too
/// many words) returns nil so that the caller falls back to the full parser and its errors.
struct MatchKeyScanner {
    let keyMaker: KeyMaker

    private struct Token {
        var range: Range<Int>
        var isInitial: Bool
        var writtenApart = false
    }

    func key(_ text: String) -> String? {
        let view = Substring(text).unicodeScalars
        var scratch = KeyMaker.Scratch()
        var keys: [UInt8] = []
        keys.reserveCapacity(text.utf8.count + 8)
        var tokens: [Token] = []
        var pieceStart = view.startIndex
        var letters = 0
        var lowerAfterFirst = true
        var lastLetter: Unicode.Scalar = " "
        var scalarCount = 0

        func finishPiece(_ end: Substring.UnicodeScalarView.Index, dotted: Bool) -> Bool {
            defer { letters = 0; lowerAfterFirst = true }
            guard letters > 0 else { return true }
            var piece = view[pieceStart..<end]
            while let first = piece.first, first == "," || first == "-" || first == "\u{2010}" { piece.removeFirst() }
            while let last = piece.last, last == "," || last == "-" || last == "\u{2010}" { piece.removeLast() }
            if !dotted, Titles.isTitle(scalars: piece) { return true }
            let isInitial = letters == 1
                || (dotted && letters <= 4 && lowerAfterFirst && "hsauoec".unicodeScalars.contains(lastLetter))
            let start = keys.count
            keyMaker.primaryKey(piece, into: &keys, scratch: &scratch)
            guard keys.count > start else { return true }
            tokens.append(Token(range: start..<keys.count, isInitial: isInitial))
            return tokens.count <= NameParser.maximumTokens * 2
        }

        var index = view.startIndex
        while index < view.endIndex {
            let scalar = view[index]
            scalarCount += 1
            if ScalarTraits.isSpace(scalar) || scalar == "(" || scalar == ")" {
                guard finishPiece(index, dotted: false) else { return nil }
                pieceStart = view.index(after: index)
            } else if scalar == "." {
                // A title ends with a period too (Dr.): only a short piece is an initial.
                let next = view.index(after: index)
                if letters > 0, Titles.isTitle(scalars: view[pieceStart..<next]) {
                    letters = 0
                } else {
                    guard finishPiece(index, dotted: true) else { return nil }
                }
                pieceStart = next
            } else if ScalarTraits.isLetter(scalar) {
                if !ScalarTraits.isMark(scalar) {
                    if letters > 0, !ScalarTraits.isLowercase(scalar) { lowerAfterFirst = false }
                    letters += 1
                    lastLetter = ScalarTraits.lowercased(scalar)
                }
            } else if !Self.isPunctuation(scalar.value) {
                return nil
            }
            index = view.index(after: index)
        }
        guard scalarCount <= NameParser.maximumLength, finishPiece(view.endIndex, dotted: false) else { return nil }
        return join(tokens, keys)
    }

    private static func isPunctuation(_ value: UInt32) -> Bool {
        switch value {
        case 0x2C, 0x2D, 0x27, 0x22, 0x60, 0xB4, 0xB7, 0x2010, 0x2011, 0x2013, 0x2019, 0x02BC, 0x02BB, 0x02B9, 0x02BA:
            return true
        default:
            return false
        }
    }

    /// Merges patronymic words written apart, drops initials and patronymics, sorts and joins.
    private func join(_ raw: [Token], _ keys: [UInt8]) -> String? {
        func bytes(_ token: Token) -> ArraySlice<UInt8> { keys[token.range] }
        func isApartWord(_ token: Token) -> Bool {
            let key = bytes(token)
            return key.elementsEqual("uli".utf8) || key.elementsEqual("kizi".utf8)
        }
        var tokens: [Token] = []
        for token in raw {
            if let previous = tokens.last, !previous.isInitial, isApartWord(token) {
                // Its key joins the word before, as the parser joins the two.
                tokens[tokens.count - 1].range = previous.range.lowerBound..<token.range.upperBound
                tokens[tokens.count - 1].writtenApart = true
            } else {
                tokens.append(token)
            }
        }
        guard !tokens.isEmpty, tokens.count <= NameParser.maximumTokens else { return nil }
        let words = tokens.filter { !$0.isInitial }
        var patronymic = [Bool](repeating: false, count: tokens.count)
        if words.count >= 2 {
            let wordPositions = tokens.indices.filter { !tokens[$0].isInitial }
            let forms = wordPositions.map { NameSuffixes.patronymicEnding(bytes(tokens[$0])) != nil }
            if let chosen = NameSuffixes.patronymicIndex(forms) { patronymic[wordPositions[chosen]] = true }
        }
        // A lone patronymic-form word beside only given names is a surname (Bauyrzhan Momyshuly).
        if tokens.count == 2, let last = patronymic.last, last, !patronymic[0], !tokens[0].isInitial, !tokens[1].writtenApart {
            patronymic[1] = false
        }
        var kept: [ArraySlice<UInt8>] = []
        for (position, token) in tokens.enumerated() where !token.isInitial && !patronymic[position] {
            kept.append(bytes(token))
        }
        kept.sort { $0.lexicographicallyPrecedes($1) }
        var out: [UInt8] = []
        out.reserveCapacity(keys.count + kept.count)
        for (position, key) in kept.enumerated() {
            if position > 0 { out.append(0x20) }
            out.append(contentsOf: key)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
