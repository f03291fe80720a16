/// Endings of match keys that tell a token's role and gender across scripts: the keys of
/// `-ович`, `-ovich` and `-ovič` are all `…ovich`, of `-ұлы`, `-uly` and `-ulı` all `…uli`.
enum NameSuffixes {
    /// Patronymic endings, longest first, with the gender they show.
    static let patronymic: [(suffix: String, gender: Gender)] = [
        ("ovich", .male), ("evich", .male), ("ovic", .male), ("evic", .male), ("ovna", .female),
        ("evna", .female), ("ichna", .female), ("inichna", .female), ("ich", .male), ("uli", .male),
        ("kizi", .female), ("kisi", .female),
    ]

    /// Surname endings, longest first, with the gender they show.
    static let surname: [(suffix: String, gender: Gender?)] = [
        ("skaia", .female), ("tskaia", .female), ("ova", .female), ("eva", .female), ("ina", .female),
        ("ski", .male), ("ov", .male), ("ev", .male), ("in", .male), ("enko", nil), ("iuk", nil), ("uk", nil),
    ]

    /// Words written apart that make the token before them a patronymic (`Әбіш ұлы`).
    static let patronymicWords: Set<String> = ["uli", "kizi"]

    /// The patronymic ending of a key, if any, leaving a stem of at least two classes (a
    /// doubled class is written once: Бекқызы → `bekizi`).
    static func patronymicMatch(_ key: String) -> (stem: String, gender: Gender)? {
        for (suffix, gender) in patronymic where key.hasSuffix(suffix) && key.count >= suffix.count + 2 {
            if suffix == "ich", key.hasSuffix("vich") == false, key.count < 7 { continue }
            return (String(key.dropLast(suffix.count)), gender)
        }
        return nil
    }

    /// The surname ending of a key, if any, leaving a stem of at least three classes.
    static func surnameMatch(_ key: String) -> (stem: String, gender: Gender?)? {
        for (suffix, gender) in surname where key.hasSuffix(suffix) && key.count >= suffix.count + 3 {
            return (String(key.dropLast(suffix.count)), gender)
        }
        return nil
    }
}
