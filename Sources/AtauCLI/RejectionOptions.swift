import ArgumentParser
import AtauRecords

/// Options every command that reads records shares: how long a record may be, and where the
/// rejected ones are reported besides standard error.
struct RejectionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Write rejected records to this file (TSV: line, id, reason).", valueName: "file"))
    var errors: String?

    @Option(help: ArgumentHelp("Reject a line (or CSV record) longer than this many bytes.", valueName: "n"))
    var maxLineBytes: Int = LineReader.defaultMaximumLineBytes

    func validate() throws {
        if maxLineBytes < 1 { throw ValidationError("--max-line-bytes must be at least 1") }
    }

    /// The report of rejected records for an input.
    ///
    /// - Parameter inputName: The input's name in diagnostics.
    func report(for inputName: String) throws -> ErrorReport {
        do {
            return try ErrorReport(inputName: inputName, path: errors)
        } catch {
            throw Diagnostics.fail(error)
        }
    }
}
