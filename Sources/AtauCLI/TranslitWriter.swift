import AtauRecords
import Foundation

/// Writes `atau translit` results in the chosen format.
struct TranslitWriter {
    let format: TranslitCommand.Format
    let output: OutputSink
    let idWidth: Int?

    func begin() {
        if format == .tsv { output.writeLine("input\tscheme\toutput") }
    }

    func write(line: Int, input: String, results: [TranslitPlan.Result]) {
        for result in results {
            switch format {
            case .text:
                if let width = idWidth, let id = result.scheme {
                    output.writeLine(id.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + result.output)
                } else {
                    output.writeLine(result.output)
                }
            case .tsv:
                output.writeLine("\(TSV.field(input))\t\(result.scheme ?? "-")\t\(TSV.field(result.output))")
            case .jsonl:
                output.writeLine(JSONLine.object([
                    ("line", .int(line)), ("input", .string(input)),
                    ("scheme", result.scheme.map(JSONLine.Value.string) ?? .null),
                    ("output", .string(result.output)),
                ]))
            }
        }
    }

    func rejected(line: Int, reason: String) {
        switch format {
        case .text: output.writeLine("")
        case .tsv: break
        case .jsonl: output.writeLine(JSONLine.object([("line", .int(line)), ("error", .string(reason))]))
        }
    }
}
