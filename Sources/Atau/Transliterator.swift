import Synchronization

/// A compiled transliterator: a scheme's rules (or a stock ICU transform) in one direction.
///
/// Compiling happens once, when the transliterator is made; every call then borrows an idle
/// clone of the compiled prototype (ICU's rule-based transliterators keep per-call state and
/// must not be used from two threads at once), so one instance is safe to share across tasks.
/// For streams, ``makeSession(cacheCapacity:)`` gives a single-thread session that also
/// caches results per token.
public final class Transliterator: Sendable {
    /// The scheme id, or the ICU transform ID this transliterator was opened with.
    public let id: String
    /// The direction the rules run in.
    public let direction: Direction
    private let prototype: ICUTransform
    private let idle: Mutex<[ICUTransform]>
    private static let maximumIdle = 64

    init(id: String, direction: Direction, prototype: ICUTransform) {
        self.id = id
        self.direction = direction
        self.prototype = prototype
        self.idle = Mutex([])
    }

    deinit {
        idle.withLock { handles in
            for handle in handles { handle.close() }
            handles.removeAll()
        }
        prototype.close()
    }

    /// Opens a stock ICU transform by its ID, e.g. `Any-Latin; Latin-ASCII` or
    /// `Russian-Latin/BGN`. The input is put in NFC first, as ICU's rules expect.
    ///
    /// - Parameters:
    ///   - icuID: A transform ID or compound ID that `uconv -L` lists.
    ///   - direction: `.reverse` opens the inverse transform.
    /// - Returns: The transliterator.
    /// - Throws: ``SchemeError/unknownTransform(id:icuError:)`` when ICU cannot open it.
    public static func icu(_ icuID: String, direction: Direction = .forward) throws(SchemeError) -> Transliterator {
        let compound = direction == .forward ? "NFC; \(icuID)" : "\(icuID); NFC"
        switch ICUTransform.open(name: compound, rules: nil, reverse: direction == .reverse) {
        case .success(let handle):
            return Transliterator(id: icuID, direction: direction, prototype: handle)
        case .failure(let failure):
            throw .unknownTransform(id: icuID, icuError: failure.message)
        }
    }

    /// Transliterates a text.
    ///
    /// - Parameter text: Any text; letters the rules do not cover pass through unchanged.
    /// - Returns: The transliterated text.
    public func transliterate(_ text: String) -> String {
        let handle = borrow()
        defer { giveBack(handle) }
        var scratch: [UInt16] = []
        return handle.run(text, scratch: &scratch)
    }

    /// Makes a session for one thread, with its own clone, work buffer and token cache.
    ///
    /// - Parameter cacheCapacity: How many distinct tokens the session remembers before it
    ///   starts over; bounds memory on endless streams.
    /// - Returns: A new session.
    public func makeSession(cacheCapacity: Int = 50_000) -> TransliterationSession {
        TransliterationSession(handle: borrow(), owner: self, cacheCapacity: cacheCapacity)
    }

    func borrow() -> ICUTransform {
        // The prototype is never run; it is cloned under the lock, so two threads never touch
        // it at once (a pool keeps clones, so this is rare after the first calls).
        let handle = idle.withLock { handles in handles.popLast() ?? prototype.clone() }
        guard let handle else {
            fatalError("ICU could not clone a transliterator: out of memory")
        }
        return handle
    }

    func giveBack(_ handle: ICUTransform) {
        let kept = idle.withLock { handles -> Bool in
            guard handles.count < Self.maximumIdle else { return false }
            handles.append(handle)
            return true
        }
        if !kept { handle.close() }
    }
}
