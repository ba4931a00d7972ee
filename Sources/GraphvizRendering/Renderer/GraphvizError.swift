#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Why Graphviz could not build, lay out, draw or read a graph.
public enum GraphvizError: Error, Hashable, Sendable {
    /// What the renderer was doing when Graphviz failed.
    public enum Stage: Hashable, Sendable {
        /// Starting Graphviz (`gvContext`).
        case context
        /// Building the graph from its description.
        case build
        /// Laying the graph out with an engine.
        case layout(LayoutEngine)
        /// Drawing the laid-out graph in a format.
        case render(OutputFormat)
        /// Writing the graph as DOT.
        case write
        /// Reading DOT text.
        case parse
    }

    /// The engine is not one Graphviz has installed; `available` lists those it has.
    case unknownLayoutEngine(LayoutEngine, available: [LayoutEngine])
    /// The format is not one Graphviz has installed; `available` lists those it has.
    case unknownFormat(OutputFormat, available: [OutputFormat])
    /// An edge or subgraph (`referrer`) names a node id that the description does not declare.
    case unknownNode(String, referrer: String)
    /// Graphviz found no layout or output plugins: its plugin configuration is missing.
    case pluginsMissing
    /// Graphviz reported errors (its own words, without an `Error:` prefix) or failed silently.
    case failed(Stage, messages: [String])
}

extension GraphvizError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .unknownLayoutEngine(engine, available):
            "unknown layout engine '\(engine)'; available: \(available.map(\.rawValue).joined(separator: ", "))"
        case let .unknownFormat(format, available):
            "unknown output format '\(format)'; available: \(available.map(\.rawValue).joined(separator: ", "))"
        case let .unknownNode(id, referrer):
            "\(referrer) refers to node '\(id)', which the graph does not declare"
        case .pluginsMissing:
            "Graphviz has no layout or output plugins; its plugin configuration (config6a) is missing "
                + "or stale: run `dot -c` as root, or reinstall the graphviz package"
        case let .failed(stage, messages):
            "\(stage.failure): "
                + (messages.isEmpty ? "Graphviz gave no reason" : messages.joined(separator: "; "))
        }
    }
}

extension GraphvizError: LocalizedError {
    public var errorDescription: String? { description }
}

extension GraphvizError.Stage {
    /// What failed, as the start of a sentence.
    fileprivate var failure: String {
        switch self {
        case .context: "Graphviz could not start"
        case .build: "Graphviz could not build the graph"
        case let .layout(engine): "Graphviz could not lay out the graph with '\(engine)'"
        case let .render(format): "Graphviz could not draw the graph as '\(format)'"
        case .write: "Graphviz could not write the graph as DOT"
        case .parse: "Graphviz could not read the DOT text"
        }
    }
}
