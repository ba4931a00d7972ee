/// The two-mode graph of a dataset: consortia and institutions are nodes, memberships are edges.
///
/// Node numbering: consortium `c` (an index into ``Dataset/consortia``) is node `c`, and
/// institution `i` (an index into ``Dataset/institutions``) is node `consortiumCount + i`. So
/// consortia are nodes `0..<C` and institutions `C..<C+I`; use ``node(consortium:)``,
/// ``node(institution:)`` and ``describe(_:)`` rather than doing the arithmetic.
public struct BipartiteGraph: Sendable {
    /// The graph on `consortiumCount + institutionCount` nodes, unweighted.
    public let graph: CSRGraph
    /// The number of consortia (nodes `0..<consortiumCount`).
    public let consortiumCount: Int
    /// The number of institutions (the nodes after the consortia).
    public let institutionCount: Int

    /// Builds the graph from `(consortium, institution)` index pairs; a repeated pair is one edge.
    ///
    /// - Precondition: every index is within its count.
    /// - Complexity: O(*n* + *m* log *m*) for *m* memberships.
    public init(consortiumCount: Int, institutionCount: Int, memberships: some Sequence<(consortium: Int, institution: Int)>) {
        precondition(consortiumCount >= 0 && institutionCount >= 0)
        self.consortiumCount = consortiumCount
        self.institutionCount = institutionCount
        graph = CSRGraph(
            nodeCount: consortiumCount + institutionCount,
            edges: memberships.lazy.map { membership in
                precondition((0..<consortiumCount).contains(membership.consortium), "consortium \(membership.consortium) out of range")
                precondition((0..<institutionCount).contains(membership.institution), "institution \(membership.institution) out of range")
                return (membership.consortium, consortiumCount + membership.institution)
            })
    }

    /// Builds the graph of `dataset`: one node per consortium and per institution (institutions in
    /// no consortium included, as isolated nodes), one edge per membership.
    ///
    /// - Complexity: O(*n* + *m* log *m*) for *m* memberships.
    public init(_ dataset: Dataset) {
        self.init(
            consortiumCount: dataset.consortia.count, institutionCount: dataset.institutions.count,
            memberships: dataset.consortia.enumerated().lazy.flatMap { consortium, entry in
                entry.members.lazy.map { (consortium: consortium, institution: $0.institution) }
            })
    }

    /// The number of nodes on `side`.
    public func count(of side: NodeSide) -> Int {
        side == .consortium ? consortiumCount : institutionCount
    }

    /// The nodes on `side`: `0..<C` for consortia, `C..<C+I` for institutions.
    public func nodes(on side: NodeSide) -> Range<Int> {
        side == .consortium ? 0..<consortiumCount : consortiumCount..<(consortiumCount + institutionCount)
    }

    /// The node of consortium `index`.
    public func node(consortium index: Int) -> Int { index }

    /// The node of institution `index`.
    public func node(institution index: Int) -> Int { consortiumCount + index }

    /// What `node` stands for.
    ///
    /// - Complexity: O(1)
    public func describe(_ node: Int) -> BipartiteNode {
        node < consortiumCount
            ? BipartiteNode(side: .consortium, index: node)
            : BipartiteNode(side: .institution, index: node - consortiumCount)
    }

    /// The side of every node, for the two-mode normalisation of centrality measures.
    ///
    /// - Complexity: O(*n*)
    public var sides: [NodeSide] {
        Array(repeating: .consortium, count: consortiumCount) + Array(repeating: .institution, count: institutionCount)
    }
}
