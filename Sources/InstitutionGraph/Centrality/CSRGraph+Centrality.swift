extension CSRGraph {
    /// Computes `measures` for every node.
    ///
    /// Betweenness, closeness and harmonic centrality share one sweep of shortest paths, run on
    /// `options.threads` threads; their hops become distances 1 / weight when `options.weighted`.
    /// See ``CentralityNormalization`` for what each normalisation means and
    /// ``CentralityMeasure/appliedNormalization(for:)`` for the measures it does not apply to.
    ///
    /// - Parameters:
    ///   - measures: the measures to compute; the others stay `nil` in the result.
    ///   - sides: the side of every node, needed by the ``CentralityNormalization/bipartite``
    ///     normalisation of degree, betweenness and closeness (see ``BipartiteGraph/sides``).
    ///   - options: normalisation, weights, threads and iteration limits.
    /// - Throws: ``CentralityError`` when the bipartite normalisation lacks sides, or eigenvector
    ///   or PageRank iteration does not converge.
    /// - Complexity: O(*n* *m*) for the shortest-path measures (O(*n* *m* log *m*) weighted),
    ///   O(*m*) per iteration for eigenvector and PageRank.
    public func centrality(
        _ measures: some Sequence<CentralityMeasure> = CentralityMeasure.allCases, sides: [NodeSide]? = nil,
        options: CentralityOptions = CentralityOptions()
    ) throws -> CentralityScores {
        let wanted = Set(measures)
        let normalization = options.normalization
        let needsSides = normalization == .bipartite && wanted.contains { $0.hasBipartiteNormalization }
        let bipartition = needsSides ? try Bipartition(sides, nodeCount: nodeCount) : nil
        var scores = CentralityScores(normalization: normalization, weighted: options.weighted && isWeighted)

        if wanted.contains(.degree) {
            scores.degree = degreeScores(normalization, bipartition)
        }
        let needsDistances = wanted.contains(.closeness) || wanted.contains(.harmonic)
        if wanted.contains(where: \.usesDistances) {
            let statistics = ShortestPathStatistics(
                graph: self, weighted: options.weighted, betweenness: wanted.contains(.betweenness),
                distances: needsDistances, threads: options.threads)
            if let sums = statistics.betweenness {
                scores.betweenness = betweennessScores(sums, normalization, bipartition)
            }
            if wanted.contains(.closeness) {
                scores.closeness = closenessScores(statistics, normalization, bipartition)
            }
            if wanted.contains(.harmonic) {
                scores.harmonic = statistics.inverseDistanceSums
            }
        }
        if wanted.contains(.eigenvector) {
            scores.eigenvector = try eigenvectorScores(maxIterations: options.maxIterations)
        }
        if wanted.contains(.pageRank) {
            scores.pageRank = try pageRankScores(damping: options.damping, maxIterations: options.maxIterations)
        }
        return scores
    }
}

extension BipartiteGraph {
    /// Computes `measures` for every consortium and institution node (see
    /// ``CSRGraph/centrality(_:sides:options:)``), with the sides that the
    /// ``CentralityNormalization/bipartite`` normalisation needs.
    ///
    /// Node `v` of the result is described by ``describe(_:)``.
    public func centrality(
        _ measures: some Sequence<CentralityMeasure> = CentralityMeasure.allCases,
        options: CentralityOptions = CentralityOptions()
    ) throws -> CentralityScores {
        try graph.centrality(measures, sides: sides, options: options)
    }
}
