import Synchronization

/// A value computed on first use and kept, safe to ask for from several tasks at once: the first
/// caller computes it while later callers wait, and every caller gets the same value.
final class ComputedOnce<Value: Sendable>: Sendable {
    private let stored = Mutex<Value?>(nil)

    /// The value, computed by `make` if nobody has computed it yet.
    func value(_ make: () throws -> Value) rethrows -> Value {
        try stored.withLock { stored in
            if let stored { return stored }
            let made = try make()
            stored = made
            return made
        }
    }
}
