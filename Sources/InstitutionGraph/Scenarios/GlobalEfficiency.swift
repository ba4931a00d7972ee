extension CSRGraph {
    /// The global efficiency of the graph (Latora and Marchiori): the mean of 1 / *d*(*u*, *v*)
    /// over every ordered pair of distinct nodes, counting hops and adding 0 for pairs that cannot
    /// reach each other, as `networkx.global_efficiency`. 0 for a graph of fewer than two nodes.
    ///
    /// Unlike the mean distance it stays defined on a disconnected graph, so it measures how much
    /// a change (a consortium dropped) lengthens or cuts paths between the same nodes.
    ///
    /// - Complexity: O(*n* *m*): one breadth-first search per node (harmonic centrality).
    public func globalEfficiency(threads: Int = CentralityOptions.defaultThreadCount) throws -> Double {
        let n = nodeCount
        guard n > 1 else { return 0 }
        let harmonic = try centrality([.harmonic], options: CentralityOptions(weighted: false, threads: threads)).harmonic ?? []
        return harmonic.reduce(0, +) / Double(n * (n - 1))
    }
}
