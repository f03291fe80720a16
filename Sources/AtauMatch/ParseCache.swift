import Synchronization

/// Recently parsed names, shared by the copies of one matcher across threads.
///
/// Bounded: when full it starts over, so memory stays flat on endless streams.
final class ParseCache: Sendable {
    private let names: Mutex<[String: PersonName]>
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        self.names = Mutex([:])
    }

    func lookup(_ text: String) -> PersonName? {
        names.withLock { $0[text] }
    }

    func store(_ text: String, _ name: PersonName) {
        names.withLock { names in
            if names.count >= capacity { names.removeAll(keepingCapacity: true) }
            names[text] = name
        }
    }
}
