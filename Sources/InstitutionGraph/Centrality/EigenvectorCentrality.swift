extension CSRGraph {
    /// Eigenvector centrality: the eigenvector of the adjacency matrix (weights as strengths) for
    /// its largest eigenvalue, positive and of unit Euclidean length.
    ///
    /// On a connected graph this is `networkx.eigenvector_centrality_numpy`. On a disconnected
    /// graph, where NetworkX's numpy variant refuses to answer, it is the all-ones vector projected
    /// onto the eigenspace of the largest eigenvalue, normalised, which is also the limit of
    /// `networkx.eigenvector_centrality`'s power iteration: only the component(s) with the largest
    /// eigenvalue score above 0, and components whose largest eigenvalues tie (within a relative
    /// 10⁻⁹) share it in proportion to the sum of their own eigenvector. A graph without edges
    /// scores 1/√*n* everywhere.
    ///
    /// Each component is iterated on its own with the shifted matrix *A* + *I* (as NetworkX does,
    /// so that a bipartite graph's eigenvalue −λ does not make it oscillate) until an iteration
    /// changes the component's vector by less than 10⁻¹³ per node in L1.
    ///
    /// - Throws: ``CentralityError`` when a component has not converged after `maxIterations`.
    /// - Complexity: O((*n* + *m*) × iterations)
    func eigenvectorScores(maxIterations: Int) throws -> [Double] {
        let n = nodeCount
        let components = connectedComponents()
        let labels = components.labels
        var vector = labels.map { 1 / Double(components.sizes[$0]).squareRoot() }
        var product = [Double](repeating: 0, count: n)
        var norms = [Double](repeating: 0, count: components.count)
        var changes = [Double](repeating: 0, count: components.count)
        var converged = n == 0
        var iteration = 0
        while !converged {
            guard iteration < maxIterations else { throw CentralityError.noConvergence(.eigenvector, iterations: maxIterations) }
            iteration += 1
            withBuffers { graph in
                if let weights = graph.weights {
                    multiplyShifted(vector, into: &product, graph, weights)
                } else {
                    multiplyShifted(vector, into: &product, graph, UnitEdgeValues())
                }
            }
            for index in norms.indices { norms[index] = 0 }
            for node in 0..<n { norms[labels[node]] += product[node] * product[node] }
            for index in norms.indices { norms[index] = norms[index].squareRoot(); changes[index] = 0 }
            for node in 0..<n {
                let label = labels[node]
                product[node] /= norms[label]
                changes[label] += abs(product[node] - vector[node])
            }
            swap(&vector, &product)
            converged = changes.indices.allSatisfy { changes[$0] < Double(components.sizes[$0]) * 1e-13 }
        }

        // norms[c] is (λ + 1) for component c's converged unit vector.
        let largest = norms.max() ?? 0
        let leading = norms.map { $0 >= largest - 1e-9 * max(1, largest) }
        var weightOfComponent = [Double](repeating: 0, count: components.count)
        for node in 0..<n where leading[labels[node]] { weightOfComponent[labels[node]] += vector[node] }
        var result = (0..<n).map { weightOfComponent[labels[$0]] * vector[$0] }
        let length = result.reduce(0) { $0 + $1 * $1 }.squareRoot()
        for node in 0..<n { result[node] /= length }
        return result
    }
}

/// product = (A + I) vector, A being the adjacency matrix with entries `weights`.
private func multiplyShifted(_ vector: [Double], into product: inout [Double], _ graph: GraphBuffers, _ weights: some EdgeValues) {
    for node in 0..<graph.nodeCount {
        var sum = vector[node]
        for edge in graph.edgeRange(of: node) {
            sum += weights[edge] * vector[Int(graph.targets[edge])]
        }
        product[node] = sum
    }
}
