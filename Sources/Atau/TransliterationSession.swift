/// A single-thread transliteration session: one ICU clone, one work buffer and a cache of
/// results per token, for streams where names repeat.
///
/// Rules never look across white space (a convention of `Tables/`), so a line transliterated
/// token by token gives the same result as the line at once. Not `Sendable`: make one
/// session per thread or task with ``Transliterator/makeSession(cacheCapacity:)``.
public final class TransliterationSession {
    private let handle: ICUTransform
    private let owner: Transliterator
    private var scratch: [UInt16] = []
    private var cache: [TokenKey: String] = [:]

    /// A token's UTF-8 bytes, hashed in one call: unlike `String`, no Unicode normalization;
    /// unlike `[UInt8]`, not byte by byte.
    private struct TokenKey: Hashable {
        let bytes: [UInt8]

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }
    private let cacheCapacity: Int

    init(handle: ICUTransform, owner: Transliterator, cacheCapacity: Int) {
        self.handle = handle
        self.owner = owner
        self.cacheCapacity = max(0, cacheCapacity)
    }

    deinit {
        owner.giveBack(handle)
    }

    /// Transliterates a line, token by token, reusing cached results.
    ///
    /// - Parameter line: Text; spaces and tabs separate tokens and are kept as they are.
    /// - Returns: The transliterated text.
    public func transliterate(_ line: some StringProtocol) -> String {
        let line = Substring(line)
        var output = ""
        output.reserveCapacity(line.utf8.count + line.utf8.count / 2)
        let bytes = line.utf8
        var tokenStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 {
                if tokenStart < index { output += token(line[tokenStart..<index]) }
                output.unicodeScalars.append(Unicode.Scalar(byte))
                tokenStart = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        if tokenStart < bytes.endIndex { output += token(line[tokenStart..<bytes.endIndex]) }
        return output
    }

    private func token(_ text: Substring) -> String {
        let key = TokenKey(bytes: Array(text.utf8))
        if let hit = cache[key] { return hit }
        let result = handle.run(String(text), scratch: &scratch)
        if cache.count >= cacheCapacity { cache.removeAll(keepingCapacity: true) }
        if cacheCapacity > 0 { cache[key] = result }
        return result
    }
}
