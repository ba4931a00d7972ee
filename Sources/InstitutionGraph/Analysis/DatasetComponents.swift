/// The connected components of a dataset's two-mode graph.
public struct DatasetComponents: Sendable {
    /// The number of components, counting each institution in no consortium as one.
    public var count: Int
    /// For each consortium, its component, numbered from 0 largest first (ties by first consortium).
    public var consortiumComponent: [Int]
    /// For each institution, its component, numbered as ``consortiumComponent``.
    public var institutionComponent: [Int]
    /// The number of nodes (consortia plus institutions) in each component.
    public var sizes: [Int]
}

extension Dataset {
    /// Connected components of the two-mode graph, found by union–find over memberships.
    ///
    /// - Complexity: O((consortia + institutions + memberships) α(n)).
    public func components() -> DatasetComponents {
        let nodeCount = consortia.count + institutions.count
        var parent = Array(0..<nodeCount)
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        for (position, consortium) in consortia.enumerated() {
            for member in consortium.members {
                let (a, b) = (root(position), root(consortia.count + member.institution))
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var sizeByRoot: [Int: Int] = [:]
        let roots = (0..<nodeCount).map(root)
        for node in roots { sizeByRoot[node, default: 0] += 1 }
        let ordered = sizeByRoot.keys.sorted { (sizeByRoot[$1]!, $0) < (sizeByRoot[$0]!, $1) }
        var number: [Int: Int] = [:]
        for (position, node) in ordered.enumerated() { number[node] = position }
        return DatasetComponents(
            count: ordered.count,
            consortiumComponent: roots[..<consortia.count].map { number[$0]! },
            institutionComponent: roots[consortia.count...].map { number[$0]! },
            sizes: ordered.map { sizeByRoot[$0]! })
    }
}
