/// One reason behind a verdict: a token of one name aligned with a token of the other (or
/// left alone), and the rule that judged them.
public struct Evidence: Sendable, Hashable {
    /// The token of the first name, if this evidence concerns one.
    public let left: String?
    /// The token of the second name, if this evidence concerns one.
    public let right: String?
    /// The rule that applied.
    public let rule: Rule
    /// The score this evidence gives, in [0, 1].
    public let score: Double
    /// A human sentence: `transliteration variants, same key 'kairbek'`.
    public var detail: String { reason.sentence }
    /// What the sentence says, in parts.
    let reason: EvidenceReason

    init(left: String?, right: String?, score: Double, reason: EvidenceReason) {
        self.left = left
        self.right = right
        self.rule = reason.rule
        self.score = score
        self.reason = reason
    }

    /// The rules the matcher applies.
    public enum Rule: String, Sendable, Hashable, Codable {
        /// The same letters, ignoring case, marks and apostrophes.
        case sameSpelling = "same-spelling"
        /// Different spellings, one match key: a transliteration variant (Qaiyrbek ~ Kairbek).
        case sameKey = "same-key"
        /// Keys that differ only by variants the schemes make (s/z, a dropped ы).
        case spellingVariant = "spelling-variant"
        /// Two adjacent letters swapped in a long name.
        case typo = "one-letter-typo"
        /// An initial agrees with the given name.
        case initial = "initial-compatible"
        /// A compound given name written apart or joined (Kassym-Jomart ~ Kassym Jomart).
        case compound = "compound-name"
        /// A surname with and without its Russian or Kazakh ending (Жанбулатов ~ Жанбулат,
        /// Құнболатұлы ~ Құнболат).
        case surnameEnding = "surname-ending"
        /// The Kazakh form of a surname and its Russian form (Kunanbaiuly ~ Kunanbayev,
        /// Nurlanqyzy ~ Nurlanova).
        case kazakhSurnameForm = "kazakh-surname-form"
        /// A man's name with the ending Lithuanian or Latvian adds (Popovas ~ Popov,
        /// Aleksandrs ~ Aleksandr).
        case balticEnding = "baltic-ending"
        /// Forms of one given name in two languages, which no transliteration turns into each
        /// other (Володимир ~ Владимир, Eugene ~ Евгений).
        case nameForm = "name-form"
        /// A given name with and without a Central Asian name element, -бек, -жан, -жон, -хан,
        /// -хон or -бай (Kanat ~ Kanatbek, Kamil ~ Kamiljan): often dropped, but two names as
        /// well, so `compatible` (0.8).
        case nameElement = "name-element"
        /// One part of a double-barrelled surname (Aliyev ~ Алиев-Назарбаев).
        case doubleBarrelled = "double-barrelled-surname"
        /// Patronymics of the same father's name, perhaps in Kazakh and Russian form.
        case samePatronymic = "same-patronymic"
        /// A patronymic on one side only: does not block a match.
        case patronymicOneSide = "patronymic-one-side"
        /// Different fathers' names.
        case patronymicDiffers = "patronymic-differs"
        /// Fathers' names one letter apart, a letter dropped or two swapped (Алексадрович ~
        /// Александрович): a misprint, which does not block a match (0.9).
        case patronymicMisprint = "patronymic-misprint"
        /// Masculine and feminine forms of one name (Nazarbayev ~ Nazarbayeva): different people.
        case genderDiffers = "gender-differs"
        /// A woman's surname written in Latin in its masculine form, as English often writes
        /// it, beside the same woman's given name (Zulfiya Suleimenov ~ Зүлфия Сүлейменова).
        case masculineForm = "masculine-form"
        /// Junior and senior (Jr., Sr., младший, старший): parent and child; or a junior beside
        /// a name whose patronymic is not its given name, so no junior (Feodor Chaliapin Jr. ~
        /// Feodor Ivanovich Chaliapin).
        case generationDiffers = "generation-differs"
        /// Junior or senior on one side only: the other may be either.
        case generationOneSide = "generation-one-side"
        /// Junior or senior on one side only, and the other name's patronymic tells it is the
        /// same man: a junior's is his own given name (Sergei Bodrov Jr. ~ Сергей Сергеевич
        /// Бодров), a senior's another (Sergei Bodrov Sr. ~ Sergei Vladimirovich Bodrov).
        case generationByPatronymic = "generation-by-patronymic"
        /// A name part with no counterpart on the other side.
        case unpaired = "unpaired"
        /// A word in parentheses with no counterpart on the other side: an aside (a country
        /// code, a short form, a former name), which need not match.
        case aside = "aside"
        /// Given name and surname swapped with nothing to tell which is which (at most 0.85).
        case orderUnclear = "order-unclear"
        /// Only one part of a name on one side.
        case singlePart = "single-part"
        /// Different names.
        case different = "different"
    }
}

extension Evidence: Encodable {
    private enum CodingKeys: String, CodingKey { case left, right, rule, score, detail }

    /// Encodes the evidence with its sentence.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(left, forKey: .left)
        try container.encodeIfPresent(right, forKey: .right)
        try container.encode(rule, forKey: .rule)
        try container.encode(score, forKey: .score)
        try container.encode(detail, forKey: .detail)
    }
}
