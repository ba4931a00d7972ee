import GraphvizRendering
import InstitutionGraph

/// Builds the Graphviz description of a dataset's diagrams, ready for ``GraphvizRenderer``.
///
/// Every node and edge carries a stable SVG `id` (`i-<institution>`, `c-<consortium>`,
/// `m-<consortium>--<institution>`, `e-<a>--<b>`, `o-<a>--<b>`), a `class` naming its side and kind,
/// and a tooltip with both names, its kind and its consortia.
public enum NetworkDiagram {
    /// The description of `view` of `dataset`.
    public static func describe(_ view: DiagramView, of dataset: Dataset, options: DiagramOptions = DiagramOptions()) -> GraphDescription {
        switch view {
        case .bipartite: BipartiteDiagram.build(dataset, options: options)
        case .institutions: InstitutionsDiagram.build(dataset, options: options)
        case .consortia: ConsortiaDiagram.build(dataset, options: options)
        }
    }
}
