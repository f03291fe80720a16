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

    /// Creates a parser over a match alphabet.
    ///
    /// - Parameter alphabet: The letter classes and spellings of the match key.
    public init(alphabet: MatchAlphabet) {
        keyMaker = KeyMaker(alphabet: alphabet)
    }

    /// The match keys of one word, in any script or scheme (`Qaiyrbek` → `kairbek`).
    ///
    /// - Parameter word: One word of a name.
    /// - Returns: Its keys; several only where a spelling is ambiguous; empty without letters.
    public func keys(of word: some StringProtocol) -> [String] {
        keyMaker.keys(word)
    }

    private struct RawToken {
        var text: String
        var isInitial: Bool
        var afterComma: Bool
        var patronymicWordFollows = false
    }

    /// Parses a name.
    ///
    /// - Parameter text: A personal name as written.
    /// - Returns: The parsed name.
    /// - Throws: ``NameError`` for text that is not a name: empty, too long, too many words,
    ///   or with control characters, digits or symbols.
    public func parse(_ text: String) throws(NameError) -> PersonName {
        guard text.count <= Self.maximumLength else { throw .tooLong(length: text.count) }
        for (offset, character) in text.enumerated() {
            guard let scalar = character.unicodeScalars.first else { continue }
            let category = scalar.properties.generalCategory
            let allowed = scalar.properties.isAlphabetic || character.isWhitespace
                || ".,-‐‑–'’ʼʻʹʺ\"`´()·".contains(character) || category == .nonspacingMark
            if !allowed || (scalar.value < 0x20 && !character.isWhitespace) {
                throw .invalidCharacter(character, offset: offset)
            }
        }
        var raw: [RawToken] = []
        var titles: [String] = []
        var sawComma = false
        let cleaned = text.replacingOccurrences(of: "(", with: " ").replacingOccurrences(of: ")", with: " ")
        for chunk in cleaned.split(whereSeparator: { $0.isWhitespace }) {
            var word = String(chunk)
            let endsWithComma = word.hasSuffix(",")
            word = word.trimmingCharacters(in: ",")
            if Titles.isTitle(word) {
                titles.append(word)
            } else {
                for piece in Self.splitInitials(word) where piece.contains(where: \.isLetter) {
                    raw.append(RawToken(text: piece, isInitial: Self.isInitial(piece), afterComma: sawComma))
                }
            }
            if endsWithComma { sawComma = true }
        }
        // Kazakh patronymic words written apart: "Әбіш ұлы" is one patronymic.
        var merged: [RawToken] = []
        for token in raw {
            let keys = keyMaker.keys(token.text)
            if let previous = merged.last, !previous.isInitial,
               keys.contains(where: NameSuffixes.patronymicWords.contains) {
                merged[merged.count - 1].text += " " + token.text
                merged[merged.count - 1].patronymicWordFollows = true
            } else {
                merged.append(token)
            }
        }
        guard !merged.isEmpty else { throw .empty }
        guard merged.count <= Self.maximumTokens else { throw .tooManyWords(count: merged.count) }
        return assignRoles(merged, original: text, titles: titles, commaSeen: sawComma)
    }

    /// Splits glued initials: `Ж.Әлімханұлы` → `Ж.`, `Әлімханұлы`; `A.K.` → `A.`, `K.`;
    /// `K.-Zh.` → `K.`, `Zh.`.
    static func splitInitials(_ word: String) -> [String] {
        guard word.contains(".") else { return [word] }
        var pieces: [String] = []
        var current = ""
        for character in word {
            if character == "." {
                current.append(".")
                pieces.append(current)
                current = ""
            } else if (character == "-" || character == "‐") && current.isEmpty {
                continue
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces.map { $0.trimmingCharacters(in: "-") }.filter { !$0.isEmpty }
    }

    /// An initial: one letter, or a digraph such as `Zh.` or `Sh.` written with a period.
    static func isInitial(_ piece: String) -> Bool {
        let letters = piece.filter(\.isLetter)
        if letters.count == 1 { return true }
        return piece.hasSuffix(".") && letters.count <= 4 && letters.count >= 2
            && letters.dropFirst().allSatisfy { $0.isLowercase }
            && ["h", "s", "a", "u", "e", "o", "c"].contains(letters.last.map { String($0).lowercased() } ?? "")
    }

    private func assignRoles(_ raw: [RawToken], original: String, titles: [String], commaSeen: Bool) -> PersonName {
        struct Draft {
            var raw: RawToken
            var keys: [String]
            var role: NameToken.Role = .unknown
            var gender: Gender?
            var stemKeys: [String] = []
            var surnameCue = false
            var isCapitalized: Bool
        }
        let letterCount = raw.filter { !$0.isInitial }.count
        var drafts = raw.map { token -> Draft in
            let letters = token.text.filter(\.isLetter)
            let capitalized = letters.count >= 2 && letters.allSatisfy { !$0.isLowercase }
            return Draft(raw: token, keys: keyMaker.keys(token.text), isCapitalized: capitalized)
        }
        // Patronymics by form.
        for index in drafts.indices where !drafts[index].raw.isInitial && letterCount >= 2 {
            let matches = drafts[index].keys.compactMap(NameSuffixes.patronymicMatch)
            if let first = matches.first {
                drafts[index].role = .patronymic
                drafts[index].gender = first.gender
                drafts[index].stemKeys = matches.map(\.stem)
            }
        }
        let words = drafts.indices.filter { !drafts[$0].raw.isInitial && drafts[$0].role != .patronymic }
        // A lone patronymic-form word beside only given names is a surname (Bauyrzhan Momyshuly).
        if let patronymic = drafts.indices.first(where: { drafts[$0].role == .patronymic }),
           words.count == 1, drafts.count == 2, patronymic == drafts.count - 1, !drafts[patronymic].raw.patronymicWordFollows {
            drafts[patronymic].role = .unknown
            drafts[patronymic].stemKeys = []
            drafts[patronymic].surnameCue = true
        }
        let candidates = drafts.indices.filter { !drafts[$0].raw.isInitial && drafts[$0].role != .patronymic }
        var surname: Int?
        let anyCapitalized = candidates.filter { drafts[$0].isCapitalized }
        let notCapitalized = drafts.indices.filter { !drafts[$0].raw.isInitial && !drafts[$0].isCapitalized }
        if commaSeen, let first = candidates.first(where: { !drafts[$0].raw.afterComma }) {
            surname = first
            drafts[first].surnameCue = true
        } else if anyCapitalized.count == 1, !notCapitalized.isEmpty {
            surname = anyCapitalized[0]
            drafts[anyCapitalized[0]].surnameCue = true
        } else if let patronymic = drafts.indices.first(where: { drafts[$0].role == .patronymic }), candidates.count >= 2 {
            // Иван Иванович Иванов (patronymic in the middle) or Иванов Иван Иванович (last).
            surname = candidates.first(where: { $0 > patronymic }) ?? candidates.first
            drafts[surname!].surnameCue = true
        } else {
            let bySuffix = candidates.filter { index in drafts[index].keys.contains { NameSuffixes.surnameMatch($0) != nil } }
            if bySuffix.count == 1 || (bySuffix.count > 1 && candidates.count > bySuffix.count) {
                surname = bySuffix.last
                drafts[surname!].surnameCue = true
            } else if candidates.count >= 2 || (candidates.count == 1 && drafts.count > 1) {
                surname = candidates.last
            }
        }
        for index in drafts.indices where drafts[index].role != .patronymic {
            if index == surname {
                drafts[index].role = .surname
                drafts[index].gender = drafts[index].gender
                    ?? drafts[index].keys.lazy.compactMap(NameSuffixes.surnameMatch).first?.gender
            } else if drafts[index].raw.isInitial || surname != nil {
                drafts[index].role = .given
            }
        }
        let tokens = drafts.map { draft in
            NameToken(
                text: draft.raw.text, role: draft.role,
                script: Script.scripts(in: draft.raw.text).first ?? .other,
                keys: draft.keys, isCapitalized: draft.isCapitalized, gender: draft.gender,
                kind: draft.raw.isInitial ? .initial : .word, stemKeys: draft.stemKeys,
                hasRoleCue: draft.surnameCue)
        }
        let surnameIndex = tokens.firstIndex { $0.role == .surname }
        let givenIndex = tokens.firstIndex { $0.role == .given }
        let surnameFirst = surnameIndex.map { s in givenIndex.map { s < $0 } ?? false } ?? false
        return PersonName(original: original, tokens: tokens, titles: titles, isSurnameFirst: surnameFirst)
    }
}

extension String {
    fileprivate func trimmingCharacters(in characters: String) -> String {
        var result = Substring(self)
        while let first = result.first, characters.contains(first) { result.removeFirst() }
        while let last = result.last, characters.contains(last) { result.removeLast() }
        return String(result)
    }
}
