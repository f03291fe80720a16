#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered writer to a file descriptor (standard output by default).
///
/// Data goes out in 64 KiB writes; a failed write (a full disk, a closed pipe) is kept in
/// ``error`` and later writes are dropped, so a command can stop and exit with status 74.
public final class OutputSink {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private let capacity = 1 << 16
    /// The first write error, if one happened.
    public private(set) var error: RecordError?
    /// The name used in diagnostics.
    public let name: String

    /// Creates a sink.
    ///
    /// - Parameters:
    ///   - descriptor: An open file descriptor; standard output by default.
    ///   - name: The name for diagnostics.
    public init(descriptor: Int32 = 1, name: String = "<stdout>") {
        self.descriptor = descriptor
        self.name = name
        buffer.reserveCapacity(capacity)
    }

    deinit { flush() }

    /// Appends a string.
    ///
    /// - Parameter text: UTF-8 text; no newline is added.
    public func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= capacity { flush() }
    }

    /// Appends a string and a newline.
    ///
    /// - Parameter text: One line of output.
    public func writeLine(_ text: String) {
        write(text)
        buffer.append(0x0A)
        if buffer.count >= capacity { flush() }
    }

    /// Writes out everything buffered.
    public func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard error == nil, !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    error = .io(path: name, reason: String(cString: strerror(errno)))
                    return
                }
                offset += written
            }
        }
    }
}
