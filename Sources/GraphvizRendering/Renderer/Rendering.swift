/// A drawing made by ``GraphvizRenderer/render(_:engine:format:)``.
public struct Rendering: Hashable, Sendable {
    /// The drawing in the requested format.
    public var bytes: [UInt8]
    /// What Graphviz warned about while drawing (without a `Warning:` prefix), in order.
    public var warnings: [String]

    public init(bytes: [UInt8], warnings: [String] = []) {
        self.bytes = bytes
        self.warnings = warnings
    }
}
