extension CSRGraph {
    /// Computes `measures` for every node.
    ///
    /// Betweenness, closeness and harmonic centrality walk shortest paths on `options.threads`
    /// threads; their hops become distances 1 / weight when `options.weighted`. In hops, exact
    /// betweenness folds pendant trees and twins into a smaller graph first
    /// (`ReducedBetweenness`) and distance sums come from bit-parallel searches
    /// (`HopDistanceSweep`); both give Brandes' numbers. With
    /// `options.betweennessApproximation`, betweenness is estimated from sampled shortest paths
    /// instead (`ApproximateBetweenness`) and ``CentralityScores/betweennessSampling`` says how;
    /// with `options.closenessApproximation`, closeness and harmonic centrality are estimated from
    /// searches out of sampled sources (`ApproximateCloseness`) and
    /// ``CentralityScores/closenessSampling`` says how.
    /// See ``CentralityNormalization`` for what each normalisation means and
    /// ``CentralityMeasure/appliedNormalization(for:)`` for the measures it does not apply to.
    ///
    /// - Parameters:
    ///   - measures: the measures to compute; the others stay `nil` in the result.
    ///   - sides: the side of every node, needed by the ``CentralityNormalization/bipartite``
    ///     normalisation of degree, betweenness and closeness (see ``BipartiteGraph/sides``).
    ///   - options: normalisation, weights, threads, iteration limits and approximation.
    /// - Throws: ``CentralityError`` when the bipartite normalisation lacks sides, the
    ///   approximations' epsilon or confidence is outside (0, 1), or eigenvector or PageRank
    ///   iteration does not converge.
    /// - Complexity: O(*n* *m*) for the shortest-path measures (O(*n* *m* log *m*) weighted), far
    ///   less in hops on graphs with pendant trees and twins; O(*r* *m*) for *r* sampled paths or
    ///   sources; O(*m*) per iteration for eigenvector and PageRank.
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
        let approximation = wanted.contains(.betweenness) ? options.betweennessApproximation : nil
        if let approximation {
            if let error = CentralityError.approximation(approximation) { throw error }
            let (sums, sampling) = ApproximateBetweenness.orderedSums(
                of: self, weighted: options.weighted && isWeighted, approximation: approximation, threads: options.threads)
            scores.betweenness = betweennessScores(sums, normalization, bipartition)
            scores.betweennessSampling = sampling
        }
        var estimatedDistanceSums: DistanceSums?
        if needsDistances, let approximation = options.closenessApproximation {
            if let error = CentralityError.approximation(approximation) { throw error }
            // No sums when every node would be a source: the exact computation below is as fast.
            (estimatedDistanceSums, scores.closenessSampling) = ApproximateCloseness.distanceSums(
                of: self, weighted: options.weighted && isWeighted, approximation: approximation, threads: options.threads)
        }
        if wanted.contains(where: \.usesDistances) {
            let (betweennessSums, exactDistanceSums) = shortestPathSums(
                betweenness: wanted.contains(.betweenness) && approximation == nil,
                distances: needsDistances && estimatedDistanceSums == nil, options: options)
            if let betweennessSums {
                scores.betweenness = betweennessScores(betweennessSums, normalization, bipartition)
            }
            let distanceSums = estimatedDistanceSums ?? exactDistanceSums
            if let distanceSums, wanted.contains(.closeness) {
                scores.closeness = closenessScores(distanceSums, normalization, bipartition)
            }
            if let distanceSums, wanted.contains(.harmonic) {
                scores.harmonic = distanceSums.inverseDistances
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

extension CSRGraph {
    /// Brandes' betweenness sums over ordered pairs and the per-source distance sums, each only when
    /// asked for: through the reductions for hops, through the plain sweep for weighted distances
    /// or when `options` asks for it.
    private func shortestPathSums(betweenness: Bool, distances: Bool, options: CentralityOptions) -> ([Double]?, DistanceSums?) {
        guard betweenness || distances else { return (nil, nil) }
        guard options.shortestPaths == .reduced, !(options.weighted && isWeighted) else {
            let statistics = ShortestPathStatistics(
                graph: self, weighted: options.weighted, betweenness: betweenness, distances: distances, threads: options.threads)
            return (statistics.betweenness, statistics.distances)
        }
        return (
            betweenness ? ReducedBetweenness.orderedSums(of: self, threads: options.threads) : nil,
            distances ? HopDistanceSweep.sums(of: self, threads: options.threads) : nil
        )
    }
}

extension BipartiteGraph {
    /// Computes `measures` for every consortium and institution node (see
    /// ``CSRGraph/centrality(_:sides:options:)``), with the sides that the
    /// ``CentralityNormalization/bipartite`` normalisation needs.
    ///
    /// By default with that normalisation (degree, betweenness and closeness scaled by the other
    /// side's size, as NetworkX's `bipartite` functions and `instgraph centrality` do); pass
    /// ``CentralityNormalization/standard`` for NetworkX's one-mode functions.
    ///
    /// Node `v` of the result is described by ``describe(_:)``.
    public func centrality(
        _ measures: some Sequence<CentralityMeasure> = CentralityMeasure.allCases,
        options: CentralityOptions = CentralityOptions(normalization: .bipartite)
    ) throws -> CentralityScores {
        try graph.centrality(measures, sides: sides, options: options)
    }
}
