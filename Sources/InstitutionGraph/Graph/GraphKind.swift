/// Which of a dataset's three graphs: what `centrality --graph`, `render --view` and
/// `export --graph` choose, and what an ``ExportedGraph`` or a diagram holds.
public enum GraphKind: String, CaseIterable, Sendable {
    /// Consortia and institutions, linked by membership (the two-mode graph).
    case bipartite
    /// Institutions, linked when they share a consortium; weight = shared consortia.
    case institutions
    /// Consortia, linked when they share an institution; weight = shared institutions.
    case consortia
}
