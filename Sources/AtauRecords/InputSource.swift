import Foundation

/// Where records come from: a file or standard input, read in chunks as raw bytes.
public final class InputSource {
    /// The name used in diagnostics: the path, or `<stdin>`.
    public let name: String
    private let handle: FileHandle
    private let ownsHandle: Bool

    /// Standard input.
    public static func standardInput() -> InputSource {
        InputSource(name: "<stdin>", handle: .standardInput, ownsHandle: false)
    }

    /// Opens a file for reading, or standard input when there is no path.
    ///
    /// - Parameter path: A file path, `-`, or nil.
    /// - Returns: The source.
    /// - Throws: ``RecordError/unreadable(path:reason:)`` when the file cannot be opened.
    public static func open(_ path: String?) throws(RecordError) -> InputSource {
        guard let path else { return standardInput() }
        return try file(path)
    }

    /// Opens a file for reading; `-` means standard input.
    ///
    /// - Parameter path: A file path, or `-`.
    /// - Returns: The source.
    /// - Throws: ``RecordError/unreadable(path:reason:)`` when the file cannot be opened.
    public static func file(_ path: String) throws(RecordError) -> InputSource {
        if path == "-" { return standardInput() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw .unreadable(path: path, reason: "is a directory") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: "permission denied")
        }
        return InputSource(name: path, handle: handle, ownsHandle: true)
    }

    private init(name: String, handle: FileHandle, ownsHandle: Bool) {
        self.name = name
        self.handle = handle
        self.ownsHandle = ownsHandle
    }

    deinit {
        if ownsHandle { try? handle.close() }
    }

    /// Reads the next chunk of at most `count` bytes; an empty result is the end of input.
    ///
    /// - Throws: ``RecordError/io(path:reason:)`` on a read error.
    func read(upTo count: Int) throws(RecordError) -> Data {
        do {
            return try handle.read(upToCount: count) ?? Data()
        } catch {
            throw .io(path: name, reason: error.localizedDescription)
        }
    }
}
