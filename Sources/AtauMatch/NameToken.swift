import Atau

/// One word of a personal name, with what the parser made of it.
public struct NameToken: Sendable, Hashable {
    /// The token as written (a compound keeps its hyphen: `Kassym-Jomart`).
    public let text: String
    /// Its role in the name.
    public internal(set) var role: Role
    /// The script of its letters.
    public let script: Script
    /// Cross-script match keys; several only where a spelling is ambiguous.
    public let keys: [String]
    /// For an initial, the keys of the letter(s) it stands for (`Zh.` → `zh`).
    public var isInitial: Bool { kind == .initial }
    /// Whether the token is written in capitals (`KAIRBEK`).
    public let isCapitalized: Bool
    /// The gender its form tells, if any (`-ova`, `-qyzy`).
    public let gender: Gender?
    /// Word or initial.
    let kind: Kind
    /// For patronymics, the keys of the father's name (`Abishuly`, `Abishevich` → `abish`).
    let stemKeys: [String]
    /// The token's letters, folded (lower case, no marks of apostrophes), for "same spelling".
    let folded: String
    /// Whether something besides word order tells the role: capitals, a comma, an ending,
    /// the place of a patronymic.
    let hasRoleCue: Bool

    enum Kind: Sendable, Hashable {
        case word, initial
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
}

/// A gender that a name's form shows.
public enum Gender: String, Sendable, Hashable, Codable {
    /// Masculine forms: -ov, -ev, -in, -sky, -ovich, -uly.
    case male
    /// Feminine forms: -ova, -eva, -ina, -skaya, -ovna, -qyzy.
    case female
}
