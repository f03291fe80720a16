import Atau

/// Reads personal names in Latin or Cyrillic (Kazakh or Russian) into tokens with roles.
///
/// Handles surname-first order (`KAIRBEK Askar`, `Қайырбек Асқар`, `Kairbek, Askar`), surnames
/// in capitals, initials (`A. Kairbek`, `Қайырбек А.`, `Ж.Әлімханұлы`, `K.-Zh. Tokayev`),
/// hyphenated compound given names, Russian patronymics (-ович, -овна, …) and Kazakh ones
/// (-ұлы, -қызы, also written apart), gender where the forms tell it, and drops titles
/// (`Judge`, `Dr.`, `судья`).
public struct NameParser: Sendable {
    /// The longest text read as one name, in characters.
    public static let maximumLength = 200
    /// The most words read as one name.
    public static let maximumTokens = 8

    let keyMaker: KeyMaker
    /// Forms of one given name in other languages, by their keys.
    let givenNameForms: GivenNameForms
    /// What was read of recently seen words: names share most of their words.
    private let words = RecentCache<Word>(capacity: 20_000)
    /// The first keys of recently seen words, for the one-pass match key.
    private let wordKeys: WordKeyMemo?

    /// What the parser reads from one word, whatever name it is in.
    private struct Word: Sendable {
        let isTitle: Bool
        var keys: [String]
        let isInitial: Bool
        var isCapitalized: Bool
        let script: Script
        var folded: String
        /// The group of its keys in ``givenNameForms``, if any.
        var nameGroup: Int?
    }

    /// Reads a word, or finds it among the recent ones.
    private func readWord(_ text: String) -> Word {
        words.value(for: text) {
            var letters = 0
            var anyLower = false
            for scalar in text.unicodeScalars where ScalarTraits.isLetter(scalar) {
                letters += 1
                if ScalarTraits.isLowercase(scalar) { anyLower = true; break }
            }
            let keys = keyMaker.keys(text)
            return Word(
                isTitle: Titles.isTitle(text), keys: keys, isInitial: Self.isInitial(text),
                isCapitalized: letters >= 2 && !anyLower,
                script: text.unicodeScalars.lazy.map(Script.of).first { $0 != .other } ?? .other,
                folded: Self.folded(text), nameGroup: givenNameForms.group(of: keys))
        }
    }

    /// Creates a parser over a match alphabet.
    ///
    /// - Parameters:
    ///   - alphabet: The letter classes and spellings of the match key.
    ///   - remembersWords: Whether ``matchKey(of:)`` keeps the keys of the words it has seen
    ///     (in 256 KiB), so that a word met again is looked up rather than read again: names
    ///     share most of their words. Off, every word is read (the cost of words met once).
    public init(alphabet: MatchAlphabet, remembersWords: Bool = true) {
        let keyMaker = KeyMaker(alphabet: alphabet)
        self.keyMaker = keyMaker
        wordKeys = remembersWords ? WordKeyMemo() : nil
        givenNameForms = GivenNameForms(alphabet.givenNameForms) { keyMaker.keys($0) }
    }

    /// A name's match key, as ``PersonName/matchKey`` gives it, computed in one pass without
    /// building the parsed name: the fast path for keying datasets and blocking.
    ///
    /// - Parameter text: A personal name as written.
    /// - Returns: The match key.
    /// - Throws: ``NameError`` when the text is not a name.
    public func matchKey(of text: String) throws(NameError) -> String {
        if let key = MatchKeyScanner(keyMaker: keyMaker, memo: wordKeys).key(text) { return key }
        return try parse(text).matchKey
    }

    /// The match keys of one word, in any script or scheme (`Qaiyrbek` → `kairbek`).
    ///
    /// - Parameter word: One word of a name.
    /// - Returns: Its keys; several only where a spelling is ambiguous; empty without letters.
    public func keys(of word: some StringProtocol) -> [String] {
        keyMaker.keys(word)
    }

    /// A word of the name being parsed, with where it stands.
    private struct RawToken {
        var text: String
        var word: Word
        var afterComma: Bool
        /// Whether the word was written in parentheses.
        var isAside = false
    }

    /// Punctuation a name may hold besides letters and spaces.
    static func isNamePunctuation(_ value: UInt32) -> Bool {
        switch value {
        case 0x2E, 0x2C, 0x2D, 0x27, 0x22, 0x60, 0x28, 0x29,  // . , - ' " ` ( )
             0xB4, 0xB7, 0x2010, 0x2011, 0x2013, 0x2018, 0x2019, 0x02BC, 0x02BB, 0x02B9, 0x02BA:
            return true
        default:
            return false
        }
    }

    /// Parses a name.
    ///
    /// - Parameter text: A personal name as written.
    /// - Returns: The parsed name.
    /// - Throws: ``NameError`` for text that is not a name: empty, too long, too many words,
    ///   or with control characters, digits or symbols.
    public func parse(_ text: String) throws(NameError) -> PersonName {
        var raw: [RawToken] = []
        var titles: [String] = []
        var nicknames: [String] = []
        var sawComma = false
        var inParentheses = false
        func endWord(_ word: UnsafeBufferPointer<UInt8>) {
            guard !word.isEmpty else { return }
            var start = 0, end = word.count
            let endsWithComma = word[end - 1] == 0x2C
            while end > start, word[end - 1] == 0x2C { end -= 1 }
            while start < end, word[start] == 0x2C { start += 1 }
            let chunkBytes = UnsafeBufferPointer(rebasing: word[start..<end])
            let chunk = String(decoding: chunkBytes, as: UTF8.self)
            if Titles.isTitle(Self.trimmed(chunk)) {
                titles.append(chunk)
            } else {
                func add(_ piece: String) {
                    // As the fast key does: a piece without its commas and hyphens at the ends.
                    var piece = Self.trimmed(piece)
                    if let (word, marker) = Titles.splitGeneration(piece) {
                        titles.append(marker)
                        piece = Self.trimmed(word)
                    }
                    let word = readWord(piece)
                    if word.isTitle {  // glued to the name: Prof.Ivanov
                        titles.append(piece)
                        return
                    }
                    // No letters, or only hard or soft signs (Ъ, ь): nothing to match on.
                    guard !word.keys.isEmpty else { return }
                    raw.append(RawToken(text: piece, word: word, afterComma: sawComma, isAside: inParentheses))
                }
                if chunkBytes.contains(0x2E) {
                    Self.splitInitials(chunk).forEach(add)
                } else {
                    add(chunk)
                }
            }
            if endsWithComma { sawComma = true }
        }
        // The closure cannot throw a typed error: the failure is carried out of it.
        var failure: NameError?
        UTF8Reading.withBytes(of: text) { bytes in
            // Scalars are counted by the bytes that start one.
            let scalarCount = bytes.count { $0 & 0xC0 != 0x80 }
            guard scalarCount <= Self.maximumLength else {
                failure = .tooLong(length: scalarCount)
                return
            }
            var wordStart = 0
            var offset = 0
            var index = 0
            while index < bytes.count {
                // Between words: a whole name in quotes is the name.
                if index == wordStart, !raw.isEmpty, Self.mayOpenNickname(bytes[index]), let (end, scalars) = Self.nickname(in: bytes, at: index) {
                    nicknames.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self))
                    index = end
                    wordStart = end
                    offset += scalars
                    continue
                }
                let (value, length) = UTF8Reading.scalar(in: bytes, at: index)
                if ScalarTraits.isSpace(value) || value == 0x28 || value == 0x29 {
                    endWord(UnsafeBufferPointer(rebasing: bytes[wordStart..<index]))
                    if value == 0x28 { inParentheses = true } else if value == 0x29 { inParentheses = false }
                    wordStart = index + length
                } else if !ScalarTraits.isLetter(value) && !Self.isNamePunctuation(value) {
                    failure = .invalidCharacter(Character(UTF8Reading.unicodeScalar(value)), offset: offset)
                    return
                }
                index += length
                offset += 1
            }
            endWord(UnsafeBufferPointer(rebasing: bytes[wordStart...]))
        }
        if let failure { throw failure }
        // Patronymic words written apart (Kazakh, Kyrgyz, Uzbek, Azerbaijani): "Әбіш ұлы" is one
        // patronymic.
        var merged = raw
        // The first key decides, as in the fast path of the match key.
        func isPatronymicWord(_ token: RawToken) -> Bool { token.word.keys.first.map { NameSuffixes.patronymicWordEnding($0.utf8) != nil } ?? false }
        if raw.dropFirst().contains(where: isPatronymicWord) {
            merged = []
            for token in raw {
                if let previous = merged.last, !previous.word.isInitial,
                   isPatronymicWord(token) {
                    merged[merged.count - 1].text += " " + token.text
                    merged[merged.count - 1].word.folded += token.word.folded
                    merged[merged.count - 1].word.isCapitalized = previous.word.isCapitalized && token.word.isCapitalized
                    merged[merged.count - 1].word.keys = previous.word.keys.flatMap { head in
                        token.word.keys.map { NameSuffixes.joiningPatronymic(head, ending: NameSuffixes.patronymicWordEnding($0.utf8) ?? Array($0.utf8)) }
                    }
                    merged[merged.count - 1].word.nameGroup = nil
                } else {
                    merged.append(token)
                }
            }
        }
        guard !merged.isEmpty else { throw .empty }
        // Parentheses around the whole name hold the name, not an aside.
        if !merged.contains(where: { !$0.isAside }) {
            for index in merged.indices { merged[index].isAside = false }
        }
        guard merged.count <= Self.maximumTokens else { throw .tooManyWords(count: merged.count) }
        return assignRoles(merged, original: text, titles: titles, nicknames: nicknames, commaSeen: sawComma)
    }

    /// Splits glued initials: `Ж.Әлімханұлы` → `Ж.`, `Әлімханұлы`; `A.K.` → `A.`, `K.`;
    /// `K.-Zh.` → `K.`, `Zh.`.
    static func splitInitials(_ word: String) -> [String] {
        guard UTF8Reading.contains(0x2E, in: word) else { return [word] }
        var pieces: [String] = []
        var current = ""
        for scalar in word.unicodeScalars {
            if scalar == "." {
                current.unicodeScalars.append(scalar)
                pieces.append(current)
                current = ""
            } else if (scalar == "-" || scalar == "\u{2010}") && current.isEmpty {
                continue
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces.map(trimmed).filter { !$0.isEmpty }
    }

    /// A piece without the commas and hyphens (`-`, U+2010) at its ends, trimmed as the fast
    /// key trims a piece.
    static func trimmed(_ piece: String) -> String {
        UTF8Reading.withBytes(of: piece) { bytes in
            let range = MatchKeyScanner.trimmed(bytes, bytes.indices)
            return range == bytes.indices ? piece : String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
    }

    /// A token's letters folded for comparing spellings: lower case, apostrophes and marks
    /// dropped.
    static func folded(_ text: String) -> String {
        UTF8Reading.withBytes(of: text) { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var other: [Unicode.Scalar] = []
            var index = 0
            while index < bytes.count {
                let (value, length) = UTF8Reading.scalar(in: bytes, at: index)
                index += length
                if value < 0x80 {
                    if ScalarTraits.isLetter(value) { out.append(UInt8(ScalarTraits.lowercased(value))) }
                } else if value >= 0x400 && value <= 0x4FF {
                    let lower = ScalarTraits.lowercased(value)
                    if ScalarTraits.isLetter(lower) { out.append(contentsOf: UTF8.encode(UTF8Reading.unicodeScalar(lower))!) }
                } else {
                    other.removeAll(keepingCapacity: true)
                    LatinFolding.append(UTF8Reading.unicodeScalar(value), to: &other)
                    for scalar in other where ScalarTraits.isLetter(scalar) && !ScalarTraits.isMark(scalar) {
                        out.append(contentsOf: UTF8.encode(scalar)!)
                    }
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// An initial: one letter, or a digraph such as `Zh.` or `Sh.` written with a period.
    static func isInitial(_ piece: String) -> Bool {
        UTF8Reading.withBytes(of: piece) { isInitial($0, dotted: $0.last == 0x2E) }
    }

    /// Whether a piece's letters make an initial: one letter, or, when a period follows them,
    /// a digraph such as `Zh.` (two to four letters, lower case after the first, ending in one
    /// of ``digraphInitialEndings``). The parser and the fast key both ask this.
    static func isInitial(_ piece: UnsafeBufferPointer<UInt8>, dotted: Bool) -> Bool {
        var letters = 0
        var lowerAfterFirst = true
        var last: UInt32 = 0x20
        var index = 0
        while index < piece.count {
            let (value, length) = UTF8Reading.scalar(in: piece, at: index)
            index += length
            guard ScalarTraits.isLetter(value), !ScalarTraits.isMark(value) else { continue }
            if letters > 0, !ScalarTraits.isLowercase(value) { lowerAfterFirst = false }
            letters += 1
            if letters > 4 { return false }
            last = value
        }
        if letters == 1 { return true }
        guard dotted, letters >= 2, lowerAfterFirst else { return false }
        return last < 0x80 && digraphInitialEndings.utf8.contains(UInt8(last))
    }

    /// The last letters of a dotted digraph initial.
    static let digraphInitialEndings = "hsauoec"

    private func assignRoles(_ raw: [RawToken], original: String, titles: [String], nicknames: [String], commaSeen: Bool) -> PersonName {
        struct Draft {
            var raw: RawToken
            var role: NameToken.Role = .unknown
            var gender: Gender?
            var stemKeys: [String] = []
            var surnameCue = false
            var keys: [String] { raw.word.keys }
            var isInitial: Bool { raw.word.isInitial }
            var isAside: Bool { raw.isAside }
            var isCapitalized: Bool { raw.word.isCapitalized }
        }
        var drafts = raw.map { Draft(raw: $0) }
        /// The indices of the drafts that pass a test, in an array allocated once.
        func indices(where test: (Draft) -> Bool) -> [Int] {
            var result: [Int] = []
            result.reserveCapacity(drafts.count)
            for index in drafts.indices where test(drafts[index]) { result.append(index) }
            return result
        }
        // The patronymic, by form (the first key decides, as in the fast path of the match key).
        let wordIndices = indices { !$0.isInitial }
        if wordIndices.count >= 2,
           let chosen = NameSuffixes.patronymicIndex(words: wordIndices.count, form: { place in
               drafts[wordIndices[place]].keys.first.flatMap { UTF8Reading.withBytes(of: $0, NameSuffixes.patronymicForm) }
           }),
           let form = drafts[wordIndices[chosen]].keys.first.flatMap(NameSuffixes.patronymicMatch) {
            let index = wordIndices[chosen]
            drafts[index].role = .patronymic
            drafts[index].gender = form.gender
            drafts[index].stemKeys = drafts[index].keys.flatMap(NameSuffixes.patronymicStems)
        }
        // A lone patronymic-form word beside only given names is a surname (Bauyrzhan Momyshuly),
        // written apart too, as Kyrgyz names are (Махабат Тажибек кызы). A surname in -ич is a
        // woman's as well as a man's (Екатерина Самуцевич, Belarusian and Serbian); only a Kazakh
        // one in -ұлы or -қызы still tells the gender.
        if let patronymic = drafts.indices.first(where: { drafts[$0].role == .patronymic }),
           wordIndices.count == 2, drafts.count == 2, patronymic == drafts.count - 1 {
            drafts[patronymic].role = .unknown
            drafts[patronymic].stemKeys = []
            drafts[patronymic].surnameCue = true
            if !(drafts[patronymic].keys.first.map(NameSuffixes.hasKazakhPatronymicEnding) ?? false) { drafts[patronymic].gender = nil }
        }
        // An aside in parentheses is never the surname.
        let candidates = indices { !$0.isInitial && $0.role != .patronymic && !$0.isAside }
        var surname: Int?
        let anyCapitalized = indices { !$0.isInitial && $0.role != .patronymic && !$0.isAside && $0.isCapitalized }
        let someNotCapitalized = drafts.contains { !$0.isInitial && !$0.isCapitalized }
        if commaSeen, let first = candidates.first(where: { !drafts[$0].raw.afterComma }) {
            surname = first
            drafts[first].surnameCue = true
        } else if anyCapitalized.count == 1, someNotCapitalized {
            surname = anyCapitalized[0]
            drafts[anyCapitalized[0]].surnameCue = true
        } else if let patronymic = drafts.indices.first(where: { drafts[$0].role == .patronymic }), candidates.count >= 2 {
            // Иван Иванович Иванов (patronymic in the middle) or Иванов Иван Иванович (last).
            surname = candidates.first(where: { $0 > patronymic }) ?? candidates.first
            drafts[surname!].surnameCue = true
        } else {
            // Surname endings, and a patronymic form that is not the patronymic (Абрамович Роман);
            // not the weak ending of a given name of the table (Konstantin Tszyu).
            let bySuffix = indices { draft in
                !draft.isInitial && draft.role != .patronymic && !draft.isAside
                    && draft.keys.contains { NameSuffixes.hasSurnameEnding($0) || NameSuffixes.hasPatronymicEnding($0) }
                    && (draft.raw.word.nameGroup == nil || draft.keys.contains(where: NameSuffixes.hasStrongSurnameEnding))
            }
            // Where several words have an ending, one with a strong one (-ov, -eva, -skii, not the
            // -in, -ina that given names have too: Galina, Asain) tells the surname.
            let strong = bySuffix.filter { drafts[$0].keys.contains(where: NameSuffixes.hasStrongSurnameEnding) }
            if bySuffix.count == 1 || (bySuffix.count > 1 && candidates.count > bySuffix.count) {
                surname = bySuffix.last
                drafts[surname!].surnameCue = true
            } else if bySuffix.count > 1, strong.count == 1 {
                surname = strong[0]
                drafts[strong[0]].surnameCue = true
            } else if candidates.count >= 2 || (candidates.count == 1 && drafts.count > 1) {
                surname = candidates.last
            }
        }
        for index in drafts.indices where drafts[index].role != .patronymic {
            if index == surname {
                drafts[index].role = .surname
                drafts[index].gender = drafts[index].gender
                    ?? drafts[index].keys.lazy.compactMap(NameSuffixes.surnameEnding).first?.gender
            } else if drafts[index].isAside {
                drafts[index].role = .unknown
            } else if drafts[index].isInitial || surname != nil {
                drafts[index].role = .given
            }
        }
        // A surname told by a cue tells the given names too: they are the other words.
        let surnameCued = surname.map { drafts[$0].surnameCue } ?? false
        let tokens = drafts.map { draft in
            NameToken(
                text: draft.raw.text, role: draft.role,
                script: draft.raw.word.script,
                keys: draft.keys, isCapitalized: draft.isCapitalized, gender: draft.gender,
                kind: draft.isInitial ? .initial : draft.isAside && draft.role != .patronymic ? .aside : .word, stemKeys: draft.stemKeys,
                folded: draft.raw.word.folded, hasRoleCue: draft.surnameCue || (surnameCued && draft.role == .given),
                nameGroup: draft.raw.word.nameGroup)
        }
        let surnameIndex = tokens.firstIndex { $0.role == .surname }
        let givenIndex = tokens.firstIndex { $0.role == .given }
        let surnameFirst = surnameIndex.map { s in givenIndex.map { s < $0 } ?? false } ?? false
        return PersonName(original: original, tokens: tokens, titles: titles, nicknames: nicknames, isSurnameFirst: surnameFirst)
    }
}
