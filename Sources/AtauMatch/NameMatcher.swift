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
/// must both agree for a `match`; a missing patronymic does not block it; an initial, a lone
/// name part or an unclear order gives `compatible`; different patronymics, masculine and
/// feminine forms (Nazarbayev, Nazarbayeva) or any differing part give `no-match`. The result
/// is deterministic.
public struct NameMatcher: Sendable {
    /// The parser the matcher reads names with.
    public let parser: NameParser
    /// The least score for `match`.
    public var matchThreshold = 0.85
    /// The least score for `compatible`.
    public var compatibleThreshold = 0.6

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
        compare(try parser.parse(a), try parser.parse(b))
    }

    /// Compares two parsed names.
    ///
    /// - Parameters:
    ///   - a: A parsed name.
    ///   - b: Another.
    /// - Returns: The verdict, score and evidence.
    public func compare(_ a: PersonName, _ b: PersonName) -> MatchResult {
        let leftUnits = Unit.segmentations(of: a)
        let rightUnits = Unit.segmentations(of: b)
        var best: (score: Double, evidence: [Evidence])?
        for left in leftUnits {
            for right in rightUnits {
                let candidate = judge(Alignment.best(left, right, scorer: pairEvidence), a, b)
                if best == nil || candidate.score > best!.score + 1e-9 { best = candidate }
            }
        }
        let (score, evidence) = best ?? (0, [])
        let verdict: MatchVerdict = score >= matchThreshold ? .match : score >= compatibleThreshold ? .compatible : .noMatch
        return MatchResult(verdict: verdict, score: score, evidence: evidence, left: a, right: b)
    }

    private func judge(_ alignment: Alignment, _ a: PersonName, _ b: PersonName) -> (score: Double, evidence: [Evidence]) {
        var evidence = alignment.pairs.map(\.evidence)
        let scores = evidence.map(\.score)
        var score = scores.contains(0) || scores.isEmpty
            ? 0.5 * scores.reduce(0, +) / Double(max(1, scores.count))
            : scores.min()!
        func cap(_ value: Double, _ item: Evidence) {
            evidence.append(item)
            score = min(score, value)
        }
        if alignment.pairs.count == 1, scores.allSatisfy({ $0 > 0 }) {
            cap(0.75, Evidence(left: nil, right: nil, rule: .singlePart, score: 0.75,
                               detail: "only one name part to compare on one side: given name and surname cannot both be checked"))
        }
        for unit in alignment.unpairedLeft where !unit.isInitial {
            cap(0.8, Evidence(left: unit.text, right: nil, rule: .unpaired, score: 0.8, detail: "no counterpart in the other name"))
        }
        for unit in alignment.unpairedRight where !unit.isInitial {
            cap(0.8, Evidence(left: nil, right: unit.text, rule: .unpaired, score: 0.8, detail: "no counterpart in the other name"))
        }
        for pair in alignment.pairs where pair.left.crossesRole(pair.right) {
            cap(0.8, Evidence(left: pair.left.text, right: pair.right.text, rule: .orderUnclear, score: 0.8,
                              detail: "a given name on one side, a surname on the other, and nothing in the names tells which order is meant"))
        }
        switch (a.patronymic, b.patronymic) {
        case let (left?, right?):
            if !Set(left.stemKeys).isDisjoint(with: right.stemKeys) || !Set(left.keys).isDisjoint(with: right.keys) {
                evidence.append(Evidence(left: left.text, right: right.text, rule: .samePatronymic, score: 1,
                                         detail: "same father's name '\(left.stemKeys.first ?? left.key)'"))
            } else {
                cap(0.3, Evidence(left: left.text, right: right.text, rule: .patronymicDiffers, score: 0.3,
                                  detail: "different fathers' names: '\(left.stemKeys.first ?? left.key)' and '\(right.stemKeys.first ?? right.key)'"))
            }
        case let (left?, nil):
            evidence.append(Evidence(left: left.text, right: nil, rule: .patronymicOneSide, score: 1,
                                     detail: "patronymic on one side only; does not block a match"))
        case let (nil, right?):
            evidence.append(Evidence(left: nil, right: right.text, rule: .patronymicOneSide, score: 1,
                                     detail: "patronymic on one side only; does not block a match"))
        case (nil, nil):
            break
        }
        if let left = a.gender, let right = b.gender, left != right,
           !evidence.contains(where: { $0.rule == .genderDiffers }) {
            cap(0.2, Evidence(left: nil, right: nil, rule: .genderDiffers, score: 0.2,
                              detail: "the name forms are \(left.rawValue) and \(right.rawValue): different people"))
        }
        return (score, evidence)
    }

    /// Judges one unit of each name against the other.
    func pairEvidence(_ left: Unit, _ right: Unit) -> Evidence {
        func make(_ rule: Evidence.Rule, _ score: Double, _ detail: String) -> Evidence {
            let merged = left.tokens.count > 1 || right.tokens.count > 1
            if merged, score > 0 {
                return Evidence(left: left.text, right: right.text, rule: .compound, score: min(score, 0.95),
                                detail: "compound name written apart and joined; \(detail)")
            }
            return Evidence(left: left.text, right: right.text, rule: rule, score: score, detail: detail)
        }
        let shared = left.keys.first { right.keys.contains($0) }
        if left.isInitial || right.isInitial {
            let (initial, other) = left.isInitial ? (left, right) : (right, left)
            let agrees = other.isInitial
                ? shared != nil || initial.firstLetter == other.firstLetter
                : initial.keys.contains { key in other.keys.contains { $0.hasPrefix(key) } } || initial.firstLetter == other.firstLetter
            return agrees
                ? make(.initial, 0.75, "initial '\(initial.text)' agrees with '\(other.text)'")
                : make(.different, 0, "initial '\(initial.text)' does not fit '\(other.text)'")
        }
        if left.folded == right.folded { return make(.sameSpelling, 1, "same spelling") }
        if let shared { return make(.sameKey, 0.95, "transliteration variants, same key '\(shared)'") }
        for l in left.keys {
            for r in right.keys where l + "a" == r || r + "a" == l {
                return make(.genderDiffers, 0, "masculine and feminine forms of one name ('\(l)', '\(r)'): different people")
            }
        }
        if let leftGender = left.gender, let rightGender = right.gender, leftGender != rightGender {
            return make(.genderDiffers, 0, "\(leftGender.rawValue) and \(rightGender.rawValue) forms: different people")
        }
        var closest: (cost: Double, left: String, right: String)?
        for l in left.keys where l.count >= 4 {
            for r in right.keys where r.count >= 4 {
                let cost = KeyDistance.weighted(l, r)
                if cost <= KeyDistance.allowance(l, r), cost < closest?.cost ?? .infinity { closest = (cost, l, r) }
            }
        }
        if let closest {
            return make(.spellingVariant, 0.9 - closest.cost * 0.05,
                        "spelling variants ('\(closest.left)', '\(closest.right)')")
        }
        if let part = doubleBarrelledPart(left, right) {
            return make(.doubleBarrelled, 0.8, "'\(part)' is one part of a double-barrelled surname")
        }
        for l in left.keys {
            for r in right.keys {
                let (long, short) = l.count > r.count ? (l, r) : (r, l)
                if short.count >= 4, ["ov", "ev", "in"].contains(where: { long == short + $0 }) {
                    return make(.surnameEnding, 0.8, "the same surname with and without its Russian ending ('\(long)', '\(short)')")
                }
                if l.count >= 6, KeyDistance.isTransposition(l, r) {
                    return make(.typo, 0.8, "two adjacent letters swapped ('\(l)', '\(r)')")
                }
            }
        }
        return make(.different, 0, "different names ('\(left.key)', '\(right.key)')")
    }

    /// The part of a hyphenated surname that agrees with the other unit (Aliyev ~
    /// Алиев-Назарбаев), if any.
    private func doubleBarrelledPart(_ left: Unit, _ right: Unit) -> String? {
        for (whole, other) in [(left, right), (right, left)] where whole.tokens.count == 1 && other.tokens.count == 1 {
            let token = whole.tokens[0]
            guard token.role == .surname, token.text.contains("-") else { continue }
            for part in token.text.split(separator: "-") {
                let keys = parser.keys(of: part)
                if keys.contains(where: other.keys.contains) { return String(part) }
            }
        }
        return nil
    }
}
