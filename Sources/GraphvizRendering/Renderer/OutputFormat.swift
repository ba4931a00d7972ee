/// A Graphviz output format, named as `dot -T` names it: `svg`, `png`, `pdf`, or `png:cairo` to
/// also pick the renderer.
///
/// Any name is accepted here; the renderer checks it against the formats Graphviz has installed
/// (``GraphvizRenderer/availableFormats()``).
public struct OutputFormat: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public init(stringLiteral value: String) { self.init(rawValue: value) }

    public var description: String { rawValue }

    /// The format's name without a `:renderer` suffix, as `gvPluginList` lists it.
    var device: String { String(rawValue.prefix { $0 != ":" }) }

    /// Scalable Vector Graphics; keeps text as UTF-8.
    public static let svg: OutputFormat = "svg"
    /// Portable Network Graphics, drawn by cairo.
    public static let png: OutputFormat = "png"
    /// Portable Document Format, drawn by cairo.
    public static let pdf: OutputFormat = "pdf"
    /// DOT with the layout's positions added.
    public static let dot: OutputFormat = "dot"
}
