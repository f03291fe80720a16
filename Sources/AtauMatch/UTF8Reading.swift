/// Reading scalars straight from a `String`'s UTF-8 bytes, for the hot paths that must not
/// go through `String.UnicodeScalarView` indices.
enum UTF8Reading {
    /// The scalar value that starts at `index` and its length in bytes. The bytes must be
    /// valid UTF-8, as a `String`'s always are.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                    | UInt32(bytes[index + 3] & 0x3F), 4)
    }

    /// The scalar of a value read by ``scalar(in:at:)``.
    @inline(__always)
    static func unicodeScalar(_ value: UInt32) -> Unicode.Scalar {
        Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// Calls `body` with a text's UTF-8 bytes. Unlike `String.withUTF8`, this does not move a
    /// small (inline) string to the heap first.
    @inline(__always)
    static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }

    /// Whether two texts have the same UTF-8 bytes (no Unicode equivalence: for keys and
    /// folded spellings, which are made the same way on both sides).
    @inline(__always)
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        return withBytes(of: a) { x in withBytes(of: b) { y in x.elementsEqual(y) } }
    }

    /// Whether a text holds a byte, searched in its contiguous UTF-8 storage.
    @inline(__always)
    static func contains(_ byte: UInt8, in text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? text.utf8.contains(byte)
    }
}
