import Atau
import Foundation
import Testing
import TestSupport

@Suite struct SchemeCatalogTests {
    private func withTable(_ name: String, _ json: String, _ body: (URL) throws -> Void) throws {
        let directory = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try json.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        try body(directory)
    }

    private func table(id: String, rules: String = #"["::NFC;", "а → a ;", "б → b ;"]"#, extra: String = "") -> String {
        """
        {
          "id": "\(id)", "name": "Test", "language": "ru", "authority": "Tests", "year": null,
          "url": "https://example.org", "source": "tests", "reversible": false,
          "undefined": "", "fallback": "",
          "rules": \(rules),
          "samples": [["аб", "ab"]]\(extra)
        }
        """
    }

    @Test func userTableIsAddedWithoutRecompiling() throws {
        try withTable("xx-test.json", table(id: "xx-test")) { directory in
            let catalog = try SchemeCatalog.bundled(adding: [directory])
            #expect(try catalog.transliterator(for: "xx-test").transliterate("баба") == "baba")
            #expect(catalog.schemes.contains { $0.id == "kk-latin-2021" })
        }
    }

    @Test func unknownKeyNamesFileAndLine() throws {
        try withTable("xx-test.json", table(id: "xx-test", extra: ",\n  \"colour\": \"red\"")) { directory in
            #expect {
                _ = try SchemeCatalog(directories: [directory])
            } throws: { error in
                let text = "\(error)"
                return text.contains("xx-test.json:7:") && text.contains("unknown key 'colour'")
            }
        }
    }

    @Test func idMustMatchFileName() throws {
        try withTable("xx-other.json", table(id: "xx-test")) { directory in
            #expect {
                _ = try SchemeCatalog(directories: [directory])
            } throws: { "\($0)".contains("differs from the file name 'xx-other.json'") }
        }
    }

    @Test func brokenJSONIsReported() throws {
        try withTable("xx-test.json", "{ \"id\": ") { directory in
            #expect {
                _ = try SchemeCatalog(directories: [directory])
            } throws: { "\($0)".contains("xx-test.json: not valid JSON") }
        }
    }

    @Test func wrongTypeNamesTheKey() throws {
        try withTable("xx-test.json", table(id: "xx-test").replacingOccurrences(of: "\"year\": null", with: "\"year\": \"1947\"")) { directory in
            #expect {
                _ = try SchemeCatalog(directories: [directory])
            } throws: { "\($0)".contains("xx-test.json:2: 'year' must be an integer") }
        }
    }

    @Test func ruleSyntaxErrorNamesFileLineRuleAndICUMessage() throws {
        let rules = "[\n    \"::NFC;\",\n    \"а → a ;\",\n    \"б → b\",\n    \"в → v ;\"\n  ]"
        try withTable("xx-test.json", table(id: "xx-test", rules: rules)) { directory in
            let catalog = try SchemeCatalog(directories: [directory])
            #expect {
                _ = try catalog.transliterator(for: "xx-test")
            } throws: { error in
                guard case SchemeError.invalidRule(let file, let line, let rule, _, let message) = error else { return false }
                return file.hasSuffix("xx-test.json") && line == 8 && rule == 2 && message.hasPrefix("unquoted special")
            }
        }
    }

    @Test func duplicateIDNamesBothFiles() throws {
        try withTable("kk-latin-2021.json", table(id: "kk-latin-2021")) { directory in
            #expect {
                _ = try SchemeCatalog.bundled(adding: [directory])
            } throws: { error in
                guard case SchemeError.duplicateID(let id, let first, let second) = error else { return false }
                return id == "kk-latin-2021" && first != second
            }
        }
    }

    @Test func bundledTablesNamedAgainAreReadOnce() throws {
        let catalog = try SchemeCatalog.bundled(adding: [try #require(SchemeCatalog.bundledTablesDirectory)])
        #expect(catalog.schemes.count == (try SchemeCatalog.bundled()).schemes.count)
    }

    @Test func unknownSchemeSuggestsNearIDs() throws {
        let catalog = try SchemeCatalog.bundled()
        #expect(catalog.suggestions(for: "ru-bgn").contains("ru-bgn-pcgn"))
        #expect(catalog.suggestions(for: "kk-latin-2012").first == "kk-latin-2021" || catalog.suggestions(for: "kk-latin-2012").contains("kk-latin-2021"))
        #expect(throws: SchemeError.self) { _ = try catalog.scheme("nope") }
    }

    @Test func reverseNeedsAReversibleScheme() throws {
        let catalog = try SchemeCatalog.bundled()
        #expect(throws: SchemeError.notReversible(id: "ru-bgn-pcgn")) {
            _ = try catalog.transliterator(for: "ru-bgn-pcgn", direction: .reverse)
        }
    }

    @Test func stockICUTransformsOpenByID() throws {
        let ascii = try Transliterator.icu("Any-Latin; Latin-ASCII")
        #expect(ascii.transliterate("Жанна") == "Zanna")
        #expect(throws: SchemeError.self) { _ = try Transliterator.icu("No-Such-Transform") }
    }

    @Test func transliteratorIsSafeAcrossThreads() async throws {
        let bgn = try SchemeCatalog.bundled().transliterator(for: "ru-bgn-pcgn")
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<16 {
                group.addTask {
                    (0..<200).allSatisfy { _ in bgn.transliterate("Жанна Щеглова") == "Zhanna Shcheglova" }
                }
            }
            return await group.reduce(true) { $0 && $1 }
        }
        #expect(results)
    }

    @Test func languageDetection() {
        #expect(Language.detect(in: "Асқар Қайырбек") == .kazakh)
        #expect(Language.detect(in: "Аскар Кайырбек") == .russian)
        #expect(Language.detect(in: "Askar Kairbek") == nil)
    }
}
