import Foundation
import Synchronization

/// A one-line progress display on standard error for work that takes more than a second: the
/// command, the step it is at (``update(_:)``) and the seconds elapsed, redrawn in place, and
/// erased when the work ends. Nothing is shown when standard error is not a terminal, or with
/// `--quiet`.
final class ProgressLine: Sendable {
    /// Whether a progress line is on screen, so other messages clear it first.
    static let isShowing = Atomic<Bool>(false)
    /// Set once results or messages are being written: the line is not drawn again.
    static let isSuppressed = Atomic<Bool>(false)

    /// The line being shown, if any, for ``update(_:)``.
    private static let current = Mutex<ProgressLine?>(nil)

    private let finished = Atomic<Bool>(false)
    private let step = Mutex<String>("")
    private let stopped = DispatchSemaphore(value: 0)

    /// Runs `work`, showing `label` with the elapsed time once it has taken a second.
    static func run<Result>(_ label: String, quiet: Bool, _ work: () async throws -> Result) async rethrows -> Result {
        guard !quiet, isatty(STDERR_FILENO) != 0 else { return try await work() }
        let line = ProgressLine()
        current.withLock { $0 = line }
        let start = Date()
        Thread.detachNewThread {
            while !line.finished.load(ordering: .acquiring) {
                Thread.sleep(forTimeInterval: 0.2)
                let elapsed = Date().timeIntervalSince(start)
                guard elapsed >= 1, !line.finished.load(ordering: .acquiring), !isSuppressed.load(ordering: .acquiring) else { continue }
                isShowing.store(true, ordering: .releasing)
                let step = line.step.withLock { $0 }
                StandardError.writeRaw("\r\u{1B}[K\(label)\(step.isEmpty ? "" : ": " + step)… \(Int(elapsed)) s")
            }
            line.stopped.signal()
        }
        defer {
            current.withLock { $0 = nil }
            line.finished.store(true, ordering: .releasing)
            line.stopped.wait()
            clear()
        }
        return try await work()
    }

    /// Names the step the work is at, on the line being shown (if any): "centrality (4/11) 40%".
    static func update(_ step: String) {
        current.withLock { $0 }?.step.withLock { $0 = step }
    }

    /// Erases the progress line if one is on screen, for good: call it before writing results or
    /// messages.
    static func clear() {
        isSuppressed.store(true, ordering: .releasing)
        if isShowing.exchange(false, ordering: .acquiringAndReleasing) {
            StandardError.writeRaw("\r\u{1B}[K")
        }
    }
}
