/// A Graphviz layout engine, named as `dot -K` names it.
///
/// Any name is accepted here; the renderer checks it against the engines Graphviz has installed
/// (``GraphvizRenderer/availableEngines()``).
public struct LayoutEngine: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public init(stringLiteral value: String) { self.init(rawValue: value) }

    public var description: String { rawValue }

    /// Layered drawings of hierarchies.
    public static let dot: LayoutEngine = "dot"
    /// Spring model (stress majorization).
    public static let neato: LayoutEngine = "neato"
    /// Force-directed placement; draws clusters.
    public static let fdp: LayoutEngine = "fdp"
    /// Force-directed placement for large graphs.
    public static let sfdp: LayoutEngine = "sfdp"
    /// Circular layout.
    public static let circo: LayoutEngine = "circo"
    /// Radial layout around a root.
    public static let twopi: LayoutEngine = "twopi"
    /// Clusters packed as nested boxes.
    public static let osage: LayoutEngine = "osage"
    /// Squarified tree map of clusters.
    public static let patchwork: LayoutEngine = "patchwork"
}
