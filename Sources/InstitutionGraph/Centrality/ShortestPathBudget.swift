/// Decides, by a work estimate, whether the shortest-path measures of a graph are computed
/// exactly or estimated, so that a report on a programme of hundreds of thousands of memberships
/// finishes in seconds, and says which it chose.
///
/// The work of exact betweenness (Brandes), of exact closeness and harmonic centrality, and of
/// global efficiency grows as *n* × *m*, nodes times edges; a graph whose *n* × *m* is above a
/// measure's limit gets the estimate instead: ``BetweennessApproximation`` for betweenness,
/// ``ClosenessApproximation`` for closeness and harmonic, and searches from
/// ``efficiencySources`` sampled nodes for global efficiency.
public struct ShortestPathBudget: Hashable, Sendable {
    /// Compute every measure exactly, whatever it costs.
    public var exact: Bool
    /// The largest *n* × *m* whose betweenness is computed exactly: about three seconds on two
    /// cores.
    public var exactBetweennessWork: Double
    /// The estimate used above ``exactBetweennessWork``.
    public var betweennessApproximation: BetweennessApproximation
    /// The largest *n* × *m* whose closeness and harmonic centrality are computed exactly (256
    /// searches at once): about half a second on two cores.
    public var exactClosenessWork: Double
    /// The estimate used above ``exactClosenessWork``.
    public var closenessApproximation: ClosenessApproximation
    /// The largest *n* × *m* whose global efficiency is computed exactly, once per consortium a
    /// what-if drops.
    public var exactEfficiencyWork: Double
    /// The most sampled nodes the global efficiency is estimated from above
    /// ``exactEfficiencyWork``: the same ones before and after every drop.
    public var efficiencySources: Int
    /// The most sources × edges searched for one estimate of global efficiency: a graph with
    /// more edges than this allows for ``efficiencySources`` gets fewer sources, in multiples of
    /// 64, and never fewer than 64.
    public var sampledEfficiencyWork: Double
    /// The most Louvain trials × edges spent on communities: a projection with more edges than
    /// this allows for ten trials gets fewer, never fewer than one per thread.
    public var louvainWork: Double

    public init(
        exact: Bool = false, exactBetweennessWork: Double = 1e9,
        betweennessApproximation: BetweennessApproximation = BetweennessApproximation(epsilon: 0.01),
        exactClosenessWork: Double = 5e9, closenessApproximation: ClosenessApproximation = ClosenessApproximation(epsilon: 0.05),
        exactEfficiencyWork: Double = 3e8, efficiencySources: Int = 256, sampledEfficiencyWork: Double = 1e9,
        louvainWork: Double = 5e6
    ) {
        self.exact = exact
        self.exactBetweennessWork = exactBetweennessWork
        self.betweennessApproximation = betweennessApproximation
        self.exactClosenessWork = exactClosenessWork
        self.closenessApproximation = closenessApproximation
        self.exactEfficiencyWork = exactEfficiencyWork
        self.efficiencySources = efficiencySources
        self.sampledEfficiencyWork = sampledEfficiencyWork
        self.louvainWork = louvainWork
    }

    /// The work estimate of an exact shortest-path measure on `graph`: nodes × edges.
    public static func work(of graph: CSRGraph) -> Double { Double(graph.nodeCount) * Double(graph.edgeCount) }

    /// Whether betweenness on `graph` is estimated rather than computed exactly.
    public func estimatesBetweenness(on graph: CSRGraph) -> Bool {
        !exact && Self.work(of: graph) > exactBetweennessWork
    }

    /// Whether closeness and harmonic centrality on `graph` are estimated.
    public func estimatesCloseness(on graph: CSRGraph) -> Bool {
        !exact && Self.work(of: graph) > exactClosenessWork
    }

    /// The nodes global efficiency on `graph` is estimated from, or `nil` when it is computed
    /// exactly.
    public func efficiencySample(on graph: CSRGraph, seed: UInt64 = 0) -> [Int]? {
        let affordable = Int(sampledEfficiencyWork / Double(max(1, graph.edgeCount))) / 64 * 64
        let sources = min(efficiencySources, max(64, affordable))
        guard !exact, Self.work(of: graph) > exactEfficiencyWork, sources < graph.nodeCount else { return nil }
        return CSRGraph.sampledSources(sources, nodeCount: graph.nodeCount, seed: seed)
    }

    /// Louvain's options for communities of `graph`: `trials` runs, or as many as
    /// ``louvainWork`` allows on a large graph, at least one per thread (all of them when exact).
    public func louvainOptions(for graph: CSRGraph, trials: Int = LouvainOptions().trials, threads: Int) -> LouvainOptions {
        let affordable = Int(louvainWork / Double(max(1, graph.edgeCount)))
        return LouvainOptions(trials: exact ? trials : min(trials, max(threads, affordable)), threads: threads)
    }

    /// Centrality options for `graph`: `normalization`, hops, `threads`, and the estimates this
    /// budget chooses.
    public func options(for graph: CSRGraph, normalization: CentralityNormalization, threads: Int) -> CentralityOptions {
        CentralityOptions(
            normalization: normalization, weighted: false, threads: threads,
            betweennessApproximation: estimatesBetweenness(on: graph) ? betweennessApproximation : nil,
            closenessApproximation: estimatesCloseness(on: graph) ? closenessApproximation : nil)
    }
}
