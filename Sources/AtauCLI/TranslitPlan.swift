import Atau

/// Which transliterators `atau translit` runs on each line, with one session (clone and
/// token cache) per scheme.
final class TranslitPlan {
    /// One transliteration of a line.
    struct Result {
        /// The scheme id or ICU ID, or nil when the line was copied (no Cyrillic).
        let scheme: String?
        let output: String
    }

    /// One fixed transliterator: a class, so the per-line loop copies a reference only.
    private final class Fixed {
        let id: String
        let scheme: Scheme?
        let session: TransliterationSession

        init(id: String, scheme: Scheme?, session: TransliterationSession) {
            self.id = id
            self.scheme = scheme
            self.session = session
        }
    }

    private enum Mode {
        case fixed([Fixed])
        case detect(catalog: SchemeCatalog)
    }

    private let mode: Mode
    private let direction: Direction
    private var detected: [Language: (Scheme, TransliterationSession)] = [:]
    /// The width of the longest id, for aligned text output.
    let idWidth: Int?

    init(schemeIDs: [String], all: Bool, icu: String?, direction: Direction, catalog: SchemeCatalog?) throws {
        self.direction = direction
        if let icu {
            let transliterator = try Transliterator.icu(icu, direction: direction)
            mode = .fixed([Fixed(id: icu, scheme: nil, session: transliterator.makeSession())])
            idWidth = nil
            return
        }
        guard let catalog else { preconditionFailure("a catalog is needed without --icu") }
        if schemeIDs.isEmpty && !all {
            mode = .detect(catalog: catalog)
            idWidth = nil
            return
        }
        let schemes = all
            ? catalog.schemes.filter { direction == .forward || $0.isReversible }
            : try schemeIDs.map { id throws(SchemeError) in try catalog.scheme(id) }
        mode = .fixed(try schemes.map { scheme in
            Fixed(id: scheme.id, scheme: scheme, session: try catalog.transliterator(for: scheme.id, direction: direction).makeSession())
        })
        idWidth = schemes.count > 1 ? schemes.map(\.id.count).max() : nil
    }

    func transliterate(_ text: String) -> [Result] {
        switch mode {
        case .fixed(let sessions):
            var results: [Result] = []
            results.reserveCapacity(sessions.count)
            for fixed in sessions {
                results.append(Result(scheme: fixed.id, output: fixed.session.transliterate(text)))
            }
            return results
        case .detect(let catalog):
            guard let (scheme, session) = detectedSession(for: text, catalog: catalog) else {
                return [Result(scheme: nil, output: text)]
            }
            return [Result(scheme: scheme.id, output: session.transliterate(text))]
        }
    }

    private func detectedSession(for text: String, catalog: SchemeCatalog) -> (Scheme, TransliterationSession)? {
        guard let language = Language.detect(in: text) else { return nil }
        if let known = detected[language] { return known }
        let id = SchemeCatalog.defaultScheme(for: language)
        guard let scheme = try? catalog.scheme(id),
              let transliterator = try? catalog.transliterator(for: id) else { return nil }
        let made = (scheme, transliterator.makeSession())
        detected[language] = made
        return made
    }

    /// What `--strict` objects to in a line: letters a scheme does not define, or letters of
    /// the source script left in an output (Cyrillic going forward, Latin in reverse). Nil
    /// when there is nothing.
    func strictProblem(in text: String, results: [Result]) -> String? {
        for result in results {
            guard let id = result.scheme else { continue }
            if direction == .reverse {
                if let first = result.output.unicodeScalars.first(where: { Script.of($0) == .latin }) {
                    return "\(id) left Latin '\(first)' in the output '\(result.output)'"
                }
                continue
            }
            if let scheme = scheme(id) {
                let letters = scheme.undefinedLetters(in: text)
                if !letters.isEmpty {
                    return "scheme \(id) does not define \(letters.map { "'\($0)'" }.joined(separator: ", ")) (\(scheme.fallback.isEmpty ? "no fallback" : "fallback: \(scheme.fallback)"))"
                }
            }
            let leftover = result.output.unicodeScalars.filter { Script.of($0) == .cyrillic }
            if let first = leftover.first {
                return "\(id) left Cyrillic '\(first)' in the output '\(result.output)'"
            }
        }
        return nil
    }

    private func scheme(_ id: String) -> Scheme? {
        switch mode {
        case .fixed(let sessions): return sessions.first { $0.id == id }?.scheme
        case .detect(let catalog): return try? catalog.scheme(id)
        }
    }
}
