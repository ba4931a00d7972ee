import Foundation
import Synchronization

extension Array where Element: Sendable {
    /// `map(transform)` on every core: the elements in one contiguous stretch per core, when
    /// each stretch would have at least `minimumPerStretch`; the results in the elements' order.
    func concurrentMap<Mapped: Sendable>(minimumPerStretch: Int = 10_000, _ transform: @Sendable (Element) -> Mapped) -> [Mapped] {
        let stretches = Swift.min(ProcessInfo.processInfo.activeProcessorCount, count / Swift.max(1, minimumPerStretch))
        guard stretches > 1 else { return map(transform) }
        let parts = Mutex([[Mapped]](repeating: [], count: stretches))
        DispatchQueue.concurrentPerform(iterations: stretches) { stretch in
            let mapped = self[count * stretch / stretches..<count * (stretch + 1) / stretches].map(transform)
            parts.withLock { $0[stretch] = mapped }
        }
        return parts.withLock { $0.flatMap { $0 } }
    }
}
