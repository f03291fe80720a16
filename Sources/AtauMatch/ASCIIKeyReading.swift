extension KeyMaker {
    /// The first key of a token all in ASCII, read straight from its bytes: the common case of
    /// the fast path, without arrays. The same cut as the general reading: the fewest
    /// spellings, then the fewest attested extras, then the later spellings the longer.
    ///
    /// - Returns: Whether the token has other keys too, after appending its key to `output`;
    ///   nil, with nothing appended, when a letter starts no spelling or a reading is longer
    ///   than the packed form holds, so that the general reading must be used.
    func asciiPrimaryKey(_ token: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> Bool? {
        let count = token.count
        return alphabet.spellings.withASCIIView { trie in
            withUnsafeTemporaryAllocation(of: (cost: Int32, node: Int32, length: Int32).self, capacity: count + 1) { plan in
                // plan[i]: the least cost of reading token[i...], and the node and length of the
                // spelling at i (node -1: none). Costs as in the general reading: 64 a spelling,
                // 65 an extra one, 66 a byte that starts none.
                var extraSeen = false
                plan[count] = (0, -1, 0)
                for index in stride(from: count - 1, through: 0, by: -1) {
                    var best = (cost: plan[index + 1].cost + 66, node: Int32(-1), length: Int32(0))
                    var node = 0
                    var end = index
                    while end < count {
                        let next = trie.children[node &* 128 &+ Int(LatinFolding.folded(ascii: token[end]))]
                        guard next >= 0 else { break }
                        node = Int(next)
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
                            if ScalarTraits.isLetter(UInt32(token[index])) { return nil }
                            index += 1
                            continue
                        }
                        var packed = trie.packedReadings[Int(step.node)]
                        guard packed != 0 else { return nil }
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
