import Synchronization

/// Recently parsed names, shared by the copies of one matcher across threads.
///
/// Bounded: when full it starts over, so memory stays flat on endless streams. Names are
/// looked up by their UTF-8 bytes: hashing a `String` would normalize it first.
final class ParseCache: Sendable {
    private let names: Mutex<[Text: PersonName]>
    private let capacity: Int

    /// A text compared and hashed byte for byte.
    private struct Text: Hashable, @unchecked Sendable {
        let string: String

        static func == (left: Text, right: Text) -> Bool {
            left.string.utf8.elementsEqual(right.string.utf8)
        }

        func hash(into hasher: inout Hasher) {
            var string = string
            string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    init(capacity: Int) {
        self.capacity = capacity
        self.names = Mutex([:])
    }

    func lookup(_ text: String) -> PersonName? {
        names.withLock { $0[Text(string: text)] }
    }

    func store(_ text: String, _ name: PersonName) {
        names.withLock { names in
            if names.count >= capacity { names.removeAll(keepingCapacity: true) }
            names[Text(string: text)] = name
        }
    }
}
