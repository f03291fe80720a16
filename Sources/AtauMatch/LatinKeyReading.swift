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
            withUnsafeTemporaryAllocation(of: (cost: Int32, node: Int32, length: Int32).self, capacity: count + 1) { plan in
                // plan[i]: the least cost of reading scalars[i...], and the node and length of
                // the spelling at i (node -1: none). Costs as in the general reading: 64 a
                // spelling, 65 an extra one, 66 a scalar that starts none.
                var extraSeen = false
                plan[count] = (0, -1, 0)
                for index in stride(from: count - 1, through: 0, by: -1) {
                    var best = (cost: plan[index + 1].cost + 66, node: Int32(-1), length: Int32(0))
                    var node = 0
                    var end = index
                    while end < count, let next = trie.child(of: node, scalars[end]) {
                        node = next
                        end += 1
                        guard trie.isEnd[node] else { continue }
                        let isExtra = trie.isExtra[node]
                        if isExtra { extraSeen = true }
                        let cost = plan[end].cost + (isExtra ? 65 : 64)
                        // On a tie the shorter spelling here, so the later ones are longer.
                        if cost < best.cost || (cost == best.cost && best.node < 0) {
                            best = (cost, Int32(node), Int32(end - index))
                        }
                    }
                    plan[index] = best
                }
                // Each spelling's reading is at most six bytes.
                return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count * 6 + 1) { key -> Bool? in
                    var ambiguous = extraSeen
                    var written = 0
                    var index = 0
                    while index < count {
                        let step = plan[index]
                        guard step.node >= 0 else {
                            if ScalarTraits.isLetter(scalars[index]) { return nil }
                            index += 1
                            continue
                        }
                        var packed = trie.packedReadings[Int(step.node)]
                        guard packed != SpellingTrie.unpacked else { return nil }
                        if packed & SpellingTrie.ambiguousBit != 0 { ambiguous = true }
                        for _ in 0..<(packed >> 56) {
                            key[written] = UInt8(truncatingIfNeeded: packed)
                            packed >>= 8
                            written += 1
                        }
                        index += Int(step.length)
                    }
                    let length = Self.normalize(UnsafeMutableBufferPointer(rebasing: key[..<written]))
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: key[..<length]))
                    return ambiguous
                }
            }
        }
    }
}
