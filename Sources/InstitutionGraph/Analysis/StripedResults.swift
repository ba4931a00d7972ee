import Synchronization

/// One result slot per parallel stripe of work, written once each from concurrent code and read
/// after all stripes are done.
final class StripedResults<Value: Sendable>: Sendable {
    private let slots: Mutex<[Value?]>

    init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

    /// Stores the result of stripe `index`.
    func store(_ value: Value, at index: Int) {
        slots.withLock { $0[index] = value }
    }

    /// Every stripe's result, in stripe order; call after all stripes have stored theirs.
    var values: [Value] { slots.withLock { $0.map { $0! } } }

    /// Every stripe's result, in stripe order, no longer kept here (so a result's buffers are
    /// the caller's alone); call once, after all stripes have stored theirs.
    func takeValues() -> [Value] {
        slots.withLock { slots in
            defer { slots = [] }
            return slots.map { $0! }
        }
    }
}
