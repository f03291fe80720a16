import ArgumentParser
import Atau
import AtauRecords
import Foundation

/// `atau translit`: transliterates arguments or standard input, line by line.
struct TranslitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translit",
        abstract: "Transliterate Kazakh and Russian Cyrillic to Latin (or back with --reverse).",
        discussion: """
            Reads the TEXT arguments, or else standard input (or --input FILE) line by line, and \
            writes one result per line in the same order, streaming. Without --scheme, --all or \
            --icu, each line's language is detected: Kazakh (it has ә ғ қ ң ө ұ ү һ і) goes \
            through \(SchemeCatalog.defaultKazakhScheme), other Cyrillic through \
            \(SchemeCatalog.defaultRussianScheme), and a line without Cyrillic is copied as is.

            Formats: text prints the result (with several schemes, one 'ID  result' line per scheme); \
            tsv prints a header and 'input<TAB>scheme<TAB>output' rows; jsonl prints one object per \
            result with line, input, scheme, output. A rejected line (invalid UTF-8, a control \
            character, longer than --max-line-bytes, or with --strict a letter the scheme does \
            not define) is reported on standard error with its line number; text output keeps an \
            empty line in its place, jsonl an object with 'error'. Exit status 65 if any line was \
            rejected.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, tsv, jsonl
    }

    @Option(name: .shortAndLong, help: "A scheme id (see 'atau schemes'); repeat for several.")
    var scheme: [String] = []

    @Flag(help: "Use every scheme.")
    var all = false

    @Option(help: ArgumentHelp("A stock ICU transform ID instead of a scheme, e.g. 'Any-Latin; Latin-ASCII'.", valueName: "id"))
    var icu: String?

    @Flag(help: "Latin → Cyrillic, with reversible schemes only.")
    var reverse = false

    @Flag(help: "Reject lines with letters the scheme does not define, or source-script letters left in the output.")
    var strict = false

    @Option(help: "Output format: text, tsv or jsonl.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Read this file instead of standard input.", valueName: "file"))
    var input: String?

    @OptionGroup var rejectionOptions: RejectionOptions

    @OptionGroup var tableOptions: TableOptions

    @Argument(help: "Text to transliterate; each argument is one line.")
    var text: [String] = []

    func validate() throws {
        let choices = (scheme.isEmpty ? 0 : 1) + (all ? 1 : 0) + (icu == nil ? 0 : 1)
        if choices > 1 { throw ValidationError("give --scheme, --all or --icu, not several of them") }
        if reverse && scheme.isEmpty && !all && icu == nil {
            throw ValidationError("--reverse needs --scheme (a reversible scheme) or --icu")
        }
        if input != nil && !text.isEmpty { throw ValidationError("give TEXT arguments or --input, not both") }
    }

    func run() throws {
        let direction: Direction = reverse ? .reverse : .forward
        let plan: TranslitPlan
        do {
            plan = try TranslitPlan(
                schemeIDs: scheme, all: all, icu: icu, direction: direction,
                catalog: icu == nil ? tableOptions.catalog() : nil)
        } catch {
            throw Diagnostics.fail(error)
        }
        let output = OutputSink()
        let writer = TranslitWriter(format: format, output: output, idWidth: plan.idWidth)
        writer.begin()
        func handle(_ line: LineReader.Line, report: ErrorReport) {
            switch line.content {
            case .rejected(let reason):
                report.add(RecordRejection(line: line.number, reason: reason))
                writer.rejected(line: line.number, reason: reason)
            case .text(let text):
                let results = plan.transliterate(text)
                if strict, let problem = plan.strictProblem(in: text, results: results) {
                    report.add(RecordRejection(line: line.number, reason: problem))
                    writer.rejected(line: line.number, reason: problem)
                } else {
                    writer.write(line: line.number, input: text, results: results)
                }
            }
        }
        let report: ErrorReport
        if text.isEmpty {
            let source: InputSource
            do {
                source = try InputSource.open(input)
            } catch {
                throw Diagnostics.fail(error)
            }
            report = try rejectionOptions.report(for: source.name)
            var reader = LineReader(source, maximumLineBytes: rejectionOptions.maxLineBytes)
            while let line = reader.next() {
                handle(line, report: report)
                if output.error != nil { break }
            }
            if let error = reader.error { output.flush(); throw Diagnostics.fail(error) }
        } else {
            report = try rejectionOptions.report(for: "<argument>")
            for (index, argument) in text.enumerated() {
                let content = LineReader.check(Array(argument.utf8)[...])
                handle(LineReader.Line(number: index + 1, content: content), report: report)
            }
        }
        output.flush()
        try RejectionOptions.end(report, command: "translit", ioError: output.error)
    }
}
