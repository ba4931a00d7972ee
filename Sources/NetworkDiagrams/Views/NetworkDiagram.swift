import GraphvizRendering
import InstitutionGraph

/// Builds the Graphviz description of a dataset's diagrams, ready for ``GraphvizRenderer``.
///
/// Every node and edge carries a stable SVG `id` (`i-<institution>`, `c-<consortium>`,
/// `m-<consortium>--<institution>`, `e-<a>--<b>`, `o-<a>--<b>`), a `class` naming its side and kind,
/// and a tooltip with both names, its kind and its consortia.
public enum NetworkDiagram {
    /// The description of `view` of `dataset`, a part of ``DiagramOptions/whole`` when that is set.
    public static func describe(_ view: GraphKind, of dataset: Dataset, options: DiagramOptions = DiagramOptions()) -> GraphDescription {
        switch view {
        case .bipartite:
            return BipartiteDiagram.build(dataset, options: options)
        case .institutions:
            // A projection given with the part is that part's ties already.
            guard let whole = options.whole, options.projection == nil else { return InstitutionsDiagram.build(dataset, options: options) }
            let drawn = Set(dataset.institutions.map(\.id))
            let ties = whole.subset(keepingConsortium: { _ in true }, institution: { drawn.contains(whole.institutions[$0].id) })
            return InstitutionsDiagram.build(ties, options: rebased(options, from: dataset, to: ties))
        case .consortia:
            guard let whole = options.whole else { return ConsortiaDiagram.build(dataset, options: options) }
            let drawn = Set(dataset.consortia.map(\.id))
            let overlaps = whole.subset(keepingConsortium: { drawn.contains(whole.consortia[$0].id) }, institution: { _ in true })
            return ConsortiaDiagram.build(overlaps, options: rebased(options, from: dataset, to: overlaps))
        }
    }

    /// `options` with its institution indices (highlights, node sizes) moved from `drawn` to
    /// `target`, which holds the same institutions or more, by id.
    private static func rebased(_ options: DiagramOptions, from drawn: Dataset, to target: Dataset) -> DiagramOptions {
        var options = options
        var position: [String: Int] = [:]
        for (index, institution) in target.institutions.enumerated() { position[institution.id] = index }
        options.highlighted = Set(options.highlighted.compactMap { position[drawn.institutions[$0].id] })
        options.nodeSizes = options.nodeSizes.map { sizes in
            var rebased = [Double](repeating: sizes.min() ?? 0, count: target.institutions.count)
            for (index, size) in sizes.enumerated() { if let moved = position[drawn.institutions[index].id] { rebased[moved] = size } }
            return rebased
        }
        return options
    }
}
