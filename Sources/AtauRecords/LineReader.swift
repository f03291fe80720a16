import Foundation

/// Reads lines from an ``InputSource`` in constant memory, checking each one.
///
/// Lines end at `\n` (a `\r` before it is dropped). A line that is not valid UTF-8, holds a
/// NUL or another control character (tab excepted), or is longer than the limit is returned
/// as ``Line/Content/rejected(_:)`` with the reason, never altered or dropped; an over-long
/// line is skipped through without being kept in memory.
public struct LineReader: Sequence, IteratorProtocol {
    /// One line of input.
    public struct Line: Sendable, Equatable {
        /// 1-based line number.
        public let number: Int
        /// The text, or why the line was rejected.
        public let content: Content

        /// Creates a line.
        ///
        /// - Parameters:
        ///   - number: 1-based line number.
        ///   - content: The text, or why it was rejected.
        public init(number: Int, content: Content) {
            self.number = number
            self.content = content
        }

        /// What a line holds.
        public enum Content: Sendable, Equatable {
            /// A valid line, without its line ending.
            case text(String)
            /// A line that failed a check; the reason names the byte where it could.
            case rejected(String)
        }
    }

    /// The default limit on a line's length: 1 MiB.
    public static let defaultMaximumLineBytes = 1 << 20

    private let source: InputSource
    private let maximumLineBytes: Int
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var lineNumber = 0
    /// The read error that ended the input early, if any.
    public private(set) var error: RecordError?

    /// Creates a reader.
    ///
    /// - Parameters:
    ///   - source: Where to read from.
    ///   - maximumLineBytes: Lines longer than this are rejected.
    public init(_ source: InputSource, maximumLineBytes: Int = LineReader.defaultMaximumLineBytes) {
        self.source = source
        self.maximumLineBytes = Swift.max(1, maximumLineBytes)
    }

    /// The next line, or nil at the end of input (or after a read error, see ``error``).
    public mutating func next() -> Line? {
        var pending: [UInt8] = []
        var overLong = false
        while true {
            if position >= buffer.count {
                if atEnd { break }
                fill()
                if position >= buffer.count { atEnd = true; break }
            }
            let end = buffer[position...].firstIndex(of: 0x0A)
            let slice = buffer[position..<(end ?? buffer.count)]
            if !overLong {
                if pending.count + slice.count > maximumLineBytes {
                    overLong = true
                    pending.removeAll()
                } else {
                    pending.append(contentsOf: slice)
                }
            }
            if let end {
                position = end + 1
                return finish(pending, overLong: overLong)
            }
            position = buffer.count
        }
        if pending.isEmpty && !overLong { return nil }
        return finish(pending, overLong: overLong)
    }

    private mutating func fill() {
        do {
            let chunk = try source.read(upTo: 1 << 16)
            buffer = [UInt8](chunk)
            position = 0
        } catch {
            self.error = error
            buffer = []
            position = 0
            atEnd = true
        }
    }

    private mutating func finish(_ bytes: [UInt8], overLong: Bool) -> Line {
        lineNumber += 1
        if overLong {
            return Line(number: lineNumber, content: .rejected("line is longer than \(maximumLineBytes) bytes"))
        }
        var bytes = bytes[...]
        if bytes.last == 0x0D { bytes = bytes.dropLast() }
        return Line(number: lineNumber, content: Self.check(bytes))
    }

    /// Validates one line's bytes: UTF-8, and no control characters but tab.
    ///
    /// - Parameter bytes: One line, without its line ending.
    /// - Returns: The text, or why it is rejected.
    public static func check(_ bytes: ArraySlice<UInt8>) -> Line.Content {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .rejected("invalid UTF-8 at byte \(firstInvalidByte(bytes) + 1)")
        }
        // Control characters are C0 (but tab), DEL and C1; in UTF-8 the C1 ones are C2 80–C2 9F.
        var previous: UInt8 = 0
        for (offset, byte) in bytes.enumerated() {
            let control = (byte < 0x20 && byte != 0x09) || byte == 0x7F || (previous == 0xC2 && byte <= 0x9F && byte >= 0x80)
            if control {
                let value = previous == 0xC2 ? UInt32(byte) : UInt32(byte)
                let name = value == 0 ? "a NUL byte" : String(format: "control character U+%04X", value)
                return .rejected("\(name) at byte \(previous == 0xC2 ? offset : offset + 1)")
            }
            previous = byte
        }
        return .text(text)
    }

    /// The 0-based offset of the first byte that breaks UTF-8.
    static func firstInvalidByte(_ bytes: ArraySlice<UInt8>) -> Int {
        var valid = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): valid += String(scalar).utf8.count
            case .emptyInput, .error: break loop
            }
        }
        return valid
    }
}
