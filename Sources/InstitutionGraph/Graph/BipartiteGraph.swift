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
    /// The same graph as ``init(consortiumCount:institutionCount:memberships:)`` makes of the
    /// dataset's memberships, built straight from the consortia's member lists: each
    /// consortium's members sorted, and each institution's consortia listed in consortium order,
    /// which is already sorted.
    ///
    /// - Complexity: O(*n* + *m* log *s*) for *m* memberships and consortia of at most *s* members.
    public init(_ dataset: Dataset) {
        self.init(
            consortiumCount: dataset.consortia.count, institutionCount: dataset.institutions.count,
            members: { dataset.consortia[$0].members.lazy.map(\.institution) })
    }

    /// Builds the graph of `consortiumCount` consortia whose members (institution indices, in
    /// any order, a repeated one counted once) `members` lists, as ``init(_:)`` builds a
    /// dataset's.
    ///
    /// - Complexity: O(*n* + *m* log *s*) for *m* memberships and consortia of at most *s* members.
    init<Members: Sequence<Int>>(consortiumCount: Int, institutionCount: Int, members: (Int) -> Members) {
        self.consortiumCount = consortiumCount
        self.institutionCount = institutionCount
        let nodeCount = consortiumCount + institutionCount
        precondition(nodeCount < Int(Int32.max), "node count out of range")
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        // Each consortium's distinct members, as institution nodes in ascending order.
        var targets: [Int32] = []
        targets.reserveCapacity(2 * (0..<consortiumCount).reduce(0) { $0 + members($1).underestimatedCount })
        for consortium in 0..<consortiumCount {
            let start = targets.count
            for institution in members(consortium) {
                precondition((0..<institutionCount).contains(institution), "institution \(institution) out of range")
                targets.append(Int32(consortiumCount + institution))
            }
            let kept = targets.withUnsafeMutableBufferPointer { buffer in
                let members = UnsafeMutableBufferPointer(rebasing: buffer[start...])
                members.sortNodeIDs()
                var kept = 0
                for index in members.indices where index == 0 || members[index] != members[index - 1] {
                    members[kept] = members[index]
                    kept += 1
                }
                return kept
            }
            targets.removeLast(targets.count - start - kept)
            offsets[consortium + 1] = Int32(targets.count)
        }
        precondition(2 * targets.count < Int(Int32.max), "too many edges for 32-bit offsets")
        // Each institution's consortia: counted, then placed in consortium order.
        let edgeCount = targets.count
        for target in targets { offsets[Int(target) + 1] += 1 }
        for node in consortiumCount..<nodeCount { offsets[node + 1] += offsets[node] }
        targets.append(contentsOf: repeatElement(0, count: edgeCount))
        var next = Array(offsets[consortiumCount..<nodeCount])
        for consortium in 0..<consortiumCount {
            for position in Int(offsets[consortium])..<Int(offsets[consortium + 1]) {
                let institution = Int(targets[position]) - consortiumCount
                targets[Int(next[institution])] = Int32(consortium)
                next[institution] += 1
            }
        }
        graph = CSRGraph(offsets: offsets, targets: targets, weights: nil)
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
