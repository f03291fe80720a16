import Atau

/// Decides whether two spellings are the same person's name, across scripts and
/// romanization schemes, and says why.
///
/// ```swift
/// let matcher = try NameMatcher(catalog: SchemeCatalog.bundled())
/// let result = try matcher.compare("Asqar Qaiyrbek", "Аскар Кайырбек")
/// result.verdict   // .match
/// print(result.explanation)
/// ```
///
/// Name parts are aligned in whatever order gives the best agreement; given name and surname
/// must both agree for a `match`, in either order when nothing tells which order is meant (the
/// score then is at most 0.85); a missing patronymic does not block it; an initial, a lone
/// name part or `Jr.`/`Sr.` on one side only gives `compatible`; different
/// patronymics, junior and senior, masculine and feminine forms (Nazarbayev, Nazarbayeva) or
/// any differing part give `no-match`. The result is deterministic.
public struct NameMatcher: Sendable {
    /// The parser the matcher reads names with.
    public let parser: NameParser
    /// The least score for `match`.
    public var matchThreshold = 0.85
    /// The least score for `compatible`.
    public var compatibleThreshold = 0.6
    private let cache = RecentCache<PersonName>(capacity: 20_000)

    /// Creates a matcher whose match keys are derived from a catalog's schemes.
    ///
    /// - Parameter catalog: The scheme catalog.
    /// - Throws: ``SchemeError`` when the letter classes cannot be read or a scheme does not
    ///   compile.
    public init(catalog: SchemeCatalog) throws(SchemeError) {
        self.parser = NameParser(alphabet: try MatchAlphabet(catalog: catalog))
    }

    /// Creates a matcher over an existing parser.
    ///
    /// - Parameter parser: A name parser.
    public init(parser: NameParser) {
        self.parser = parser
    }

    /// Compares two names as written.
    ///
    /// - Parameters:
    ///   - a: A personal name in any script.
    ///   - b: Another.
    /// - Returns: The verdict, score and evidence.
    /// - Throws: ``NameError`` when either text is not a name.
    public func compare(_ a: String, _ b: String) throws(NameError) -> MatchResult {
        compare(try parsed(a), try parsed(b))
    }

    /// A name parsed, through the cache of recent names (one name is often compared with many).
    private func parsed(_ text: String) throws(NameError) -> PersonName {
        try cache.value(for: text) { () throws(NameError) in try parser.parse(text) }
    }

    /// Compares two parsed names.
    ///
    /// - Parameters:
    ///   - a: A parsed name.
    ///   - b: Another.
    /// - Returns: The verdict, score and evidence.
    public func compare(_ a: PersonName, _ b: PersonName) -> MatchResult {
        // A father's name in -ұлы standing as the surname of a short name is the other's
        // patronymic when the other has it so, beside a surname of its own.
        let a = a.readingSurnameAsPatronymic(beside: b) ?? a
        let b = b.readingSurnameAsPatronymic(beside: a) ?? b
        let woman = Self.shareWomansGivenName(a, b)
        func aligned(_ left: [Unit], _ right: [Unit]) -> (score: Double, alignment: Alignment, notes: [Note]) {
            let alignment = Alignment.best(left, right) { judge($0, $1, shareWomansGivenName: woman) }
            let (score, notes) = self.score(alignment, a, b)
            return (score, alignment, notes)
        }
        var best = aligned(a.units, b.units)
        // A compound written apart on one side is joined to meet one written whole on the other:
        // only the side with more parts is cut, and only while the plain cut scores below 0.95,
        // the most joined compounds score.
        if best.score < 0.95, a.parts.count != b.parts.count {
            let leftIsLonger = a.parts.count > b.parts.count
            for cut in Unit.compoundCuts(of: leftIsLonger ? a : b, meeting: leftIsLonger ? b.units : a.units, forms: parser.givenNameForms) {
                let next = leftIsLonger ? aligned(cut, b.units) : aligned(a.units, cut)
                if next.score > best.score + 1e-9 { best = next }
                if best.score >= 0.95 { break }
            }
        }
        let verdict: MatchVerdict = best.score >= matchThreshold ? .match : best.score >= compatibleThreshold ? .compatible : .noMatch
        var evidence: [Evidence] = []
        evidence.reserveCapacity(best.alignment.pairs.count + best.notes.count)
        for pair in best.alignment.pairs { evidence.append(pair.judgement.evidence(pair.left, pair.right)) }
        for note in best.notes { evidence.append(note.evidence) }
        return MatchResult(verdict: verdict, score: best.score, evidence: evidence, left: a, right: b)
    }

    /// What the whole-name rules add to an alignment: caps on its score, and notes.
    enum Note {
        case singlePart
        case unpaired(left: String?, right: String?)
        case aside(left: String?, right: String?)
        case orderUnclear(left: String, right: String)
        case samePatronymic(left: NameToken, right: NameToken)
        case patronymicDiffers(left: NameToken, right: NameToken)
        case patronymicMisprint(left: NameToken, right: NameToken)
        case patronymicOneSide(left: String?, right: String?)
        case genderDiffers(Gender, Gender)
        case generationDiffers(left: String, right: String)
        case juniorNotNamedAfterFather(marker: String, patronymic: String, markerOnLeft: Bool)
        case generationOneSide(left: String?, right: String?)
        case generationByPatronymic(marker: String, patronymic: String?, markerOnLeft: Bool)

        var evidence: Evidence {
            switch self {
            case .singlePart:
                return Evidence(left: nil, right: nil, score: 0.75, reason: EvidenceReason(rule: .singlePart))
            case .unpaired(let left, let right):
                return Evidence(left: left, right: right, score: 0.8, reason: EvidenceReason(rule: .unpaired))
            case .aside(let left, let right):
                return Evidence(left: left, right: right, score: 1, reason: EvidenceReason(rule: .aside))
            case .orderUnclear(let left, let right):
                return Evidence(left: left, right: right, score: 0.85, reason: EvidenceReason(rule: .orderUnclear))
            case .samePatronymic(let left, let right):
                return Evidence(left: left.text, right: right.text, score: 1,
                                reason: EvidenceReason(rule: .samePatronymic, first: left.stemKeys.first ?? left.key))
            case .patronymicDiffers(let left, let right):
                return Evidence(left: left.text, right: right.text, score: 0.3,
                                reason: EvidenceReason(rule: .patronymicDiffers, first: left.stemKeys.first ?? left.key,
                                                       second: right.stemKeys.first ?? right.key))
            case .patronymicMisprint(let left, let right):
                return Evidence(left: left.text, right: right.text, score: 0.9,
                                reason: EvidenceReason(rule: .patronymicMisprint, first: left.stemKeys.first ?? left.key,
                                                       second: right.stemKeys.first ?? right.key))
            case .patronymicOneSide(let left, let right):
                return Evidence(left: left, right: right, score: 1, reason: EvidenceReason(rule: .patronymicOneSide))
            case .genderDiffers(let left, let right):
                return Evidence(left: nil, right: nil, score: 0.2,
                                reason: EvidenceReason(rule: .genderDiffers, first: left.rawValue, second: right.rawValue, wholeNames: true))
            case .generationDiffers(let left, let right):
                return Evidence(left: left, right: right, score: 0.3, reason: EvidenceReason(rule: .generationDiffers))
            case .juniorNotNamedAfterFather(let marker, let patronymic, let markerOnLeft):
                return Evidence(left: markerOnLeft ? marker : patronymic, right: markerOnLeft ? patronymic : marker, score: 0.3,
                                reason: EvidenceReason(rule: .generationDiffers, first: marker, second: patronymic))
            case .generationOneSide(let left, let right):
                return Evidence(left: left, right: right, score: 0.8, reason: EvidenceReason(rule: .generationOneSide))
            case .generationByPatronymic(let marker, let patronymic, let markerOnLeft):
                return Evidence(left: markerOnLeft ? marker : patronymic, right: markerOnLeft ? patronymic : marker, score: 1,
                                reason: EvidenceReason(rule: .generationByPatronymic, first: marker, second: patronymic ?? ""))
            }
        }
    }

    /// The score of an alignment under the whole-name rules, with the notes behind it.
    private func score(_ alignment: Alignment, _ a: PersonName, _ b: PersonName) -> (Double, [Note]) {
        var notes: [Note] = []
        var score = 1.0
        var sum = 0.0
        var anyZero = alignment.pairs.isEmpty
        for pair in alignment.pairs {
            score = min(score, pair.judgement.score)
            sum += pair.judgement.score
            if pair.judgement.score == 0 { anyZero = true }
        }
        if anyZero { score = 0.5 * sum / Double(max(1, alignment.pairs.count)) }
        func cap(_ value: Double, _ note: Note) {
            notes.append(note)
            score = min(score, value)
        }
        if alignment.pairs.count == 1, !anyZero { cap(0.75, .singlePart) }
        for unit in alignment.unpairedLeft where !unit.isInitial {
            if unit.isAside { notes.append(.aside(left: unit.text, right: nil)) } else { cap(0.8, .unpaired(left: unit.text, right: nil)) }
        }
        for unit in alignment.unpairedRight where !unit.isInitial {
            if unit.isAside { notes.append(.aside(left: nil, right: unit.text)) } else { cap(0.8, .unpaired(left: nil, right: unit.text)) }
        }
        for pair in alignment.pairs where pair.left.crossesRole(pair.right) {
            cap(0.85, .orderUnclear(left: pair.left.text, right: pair.right.text))
        }
        var patronymicsAgree = false
        switch (a.patronymic, b.patronymic) {
        case let (left?, right?):
            if Self.areVariants(left.stemKeys, right.stemKeys) || Self.areVariants(left.keys, right.keys)
                || parser.givenNameForms.haveSharedName(left.stemKeys, right.stemKeys) {
                notes.append(.samePatronymic(left: left, right: right))
                patronymicsAgree = true
            } else if Self.areMisprints(left.stemKeys, right.stemKeys) {
                cap(0.9, .patronymicMisprint(left: left, right: right))
                patronymicsAgree = true
            } else {
                cap(0.3, .patronymicDiffers(left: left, right: right))
            }
        case let (left?, nil):
            notes.append(.patronymicOneSide(left: left.text, right: nil))
        case let (nil, right?):
            notes.append(.patronymicOneSide(left: nil, right: right.text))
        case (nil, nil):
            break
        }
        if let left = a.gender, let right = b.gender, left != right,
           !alignment.pairs.contains(where: { $0.judgement.rule == .genderDiffers || $0.judgement.rule == .masculineForm }) {
            cap(0.2, .genderDiffers(left, right))
        }
        switch (Titles.generation(in: a.titles), Titles.generation(in: b.titles)) {
        case let (left?, right?) where left.isSenior != right.isSenior:
            cap(0.3, .generationDiffers(left: left.title, right: right.title))
        case let (marker?, nil):
            oneSided(marker, onLeft: true)
        case let (nil, marker?):
            oneSided(marker, onLeft: false)
        default:
            break
        }
        /// Junior or senior on one side only: the other name may be either man, unless its
        /// patronymic tells which.
        func oneSided(_ marker: (title: String, isSenior: Bool), onLeft: Bool) {
            let (marked, unmarked) = onLeft ? (a, b) : (b, a)
            let (left, right) = onLeft ? (marker.title, nil) : (nil, marker.title)
            // With both patronymics in agreement, the same man, unless the patronymic is the given
            // name: then a father may be named after his own father too (Andrey Andreyevich
            // Markov, father and son).
            guard let patronymic = unmarked.patronymic,
                  let same = marked.patronymic != nil
                    ? (patronymicsAgree && !isNamedAfterFather(patronymic, unmarked.given) ? true : nil)
                    : sameGeneration(marker.isSenior, patronymic, unmarked.given)
            else { return cap(0.8, .generationOneSide(left: left, right: right)) }
            let (markerText, patronymicText) = (marker.title, patronymic.text)
            if same {
                notes.append(.generationByPatronymic(marker: markerText, patronymic: marked.patronymic == nil ? patronymicText : nil, markerOnLeft: onLeft))
            } else {
                cap(0.3, .juniorNotNamedAfterFather(marker: markerText, patronymic: patronymicText, markerOnLeft: onLeft))
            }
        }
        return (score, notes)
    }

    /// Whether an unmarked name whose patronymic is `patronymic` is the man a junior or senior
    /// marker names (true), another man (false), or either (nil). A junior is named after his
    /// father, so his patronymic is his given name (Сергей Сергеевич Бодров, Sergei Bodrov Jr.);
    /// a man whose patronymic is another name is no junior, so he may be the senior.
    private func sameGeneration(_ isSenior: Bool, _ patronymic: NameToken, _ given: [NameToken]) -> Bool? {
        let namedAfterFather = isNamedAfterFather(patronymic, given)
        if isSenior { return namedAfterFather ? nil : true }
        return namedAfterFather
    }

    /// Whether a patronymic is made of one of the name's given names (Сергей Сергеевич).
    private func isNamedAfterFather(_ patronymic: NameToken, _ given: [NameToken]) -> Bool {
        given.contains { name in
            Self.areVariants(patronymic.stemKeys, name.keys) || parser.givenNameForms.haveSharedName(patronymic.stemKeys, name.keys)
        }
    }

    /// How one unit of each name compares: the rule, the score and the keys behind them.
    struct Judgement {
        let rule: Evidence.Rule
        let score: Double
        let compound: Bool
        let first: String
        let second: String

        func evidence(_ left: Unit, _ right: Unit) -> Evidence {
            let joined = compound && score > 0
            let reason = EvidenceReason(rule: joined ? .compound : rule, joined: joined ? rule : nil, first: first, second: second,
                                        initial: left.isInitial || right.isInitial)
            return Evidence(left: left.text, right: right.text, score: score, reason: reason)
        }
    }

    /// Judges one unit of each name against the other; `shareWomansGivenName` tells that the
    /// names share a woman's given name (``shareWomansGivenName(_:_:)``).
    func judge(_ left: Unit, _ right: Unit, shareWomansGivenName: Bool) -> Judgement {
        let compound = left.tokens.count > 1 || right.tokens.count > 1
        func make(_ rule: Evidence.Rule, _ score: Double, _ first: String, _ second: String) -> Judgement {
            Judgement(rule: rule, score: compound ? min(score, 0.95) : score, compound: compound, first: first, second: second)
        }
        let shared = left.keys.first { right.keys.contains($0) }
        if left.isInitial || right.isInitial {
            let (initial, other) = left.isInitial ? (left, right) : (right, left)
            let agrees = other.isInitial
                ? shared != nil || initial.firstLetter == other.firstLetter
                : initial.keys.contains { key in other.keys.contains { $0.utf8.starts(with: key.utf8) } } || initial.firstLetter == other.firstLetter
            return agrees ? make(.initial, 0.75, initial.text, other.text) : make(.different, 0, initial.text, other.text)
        }
        if UTF8Reading.sameBytes(left.folded, right.folded) {
            return make(.sameSpelling, 1, "", "")
        }
        if let shared { return make(.sameKey, 0.95, shared, shared) }
        for l in left.keys {
            for r in right.keys {
                guard let leftIsMasculine = KeyDistance.genderForms(l, r) else { continue }
                // The masculine form in Latin beside a woman's given name: English usage.
                let masculine = leftIsMasculine ? left : right
                if shareWomansGivenName, !masculine.isCyrillic { return make(.masculineForm, 0.85, l, r) }
                return make(.genderDiffers, 0, l, r)
            }
        }
        if let leftGender = left.gender, let rightGender = right.gender, leftGender != rightGender {
            return make(.genderDiffers, 0, left.key, right.key)
        }
        var closest: (cost: Double, left: String, right: String)?
        let latin = KeyDistance.Latin(left: !left.isCyrillic, right: !right.isCyrillic)
        for l in left.keys where l.utf8.count >= 4 {
            for r in right.keys where r.utf8.count >= 4 {
                if let cost = KeyDistance.variantCost(l, r, latin: latin), cost < closest?.cost ?? .infinity {
                    closest = (cost, l, r)
                }
            }
        }
        if let closest { return make(.spellingVariant, 0.9 - closest.cost * 0.05, closest.left, closest.right) }
        if let part = doubleBarrelledPart(left, right) { return make(.doubleBarrelled, 0.85, part, "") }
        // Each rule over every pair of keys before the next, so that the order of the two names
        // does not choose the rule.
        for l in left.keys {
            for r in right.keys {
                // The longer key is a surname with its ending: not Мәдина ~ Мәди. Of two as long,
                // either may be.
                let (lCount, rCount) = (l.utf8.count, r.utf8.count)
                if lCount >= rCount, rCount >= 4, left.role == .surname, NameSuffixes.isSurnameWithEnding(l, of: r) {
                    return make(.surnameEnding, 0.85, l, r)
                }
                if rCount >= lCount, lCount >= 4, right.role == .surname, NameSuffixes.isSurnameWithEnding(r, of: l) {
                    return make(.surnameEnding, 0.85, r, l)
                }
            }
        }
        for l in left.keys {
            for r in right.keys {
                if NameSuffixes.isBalticForm(l, of: r) { return make(.balticEnding, 0.85, l, r) }
                if NameSuffixes.isBalticForm(r, of: l) { return make(.balticEnding, 0.85, r, l) }
            }
        }
        for l in left.keys {
            for r in right.keys where KeyDistance.isTransposition(l, r) { return make(.typo, 0.8, l, r) }
        }
        if left.role != .surname, right.role != .surname {
            // Two forms of one name in the table, or a form and another spelling of one of the
            // group's forms (Fiodor, a spelling of Фёдор, ~ Федір; Serhii ~ Сергей).
            if let group = left.nameGroup, group == right.nameGroup { return make(.nameForm, 0.85, left.key, right.key) }
            if let group = left.nameGroup ?? right.nameGroup, left.nameGroup == nil || right.nameGroup == nil,
               parser.givenNameForms.hasForm(near: (left.nameGroup == nil ? left : right).keys, in: group) {
                return make(.nameForm, 0.85, left.key, right.key)
            }
            for l in left.keys {
                for r in right.keys {
                    if let element = NameSuffixes.nameElement(l, of: r) { return make(.nameElement, 0.8, l, element) }
                    if let element = NameSuffixes.nameElement(r, of: l) { return make(.nameElement, 0.8, r, element) }
                }
            }
        }
        if left.role == .surname || right.role == .surname, left.keys.contains(where: Self.endsInI) || right.keys.contains(where: Self.endsInI),
           let forms = NameSuffixes.kazakhAndRussianForms(left.keys, right.keys) {
            return make(.kazakhSurnameForm, 0.85, forms.kazakh, forms.russian)
        }
        return make(.different, 0, left.key, right.key)
    }

    /// Whether two names share a given name that only women bear: a key in -a on both sides
    /// (Zulfiya, Зүлфия; Elena), with a feminine surname on one side (Сүлейменова). Men's
    /// names in -a (Nikita, Ilya) do not take one.
    static func shareWomansGivenName(_ a: PersonName, _ b: PersonName) -> Bool {
        guard a.gender == .female || b.gender == .female else { return false }
        return a.units.contains { left in
            left.role == .given && !left.isInitial && b.units.contains { right in
                right.role == .given && !right.isInitial && left.keys.contains { key in key.utf8.last == 0x61 && right.keys.contains(key) }
            }
        }
    }

    /// Whether a key ends in `i`, as the Kazakh surname endings -uli and -kizi do.
    private static func endsInI(_ key: String) -> Bool {
        UTF8Reading.withBytes(of: key) { $0.last == 0x69 }
    }

    /// Whether some key of one father's name is a key of the other with a letter dropped or
    /// two adjacent letters swapped: a misprint rather than another father, when the given
    /// name and surname agree too.
    private static func areMisprints(_ left: [String], _ right: [String]) -> Bool {
        left.contains { l in
            right.contains { r in
                KeyDistance.isLetterDropped(l, r) || KeyDistance.isLetterDropped(r, l)
                    || KeyDistance.isTransposition(l, r)
            }
        }
    }

    /// Whether two sets of keys share one, or hold two that differ only by spelling variants
    /// (a father's name in German and Russian form: Jurjewitsch ~ Юрьевич).
    private static func areVariants(_ left: [String], _ right: [String]) -> Bool {
        left.contains { l in
            right.contains { r in l == r || KeyDistance.variantCost(l, r) != nil }
        }
    }

    /// The part of a hyphenated surname that agrees with the other unit (Aliyev ~
    /// Алиев-Назарбаев), if any.
    private func doubleBarrelledPart(_ left: Unit, _ right: Unit) -> String? {
        guard left.tokens.count == 1, right.tokens.count == 1, left.isHyphenatedSurname || right.isHyphenatedSurname else { return nil }
        func part(of whole: NameToken, agreeingWith other: Unit) -> String? {
            guard whole.role == .surname, whole.isHyphenated,
                  // A part's key begins or ends the whole key.
                  other.keys.contains(where: { part in whole.keys.contains { $0.utf8.starts(with: part.utf8) || $0.utf8.reversed().starts(with: part.utf8.reversed()) } })
            else { return nil }
            for part in whole.text.split(separator: "-") {
                let keys = parser.keys(of: part)
                if keys.contains(where: other.keys.contains) { return String(part) }
            }
            return nil
        }
        return part(of: left.first, agreeingWith: right) ?? part(of: right.first, agreeingWith: left)
    }
}
