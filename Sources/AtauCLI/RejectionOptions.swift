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

    /// Ends a run over lines: finishes the report, fails on an I/O error (the input's, the
    /// output's or the report's), and when lines were rejected says how many and exits 65.
    ///
    /// - Parameters:
    ///   - report: The run's report of rejected lines.
    ///   - command: The command's name in the summary (`atau match: 3 lines rejected`).
    ///   - ioError: An input or output error of the run, if any.
    static func end(_ report: ErrorReport, command: String, ioError: RecordError?) throws {
        report.finish()
        if let error = ioError ?? report.error { throw Diagnostics.fail(error) }
        if report.count > 0 {
            Diagnostics.print("atau \(command): \(report.count) line\(report.count == 1 ? "" : "s") rejected")
            throw ExitStatus.badRecords
        }
    }
}
