import Atau
import Foundation
import Testing
import TestSupport

/// Every sample of every bundled table, one test case each.
@Suite struct TableSampleTests {
    static let catalog = try! SchemeCatalog(directories: [TestPaths.tables])

    struct Case: CustomTestStringConvertible, Sendable {
        let scheme: String
        let direction: Direction
        let sample: Scheme.Sample
        var testDescription: String { "\(scheme) \(direction.rawValue): \(sample.input)" }
    }

    static func allSamples() -> [Case] {
        catalog.schemes.flatMap { scheme in
            scheme.samples.map { Case(scheme: scheme.id, direction: .forward, sample: $0) }
                + scheme.reverseSamples.map { Case(scheme: scheme.id, direction: .reverse, sample: $0) }
        }
    }

    @Test(arguments: allSamples())
    func sample(_ test: Case) throws {
        let transliterator = try Self.catalog.transliterator(for: test.scheme, direction: test.direction)
        let output = transliterator.transliterate(test.sample.input)
        #expect(Array(output.unicodeScalars) == Array(test.sample.expected.unicodeScalars),
                "\(test.scheme): '\(test.sample.input)' gave '\(output)', expected '\(test.sample.expected)'")
    }

    @Test func catalogListsEveryRequiredScheme() {
        let kazakh = ["kk-ala-lc", "kk-bgn-pcgn", "kk-iso-9", "kk-latin-2017", "kk-latin-2018",
                      "kk-latin-2021", "kk-news", "kk-passport"]
        let russian = ["ala-lc", "ala-lc-alt", "bgn-pcgn", "bgn-pcgn-alt", "bs-2979", "bs-2979-alt",
                       "gost-16876", "gost-16876-alt", "gost-52290", "gost-52535", "gost-7034", "gost-779",
                       "gost-779-alt", "icao-doc-9303", "iso-9-1954", "iso-9-1968", "iso-9-1968-alt",
                       "mosmetro", "mvd-310", "mvd-310-fr", "mvd-782", "scientific", "telegram",
                       "ungegn-1987", "wikipedia", "yandex-maps", "yandex-money"].map { "ru-" + $0 }
        #expect(Self.catalog.schemes.map(\.id) == kazakh + russian)
        #expect(Self.catalog.schemes.filter { $0.language == .kazakh }.count == 8)
    }

    /// Kazakh and Russian alphabets, both cases, and all-capitals names.
    static let alphabet = "АаӘәБбВвГгҒғДдЕеЁёЖжЗзИиЙйКкҚқЛлМмНнҢңОоӨөПпРрСсТтУуҰұҮүФфХхҺһЦцЧчШшЩщЪъЫыІіЬьЭэЮюЯя"

    @Test(arguments: catalog.schemes.map(\.id))
    func everySchemeGivesPureLatin(_ id: String) throws {
        let transliterator = try Self.catalog.transliterator(for: id)
        for text in [Self.alphabet, Self.alphabet.uppercased(), "ҚАЙЫРБЕК ЖАННА ЩЕГЛОВА", "Ж. Әлімханұлы"] {
            let output = transliterator.transliterate(text)
            let cyrillic = output.unicodeScalars.filter { Script.of($0) == .cyrillic }
            #expect(cyrillic.isEmpty, "\(id) left \(String(String.UnicodeScalarView(cyrillic))) in '\(output)'")
        }
    }

    @Test(arguments: catalog.schemes.map(\.id))
    func tokenByTokenEqualsWholeLine(_ id: String) throws {
        let transliterator = try Self.catalog.transliterator(for: id)
        let session = transliterator.makeSession()
        let scheme = try Self.catalog.scheme(id)
        for line in scheme.samples.map(\.input) + ["Сергеевич Ерёменко Юрьев ЩЕГЛОВА  Айёган\tВьюн"] {
            #expect(session.transliterate(line) == transliterator.transliterate(line))
        }
    }
}
