import Foundation

/// Runs the built `atau` binary, for end-to-end tests.
public enum AtauProcess {
    /// What a run printed and how it ended.
    public struct Result: Sendable {
        /// Exit status.
        public let status: Int32
        /// Standard output, as UTF-8 text.
        public let stdout: String
        /// Standard error, as UTF-8 text.
        public let stderr: String
        /// Standard output's lines, without the final empty one.
        public var lines: [String] {
            var lines = stdout.components(separatedBy: "\n")
            if lines.last == "" { lines.removeLast() }
            return lines
        }
    }

    /// The built binary, beside the test bundle.
    public static var binary: URL {
        TestPaths.productsDirectory.appendingPathComponent("atau")
    }

    /// Runs `atau` with arguments and standard input; pipes are drained while it runs, so large
    /// outputs do not block it.
    ///
    /// - Parameters:
    ///   - arguments: Command-line arguments.
    ///   - stdin: Bytes for standard input.
    ///   - environment: Extra environment variables.
    /// - Returns: The status and the captured output.
    public static func run(_ arguments: [String], stdin: Data = Data(), environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["ATAU_TABLES"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        DispatchQueue.global().async(group: group) { outData = output.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errData = error.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) {
            input.fileHandleForWriting.write(stdin)
            try? input.fileHandleForWriting.close()
        }
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs `atau` with text as standard input.
    public static func run(_ arguments: [String], input: String) throws -> Result {
        try run(arguments, stdin: Data(input.utf8))
    }

    /// Runs `atau` with text as standard input and `--errors FILE` added, FILE in a temporary
    /// directory that is removed afterwards.
    ///
    /// - Returns: The run, the text of the error report, and the report's path as it was given.
    public static func runReportingErrors(_ arguments: [String], input: String) throws -> (result: Result, report: String, path: String) {
        let directory = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let errors = directory.appendingPathComponent("errors.tsv")
        let result = try run(arguments + ["--errors", errors.path], input: input)
        return (result, try String(contentsOf: errors, encoding: .utf8), errors.path)
    }
}
