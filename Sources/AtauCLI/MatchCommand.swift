import ArgumentParser
import Atau
import AtauMatch
import AtauRecords
import Foundation

/// `atau match`: are two spellings the same person's name?
struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Decide whether two spellings are the same person's name, and explain why.",
        discussion: """
            With two names: prints the verdict (match, compatible or no-match), the score and the \
            evidence; exit status 0 for match or compatible, 1 for no-match. Without names: reads \
            pairs 'A<TAB>B' per line from standard input (or --pairs FILE) and prints \
            'A<TAB>B<TAB>verdict<TAB>score' (tsv) or one JSON object per line (jsonl), in order; a \
            malformed line is reported on standard error (and in --errors FILE) and skipped, and the \
            exit status is 65.

            Score bands: 0.85-1 match (1 same spelling, 0.95 same match key, 0.85-0.9 spelling \
            variants, 0.85 the Kazakh and Russian forms of a surname, a surname with and without \
            -ov, one part of a double-barrelled one, a woman's surname in its masculine form in \
            Latin, or the same names in the other order when nothing tells which is the surname); \
            0.6-0.85 compatible (0.75 an initial or one name part, 0.8 an unpaired \
            part, typo, junior or senior on one side, or a name element such as -bek on one \
            side: Kanat, Kanatbek); below 0.6 no-match (0.3 different patronymics or junior \
            and senior, 0.2 different genders).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, tsv, jsonl
    }

    @Argument(help: "Two names; leave out to read pairs.")
    var names: [String] = []

    @Option(help: "Output format: text or json for two names; tsv (default) or jsonl for pairs.")
    var format: Format?

    @Option(help: ArgumentHelp("The least score for 'match' (default 0.85); below it and at least 0.6 is 'compatible'.", valueName: "x"))
    var threshold: Double?

    @Option(help: ArgumentHelp("Read pairs from this file instead of standard input.", valueName: "file"))
    var pairs: String?

    @OptionGroup var rejectionOptions: RejectionOptions

    @OptionGroup var tableOptions: TableOptions

    func validate() throws {
        if !names.isEmpty && names.count != 2 { throw ValidationError("give two names, or none to read pairs") }
        if !names.isEmpty && pairs != nil { throw ValidationError("give two names or --pairs, not both") }
        if !names.isEmpty && rejectionOptions.errors != nil { throw ValidationError("--errors is for pairs read from input, not two names") }
        if let threshold, !(0...1).contains(threshold) { throw ValidationError("--threshold must be between 0 and 1") }
        if let threshold, threshold < 0.6 { throw ValidationError("--threshold must be at least 0.6, the least score for 'compatible'") }
        if let format {
            let single: Set<Format> = [.text, .json]
            if names.isEmpty && single.contains(format) { throw ValidationError("--format for pairs is tsv or jsonl") }
            if !names.isEmpty && !single.contains(format) { throw ValidationError("--format for two names is text or json") }
        }
    }

    func run() throws {
        var matcher: NameMatcher
        do {
            matcher = try NameMatcher(catalog: tableOptions.catalog())
        } catch let error as SchemeError {
            throw Diagnostics.fail(error)
        }
        if let threshold { matcher.matchThreshold = threshold }
        let output = OutputSink()
        defer { output.flush() }
        if names.count == 2 {
            let result: MatchResult
            do {
                result = try matcher.compare(names[0], names[1])
            } catch {
                // Name the argument that is not a name, as translit names its lines.
                let argument = (try? matcher.parser.parse(names[0])) == nil ? 1 : 2
                Diagnostics.error("<argument>", line: argument, "\(error)")
                throw ExitStatus.usage
            }
            if format == .json {
                output.writeLine(MatchJSON.object(result))
            } else {
                output.writeLine(result.explanation)
            }
            output.flush()
            if let error = output.error { throw Diagnostics.fail(error) }
            if result.verdict == .noMatch { throw ExitStatus.noMatch }
            return
        }
        let source: InputSource
        do {
            source = try InputSource.open(pairs)
        } catch {
            throw Diagnostics.fail(error)
        }
        let report = try rejectionOptions.report(for: source.name)
        var reader = LineReader(source, maximumLineBytes: rejectionOptions.maxLineBytes)
        while let line = reader.next() {
            var problem: String?
            switch line.content {
            case .rejected(let reason):
                problem = reason
            case .text(let text):
                // Split on the tab byte: a Character split would walk grapheme clusters.
                let fields = text.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) }
                if fields.count != 2 {
                    problem = "expected two names separated by one tab, found \(fields.count) field\(fields.count == 1 ? "" : "s")"
                } else {
                    do {
                        let result = try matcher.compare(String(fields[0]), String(fields[1]))
                        if format == .jsonl {
                            output.writeLine(MatchJSON.object(result, line: line.number))
                        } else {
                            output.writeLine("\(TSV.field(String(fields[0])))\t\(TSV.field(String(fields[1])))\t\(result.verdict.rawValue)\t\(MatchResult.format(result.score))")
                        }
                    } catch {
                        problem = "\(error)"
                    }
                }
            }
            if let problem { report.add(RecordRejection(line: line.number, reason: problem)) }
            if output.error != nil { break }
        }
        output.flush()
        try RejectionOptions.end(report, command: "match", ioError: reader.error ?? output.error)
    }
}

/// The JSON form of a match result.
enum MatchJSON {
    static func object(_ result: MatchResult, line: Int? = nil) -> String {
        let evidence = result.evidence.map { item in
            JSONLine.object([
                ("left", item.left.map(JSONLine.Value.string) ?? .null),
                ("right", item.right.map(JSONLine.Value.string) ?? .null),
                ("rule", .string(item.rule.rawValue)),
                ("score", .raw(MatchResult.format(item.score))),
                ("detail", .string(item.detail)),
            ])
        }
        var fields: [(String, JSONLine.Value)] = []
        if let line { fields.append(("line", .int(line))) }
        fields += [
            ("a", .string(result.left.original)), ("b", .string(result.right.original)),
            ("verdict", .string(result.verdict.rawValue)), ("score", .raw(MatchResult.format(result.score))),
            ("evidence", .raw("[" + evidence.joined(separator: ",") + "]")),
        ]
        return JSONLine.object(fields)
    }
}
