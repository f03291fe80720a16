import CSV

/// Reads CSV records in constant memory, one record at a time, with the line each starts on.
///
/// Physical lines come from a ``LineReader`` (so invalid UTF-8, control characters and
/// over-long lines are caught and reported per line); lines are gathered until the quotes
/// balance (a quoted field may hold line breaks) and the record is split into fields by
/// CSV.swift. The first record is the header.
public struct CSVRecordReader {
    /// One record, or why it was rejected.
    public struct Record {
        /// The line the record starts on (1-based).
        public let line: Int
        /// The fields, or the reason the record was rejected.
        public let content: Result<[String], RecordRejection>
    }

    private var lines: LineReader
    private let maximumRecordBytes: Int
    /// The header's fields.
    public private(set) var header: [String] = []

    /// The read error that ended the input early, if any.
    public var error: RecordError? { lines.error }

    /// Opens a CSV stream and reads its header.
    ///
    /// - Parameters:
    ///   - source: The input.
    ///   - maximumRecordBytes: Records longer than this are rejected.
    /// - Throws: ``RecordRejection`` when there is no usable header line.
    public init(_ source: InputSource, maximumRecordBytes: Int = LineReader.defaultMaximumLineBytes) throws(RecordRejection) {
        lines = LineReader(source, maximumLineBytes: maximumRecordBytes)
        self.maximumRecordBytes = maximumRecordBytes
        guard let first = nextRecord() else { throw RecordRejection(line: 1, reason: "empty input: a CSV header line is required") }
        switch first.content {
        case .success(let fields): header = fields
        case .failure(let rejection): throw RecordRejection(line: rejection.line, reason: "header: \(rejection.reason)")
        }
        let duplicates = Dictionary(grouping: header, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        if let duplicate = duplicates.first {
            throw RecordRejection(line: 1, reason: "header names column '\(duplicate)' twice")
        }
    }

    /// The next record, or nil at the end of input.
    public mutating func next() -> Record? {
        nextRecord()
    }

    private mutating func nextRecord() -> Record? {
        var text = ""
        var startLine: Int?
        var quotes = 0
        while let line = lines.next() {
            if startLine == nil { startLine = line.number }
            switch line.content {
            case .rejected(let reason):
                // Skip the rest of a broken multi-line record: it cannot be trusted.
                return Record(line: line.number, content: .failure(RecordRejection(line: line.number, reason: reason)))
            case .text(let part):
                if startLine != line.number { text += "\n" }
                text += part
                quotes += part.utf8.reduce(0) { $1 == 0x22 ? $0 + 1 : $0 }
                if text.utf8.count > maximumRecordBytes {
                    return Record(line: startLine!, content: .failure(RecordRejection(
                        line: startLine!, reason: "record is longer than \(maximumRecordBytes) bytes (an unclosed quote?)")))
                }
                if quotes % 2 == 0 {
                    if text.isEmpty && startLine == line.number { startLine = nil; continue }  // blank line
                    return Record(line: startLine!, content: Self.split(text, line: startLine!))
                }
            }
        }
        guard let startLine else { return nil }
        return Record(line: startLine, content: .failure(RecordRejection(line: startLine, reason: "unclosed quote at the end of input")))
    }

    private static func split(_ text: String, line: Int) -> Result<[String], RecordRejection> {
        do {
            let reader = try CSVReader(string: text, hasHeaderRow: false)
            guard let fields = reader.next() else {
                return .failure(RecordRejection(line: line, reason: "no fields"))
            }
            if let error = reader.error { return .failure(RecordRejection(line: line, reason: "malformed CSV: \(error)")) }
            return .success(fields)
        } catch {
            return .failure(RecordRejection(line: line, reason: "malformed CSV: \(error)"))
        }
    }

    /// A field written for CSV: quoted when it holds a comma, a quote or a line break.
    ///
    /// - Parameter value: Any text.
    /// - Returns: The field as it goes into a CSV line.
    public static func field(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
