/// The counts a reader wants first: how big the dataset is and how it hangs together.
public struct DatasetSummary: Sendable {
    /// One consortium's line in the summary.
    public struct ConsortiumLine: Sendable {
        public var consortium: Int
        public var lead: Int?
        public var size: Int
        /// Members in more than one consortium.
        public var sharedMembers: Int
        /// The component (of the two-mode graph) the consortium belongs to, numbered from 1 by size.
        public var component: Int
    }

    public var consortia: Int
    public var institutions: Int
    public var memberships: Int
    /// Connected components of the two-mode graph (consortia and institutions linked by
    /// membership); an institution in no consortium is a component of its own.
    public var components: Int
    /// Institutions in two or more consortia.
    public var sharedInstitutions: Int
    public var consortiumLines: [ConsortiumLine]
    /// Institutions per kind, well-known kinds first; institutions without a kind count as `nil`.
    public var institutionsByKind: [(kind: InstitutionKind?, count: Int)]

    /// The lines of the `count` largest consortia, largest first; consortia of one size in
    /// dataset order.
    ///
    /// - Complexity: O(*n* log `count`) for *n* consortia.
    public func largestConsortia(_ count: Int) -> [ConsortiumLine] {
        /// A consortium's rank: the larger first, then the earlier.
        struct Rank: Comparable, Sendable {
            let size: Int
            let consortium: Int
            static func < (left: Rank, right: Rank) -> Bool { (left.size, right.consortium) < (right.size, left.consortium) }
        }
        var best = BoundedBest<Rank>(capacity: count)
        for (position, line) in consortiumLines.enumerated() { best.insert(Rank(size: line.size, consortium: position)) }
        return best.sortedDescending().map { consortiumLines[$0.consortium] }
    }

    /// Summarises `dataset`.
    ///
    /// - Complexity: O(memberships + institutions + consortia × log consortia).
    public init(_ dataset: Dataset) {
        self.init(dataset, bipartite: BipartiteGraph(dataset))
    }

    /// Summarises `dataset`, whose two-mode graph is built.
    init(_ dataset: Dataset, bipartite: BipartiteGraph) {
        self.init(
            bipartite: bipartite, memberships: dataset.membershipCount, lead: { dataset.consortia[$0].lead },
            members: { dataset.consortia[$0].members.lazy.map(\.institution) }, kinds: dataset.institutions.lazy.map(\.kind))
    }

    /// Summarises a plain table read for its graph alone: the summary of the dataset it loads into.
    ///
    /// - Complexity: O(memberships + institutions + consortia × log consortia).
    public init(_ graph: MembershipGraph) {
        self.init(
            bipartite: graph.bipartite, memberships: graph.bipartite.graph.edgeCount, lead: graph.lead(ofConsortium:),
            members: graph.members(ofConsortium:), kinds: graph.institutionKinds)
    }

    /// Summarises the consortia of `bipartite`, each led by `lead(c)` and listing `members(c)`
    /// (a member listed twice counted twice in its size), and institutions of `kinds`.
    private init<Members: Collection<Int>>(
        bipartite: BipartiteGraph, memberships: Int, lead: (Int) -> Int?, members: (Int) -> Members, kinds: some Sequence<InstitutionKind?>
    ) {
        let components = bipartite.graph.connectedComponents()
        // Components are numbered from 1, largest first (ties: the one met first).
        let bySize = components.sizes.indices.sorted { (components.sizes[$1], $0) < (components.sizes[$0], $1) }
        var number = [Int](repeating: 0, count: components.count)
        for (rank, component) in bySize.enumerated() { number[component] = rank + 1 }
        consortia = bipartite.consortiumCount
        institutions = bipartite.institutionCount
        self.memberships = memberships
        self.components = components.count
        // An institution's degree in the two-mode graph is its number of consortia.
        let isShared = (0..<bipartite.institutionCount).map { bipartite.graph.degree(of: bipartite.node(institution: $0)) > 1 }
        sharedInstitutions = isShared.lazy.filter { $0 }.count
        consortiumLines = (0..<bipartite.consortiumCount).map { position in
            let listed = members(position)
            return ConsortiumLine(
                consortium: position, lead: lead(position), size: listed.count, sharedMembers: listed.lazy.filter { isShared[$0] }.count,
                component: number[components.labels[bipartite.node(consortium: position)]])
        }
        var counts: [InstitutionKind?: Int] = [:]
        for kind in kinds { counts[kind, default: 0] += 1 }
        institutionsByKind = counts.map { (kind: $0.key, count: $0.value) }.sorted { InstitutionKind.displayOrder($0.kind, $1.kind) }
    }
}
