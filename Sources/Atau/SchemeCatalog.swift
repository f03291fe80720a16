import Foundation
import Synchronization

/// All schemes known to Atau: the bundled `Tables/` plus any table directories a user adds.
///
/// Metadata is read eagerly when the catalog is made; a scheme's rules are compiled on first
/// use and the compiled ``Transliterator`` is kept, so a name is never compiled per call.
///
/// ```swift
/// let catalog = try SchemeCatalog.bundled()
/// let bgn = try catalog.transliterator(for: "ru-bgn-pcgn")
/// bgn.transliterate("Жанна Щеглова")  // "Zhanna Shcheglova"
/// ```
public final class SchemeCatalog: Sendable {
    /// Every scheme, Kazakh first, then Russian, each sorted by id.
    public let schemes: [Scheme]
    /// The table directories the catalog was read from, in order.
    public let directories: [URL]
    private let byID: [String: Scheme]
    private let compiled = Mutex<[String: Transliterator]>([:])

    /// The scheme used for Kazakh text when none is given.
    public static let defaultKazakhScheme = "kk-latin-2021"
    /// The scheme used for Russian text when none is given.
    public static let defaultRussianScheme = "ru-icao-doc-9303"

    /// Reads every `*.json` table in the given directories.
    ///
    /// - Parameter directories: Table directories, read in order; one named twice is read once.
    /// - Throws: ``SchemeError`` naming the file for an unreadable directory, a malformed
    ///   table or an id defined twice.
    public init(directories: [URL]) throws(SchemeError) {
        // A directory named twice (the bundled tables given again with --tables) is read once.
        var seen = Set<String>()
        let directories = directories.filter { seen.insert($0.standardizedFileURL.resolvingSymlinksInPath().path).inserted }
        var byID: [String: Scheme] = [:]
        for directory in directories {
            for file in try Self.tableFiles(in: directory) {
                let scheme = try SchemeTable.load(from: file)
                if let first = byID[scheme.id] {
                    throw .duplicateID(id: scheme.id, first: first.file, second: scheme.file)
                }
                byID[scheme.id] = scheme
            }
        }
        self.byID = byID
        self.directories = directories
        let order = Dictionary(uniqueKeysWithValues: Language.allCases.enumerated().map { ($1, $0) })
        self.schemes = byID.values.sorted {
            (order[$0.language]!, $0.id) < (order[$1.language]!, $1.id)
        }
    }

    /// The catalog of the tables shipped with Atau, plus `extraDirectories` (alone, when the
    /// shipped tables cannot be found).
    ///
    /// - Parameter extraDirectories: User table directories (`--tables`, `$ATAU_TABLES`).
    /// - Returns: The catalog.
    /// - Throws: ``SchemeError`` when a table cannot be read or the bundled tables are missing.
    public static func bundled(adding extraDirectories: [URL] = []) throws(SchemeError) -> SchemeCatalog {
        guard let directory = bundledTablesDirectory else {
            // An installed binary without its resource folder can still run on a copy of the
            // tables named by the user.
            guard !extraDirectories.isEmpty else {
                throw .unreadable(
                    path: "Tables", reason: "the bundled scheme tables were not found beside the atau binary; "
                        + "keep the Atau_Atau.resources folder next to it, or name a copy of Tables/ with --tables DIR or $ATAU_TABLES")
            }
            return try SchemeCatalog(directories: extraDirectories)
        }
        return try SchemeCatalog(directories: [directory] + extraDirectories)
    }

    /// Where the bundled tables are: the resource folder beside the running binary (as
    /// `swift build` lays it out), else the source checkout this library was built from.
    public static var bundledTablesDirectory: URL? {
        let manager = FileManager.default
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        candidates.append(executable.deletingLastPathComponent().appendingPathComponent("Atau_Atau.resources/Tables"))
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("Atau_Atau.resources/Tables"))
        let source = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(source.appendingPathComponent("Tables"))
        return candidates.first { manager.fileExists(atPath: $0.appendingPathComponent("kk-latin-2021.json").path) }
    }

    private static func tableFiles(in directory: URL) throws(SchemeError) -> [URL] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw .unreadable(path: directory.path, reason: "not a readable directory of scheme tables")
        }
        return names.filter { $0.hasSuffix(".json") }.sorted().map { directory.appendingPathComponent($0) }
    }

    /// The scheme with this id.
    ///
    /// - Parameter id: A scheme id.
    /// - Returns: The scheme.
    /// - Throws: ``SchemeError/unknownScheme(id:suggestions:)`` with the nearest ids.
    public func scheme(_ id: String) throws(SchemeError) -> Scheme {
        guard let scheme = byID[id] else { throw .unknownScheme(id: id, suggestions: suggestions(for: id)) }
        return scheme
    }

    /// The default scheme for a language: ``defaultKazakhScheme`` or ``defaultRussianScheme``.
    ///
    /// - Parameter language: The language of the input.
    /// - Returns: A scheme id.
    public static func defaultScheme(for language: Language) -> String {
        language == .kazakh ? defaultKazakhScheme : defaultRussianScheme
    }

    /// The compiled transliterator of a scheme, compiled on first use and kept.
    ///
    /// - Parameters:
    ///   - id: A scheme id.
    ///   - direction: `.reverse` for Latin → Cyrillic.
    /// - Returns: A transliterator that may be shared across threads.
    /// - Throws: ``SchemeError`` for an unknown id, a scheme without reverse rules, or a rule
    ///   ICU rejects (naming the file, the line and the rule).
    public func transliterator(for id: String, direction: Direction = .forward) throws(SchemeError) -> Transliterator {
        let scheme = try scheme(id)
        if direction == .reverse, !scheme.isReversible { throw .notReversible(id: id) }
        let key = "\(id)/\(direction.rawValue)"
        return try compiled.withLock { cache throws(SchemeError) -> Transliterator in
            if let done = cache[key] { return done }
            let made = try Self.compile(scheme, direction: direction)
            cache[key] = made
            return made
        }
    }

    private static func compile(_ scheme: Scheme, direction: Direction) throws(SchemeError) -> Transliterator {
        let rules = direction == .forward ? scheme.rules : scheme.reverseRules
        switch ICUTransform.open(name: scheme.id, rules: rules.joined(separator: "\n"), reverse: false) {
        case .success(let handle):
            return Transliterator(id: scheme.id, direction: direction, prototype: handle)
        case .failure(let failure):
            let index = ruleIndex(atUTF16Offset: failure.offset, in: rules)
            let text = (try? String(contentsOfFile: scheme.file, encoding: .utf8)) ?? ""
            let quoted = (try? JSONEncoder().encode(rules[index])).map { String(decoding: $0, as: UTF8.self) }
            let line = quoted.flatMap { SchemeTable.line(of: $0, in: text) }
            var message = failure.message
            if !failure.context.before.isEmpty || !failure.context.after.isEmpty {
                let near = "\(failure.context.before)⟨here⟩\(failure.context.after)".replacingOccurrences(of: "\n", with: " ⏎ ")
                message += " near '\(near)'"
            }
            throw .invalidRule(file: scheme.file, line: line, rule: index, text: rules[index], icuError: message)
        }
    }

    /// The index of the rule holding a UTF-16 offset of the rules joined by newlines.
    static func ruleIndex(atUTF16Offset offset: Int, in rules: [String]) -> Int {
        var end = 0
        for (index, rule) in rules.enumerated() {
            end += rule.utf16.count + 1
            if offset < end { return index }
        }
        return max(0, rules.count - 1)
    }

    /// Scheme ids close to a mistyped one, nearest first (at most five).
    ///
    /// - Parameter id: What the user typed.
    /// - Returns: Known ids within a small edit distance, or containing what was typed.
    public func suggestions(for id: String) -> [String] {
        let typed = id.lowercased()
        let scored = byID.keys.compactMap { known -> (Int, String)? in
            let distance = EditDistance.levenshtein(typed, known)
            let bare = known.split(separator: "-", maxSplits: 1).last.map(String.init) ?? known
            if distance <= max(2, typed.count / 3) { return (distance, known) }
            if typed.count >= 3, known.contains(typed) || typed.contains(bare) { return (distance, known) }
            return nil
        }
        return scored.sorted { $0 < $1 }.prefix(5).map(\.1)
    }
}
