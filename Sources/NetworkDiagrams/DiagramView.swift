import GraphvizRendering
import InstitutionGraph

/// Which graph of a dataset a diagram draws.
public enum DiagramView: String, CaseIterable, Sendable {
    /// Consortia and institutions (the two-mode graph): each consortium a box holding its lead and
    /// the members it has alone; institutions in several consortia stand outside, linked to each.
    case bipartite
    /// Institutions linked when they share a consortium; edge width by shared consortia.
    case institutions
    /// Consortia linked when they share institutions; edge labels give how many.
    case consortia

    /// The layout engine that draws the view of `dataset` best when none is chosen: neato, which
    /// lays clusters out the same way every run (fdp does not), and circo for a dozen consortia or
    /// fewer (beyond that it takes minutes).
    public func defaultEngine(drawing dataset: Dataset) -> LayoutEngine {
        self == .consortia && dataset.consortia.count <= 12 ? .circo : .neato
    }
}
