/// What ``NameMatcher/compare(_:_:)`` decided, with the evidence for it.
///
/// Score bands (with the default thresholds): 0.85–1 `match` (1 same spelling, 0.95 the
/// same match key, 0.85–0.9 spelling variants, 0.85 a surname with and without its Russian
/// ending, one part of a double-barrelled surname, its Kazakh and Russian forms, a woman's
/// surname in its masculine form in Latin, or the same names in the other order when nothing
/// tells which is the surname; at most 0.9 with fathers' names one letter apart, a misprint);
/// 0.6–0.85 `compatible` (0.75 an initial or a single name part, 0.8 an
/// unpaired name part, a typo, or junior or senior on one side only where no patronymic tells
/// which man); below 0.6 `no-match` (0.3 different patronymics, junior and senior, or a junior
/// beside a patronymic that is not his given name; 0.2 different genders; at most 0.5 when a
/// part differs).
public struct MatchResult: Sendable, Hashable {
    /// The decision.
    public let verdict: MatchVerdict
    /// A ranking signal in [0, 1]; see the bands above.
    public let score: Double
    /// Each token of one name aligned to the other, with the rule that judged it, in the
    /// order of the first name, then notes: unpaired parts, a single part, an unclear order,
    /// patronymics, gender, junior and senior.
    public let evidence: [Evidence]
    /// The first name as parsed.
    public let left: PersonName
    /// The second name as parsed.
    public let right: PersonName

    /// Whether the verdict is `match` or `compatible`.
    public var isMatch: Bool { verdict != .noMatch }

    /// A few lines a person can read: the verdict and score, then one line per evidence.
    public var explanation: String {
        var lines = ["\(verdict.rawValue) (score \(Self.format(score)))"]
        for item in evidence {
            let pair: String
            switch (item.left, item.right) {
            case let (left?, right?): pair = "\(left) ↔ \(right)"
            case let (left?, nil): pair = "\(left) ↔ –"
            case let (nil, right?): pair = "– ↔ \(right)"
            case (nil, nil): pair = "name"
            }
            lines.append("  \(pair): \(item.detail) [\(item.rule.rawValue), \(Self.format(item.score))]")
        }
        return lines.joined(separator: "\n")
    }

    /// A score with two decimals.
    public static func format(_ score: Double) -> String {
        let hundredths = Int((score * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
