/// Which way a scheme's rules run.
public enum Direction: String, Sendable, Hashable, CaseIterable {
    /// Cyrillic → Latin.
    case forward
    /// Latin → Cyrillic; only for reversible schemes.
    case reverse
}
