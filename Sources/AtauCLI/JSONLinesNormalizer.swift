import AtauMatch
import AtauRecords
import Foundation

/// Normalizes the name field of each JSON Lines record, writing the record back byte for
/// byte with one field added.
struct JSONLinesNormalizer {
    let normalizer: NameNormalizer
    let field: JSONPath
    let idPath: JSONPath?
    let outputField: String
    let output: OutputSink
    let report: ErrorReport

    func run(_ source: InputSource, maximumBytes: Int) -> RecordCounts {
        var counts = RecordCounts()
        var lines = LineReader(source, maximumLineBytes: maximumBytes)
        let defaultID = JSONPath("id")!
        while let line = lines.next() {
            switch line.content {
            case .rejected(let reason):
                report.add(RecordRejection(line: line.number, reason: reason))
            case .text(let text):
                if text.allSatisfy(\.isWhitespace) { continue }
                switch normalize(text, line: line.number, defaultID: defaultID) {
                case .success(let written):
                    output.writeLine(written)
                    counts.written += 1
                case .failure(let rejection):
                    report.add(rejection)
                }
            }
            if output.error != nil { break }
        }
        counts.readError = lines.error
        return counts
    }

    private func normalize(_ text: String, line: Int, defaultID: JSONPath) -> Result<String, RecordRejection> {
        let object: [String: Any]
        do {
            guard let decoded = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) as? [String: Any] else {
                return .failure(RecordRejection(line: line, reason: "not a JSON object"))
            }
            object = decoded
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            return .failure(RecordRejection(line: line, reason: "invalid JSON: \(detail)"))
        }
        let recordID = (idPath ?? defaultID).value(in: object).flatMap(Self.describeID)
        func reject(_ reason: String) -> Result<String, RecordRejection> {
            .failure(RecordRejection(line: line, recordID: recordID, reason: reason))
        }
        if object[outputField] != nil {
            return reject("the record already has a field '\(outputField)'; choose another with --output-field")
        }
        let value: String
        switch field.value(in: object) {
        case nil:
            return reject("field '\(field)' is missing")
        case is NSNull:
            return reject("field '\(field)' is null")
        case let name as String:
            do {
                value = NormalizedJSON.value(try normalizer.normalize(name))
            } catch {
                return reject("field '\(field)': \(error)")
            }
        case let names as [Any]:
            var parts: [String] = []
            for (index, item) in names.enumerated() {
                guard let name = item as? String else { return reject("field '\(field)[\(index)]' is not a string") }
                do {
                    parts.append(NormalizedJSON.value(try normalizer.normalize(name)))
                } catch {
                    return reject("field '\(field)[\(index)]': \(error)")
                }
            }
            value = "[" + parts.joined(separator: ",") + "]"
        default:
            return reject("field '\(field)' is not a string or an array of strings")
        }
        var trimmed = Substring(text)
        while let last = trimmed.last, last.isWhitespace { trimmed.removeLast() }
        guard trimmed.last == "}" else { return reject("not a JSON object") }
        trimmed.removeLast()
        let key = JSONLine.encode(.string(outputField))
        return .success(trimmed + (object.isEmpty ? "" : ",") + key + ":" + value + "}")
    }

    private static func describeID(_ value: Any) -> String? {
        switch value {
        case let text as String: return text
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }
}
