import Foundation
import Synchronization

/// The first keys of recently keyed words (``KeyMaker/primaryKey(_:into:latin:)``), looked up
/// by the words' bytes: the names of a dataset share most of their words, and reading a
/// word's key (a Latin word is cut into spellings) costs many times a look-up.
///
/// A fixed table of slots, each word in the slot its hash picks and a new word replacing the
/// one there, so memory stays flat (256 KiB) on endless streams. Shared by the copies of one
/// parser across threads, under a lock. Words longer than ``maximumWord`` bytes, or whose key
/// is longer than ``maximumKey``, are keyed each time.
final class WordKeyMemo: Sendable {
    /// The longest word kept, in UTF-8 bytes.
    private static let maximumWord = 31
    private static let slotCount = 4096
    /// A slot: the word's length (0 when empty), the key's length, then the word's bytes and
    /// the key's.
    private static let slotSize = 64
    private static let keyOffset = 2 + maximumWord
    /// The longest key kept, in bytes.
    private static let maximumKey = slotSize - keyOffset

    private let table: Mutex<Table>

    /// The slots' memory, freed with the memo; only touched under the lock.
    private struct Table: ~Copyable, @unchecked Sendable {
        let bytes: UnsafeMutableRawBufferPointer

        init() {
            bytes = .allocate(byteCount: WordKeyMemo.slotCount * WordKeyMemo.slotSize, alignment: 64)
            bytes.initializeMemory(as: UInt8.self, repeating: 0)
        }

        deinit { bytes.deallocate() }
    }

    init() {
        table = Mutex(Table())
    }

    /// Appends the first key of `word` to `output`, as `make` does: from the table when the
    /// word is there, else by calling `make`, whose key is kept.
    ///
    /// - Parameters:
    ///   - word: A word's UTF-8 bytes.
    ///   - output: Where the key is appended.
    ///   - make: Appends the word's key to the buffer it is given.
    @inline(__always)
    func appendKey(of word: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], _ make: (inout [UInt8]) -> Void) {
        guard !word.isEmpty, word.count <= Self.maximumWord else { return make(&output) }
        let slot = Self.slot(of: word)
        let found = table.withLock { table -> Bool in
            let entry = UnsafeMutableRawBufferPointer(rebasing: table.bytes[slot..<(slot + Self.slotSize)])
            guard Int(entry[0]) == word.count, memcmp(entry.baseAddress! + 2, word.baseAddress!, word.count) == 0 else { return false }
            output.append(contentsOf: UnsafeRawBufferPointer(rebasing: entry[Self.keyOffset..<(Self.keyOffset + Int(entry[1]))]))
            return true
        }
        if found { return }
        let start = output.count
        make(&output)
        let keyLength = output.count - start
        guard keyLength <= Self.maximumKey else { return }
        output.withUnsafeBufferPointer { output in
            table.withLock { table in
                let entry = UnsafeMutableRawBufferPointer(rebasing: table.bytes[slot..<(slot + Self.slotSize)])
                entry[0] = UInt8(word.count)
                entry[1] = UInt8(keyLength)
                UnsafeMutableRawBufferPointer(rebasing: entry[2..<(2 + word.count)]).copyMemory(from: UnsafeRawBufferPointer(word))
                UnsafeMutableRawBufferPointer(rebasing: entry[Self.keyOffset..<(Self.keyOffset + keyLength)])
                    .copyMemory(from: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: output[start...])))
            }
        }
    }

    /// The offset of a word's slot: FNV-1a over its bytes.
    @inline(__always)
    private static func slot(of word: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = FNV1a.hash(word)
        return Int(truncatingIfNeeded: (hash ^ hash >> 32) & UInt64(slotCount - 1)) * slotSize
    }
}
