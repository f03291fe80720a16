import Foundation
import Testing
import TestSupport

@Suite struct MatchCommandTests {
    @Test func sameNameAcrossScriptsExitsZeroAndExplains() throws {
        let result = try AtauProcess.run(["match", "Asqar Qaiyrbek", "Аскар Кайырбек"])
        #expect(result.status == 0)
        #expect(result.lines.first == "match (score 0.95)")
        #expect(result.stdout.contains("Qaiyrbek ↔ Кайырбек"))
    }

    @Test func differentNamesExitOne() throws {
        let result = try AtauProcess.run(["match", "Askhat Zheksebaev", "Asqar Zheksenbaev"])
        #expect(result.status == 1)
        #expect(result.lines.first?.hasPrefix("no-match") == true)
        #expect(result.stdout.contains("Zheksebaev ↔ Zheksenbaev"))
    }

    @Test func jsonHasVerdictScoreEvidence() throws {
        let result = try AtauProcess.run(["match", "--format", "json", "A. Kairbek", "Asqar Qaiyrbek"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["verdict"] as? String == "compatible")
        #expect((object["score"] as? Double).map { $0 >= 0.6 && $0 < 0.85 } == true)
        #expect((object["evidence"] as? [[String: Any]])?.first?["rule"] as? String == "initial-compatible")
    }

    @Test func pairsFromStandardInput() throws {
        let input = "Asqar Qaiyrbek\tАскар Кайырбек\nonly one field\nAskhat Zheksebaev\tAsqar Zheksenbaev\nAgent 007\tIvan\n"
        let result = try AtauProcess.run(["match"], input: input)
        #expect(result.status == 65)
        #expect(result.lines == [
            "Asqar Qaiyrbek\tАскар Кайырбек\tmatch\t0.95",
            "Askhat Zheksebaev\tAsqar Zheksenbaev\tno-match\t0.00",
        ])
        #expect(result.stderr.contains("<stdin>:2: error: expected two names separated by one tab"))
        #expect(result.stderr.contains("<stdin>:4: error: character '0'"))
    }

    @Test func everyRejectedPairIsReported() throws {
        let input = String(repeating: "one field only\n", count: 150)
        let bare = try AtauProcess.run(["match"], input: input)
        #expect(bare.status == 65)
        #expect(bare.stderr.split(separator: "\n").count { $0.contains(": error: expected two names") } == 150)
        let (filed, report, path) = try AtauProcess.runReportingErrors(["match"], input: input)
        #expect(filed.stderr.split(separator: "\n").count { $0.contains(": error: expected two names") } == 100)
        #expect(filed.stderr.contains("further rejections are only in \(path)"))
        #expect(report.split(separator: "\n").count == 151)
    }

    @Test func rejectedPairsGoToTheErrorsFile() throws {
        let (result, report, _) = try AtauProcess.runReportingErrors(["match"], input: "Asqar Qaiyrbek\tАскар Кайырбек\nonly one field\n")
        #expect(result.status == 65)
        #expect(result.lines == ["Asqar Qaiyrbek\tАскар Кайырбек\tmatch\t0.95"])
        #expect(report.split(separator: "\n") == ["line\tid\treason", "2\t\texpected two names separated by one tab, found 1 field"])
    }

    @Test func pairsAsJSONLines() throws {
        let result = try AtauProcess.run(["match", "--format", "jsonl"], input: "Dariga Nazarbayeva\tNursultan Nazarbayev\n")
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.lines[0].utf8)) as? [String: Any])
        #expect(object["line"] as? Int == 1)
        #expect(object["verdict"] as? String == "no-match")
    }

    @Test func usageErrors() throws {
        #expect(try AtauProcess.run(["match", "only one"]).status == 64)
        #expect(try AtauProcess.run(["match", "--threshold", "2", "a", "b"]).status == 64)
        let notAName = try AtauProcess.run(["match", "Ivan", "123"])
        #expect(notAName.status == 64)
        #expect(notAName.stderr.contains("<argument>:2: error: character '1'"))
    }
}

@Suite struct NormalizeCommandTests {
    private func temporaryFile(_ contents: Data, suffix: String) throws -> (URL, URL) {
        let directory = try TestPaths.temporaryDirectory()
        let url = directory.appendingPathComponent("input\(suffix)")
        try contents.write(to: url)
        return (directory, url)
    }

    @Test func csvWithBadRowsLosesNone() throws {
        var data = Data("id,name,source\n1,Асқар Қайырбек,azattyq\n2,\"KAIRBEK, Askar\",rferl\n3,12345,bad\n4,x,y,z\n".utf8)
        data.append(contentsOf: [0xFF, 0x2C, 0x41, 0x0A])
        data.append(Data("6,Нұрсұлтан Әбішұлы Назарбаев,wiki\n".utf8))
        let (directory, url) = try temporaryFile(data, suffix: ".csv")
        defer { try? FileManager.default.removeItem(at: directory) }
        let errors = directory.appendingPathComponent("errors.tsv")
        let result = try AtauProcess.run(["normalize", url.path, "--column", "name", "--errors", errors.path])
        #expect(result.status == 65)
        #expect(result.lines.count == 4)  // header + 3 good rows
        #expect(result.lines[0].hasPrefix("id,name,source,atau_given,"))
        #expect(result.lines[1].hasPrefix("1,Асқар Қайырбек,azattyq,Асқар,,Қайырбек,,kk,cyrillic,askar kairbek,Asqar Qaiyrbek,kk-latin-2021"))
        #expect(result.lines[2].hasPrefix("2,\"KAIRBEK, Askar\",rferl,Askar,,KAIRBEK,"))
        let report = try String(contentsOf: errors, encoding: .utf8).split(separator: "\n")
        #expect(report.count == 4)  // header + 3 rejected
        #expect(report[1].hasPrefix("4\t3\t"))
        #expect(report[2] == "5\t4\t4 fields, the header has 3")
        #expect(report[3] == "6\t\tinvalid UTF-8 at byte 1")
        #expect(result.stderr.contains("3 records written, 3 rejected"))
    }

    @Test func jsonLinesKeepRecordsByteForByte() throws {
        let input = """
            {"id":"a1", "n": 1.50, "author":{"name":"Qasym-Zhomart Toqaev"}}
            {"id":"a2","author":{"name":"Тоқаев Қ.-Ж."}}
            not json
            {"id":"a4"}
            {"id":5,"author":{"name":["Ж.Әлімханұлы","Dr. Asqar Qaiyrbek"]}}

            """
        let result = try AtauProcess.run(["normalize", "--field", "author.name"], input: input)
        #expect(result.status == 65)
        #expect(result.lines.count == 3)
        #expect(result.lines[0].hasPrefix(#"{"id":"a1", "n": 1.50, "author":{"name":"Qasym-Zhomart Toqaev"},"atau":{"given":["Qasym-Zhomart"]"#))
        let second = try #require(try JSONSerialization.jsonObject(with: Data(result.lines[1].utf8)) as? [String: Any])
        let atau = try #require(second["atau"] as? [String: Any])
        #expect(atau["key"] as? String == "tokaev")
        #expect(atau["latin"] as? String == "Toqaev Q. J.")
        #expect(result.stderr.contains("<stdin>:3: error: invalid JSON"))
        #expect(result.stderr.contains(#"<stdin>:4: error: record "a4": field 'author.name' is missing"#))
    }

    @Test func anAsideInParenthesesStaysOutOfTheParts() throws {
        let result = try AtauProcess.run(["normalize", "--column", "name"], input: "id,name\n1,Denis Nikisha (KAZ)\n")
        #expect(result.status == 0)
        #expect(result.lines[1] == "1,Denis Nikisha (KAZ),Denis,,Nikisha,,,latin,denis nikisha,Denis Nikisha (KAZ),")
    }

    @Test func unknownColumnIsAUsageError() throws {
        let result = try AtauProcess.run(["normalize", "--column", "nom"], input: "id,name\n1,Ivan\n")
        #expect(result.status == 64)
        #expect(result.stderr.contains("no column 'nom'"))
    }
}
