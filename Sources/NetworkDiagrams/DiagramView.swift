import GraphvizRendering

/// Which graph of a dataset a diagram draws.
public enum DiagramView: String, CaseIterable, Sendable {
    /// Consortia and institutions (the two-mode graph): each consortium a box holding its lead and
    /// the members it has alone; institutions in several consortia stand outside, linked to each.
    case bipartite
    /// Institutions linked when they share a consortium; edge width by shared consortia.
    case institutions
    /// Consortia linked when they share institutions; edge labels give how many.
    case consortia

    /// The layout engine that draws the view best when none is chosen.
    public var defaultEngine: LayoutEngine {
        switch self {
        case .bipartite: .fdp
        case .institutions: .neato
        case .consortia: .circo
        }
    }
}
