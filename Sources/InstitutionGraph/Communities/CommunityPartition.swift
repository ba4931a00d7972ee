/// Communities found in a graph: a partition of its nodes and how good it is.
public struct CommunityPartition: Sendable, Equatable {
    /// The community of each node: communities are numbered from 0, largest first (ties: the one
    /// holding the lowest node first).
    public let labels: [Int]
    /// The nodes of each community, in ascending order.
    public let communities: [[Int]]
    /// The modularity of the partition at ``resolution`` (see ``CSRGraph/modularity(of:resolution:)``).
    public let modularity: Double
    /// The resolution the partition was optimised for.
    public let resolution: Double

    /// Numbers the communities of `assignment` (any labels) largest first.
    init(assignment: [Int], modularity: Double, resolution: Double) {
        var members: [Int: [Int]] = [:]
        for (node, label) in assignment.enumerated() { members[label, default: []].append(node) }
        let ordered = members.values.sorted { ($1.count, $0[0]) < ($0.count, $1[0]) }
        var labels = [Int](repeating: 0, count: assignment.count)
        for (number, nodes) in ordered.enumerated() {
            for node in nodes { labels[node] = number }
        }
        self.labels = labels
        communities = ordered
        self.modularity = modularity
        self.resolution = resolution
    }
}
