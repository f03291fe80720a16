import ArgumentParser
import Atau
import AtauRecords
import Foundation

/// `atau schemes`: lists the schemes.
struct SchemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schemes",
        abstract: "List the romanization schemes.",
        discussion: "Columns: id, language, reversible (yes when --reverse works), name.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @OptionGroup var tableOptions: TableOptions

    func run() throws {
        let catalog = try tableOptions.catalog()
        let output = OutputSink()
        switch format {
        case .text:
            let width = catalog.schemes.map(\.id.count).max() ?? 0
            output.writeLine("id".padding(toLength: width, withPad: " ", startingAt: 0) + "  lang  reversible  name")
            for scheme in catalog.schemes {
                let id = scheme.id.padding(toLength: width, withPad: " ", startingAt: 0)
                let reversible = (scheme.isReversible ? "yes" : "no").padding(toLength: 10, withPad: " ", startingAt: 0)
                output.writeLine("\(id)  \(scheme.language.rawValue)    \(reversible)  \(scheme.name)")
            }
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(catalog.schemes.map(SchemeSummary.init))
            output.writeLine(String(decoding: data, as: UTF8.self))
        }
        output.flush()
        if let error = output.error { throw Diagnostics.fail(error) }
    }
}

/// What `atau schemes --format json` prints for one scheme.
struct SchemeSummary: Encodable {
    let id: String
    let name: String
    let language: String
    let authority: String
    let year: Int?
    let url: String
    let reversible: Bool
    let undefined: String
    let fallback: String
    let samples: Int

    init(_ scheme: Scheme) {
        id = scheme.id
        name = scheme.name
        language = scheme.language.rawValue
        authority = scheme.authority
        year = scheme.year
        url = scheme.url
        reversible = scheme.isReversible
        undefined = String(scheme.undefinedLetters.sorted())
        fallback = scheme.fallback
        samples = scheme.samples.count + scheme.reverseSamples.count
    }
}
