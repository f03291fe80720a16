import ArgumentParser
import Atau
import AtauRecords

/// `atau check-tables`: compiles every scheme and runs its samples.
struct CheckTablesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-tables",
        abstract: "Compile every scheme table and run its samples; use after adding a scheme.")

    @OptionGroup var tableOptions: TableOptions

    func run() throws {
        let catalog = try tableOptions.catalog()
        var failures = 0
        var checked = 0
        for scheme in catalog.schemes {
            let results: [SampleCheck.Failure]
            do {
                results = try SampleCheck.run(scheme, in: catalog)
            } catch {
                _ = Diagnostics.fail(error)
                failures += 1
                continue
            }
            checked += scheme.samples.count + scheme.reverseSamples.count
            for failure in results {
                failures += 1
                Diagnostics.print("\(scheme.file): error: \(failure)")
            }
        }
        let output = OutputSink()
        output.writeLine("\(catalog.schemes.count) schemes, \(checked) samples, \(failures) failures")
        output.flush()
        if failures > 0 { throw ExitStatus.badRecords }
    }
}
