import Atau

/// A personal name parsed into tokens with roles.
///
/// ```swift
/// let name = parser.parse("KAIRBEK Askar")
/// name.surname?.text   // "KAIRBEK"
/// name.given.map(\.text)  // ["Askar"]
/// ```
///
/// Its parts live in one shared box: a name is copied into caches and results, and a copy
/// costs one reference count.
public struct PersonName: Sendable, Hashable {
    private final class Storage: Sendable {
        let original: String
        let tokens: [NameToken]
        let titles: [String]
        let nicknames: [String]
        let isSurnameFirst: Bool
        let gender: Gender?
        let patronymic: NameToken?
        let parts: [NameToken]
        let units: [Unit]

        init(original: String, tokens: [NameToken], titles: [String], nicknames: [String], isSurnameFirst: Bool) {
            self.original = original
            self.tokens = tokens
            self.titles = titles
            self.nicknames = nicknames
            self.isSurnameFirst = isSurnameFirst
            patronymic = tokens.first { $0.role == .patronymic }
            var parts: [NameToken] = []
            parts.reserveCapacity(tokens.count)
            for token in tokens where token.role != .patronymic { parts.append(token) }
            self.parts = parts
            self.units = parts.indices.map { Unit(tokens: parts[$0...$0], position: $0) }
            var told: Gender?
            var disagree = false
            for token in tokens {
                guard let gender = token.gender else { continue }
                if let earlier = told, earlier != gender { disagree = true }
                told = gender
            }
            self.gender = disagree ? nil : told
        }
    }

    private let storage: Storage

    init(original: String, tokens: [NameToken], titles: [String], nicknames: [String], isSurnameFirst: Bool) {
        storage = Storage(original: original, tokens: tokens, titles: titles, nicknames: nicknames, isSurnameFirst: isSurnameFirst)
    }

    /// The text the name was parsed from.
    public var original: String { storage.original }
    /// The tokens, in written order, without titles.
    public var tokens: [NameToken] { storage.tokens }
    /// Titles and honorifics that were removed (`Judge`, `судья`).
    public var titles: [String] { storage.titles }
    /// Nicknames written in quotes within the name, quotes included (`Abay "HObbit" Khassenov`,
    /// `Владимир «Вова» Иванов`): not part of the name, and not compared.
    public var nicknames: [String] { storage.nicknames }
    /// Whether the name was written surname first (`KAIRBEK Askar`, `Kairbek, Askar`).
    public var isSurnameFirst: Bool { storage.isSurnameFirst }

    /// The given-name tokens (including initials), in order.
    public var given: [NameToken] { tokens.filter { $0.role == .given } }
    /// The patronymic, if there is one.
    public var patronymic: NameToken? { storage.patronymic }
    /// The surname, if one could be told.
    public var surname: NameToken? { tokens.last { $0.role == .surname } }

    /// The gender the name's forms tell: surname, then patronymic; nil when they do not or
    /// when they disagree.
    public var gender: Gender? { storage.gender }

    /// The tokens the matcher pairs with the other name's: all but the patronymic.
    var parts: [NameToken] { storage.parts }
    /// Each part as a unit of comparison, made once per name rather than once per comparison.
    var units: [Unit] { storage.units }

    public static func == (left: PersonName, right: PersonName) -> Bool {
        left.storage === right.storage || left.original == right.original && left.tokens == right.tokens && left.titles == right.titles
            && left.nicknames == right.nicknames && left.isSurnameFirst == right.isSurnameFirst
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(original)
        hasher.combine(tokens)
    }

    /// The name with its surname read as its patronymic, when the surname is a father's name
    /// in -ұлы or -қызы beside one given name (`Асқар Серікұлы`, `Арслан Капай уулу`), as the
    /// parser reads such a word, and `other`, which has a surname of its own, has it as its
    /// patronymic (`Арслан Капай уулу Койчиев`): the short name then has no surname to
    /// compare. Nil otherwise.
    func readingSurnameAsPatronymic(beside other: PersonName) -> PersonName? {
        guard tokens.count == 2, patronymic == nil, let otherPatronymic = other.patronymic,
              let surname, surname.hasRoleCue, surname.keys.contains(where: otherPatronymic.keys.contains),
              surname.keys.contains(where: NameSuffixes.hasKazakhPatronymicEnding), other.surname != nil
        else { return nil }
        return PersonName(original: original, tokens: tokens.map { $0.role == .surname ? $0.asPatronymic : $0 },
                          titles: titles, nicknames: nicknames, isSurnameFirst: false)
    }

    /// The scripts of the name's letters, in order of appearance.
    public var scripts: [Script] { Script.scripts(in: original) }

    /// The name's match key: the first keys of its words, sorted and joined by spaces, without
    /// initials, titles, patronymics and asides in parentheses. Equal for spellings of one name
    /// in any script, scheme and order (`Asqar Qaiyrbek`, `QAIYRBEK Asqar`, `Kairbek, Askar` →
    /// `askar kairbek`), so it serves to block records before comparing them.
    public var matchKey: String {
        tokens.filter { !$0.isInitial && !$0.isAside && $0.role != .patronymic }.map(\.key).sorted().joined(separator: " ")
    }
}
