import Testing

@testable import AtauMatch

@Suite struct WordKeyMemoTests {
    /// Keys a word through the memo, counting the calls of `make`.
    private func key(_ word: String, _ memo: WordKeyMemo, calls: inout Int) -> [UInt8] {
        var output: [UInt8] = [0x21]
        var bytes = Array(word.utf8)
        bytes.withUnsafeMutableBufferPointer { word in
            memo.appendKey(of: UnsafeBufferPointer(word), to: &output) { output in
                calls += 1
                output.append(contentsOf: word.reversed())
            }
        }
        return Array(output.dropFirst())
    }

    @Test func aWordSeenBeforeIsNotKeyedAgain() {
        let memo = WordKeyMemo()
        var calls = 0
        #expect(key("qaiyrbek", memo, calls: &calls) == Array("kebryiaq".utf8))
        #expect(key("qaiyrbek", memo, calls: &calls) == Array("kebryiaq".utf8))
        #expect(calls == 1)
        // Another word of the same length is keyed, not taken for the first.
        #expect(key("qaiyrbak", memo, calls: &calls) == Array("kabryiaq".utf8))
        #expect(calls == 2)
    }

    @Test func longWordsAndKeysAreKeyedEachTime() {
        let memo = WordKeyMemo()
        var calls = 0
        let long = String(repeating: "ab", count: 16)  // 32 bytes
        #expect(key(long, memo, calls: &calls) == Array(long.utf8.reversed()))
        #expect(key(long, memo, calls: &calls) == Array(long.utf8.reversed()))
        #expect(calls == 2)
    }

    @Test func wordsThatShareASlotReplaceEachOther() {
        // More words than slots: every key is still the word's own.
        let memo = WordKeyMemo()
        var calls = 0
        let words = (0..<10_000).map { "w\($0)" }
        for _ in 0..<2 {
            for word in words { #expect(key(word, memo, calls: &calls) == Array(word.utf8.reversed())) }
        }
        #expect(calls > words.count && calls < 2 * words.count)
    }
}
