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
            left.string.utf8.count == right.string.utf8.count
                && UTF8Reading.withBytes(of: left.string) { x in UTF8Reading.withBytes(of: right.string) { y in x.elementsEqual(y) } }
        }

        func hash(into hasher: inout Hasher) {
            UTF8Reading.withBytes(of: string) { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    init(capacity: Int) {
        self.capacity = capacity
        self.values = Mutex([:])
    }

    /// The value for a text: the stored one, or `make`'s, stored.
    func value<Failure: Error>(for text: String, _ make: () throws(Failure) -> Value) throws(Failure) -> Value {
        let key = Text(string: text)
        if let hit = values.withLock({ $0[key] }) { return hit }
        let value = try make()
        values.withLock { values in
            if values.count >= capacity { values.removeAll(keepingCapacity: true) }
            values[key] = value
        }
        return value
    }
}
