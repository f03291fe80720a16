/// Forms of one given name that no transliteration turns into each other, looked up by their
/// match keys: Владимир and Володимир, Евгений and Eugene (`Tables/match/given-names.json`).
final class GivenNameForms: Sendable {
    /// The group of each form's keys.
    private let groups: [String: Int]

    /// Keys every form of every group.
    ///
    /// - Parameters:
    ///   - forms: The groups, each the forms of one name.
    ///   - keys: The match keys of a form.
    init(_ forms: [[String]], keys: (String) -> [String]) {
        var groups: [String: Int] = [:]
        for (index, group) in forms.enumerated() {
            for form in group {
                for key in keys(form) where groups[key] == nil { groups[key] = index }
            }
        }
        self.groups = groups
    }

    /// The group of the first of a word's keys that is a form of a name in the table, if any.
    func group(of keys: [String]) -> Int? {
        guard !groups.isEmpty else { return nil }
        for key in keys {
            if let group = groups[key] { return group }
        }
        return nil
    }

    /// A key of each side that are forms of one name, if any.
    func sharedName(_ left: [String], _ right: [String]) -> (left: String, right: String)? {
        guard !groups.isEmpty else { return nil }
        for l in left {
            guard let group = groups[l] else { continue }
            if let r = right.first(where: { groups[$0] == group }) { return (l, r) }
        }
        return nil
    }
}
