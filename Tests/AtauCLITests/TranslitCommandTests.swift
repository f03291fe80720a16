import Foundation
import Testing
import TestSupport

@Suite struct TranslitCommandTests {
    @Test func kazakhFromStandardInput() throws {
        let result = try AtauProcess.run(["translit", "--scheme", "kk-latin-2021"], input: "Асқар Қайырбек\n")
        #expect(result.status == 0)
        #expect(result.stdout == "Asqar Qaiyrbek\n")
    }

    @Test func russianFromArguments() throws {
        let result = try AtauProcess.run(["translit", "--scheme", "ru-bgn-pcgn", "Жанна Щеглова", "ЖАННА ЩЕГЛОВА"])
        #expect(result.status == 0)
        #expect(result.lines == ["Zhanna Shcheglova", "ZHANNA SHCHEGLOVA"])
    }

    @Test func detectsLanguagePerLine() throws {
        let result = try AtauProcess.run(["translit", "--format", "tsv"], input: "Асқар Қайырбек\nЖанна Щеглова\nAskar\n")
        #expect(result.status == 0)
        #expect(result.lines == [
            "input\tscheme\toutput",
            "Асқар Қайырбек\tkk-latin-2021\tAsqar Qaiyrbek",
            "Жанна Щеглова\tru-icao-doc-9303\tZhanna Shcheglova",
            "Askar\t-\tAskar",
        ])
    }

    @Test func severalSchemesAsJSONLines() throws {
        let result = try AtauProcess.run(
            ["translit", "--format", "jsonl", "-s", "kk-news", "-s", "kk-passport"], input: "Бағдат\n")
        #expect(result.status == 0)
        let objects = try result.lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(objects.map { $0["scheme"] as? String } == ["kk-news", "kk-passport"])
        #expect(objects.map { $0["output"] as? String } == ["Baghdat", "Bagdat"])
        #expect(objects.allSatisfy { $0["line"] as? Int == 1 && $0["input"] as? String == "Бағдат" })
    }

    @Test func allSchemesGiveOneLineEach() throws {
        let schemes = try AtauProcess.run(["schemes", "--format", "json"])
        let count = try (JSONSerialization.jsonObject(with: Data(schemes.stdout.utf8)) as! [Any]).count
        let result = try AtauProcess.run(["translit", "--all", "Қайырбек"])
        #expect(result.status == 0)
        #expect(result.lines.count == count)
        #expect(result.lines.contains { $0.hasPrefix("kk-news ") && $0.hasSuffix("  Qaiyrbek") })
    }

    @Test func badLinesAreReportedAndTheRestComesOut() throws {
        var input = Data("Асқар\n".utf8)
        input.append(contentsOf: [0xD0, 0x0A])  // a cut two-byte sequence
        input.append(Data("Жа\u{0}нна\n".utf8))
        input.append(Data(String(repeating: "ж", count: 300).utf8 + [0x0A]))
        input.append(Data("Қайырбек\n".utf8))
        let result = try AtauProcess.run(["translit", "-s", "kk-latin-2021", "--max-line-bytes", "100"], stdin: input)
        #expect(result.status == 65)
        #expect(result.lines == ["Asqar", "", "", "", "Qaiyrbek"])
        #expect(result.stderr.contains("<stdin>:2: error: invalid UTF-8 at byte 1"))
        #expect(result.stderr.contains("<stdin>:3: error: a NUL byte at byte 5"))
        #expect(result.stderr.contains("<stdin>:4: error: line is longer than 100 bytes"))
        #expect(result.stderr.contains("3 lines rejected"))
    }

    @Test func rejectedLinesGoToTheErrorsFile() throws {
        let (result, report, _) = try AtauProcess.runReportingErrors(["translit"], input: "Асқар\nЖа\u{1}нна\n")
        #expect(result.status == 65)
        #expect(result.lines == ["Asqar", ""])
        #expect(report == "line\tid\treason\n2\t\tcontrol character U+0001 at byte 5\n")
    }

    @Test func strictReportsLettersTheSchemeDoesNotDefine() throws {
        let result = try AtauProcess.run(["translit", "--strict", "-s", "ru-icao-doc-9303"], input: "Иван\nАсқар\n")
        #expect(result.status == 65)
        #expect(result.lines == ["Ivan", ""])
        #expect(result.stderr.contains("<stdin>:2: error: scheme ru-icao-doc-9303 does not define 'қ'"))
    }

    @Test func strictInReverseReportsLatinLeftOver() throws {
        let result = try AtauProcess.run(["translit", "--reverse", "--strict", "-s", "kk-latin-2021", "-s", "kk-iso-9"], input: "Asqar\n")
        #expect(result.status == 65)
        #expect(result.stderr.contains("<stdin>:1: error: kk-iso-9 left Latin 'q'"))
        let clean = try AtauProcess.run(["translit", "--reverse", "--strict", "-s", "kk-latin-2021"], input: "Asqar\n")
        #expect(clean.status == 0)
        #expect(clean.stdout == "Асқар\n")
    }

    @Test func unknownSchemeIsAUsageErrorWithSuggestions() throws {
        let result = try AtauProcess.run(["translit", "--scheme", "ru-bgn", "x"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("ru-bgn-pcgn"))
    }

    @Test func reverseOfAReversibleScheme() throws {
        let result = try AtauProcess.run(["translit", "--reverse", "-s", "kk-latin-2021", "Asqar Qaiyrbek"])
        #expect(result.status == 0)
        #expect(result.stdout == "Асқар Қайырбек\n")
        let refused = try AtauProcess.run(["translit", "--reverse", "-s", "kk-news", "Asqar"])
        #expect(refused.status == 64)
    }

    @Test func stockICUTransform() throws {
        let result = try AtauProcess.run(["translit", "--icu", "Any-Latin; Latin-ASCII", "Жанна"])
        #expect(result.status == 0)
        #expect(result.stdout == "Zanna\n")
    }

    @Test func unreadableInputFile() throws {
        let result = try AtauProcess.run(["translit", "--input", "/nonexistent/names.txt"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("/nonexistent/names.txt"))
    }

    @Test func userTablesFromEnvironment() throws {
        let directory = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let table = """
            {"id": "xx-test", "name": "Test", "language": "ru", "authority": "Tests", "year": null,
             "url": "https://example.org", "source": "tests", "reversible": false, "undefined": "",
             "fallback": "", "rules": ["::NFC;", "а → A ;"], "samples": [["а", "A"]]}
            """
        try table.write(to: directory.appendingPathComponent("xx-test.json"), atomically: true, encoding: .utf8)
        let result = try AtauProcess.run(["translit", "-s", "xx-test", "а"], environment: ["ATAU_TABLES": directory.path])
        #expect(result.stdout == "A\n")
        let listed = try AtauProcess.run(["schemes", "--tables", directory.path])
        #expect(listed.stdout.contains("xx-test"))
    }
}

@Suite struct SchemesCommandTests {
    @Test func listsEveryScheme() throws {
        let result = try AtauProcess.run(["schemes"])
        #expect(result.status == 0)
        for id in ["kk-latin-2021", "kk-latin-2018", "kk-latin-2017", "kk-bgn-pcgn", "kk-ala-lc", "kk-iso-9",
                   "kk-passport", "kk-news", "ru-bgn-pcgn", "ru-icao-doc-9303", "ru-gost-779-alt", "ru-wikipedia"] {
            #expect(result.stdout.contains(id))
        }
    }

    @Test func checkTablesPasses() throws {
        let result = try AtauProcess.run(["check-tables"])
        #expect(result.status == 0)
        #expect(result.stdout.contains(" 0 failures"))
    }
}
