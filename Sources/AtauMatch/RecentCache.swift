import Synchronization

/// Values computed for recently seen texts (parsed names, read words), shared by the copies
/// of one matcher or parser across threads.
///
/// Bounded: when full it starts over, so memory stays flat on endless streams. Texts are
/// looked up by their UTF-8 bytes: hashing a `String` would normalize it first.
final class RecentCache<Value: Sendable>: Sendable {
    private let values: Mutex<[Text: Value]>
    private let capacity: Int

    /// A text compared and hashed byte for byte.
    private struct Text: Hashable, Sendable {
        let string: String

        static func == (left: Text, right: Text) -> Bool {
            var (a, b) = (left.string, right.string)
            return a.utf8.count == b.utf8.count && a.withUTF8 { x in b.withUTF8 { y in x.elementsEqual(y) } }
        }

        func hash(into hasher: inout Hasher) {
            var string = string
            string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    init(capacity: Int) {
        self.capacity = capacity
        self.values = Mutex([:])
    }

    func lookup(_ text: String) -> Value? {
        values.withLock { $0[Text(string: text)] }
    }

    func store(_ text: String, _ value: Value) {
        values.withLock { values in
            if values.count >= capacity { values.removeAll(keepingCapacity: true) }
            values[Text(string: text)] = value
        }
    }

    /// The value for a text: the stored one, or `make`'s, stored.
    func value<Failure: Error>(for text: String, _ make: () throws(Failure) -> Value) throws(Failure) -> Value {
        if let hit = lookup(text) { return hit }
        let value = try make()
        store(text, value)
        return value
    }
}
