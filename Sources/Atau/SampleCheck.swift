/// Runs a scheme's samples through its compiled rules.
public enum SampleCheck {
    /// A sample whose output differs from what the standard gives.
    public struct Failure: Sendable, Equatable, CustomStringConvertible {
        /// The direction the sample ran in.
        public let direction: Direction
        /// The sample.
        public let sample: Scheme.Sample
        /// What the rules gave.
        public let actual: String

        /// `forward: 'Жанна' → 'Zhana', expected 'Zhanna'`.
        public var description: String {
            "\(direction.rawValue) sample '\(sample.input)' gave '\(actual)', expected '\(sample.expected)'"
        }
    }

    /// Transliterates every sample (and reverse sample) of a scheme and compares code point
    /// by code point (Swift's `==` would take `й` and `и` + U+0306 as equal).
    ///
    /// - Parameters:
    ///   - scheme: The scheme to check.
    ///   - catalog: The catalog that compiles it.
    /// - Returns: The samples that failed; empty when all pass.
    /// - Throws: ``SchemeError`` when the rules do not compile.
    public static func run(_ scheme: Scheme, in catalog: SchemeCatalog) throws(SchemeError) -> [Failure] {
        var failures: [Failure] = []
        for (direction, samples) in [(Direction.forward, scheme.samples), (.reverse, scheme.reverseSamples)]
        where !samples.isEmpty {
            let transliterator = try catalog.transliterator(for: scheme.id, direction: direction)
            for sample in samples {
                let actual = transliterator.transliterate(sample.input)
                if !actual.unicodeScalars.elementsEqual(sample.expected.unicodeScalars) {
                    failures.append(Failure(direction: direction, sample: sample, actual: actual))
                }
            }
        }
        return failures
    }
}
