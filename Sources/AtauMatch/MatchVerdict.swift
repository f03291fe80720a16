/// The matcher's decision about two spellings.
public enum MatchVerdict: String, Sendable, Hashable, Codable, CaseIterable {
    /// The same person's name: given name and surname agree (score ≥ the match threshold).
    case match
    /// Could be the same name, but something is missing or weak: an initial for a given name,
    /// a single name part, a typo (score in the compatible band).
    case compatible
    /// Different names: a part disagrees, or the forms show different genders or fathers.
    case noMatch = "no-match"
}
