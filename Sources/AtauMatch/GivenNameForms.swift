/// Forms of one given name that no transliteration turns into each other, looked up by their
/// match keys: Владимир and Володимир, Евгений and Eugene (`Tables/match/given-names.json`).
final class GivenNameForms: Sendable {
    /// The group of each form's keys.
    private let groups: [String: Int]
    /// The keys of each group's forms, as bytes.
    private let keysOfGroup: [[[UInt8]]]
    /// The shortest and longest of each group's keys.
    private let keyLengthsOfGroup: [ClosedRange<Int>]

    /// Keys every form of every group.
    ///
    /// - Parameters:
    ///   - forms: The groups, each the forms of one name.
    ///   - keys: The match keys of a form.
    init(_ forms: [[String]], keys: (String) -> [String]) {
        var groups: [String: Int] = [:]
        var keysOfGroup: [[[UInt8]]] = []
        for (index, group) in forms.enumerated() {
            keysOfGroup.append([])
            for form in group {
                for key in keys(form) where groups[key] == nil {
                    groups[key] = index
                    keysOfGroup[index].append(Array(key.utf8))
                }
            }
        }
        self.groups = groups
        self.keysOfGroup = keysOfGroup
        keyLengthsOfGroup = keysOfGroup.map { keys in (keys.map(\.count).min() ?? 0)...(keys.map(\.count).max() ?? 0) }
    }

    /// Whether one of a word's keys is a spelling variant of a form in a group (see
    /// ``KeyDistance/variantCost(_:_:latin:)``): a form the table does not list as written.
    func hasForm(near keys: [String], in group: Int) -> Bool {
        keys.contains { key in
            key.utf8.count >= 4 && UTF8Reading.withBytes(of: key) { key in
                keysOfGroup[group].contains { form in
                    form.count >= 4 && form.withUnsafeBufferPointer { KeyDistance.variantCost($0, key) != nil }
                }
            }
        }
    }

    /// The shortest and longest key of a group's forms, in bytes.
    func keyLengths(in group: Int) -> ClosedRange<Int> { keyLengthsOfGroup[group] }

    /// The group of the first of a word's keys that is a form of a name in the table, if any.
    func group(of keys: [String]) -> Int? {
        guard !groups.isEmpty else { return nil }
        for key in keys {
            if let group = groups[key] { return group }
        }
        return nil
    }

    /// Whether some key of each side are forms of one name. Words carry their group from when
    /// they are read (``group(of:)``); the stems of fathers' names are looked up here.
    func haveSharedName(_ left: [String], _ right: [String]) -> Bool {
        guard !groups.isEmpty else { return false }
        return left.contains { l in
            guard let group = groups[l] else { return false }
            return right.contains { groups[$0] == group }
        }
    }
}
