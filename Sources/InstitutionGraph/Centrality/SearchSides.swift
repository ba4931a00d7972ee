/// The nodes a bit-parallel search (``BitParallelSearchWorkspace``) can reach at even and at odd
/// distances from its sources, so that a bottom-up level looks only where the level can be.
///
/// On a graph with no odd cycle whose sides are ranges of nodes (a two-mode graph numbered side by
/// side, or one renumbered by ``CSRGraph/breadthFirstOrderBySide()``), sources all on one side
/// reach that side at even distances and the other at odd ones; anywhere else, any node at any
/// distance.
struct SearchSides {
    /// The nodes that can be at an even distance from the sources.
    let even: Range<Int>
    /// The nodes that can be at an odd distance from the sources.
    let odd: Range<Int>

    /// Every node at every distance.
    static func whole(nodeCount: Int) -> SearchSides {
        SearchSides(even: 0..<nodeCount, odd: 0..<nodeCount)
    }

    /// Sources on `side`, one of two sides that split `0..<nodeCount` into a first range and
    /// the rest, of a graph whose every edge joins the two sides.
    static func twoMode(sourcesOn side: Range<Int>, nodeCount: Int) -> SearchSides {
        precondition(side.lowerBound == 0 || side.upperBound == nodeCount, "a side is the first or the last range of nodes")
        let other = side.lowerBound == 0 ? side.upperBound..<nodeCount : 0..<side.lowerBound
        return SearchSides(even: side, odd: other)
    }

    /// The nodes that can be `distance` hops from the sources.
    @inline(__always)
    func nodes(atDistance distance: Int) -> Range<Int> { distance & 1 == 0 ? even : odd }
}
