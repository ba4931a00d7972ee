/// The two kinds of node in a two-mode (affiliation) graph.
public enum NodeSide: String, CaseIterable, Hashable, Sendable, Codable {
    /// A consortium (the "top" or event side).
    case consortium
    /// An institution (the "bottom" or actor side).
    case institution
}

/// What a node of a ``BipartiteGraph`` stands for: a side and an index into that side's list in
/// the dataset (``Dataset/consortia`` or ``Dataset/institutions``).
public struct BipartiteNode: Hashable, Sendable {
    public var side: NodeSide
    public var index: Int

    public init(side: NodeSide, index: Int) {
        self.side = side
        self.index = index
    }
}
