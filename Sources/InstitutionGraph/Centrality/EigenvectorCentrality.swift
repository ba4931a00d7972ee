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
    /// Each component is iterated on its own until an iteration changes its vector by less than
    /// 10⁻¹³ per node in L1. A component that is not bipartite is iterated with the shifted matrix
    /// *A* + *I*, as NetworkX does. A bipartite one (every component of a two-mode graph) has the
    /// eigenvalue −λ beside λ, which makes that iteration converge slowly, at the rate
    /// (λ − 1)/(λ + 1); each of its two sides is iterated with *A*² instead, which maps a side onto
    /// itself and converges at the rate (λ₂/λ)², and the sides, each of unit length, make the
    /// component's vector with weight 1/√2 each (the eigenvector of λ has as much weight on either
    /// side).
    ///
    /// - Throws: ``CentralityError`` when a component has not converged after `maxIterations`.
    /// - Complexity: O((*n* + *m*) × iterations)
    func eigenvectorScores(maxIterations: Int) throws -> [Double] {
        let n = nodeCount
        let components = connectedComponents()
        let labels = components.labels
        let sides = bipartiteSides(of: components)
        // Group 2c holds component c's nodes (its first side, when bipartite), 2c + 1 the second side.
        let groups = (0..<n).map { 2 * labels[$0] + max(0, Int(sides[$0])) }
        var groupSizes = [Int](repeating: 0, count: 2 * components.count)
        for group in groups { groupSizes[group] += 1 }
        var vector = labels.map { 1 / Double(components.sizes[$0]).squareRoot() }
        var once = [Double](repeating: 0, count: n)
        var product = [Double](repeating: 0, count: n)
        var norms = [Double](repeating: 0, count: groupSizes.count)
        var changes = [Double](repeating: 0, count: groupSizes.count)
        var converged = n == 0
        var iteration = 0
        while !converged {
            guard iteration < maxIterations else { throw CentralityError.noConvergence(.eigenvector, iterations: maxIterations) }
            iteration += 1
            withBuffers { graph in
                if let weights = graph.weights {
                    iterate(vector, once: &once, into: &product, sides: sides, graph, weights)
                } else {
                    iterate(vector, once: &once, into: &product, sides: sides, graph, UnitEdgeValues())
                }
            }
            for index in norms.indices { norms[index] = 0 }
            for node in 0..<n { norms[groups[node]] += product[node] * product[node] }
            for index in norms.indices { norms[index] = norms[index].squareRoot(); changes[index] = 0 }
            for node in 0..<n {
                let group = groups[node]
                product[node] /= norms[group]
                changes[group] += abs(product[node] - vector[node])
            }
            swap(&vector, &product)
            converged = changes.indices.allSatisfy { changes[$0] <= Double(groupSizes[$0]) * 1e-13 }
        }

        // λ + 1 for each component: the norm of (A + I) or the square root of that of A² on a unit vector.
        let shifted = components.sizes.indices.map { component in
            groupSizes[2 * component + 1] > 0 ? norms[2 * component].squareRoot() + 1 : norms[2 * component]
        }
        for node in 0..<n where sides[node] >= 0 { vector[node] /= 2.squareRoot() }
        let largest = shifted.max() ?? 0
        let leading = shifted.map { $0 >= largest - 1e-9 * max(1, largest) }
        var weightOfComponent = [Double](repeating: 0, count: components.count)
        for node in 0..<n where leading[labels[node]] { weightOfComponent[labels[node]] += vector[node] }
        var result = (0..<n).map { weightOfComponent[labels[$0]] * vector[$0] }
        let length = result.reduce(0) { $0 + $1 * $1 }.squareRoot()
        for node in 0..<n { result[node] /= length }
        return result
    }

    /// Each node's side, 0 or 1, in a bipartite component of two or more nodes (the side of the
    /// component's lowest node is 0), and −1 in any other component.
    ///
    /// - Complexity: O(*n* + *m*)
    private func bipartiteSides(of components: ConnectedComponents) -> [Int8] {
        var sides = [Int8](repeating: -1, count: nodeCount)
        var bipartite = components.sizes.map { $0 > 1 }
        var stack: [Int] = []
        for root in 0..<nodeCount where sides[root] < 0 && bipartite[components.labels[root]] {
            sides[root] = 0
            stack.append(root)
            while let node = stack.popLast() {
                for next in neighbors(of: node) {
                    let neighbor = Int(next)
                    if sides[neighbor] < 0 {
                        sides[neighbor] = 1 - sides[node]
                        stack.append(neighbor)
                    } else if sides[neighbor] == sides[node] {
                        bipartite[components.labels[root]] = false
                    }
                }
            }
        }
        for node in 0..<nodeCount where !bipartite[components.labels[node]] { sides[node] = -1 }
        return sides
    }
}

/// One step of the iteration: `product` = (A + I) `vector` on nodes outside bipartite components
/// (side −1), and A² `vector` on those in them; `once` holds A `vector`.
private func iterate(
    _ vector: [Double], once: inout [Double], into product: inout [Double], sides: [Int8], _ graph: GraphBuffers, _ weights: some EdgeValues
) {
    for node in 0..<graph.nodeCount {
        var sum = 0.0
        for edge in graph.edgeRange(of: node) {
            sum += weights[edge] * vector[Int(graph.targets[edge])]
        }
        once[node] = sum
    }
    for node in 0..<graph.nodeCount {
        if sides[node] < 0 {
            product[node] = vector[node] + once[node]
        } else {
            var sum = 0.0
            for edge in graph.edgeRange(of: node) {
                sum += weights[edge] * once[Int(graph.targets[edge])]
            }
            product[node] = sum
        }
    }
}
