extension KeyMaker {
    /// The first key of a token all in Latin letters, read straight from its bytes against the
    /// trie's tables: the common case of the fast path, without arrays. The same cut as the
    /// general reading: the fewest spellings, then the fewest attested extras, then the later
    /// spellings the longer.
    ///
    /// - Returns: Whether the token has other keys too, after appending its key to `output`;
    ///   nil, with nothing appended, when the token holds a Cyrillic letter or a scalar whose
    ///   lower case is several, a letter starts no spelling, or a reading is longer than the
    ///   packed form holds, so that the general reading must be used.
    func latinPrimaryKey(_ token: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> Bool? {
        // Each scalar is at least one byte.
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: token.count) { scalars -> Bool? in
            var count = 0
            var index = 0
            while index < token.count {
                let (value, length) = UTF8Reading.scalar(in: token, at: index)
                index += length
                if value >= 0x400 && value <= 0x4FF { return nil }
                switch LatinFolding.fold(value, after: count > 0 ? scalars[count - 1] : 0) {
                case .scalar(let folded):
                    scalars[count] = folded
                    count += 1
                case .dropped:
                    continue
                case .lowercaseMapping:
                    return nil
                }
            }
            return read(UnsafeBufferPointer(rebasing: scalars[..<count]), into: &output)
        }
    }

    /// Reads folded scalars (see ``latinPrimaryKey(_:into:)``).
    private func read(_ scalars: UnsafeBufferPointer<UInt32>, into output: inout [UInt8]) -> Bool? {
        let count = scalars.count
        return alphabet.spellings.withView { trie in
            withUnsafeTemporaryAllocation(of: SpellingTrie.Step.self, capacity: count + 1) { plan in
                let extraSeen = trie.cut(scalars, preferringExtras: false, into: plan)
                // Each spelling's reading is at most six bytes.
                return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count * 6 + 1) { key -> Bool? in
                    var ambiguous = extraSeen
                    var written = 0
                    var index = 0
                    while index < count {
                        guard let match = plan[index].spelling else {
                            if ScalarTraits.isLetter(scalars[index]) { return nil }
                            index += 1
                            continue
                        }
                        var packed = trie.packedReading(of: match)
                        guard packed != SpellingTrie.unpacked else { return nil }
                        if packed & SpellingTrie.ambiguousBit != 0 { ambiguous = true }
                        for _ in 0..<(packed >> 56) {
                            key[written] = UInt8(truncatingIfNeeded: packed)
                            packed >>= 8
                            written += 1
                        }
                        index += match.length
                    }
                    let length = Self.normalize(UnsafeMutableBufferPointer(rebasing: key[..<written]))
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: key[..<length]))
                    return ambiguous
                }
            }
        }
    }
}
