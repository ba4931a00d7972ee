/// The sides of a two-mode graph's nodes and the sizes of both sides, for Borgatti and Everett's
/// normalisation.
struct Bipartition {
    let sides: [NodeSide]
    private let consortia: Int
    private let institutions: Int

    /// - Throws: ``CentralityError`` when `sides` is missing or does not give one side per node.
    init(_ sides: [NodeSide]?, nodeCount: Int) throws {
        guard let sides else { throw CentralityError.missingSides() }
        guard sides.count == nodeCount else { throw CentralityError.sideCount(sides.count, nodes: nodeCount) }
        self.sides = sides
        consortia = sides.count(where: { $0 == .consortium })
        institutions = nodeCount - consortia
    }

    /// The number of nodes on the side of `node`.
    func ownSize(of node: Int) -> Int { sides[node] == .consortium ? consortia : institutions }

    /// The number of nodes on the side opposite `node`.
    func otherSize(of node: Int) -> Int { sides[node] == .consortium ? institutions : consortia }

    /// The largest betweenness (unordered pairs) a node can have on a side of `own` nodes facing
    /// `other` nodes: ½ [m²(s + 1)² + m(s + 1)(2t − s − 1) − t(2s − t + 3)] with m = `other`,
    /// s = (`own` − 1) div m and t = (`own` − 1) mod m (Borgatti and Halgin; as NetworkX). Computed
    /// in integers, so it is exact.
    static func maximumBetweenness(own: Int, other m: Int) -> Double {
        guard m > 0, own > 0 else { return 0 }
        let (s, t) = (own - 1).quotientAndRemainder(dividingBy: m)
        let square: Int = m * m * (s + 1) * (s + 1)
        let linear: Int = m * (s + 1) * (2 * t - s - 1)
        let correction: Int = t * (2 * s - t + 3)
        return Double(square + linear - correction) / 2
    }
}
