/// What an ``Evidence`` says, kept in parts: its rule and the keys or words it names. The
/// sentence is made only when it is read, as most comparisons are never explained.
struct EvidenceReason: Sendable, Hashable {
    /// The evidence's rule.
    let rule: Evidence.Rule
    /// For a compound, the rule that judged the joined keys.
    var joined: Evidence.Rule?
    /// The keys or words the sentence names, if any.
    var first = ""
    var second = ""
    /// Whether one of the two units is an initial.
    var initial = false
    /// Whether the evidence is about the whole names rather than two units (gender).
    var wholeNames = false

    /// The sentence a person reads.
    var sentence: String {
        switch rule {
        case .sameSpelling: return "same spelling"
        case .sameKey: return "transliteration variants, same key '\(first)'"
        case .spellingVariant: return "spelling variants ('\(first)', '\(second)')"
        case .typo: return "two adjacent letters swapped ('\(first)', '\(second)')"
        case .initial: return "initial '\(first)' agrees with '\(second)'"
        case .compound:
            let inner = EvidenceReason(rule: joined ?? .different, first: first, second: second)
            return "compound name written apart and joined; \(inner.sentence)"
        case .surnameEnding: return "the same surname with and without its ending ('\(first)', '\(second)')"
        case .balticEnding: return "the same name with a Lithuanian or Latvian ending added ('\(first)', '\(second)')"
        case .nameForm: return "forms of one given name in two languages ('\(first)', '\(second)')"
        case .nameElement: return "one given name with the name element '-\(second)' added ('\(first)'): often dropped, not proven"
        case .kazakhSurnameForm: return "the Kazakh and the Russian form of one surname ('\(first)', '\(second)')"
        case .doubleBarrelled: return "'\(first)' is one part of a double-barrelled surname"
        case .samePatronymic: return "same father's name '\(first)'"
        case .patronymicOneSide: return "patronymic on one side only; does not block a match"
        case .patronymicDiffers: return "different fathers' names: '\(first)' and '\(second)'"
        case .patronymicMisprint: return "fathers' names one letter apart ('\(first)', '\(second)'): read as a misprint; does not block a match"
        case .genderDiffers:
            return wholeNames
                ? "the name forms are \(first) and \(second): different people"
                : "masculine and feminine forms of one name ('\(first)', '\(second)'): different people"
        case .masculineForm:
            return "a woman's surname in its masculine form, as English often writes it, beside the same given name ('\(first)', '\(second)')"
        case .generationDiffers:
            if !second.isEmpty { return "'\(first)' is named after his father, but the patronymic '\(second)' names another: father and son" }
            return "junior and senior: father and son, or mother and daughter"
        case .generationByPatronymic:
            if second.isEmpty { return "'\(first)' on one side only, and both patronymics name one father: the same man" }
            if Titles.generation(in: [first])?.isSenior == true {
                return "'\(first)' on one side only, and the patronymic '\(second)' is not the given name: no junior, so the senior"
            }
            return "'\(first)' on one side only, and the patronymic '\(second)' is the given name: a son named after his father, the junior"
        case .generationOneSide: return "junior or senior on one side only: the other name may be either"
        case .unpaired: return "no counterpart in the other name"
        case .aside: return "in parentheses, with no counterpart in the other name: an aside, which need not match"
        case .orderUnclear:
            return "a given name on one side, a surname on the other: nothing in the names tells which order is meant, and both orders are written"
        case .singlePart: return "only one name part to compare on one side: given name and surname cannot both be checked"
        case .different:
            if initial { return "initial '\(first)' does not fit '\(second)'" }
            return first.isEmpty ? "different names" : "different names ('\(first)', '\(second)')"
        }
    }
}
