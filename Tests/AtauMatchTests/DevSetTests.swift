import Atau
import Foundation
import Testing

@testable import AtauMatch

/// The matcher on the development set of labelled pairs (Fixtures/README.md): real attested
/// spellings and other transliterators' output, with hard negatives. Guards the figures the
/// README reports against regressions; `evaluate.py` prints them per category.
@Suite struct DevSetTests {
    struct Pair {
        let a: String, b: String, isMatch: Bool, category: String
    }

    static func pairs() throws -> [Pair] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/dev-pairs", withExtension: "tsv"))
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
        return lines.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Pair(a: fields[0], b: fields[1], isMatch: fields[2] == "match", category: fields[3])
        }
    }

    @Test func precisionAndF1OnTheDevelopmentSet() throws {
        let matcher = try NameMatcher(catalog: SchemeCatalog.bundled())
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var wrong: [String] = []
        let pairs = try Self.pairs()
        #expect(pairs.count > 500)
        for pair in pairs {
            let predicted = (try? matcher.compare(pair.a, pair.b).verdict) == .match
            switch (predicted, pair.isMatch) {
            case (true, true): truePositives += 1
            case (true, false): falsePositives += 1; wrong.append("false match: \(pair.a) | \(pair.b)")
            case (false, true): falseNegatives += 1
            case (false, false): break
            }
        }
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
        let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
        let f1 = 2 * precision * recall / max(1e-9, precision + recall)
        #expect(precision >= 0.99, "precision \(precision): \(wrong)")
        #expect(f1 >= 0.96, "F1 \(f1), recall \(recall)")
    }

    @Test func hardNegativesNeverMatch() throws {
        let matcher = try NameMatcher(catalog: SchemeCatalog.bundled())
        for pair in try Self.pairs() where ["relatives", "near-surnames"].contains(pair.category) {
            #expect((try? matcher.compare(pair.a, pair.b).verdict) != .match, "\(pair.a) | \(pair.b)")
        }
    }
}
