/// The 64-bit FNV-1a hash of bytes, for the tables that look words up by their bytes without
/// building a `String` (titles, the word memo of the one-pass key).
enum FNV1a {
    /// The hash of no bytes.
    static var offset: UInt64 { 0xCBF2_9CE4_8422_2325 }

    /// `hash` with one more byte.
    @inline(__always)
    static func adding(_ byte: UInt8, to hash: UInt64) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01B3
    }

    /// The hash of `bytes`.
    @inline(__always)
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        bytes.reduce(offset) { adding($1, to: $0) }
    }
}
