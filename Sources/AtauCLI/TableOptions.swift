import ArgumentParser
import Atau
import Foundation

/// Options every command that needs schemes shares.
struct TableOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A directory of extra scheme tables (*.json), added to the bundled ones. Also $ATAU_TABLES.",
        valueName: "dir"))
    var tables: [String] = []

    /// The catalog: bundled tables plus `--tables` and `$ATAU_TABLES` directories.
    func catalog() throws -> SchemeCatalog {
        var directories = tables
        if let fromEnvironment = ProcessInfo.processInfo.environment["ATAU_TABLES"], !fromEnvironment.isEmpty {
            directories += fromEnvironment.split(separator: ":").map(String.init)
        }
        do {
            return try SchemeCatalog.bundled(adding: directories.map { URL(fileURLWithPath: $0) })
        } catch {
            throw Diagnostics.fail(error)
        }
    }
}
