import ArgumentParser
import Atau

/// The `atau` command: transliterate and match Kazakh and Russian personal names.
public struct AtauCommand: ParsableCommand {
    /// The command's name, abstract and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "atau",
        abstract: "Transliterate, normalize and match Kazakh and Russian personal names.",
        discussion: """
            Data goes to standard output, diagnostics to standard error as FILE:LINE: error: MESSAGE.
            Exit status: 0 ok, 1 no match (match), 64 usage, 65 bad records (the rest is still \
            processed), 66 unreadable input or tables, 74 I/O error.
            """,
        version: "0.1.0 (ICU \(icuVersion))",
        subcommands: [SchemesCommand.self, TranslitCommand.self, MatchCommand.self, NormalizeCommand.self, CheckTablesCommand.self]
    )

    /// Creates the command; ArgumentParser fills it in.
    public init() {}
}
