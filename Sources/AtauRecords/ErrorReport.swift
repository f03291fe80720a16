import Foundation

/// Accounts for rejected records: each is printed on standard error as
/// `file:line: error: record "id": reason`, written to an optional report file as TSV
/// (`line`, `id`, `reason`), and counted. With a report file, standard error gets the first
/// ``printedLimit`` only; without one, it gets them all.
public final class ErrorReport {
    /// How many rejections are printed on standard error when a report file keeps them all.
    public static let printedLimit = 100

    private let inputName: String
    private let file: OutputSink?
    /// How many records were rejected.
    public private(set) var count = 0

    /// Creates a report.
    ///
    /// - Parameters:
    ///   - inputName: The input's name for diagnostics.
    ///   - path: Where to write the TSV report, if anywhere.
    /// - Throws: ``RecordError/io(path:reason:)`` when the report file cannot be created.
    public init(inputName: String, path: String?) throws(RecordError) {
        self.inputName = inputName
        if let path {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard descriptor >= 0 else { throw .io(path: path, reason: String(cString: strerror(errno))) }
            file = OutputSink(descriptor: descriptor, name: path)
            file?.writeLine("line\tid\treason")
        } else {
            file = nil
        }
    }

    deinit {
        finish()
    }

    /// Records one rejection.
    ///
    /// - Parameter rejection: The rejected record.
    public func add(_ rejection: RecordRejection) {
        count += 1
        if file == nil || count <= Self.printedLimit {
            let record = rejection.recordID.map { "record \"\($0)\": " } ?? ""
            FileHandle.standardError.write(Data("\(inputName):\(rejection.line): error: \(record)\(rejection.reason)\n".utf8))
            if let file, count == Self.printedLimit {
                FileHandle.standardError.write(Data("\(inputName): note: further rejections are only in \(file.name)\n".utf8))
            }
        }
        file?.writeLine("\(rejection.line)\t\(TSV.field(rejection.recordID ?? ""))\t\(TSV.field(rejection.reason))")
    }

    /// Flushes the report file.
    public func finish() {
        file?.flush()
    }

    /// The first write error of the report file, if any.
    public var error: RecordError? { file?.error }
}
