import GraphvizRendering
import InstitutionGraph

/// How each of a dataset's graphs is drawn: the layout engines that draw it without overlaps.
///
/// The bipartite view draws each consortium as a box holding its lead and the members it has
/// alone, and the institutions in several consortia outside, linked to each; the institutions
/// view sizes edges by shared consortia; the consortia view labels edges with how many
/// institutions the two share.
extension GraphKind {
    /// The layout engine that draws the view of `dataset` best when none is chosen, the same way
    /// every run: dot for the two-mode view (of the two engines that keep other institutions out
    /// of the consortia's boxes, the other, fdp, places clustered nodes a little differently each
    /// run in Graphviz 2.42); neato for the institutions; circo for a dozen consortia or fewer
    /// (beyond that it takes minutes), else neato.
    public func defaultEngine(drawing dataset: Dataset) -> LayoutEngine {
        switch self {
        case .bipartite: .dot
        case .institutions: .neato
        case .consortia: dataset.consortia.count <= 12 ? .circo : .neato
        }
    }

    /// The layout engines that draw this view without overlaps: no two nodes touch, every member
    /// sits inside its consortium's box and no other node does, no two boxes meet, every edge label
    /// is drawn clear of the nodes, and the drawing is no strip. The tests check each of them from
    /// Graphviz's own layout of the bundled dataset in both languages.
    public var engines: [LayoutEngine] {
        switch self {
        case .bipartite: [.dot, .fdp]
        case .institutions: [.neato, .fdp, .sfdp, .twopi]
        case .consortia: [.circo, .neato, .fdp, .sfdp, .twopi, .dot]
        }
    }

    /// Why `engine` does not draw this view, when it is one of Graphviz's own that ``engines``
    /// leaves out; `nil` for the others.
    public func whyNot(_ engine: LayoutEngine) -> String? {
        switch engine {
        case .patchwork:
            "patchwork draws a tree map of clusters and no edges, so it cannot show who is tied to whom"
        case .osage where self == .bipartite:
            "osage packs the consortia's boxes in rows and draws the ties to shared institutions straight across them"
        case .osage:
            "osage packs clusters in rows, and the \(rawValue) view has none"
        case .neato where self == .bipartite:
            "neato lays the consortia's boxes over institutions that are not in them"
        case .sfdp where self == .bipartite, .twopi where self == .bipartite, .circo where self == .bipartite:
            "\(engine) draws no clusters, so the consortia lose their boxes"
        case .dot where self == .institutions:
            "dot lays a graph out in ranks, and a projection has no hierarchy: its cliques become strips thousands of points wide"
        case .circo where self == .institutions:
            "circo spaces nodes evenly along circles and cannot keep nodes sized by a score apart"
        default:
            nil
        }
    }
}
