/// Decides, by a work estimate, whether the shortest-path measures of a graph are computed
/// exactly or estimated, so that a report on a programme of hundreds of thousands of memberships
/// finishes in seconds, and says which it chose.
///
/// The work of exact betweenness (Brandes) and of exact closeness grows as *n* × *m*, nodes times
/// edges; a graph whose *n* × *m* is above the limit gets the estimate instead:
/// ``BetweennessApproximation`` for betweenness.
public struct ShortestPathBudget: Hashable, Sendable {
    /// Compute every measure exactly, whatever it costs.
    public var exact: Bool
    /// The largest *n* × *m* whose betweenness is computed exactly: about three seconds on two
    /// cores.
    public var exactBetweennessWork: Double
    /// The estimate used above ``exactBetweennessWork``.
    public var betweennessApproximation: BetweennessApproximation

    public init(
        exact: Bool = false, exactBetweennessWork: Double = 1e9,
        betweennessApproximation: BetweennessApproximation = BetweennessApproximation(epsilon: 0.01)
    ) {
        self.exact = exact
        self.exactBetweennessWork = exactBetweennessWork
        self.betweennessApproximation = betweennessApproximation
    }

    /// The work estimate of an exact shortest-path measure on `graph`: nodes × edges.
    public static func work(of graph: CSRGraph) -> Double { Double(graph.nodeCount) * Double(graph.edgeCount) }

    /// Whether betweenness on `graph` is estimated rather than computed exactly.
    public func estimatesBetweenness(on graph: CSRGraph) -> Bool {
        !exact && Self.work(of: graph) > exactBetweennessWork
    }

    /// Centrality options for `graph`: `normalization`, hops, `threads`, and the estimates this
    /// budget chooses.
    public func options(for graph: CSRGraph, normalization: CentralityNormalization, threads: Int) -> CentralityOptions {
        CentralityOptions(
            normalization: normalization, weighted: false, threads: threads,
            betweennessApproximation: estimatesBetweenness(on: graph) ? betweennessApproximation : nil)
    }
}
