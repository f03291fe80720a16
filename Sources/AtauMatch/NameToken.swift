import Atau

/// One word of a personal name, with what the parser made of it.
///
/// Its fields live in one shared box, so copying a token (the matcher does, many times per
/// comparison) costs one reference count rather than one per field.
public struct NameToken: Sendable, Hashable {
    private final class Storage: Sendable {
        let text: String
        let role: Role
        let script: Script
        let keys: [String]
        let isCapitalized: Bool
        let gender: Gender?
        let kind: Kind
        let stemKeys: [String]
        let folded: String
        let hasRoleCue: Bool
        let isHyphenated: Bool
        let nameGroup: Int?

        init(text: String, role: Role, script: Script, keys: [String], isCapitalized: Bool, gender: Gender?, kind: Kind,
             stemKeys: [String], folded: String, hasRoleCue: Bool, nameGroup: Int?) {
            self.text = text
            self.role = role
            self.script = script
            self.keys = keys
            self.isCapitalized = isCapitalized
            self.gender = gender
            self.kind = kind
            self.stemKeys = stemKeys
            self.folded = folded
            self.hasRoleCue = hasRoleCue
            self.isHyphenated = UTF8Reading.contains(0x2D, in: text)
            self.nameGroup = nameGroup
        }
    }

    private let storage: Storage

    init(text: String, role: Role, script: Script, keys: [String], isCapitalized: Bool, gender: Gender?, kind: Kind,
         stemKeys: [String], folded: String, hasRoleCue: Bool, nameGroup: Int?) {
        storage = Storage(text: text, role: role, script: script, keys: keys, isCapitalized: isCapitalized, gender: gender,
                          kind: kind, stemKeys: stemKeys, folded: folded, hasRoleCue: hasRoleCue, nameGroup: nameGroup)
    }

    /// The token as written (a compound keeps its hyphen: `Kassym-Jomart`).
    public var text: String { storage.text }
    /// Its role in the name.
    public var role: Role { storage.role }
    /// The script of its letters.
    public var script: Script { storage.script }
    /// Cross-script match keys; several only where a spelling is ambiguous.
    public var keys: [String] { storage.keys }
    /// Whether the token is an initial (`A.`, `Zh.`).
    public var isInitial: Bool { storage.kind == .initial }
    /// Whether the token was written in parentheses (`Denis Nikisha (KAZ)`, `Lidiya (Lida)
    /// Blinova`): an aside, which is no surname, no part of the match key, and need not
    /// match a word of the other name.
    public var isAside: Bool { storage.kind == .aside }
    /// Whether the token is written in capitals (`KAIRBEK`).
    public var isCapitalized: Bool { storage.isCapitalized }
    /// The gender its form tells, if any (`-ova`, `-qyzy`).
    public var gender: Gender? { storage.gender }
    /// Word or initial.
    var kind: Kind { storage.kind }
    /// For patronymics, the keys of the father's name (`Abishuly`, `Abishevich` → `abish`).
    var stemKeys: [String] { storage.stemKeys }
    /// The token's letters, folded (lower case, no marks of apostrophes), for "same spelling".
    var folded: String { storage.folded }
    /// Whether something besides word order tells the role: capitals, a comma, an ending,
    /// the place of a patronymic.
    var hasRoleCue: Bool { storage.hasRoleCue }
    /// Whether the token is written with a hyphen (`Kassym-Jomart`, `Алиев-Назарбаев`).
    var isHyphenated: Bool { storage.isHyphenated }
    /// The group of given-name forms its keys are in (`Tables/match/given-names.json`), if any.
    var nameGroup: Int? { storage.nameGroup }

    public static func == (left: NameToken, right: NameToken) -> Bool {
        left.storage === right.storage
            || (left.text == right.text && left.role == right.role && left.script == right.script && left.keys == right.keys
                && left.isCapitalized == right.isCapitalized && left.gender == right.gender && left.kind == right.kind
                && left.stemKeys == right.stemKeys && left.hasRoleCue == right.hasRoleCue)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(role)
        hasher.combine(keys)
    }

    enum Kind: Sendable, Hashable {
        case word, initial, aside
    }

    /// What a token is in the name.
    public enum Role: String, Sendable, Hashable, Codable {
        /// A given name (first name), or one part of a compound given name.
        case given
        /// A patronymic: Russian -ович/-овна, Kazakh -ұлы/-қызы.
        case patronymic
        /// A family name.
        case surname
        /// Neither the form nor the order tells.
        case unknown
    }

    /// The first key, for display and blocking.
    public var key: String { keys.first ?? "" }

    /// The same word read as a patronymic, with the father's names and gender its ending
    /// tells (`Серікұлы` read as a surname beside one given name, for a name that has it as
    /// its patronymic).
    var asPatronymic: NameToken {
        NameToken(text: text, role: .patronymic, script: script, keys: keys, isCapitalized: isCapitalized,
                  gender: keys.first.flatMap(NameSuffixes.patronymicMatch)?.gender ?? gender, kind: kind,
                  stemKeys: keys.flatMap(NameSuffixes.patronymicStems), folded: folded, hasRoleCue: false, nameGroup: nil)
    }
}

/// A gender that a name's form shows.
public enum Gender: String, Sendable, Hashable, Codable {
    /// Masculine forms: -ov, -ev, -in, -sky, -ovich, -uly.
    case male
    /// Feminine forms: -ova, -eva, -ina, -skaya, -ovna, -qyzy.
    case female
}
