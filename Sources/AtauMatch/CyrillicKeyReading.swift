extension KeyMaker {
    /// Appends the key of a token all in Cyrillic letters that have a class, read straight from
    /// its bytes: the common case of the fast path, without arrays. Such a token reads one way
    /// only.
    ///
    /// - Returns: Whether the token was such a word; when not, nothing is appended and the
    ///   general reading must be used (a Latin letter, a look-alike, a hyphen, a sign).
    func cyrillicPrimaryKey(_ token: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> Bool {
        // Each letter is two bytes (U+0400–U+04FF) and its class at most three.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: token.count * 3 / 2 + 1) { key in
            alphabet.packedCyrillicClasses.withUnsafeBufferPointer { classes in
                var written = 0
                var index = 0
                while index + 1 < token.count {
                    let lead = token[index]
                    guard lead >= 0xD0, lead <= 0xD3 else { return false }
                    let value = (Int(lead) & 0x1F) << 6 | Int(token[index + 1] & 0x3F)
                    var packed = classes[value &- 0x400]
                    guard packed != MatchAlphabet.noClass else { return false }
                    for _ in 0..<(packed >> 24) {
                        key[written] = UInt8(truncatingIfNeeded: packed)
                        packed >>= 8
                        written += 1
                    }
                    index += 2
                }
                guard index == token.count else { return false }
                let length = Self.normalize(UnsafeMutableBufferPointer(rebasing: key[..<written]))
                output.append(contentsOf: UnsafeBufferPointer(rebasing: key[..<length]))
                return true
            }
        }
    }
}
