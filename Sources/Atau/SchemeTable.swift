import Foundation

/// The on-disk form of one scheme (`Tables/<id>.json`); see `docs/tables.md`.
struct SchemeTable: Decodable {
    static let requiredKeys: Set<String> = [
        "id", "name", "language", "authority", "year", "url", "source", "reversible",
        "undefined", "fallback", "rules", "samples",
    ]
    static let optionalKeys: Set<String> = ["reverseRules", "reverseSamples"]

    let id: String
    let name: String
    let language: String
    let authority: String
    let year: Int?
    let url: String
    let source: String
    let reversible: Bool
    let undefined: String
    let fallback: String
    let rules: [String]
    let reverseRules: [String]?
    let samples: [[String]]
    let reverseSamples: [[String]]?

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Keys present in the file that the format does not have.
    static func unknownKeys(in data: Data) -> [String] {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [] }
        return object.keys.filter { !requiredKeys.contains($0) && !optionalKeys.contains($0) }.sorted()
    }

    /// Reads and validates a table file, turning every problem into a ``SchemeError`` that
    /// names the file and, where it can be found, the line.
    static func load(from url: URL) throws(SchemeError) -> Scheme {
        let file = url.path
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: file, reason: error.localizedDescription)
        }
        let text = String(decoding: data, as: UTF8.self)
        let table: SchemeTable
        do {
            table = try JSONDecoder().decode(SchemeTable.self, from: data)
        } catch let error as DecodingError {
            throw describe(error, file: file, text: text)
        } catch {
            throw .invalidTable(file: file, line: nil, problem: "not a valid table: \(error)")
        }
        if let key = unknownKeys(in: data).first {
            throw .invalidTable(
                file: file, line: line(of: "\"\(key)\"", in: text),
                problem: "unknown key '\(key)'; the keys are \((requiredKeys.union(optionalKeys)).sorted().joined(separator: ", "))")
        }
        return try table.scheme(file: file, text: text)
    }

    private func scheme(file: String, text: String) throws(SchemeError) -> Scheme {
        func fail(_ key: String, _ problem: String) -> SchemeError {
            .invalidTable(file: file, line: Self.line(of: "\"\(key)\"", in: text), problem: problem)
        }
        let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        guard id.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression) != nil else {
            throw fail("id", "id '\(id)' must be lowercase letters, digits and single hyphens")
        }
        guard id == stem else {
            throw fail("id", "id '\(id)' differs from the file name '\(stem).json'; rename one of them")
        }
        guard let language = Language(rawValue: language) else {
            throw fail("language", "language '\(language)' is not one of \(Language.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard !rules.isEmpty else { throw fail("rules", "'rules' is empty") }
        guard reversible == (reverseRules?.isEmpty == false) else {
            throw fail("reversible", reversible
                ? "'reversible' is true but there are no 'reverseRules'"
                : "'reverseRules' are given but 'reversible' is false")
        }
        guard !samples.isEmpty else { throw fail("samples", "'samples' is empty: every scheme needs test vectors") }
        func pairs(_ key: String, _ list: [[String]]) throws(SchemeError) -> [Scheme.Sample] {
            var result: [Scheme.Sample] = []
            for (index, pair) in list.enumerated() {
                guard pair.count == 2 else {
                    throw fail(key, "'\(key)' item \(index + 1) has \(pair.count) strings; a sample is [input, expected]")
                }
                result.append(Scheme.Sample(input: pair[0], expected: pair[1]))
            }
            return result
        }
        return Scheme(
            id: id, name: name, language: language, authority: authority, year: year, url: url,
            source: source, isReversible: reversible,
            undefinedLetters: Set(undefined.lowercased()), fallback: fallback,
            rules: rules, reverseRules: reverseRules ?? [],
            samples: try pairs("samples", samples),
            reverseSamples: try pairs("reverseSamples", reverseSamples ?? []),
            file: file)
    }

    /// The 1-based line of the first occurrence of `needle` in `text`.
    static func line(of needle: String, in text: String) -> Int? {
        guard let range = text.range(of: needle) else { return nil }
        return text[..<range.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    }

    private static func describe(_ error: DecodingError, file: String, text: String) -> SchemeError {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
                .joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        func keyLine(_ context: DecodingError.Context) -> Int? {
            guard let key = context.codingPath.first(where: { $0.intValue == nil }) else { return nil }
            return line(of: "\"\(key.stringValue)\"", in: text)
        }
        switch error {
        case .keyNotFound(let key, _):
            return .invalidTable(file: file, line: nil, problem: "missing key '\(key.stringValue)'")
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return .invalidTable(file: file, line: keyLine(context),
                                 problem: "'\(path(context))' must be \(describe(type))")
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return .invalidTable(file: file, line: nil,
                                 problem: "not valid JSON: \(underlying ?? context.debugDescription)")
        @unknown default:
            return .invalidTable(file: file, line: nil, problem: "\(error)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type, is Int?.Type: return "an integer"
        case is Bool.Type: return "true or false"
        case is [String].Type: return "an array of strings"
        case is [[String]].Type: return "an array of [input, expected] pairs"
        default: return "of type \(type)"
        }
    }
}
