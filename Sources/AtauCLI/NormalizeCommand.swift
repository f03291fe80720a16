import ArgumentParser
import Atau
import AtauMatch
import AtauRecords
import Foundation

/// `atau normalize`: adds parsed parts, language, script, match key and a Latin form to the
/// names in a CSV or JSON Lines dataset.
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Normalize the names in a CSV or JSON Lines dataset, streaming.",
        discussion: """
            CSV (--column NAME; a header line is required): every row is written back with the \
            columns atau_given, atau_patronymic, atau_surname, atau_gender, atau_language, \
            atau_script, atau_key, atau_latin and atau_scheme added. JSON Lines (--field PATH, \
            dotted paths such as author.name or authors[1]; an array of names is normalized name \
            by name): every record is written back byte for byte with one field added (default \
            'atau') holding given, patronymic, surname, gender, language, script, key, latin and \
            scheme. Cyrillic names get their Latin form from --scheme, or by default \
            \(SchemeCatalog.defaultKazakhScheme) for Kazakh and \(SchemeCatalog.defaultRussianScheme) \
            for Russian. A record that cannot be read or whose name is not a name is reported on \
            standard error and in --errors FILE (TSV: line, id, reason), never written out \
            half-done; the run goes on, and the exit status is 65 when any record was rejected.
            """)

    @Argument(help: "The input file; standard input when left out or '-'.")
    var file: String?

    @Option(help: ArgumentHelp("The CSV column holding the name.", valueName: "name"))
    var column: String?

    @Option(help: ArgumentHelp("The JSON Lines field holding the name (dotted path).", valueName: "path"))
    var field: String?

    @Option(name: .shortAndLong, help: "The scheme for the Latin form of Cyrillic names (default per language).")
    var scheme: String?

    @Option(help: ArgumentHelp("The field or column naming each record in error reports (default: 'id' when present).", valueName: "name"))
    var id: String?

    @Option(help: ArgumentHelp("The JSON field that receives the result.", valueName: "name"))
    var outputField = "atau"

    @OptionGroup var rejectionOptions: RejectionOptions

    @OptionGroup var tableOptions: TableOptions

    func validate() throws {
        if (column == nil) == (field == nil) {
            throw ValidationError("give --column NAME for CSV or --field PATH for JSON Lines")
        }
        if let field, JSONPath(field) == nil { throw ValidationError("--field '\(field)' is not a dotted path") }
        if let id, field != nil, JSONPath(id) == nil { throw ValidationError("--id '\(id)' is not a dotted path") }
        if outputField.isEmpty { throw ValidationError("--output-field must not be empty") }
    }

    func run() throws {
        let normalizer: NameNormalizer
        let source: InputSource
        let report: ErrorReport
        do {
            let catalog = try tableOptions.catalog()
            let matcher = try NameMatcher(catalog: catalog)
            normalizer = try NameNormalizer(parser: matcher.parser, catalog: catalog, scheme: scheme)
            source = try InputSource.open(file)
        } catch {
            throw Diagnostics.fail(error)
        }
        report = try rejectionOptions.report(for: source.name)
        let output = OutputSink()
        let records: RecordCounts
        if let column {
            records = try CSVNormalizer(normalizer: normalizer, column: column, idColumn: id, output: output, report: report)
                .run(source, maximumBytes: rejectionOptions.maxLineBytes)
        } else {
            records = JSONLinesNormalizer(
                normalizer: normalizer, field: JSONPath(field!)!, idPath: id.flatMap(JSONPath.init),
                outputField: outputField, output: output, report: report
            ).run(source, maximumBytes: rejectionOptions.maxLineBytes)
        }
        output.flush()
        report.finish()
        if let error = records.readError ?? output.error ?? report.error { throw Diagnostics.fail(error) }
        Diagnostics.print("atau normalize: \(records.written) record\(records.written == 1 ? "" : "s") written, \(report.count) rejected")
        if report.count > 0 { throw ExitStatus.badRecords }
    }
}

/// How a normalize run went.
struct RecordCounts {
    var written = 0
    var readError: RecordError?
}

/// The JSON object `atau normalize` adds for one name.
enum NormalizedJSON {
    static func value(_ name: NormalizedName) -> String {
        func optional(_ text: String?) -> JSONLine.Value { text.map(JSONLine.Value.string) ?? .null }
        return JSONLine.object([
            ("given", .raw("[" + name.given.map { JSONLine.encode(.string($0)) }.joined(separator: ",") + "]")),
            ("patronymic", optional(name.patronymic)),
            ("surname", optional(name.surname)),
            ("gender", optional(name.gender?.rawValue)),
            ("language", optional(name.language?.rawValue)),
            ("script", .string(name.script)),
            ("key", .string(name.matchKey)),
            ("latin", .string(name.latin)),
            ("scheme", optional(name.scheme)),
        ])
    }

    /// The CSV columns added, in order, and their values.
    static let csvColumns = ["atau_given", "atau_patronymic", "atau_surname", "atau_gender", "atau_language",
                             "atau_script", "atau_key", "atau_latin", "atau_scheme"]

    static func csvValues(_ name: NormalizedName) -> [String] {
        [name.given.joined(separator: " "), name.patronymic ?? "", name.surname ?? "", name.gender?.rawValue ?? "",
         name.language?.rawValue ?? "", name.script, name.matchKey, name.latin, name.scheme ?? ""]
    }
}
