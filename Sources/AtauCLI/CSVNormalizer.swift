import ArgumentParser
import AtauMatch
import AtauRecords

/// Normalizes one column of a CSV stream, writing every row back with columns added.
struct CSVNormalizer {
    let normalizer: NameNormalizer
    let column: String
    let idColumn: String?
    let output: OutputSink
    let report: ErrorReport

    func run(_ source: InputSource, maximumBytes: Int) throws -> RecordCounts {
        var reader: CSVRecordReader
        do {
            reader = try CSVRecordReader(source, maximumRecordBytes: maximumBytes)
        } catch {
            Diagnostics.error(source.name, line: error.line, error.reason)
            throw ExitStatus.badRecords
        }
        guard let nameIndex = reader.header.firstIndex(of: column) else {
            Diagnostics.error(source.name, line: 1, "no column '\(column)'; the header has \(reader.header.map { "'\($0)'" }.joined(separator: ", "))")
            throw ExitStatus.usage
        }
        if let idColumn, !reader.header.contains(idColumn) {
            Diagnostics.error(source.name, line: 1, "no column '\(idColumn)' for --id")
            throw ExitStatus.usage
        }
        let idIndex = reader.header.firstIndex(of: idColumn ?? "id")
        output.writeLine((reader.header + NormalizedJSON.csvColumns).map(CSVRecordReader.field).joined(separator: ","))
        var counts = RecordCounts()
        while let record = reader.next() {
            switch record.content {
            case .failure(let rejection):
                report.add(rejection)
            case .success(let fields):
                let recordID = idIndex.flatMap { $0 < fields.count ? fields[$0] : nil }
                guard fields.count == reader.header.count else {
                    report.add(RecordRejection(line: record.line, recordID: recordID,
                                               reason: "\(fields.count) fields, the header has \(reader.header.count)"))
                    continue
                }
                do {
                    let name = try normalizer.normalize(fields[nameIndex])
                    output.writeLine((fields + NormalizedJSON.csvValues(name)).map(CSVRecordReader.field).joined(separator: ","))
                    counts.written += 1
                } catch {
                    report.add(RecordRejection(line: record.line, recordID: recordID, reason: "column '\(column)': \(error)"))
                }
            }
            if output.error != nil { break }
        }
        counts.readError = reader.error
        return counts
    }
}
