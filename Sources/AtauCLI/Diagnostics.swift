import ArgumentParser
import Atau
import AtauRecords
import Foundation

/// Exit statuses, after BSD's sysexits.h.
enum ExitStatus {
    static let noMatch = ExitCode(1)
    static let usage = ExitCode(64)
    static let badRecords = ExitCode(65)
    static let unreadable = ExitCode(66)
    static let ioError = ExitCode(74)
}

/// Writes diagnostics to standard error as `file:line: error: message`.
enum Diagnostics {
    private static let standardError = FileHandle.standardError

    /// Prints one message on standard error.
    static func print(_ message: String) {
        standardError.write(Data((message + "\n").utf8))
    }

    /// Prints an error about one line of input.
    static func error(_ file: String, line: Int, _ message: String) {
        print("\(file):\(line): error: \(message)")
    }

    /// Prints an error and returns the exit status it calls for.
    static func fail(_ error: Error) -> ExitCode {
        switch error {
        case let scheme as SchemeError:
            switch scheme {
            case .unknownScheme, .notReversible, .unknownTransform:
                print("error: \(scheme)")
                return ExitStatus.usage
            case .unreadable, .invalidTable, .duplicateID, .invalidRule:
                print(scheme.description.contains(": ") ? scheme.description.replacingFirst(": ", with: ": error: ") : "error: \(scheme)")
                return ExitStatus.unreadable
            }
        case let record as RecordError:
            print(record.description)
            switch record {
            case .unreadable: return ExitStatus.unreadable
            case .io: return ExitStatus.ioError
            }
        case let exit as ExitCode:
            return exit
        default:
            print("error: \(error)")
            return ExitCode.failure
        }
    }
}

extension String {
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
