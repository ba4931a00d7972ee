/// Burt's structural-hole measures of every node of an undirected graph, as NetworkX computes
/// `effective_size` and `constraint`.
///
/// With *p*ᵢⱼ = *w*ᵢⱼ / Σₖ *w*ᵢₖ (the share of *i*'s tie strength that goes to *j*) and
/// *m*ⱼₖ = *w*ⱼₖ / maxₗ *w*ⱼₗ (the strength of *j*'s tie to *k* relative to *j*'s strongest tie):
///
/// - effective size: *e*ᵢ = Σⱼ∈N(i) (1 − Σₖ *p*ᵢₖ *m*ⱼₖ), the number of contacts less their
///   redundancy; on an unweighted graph, Borgatti's *n* − 2*t*/*n* (*t* ties among the *n* contacts);
/// - efficiency: *e*ᵢ / degree, between 0 (all contacts tied to each other) and 1;
/// - constraint: *c*ᵢ = Σⱼ∈N(i) (*p*ᵢⱼ + Σₖ *p*ᵢₖ *p*ₖⱼ)², how much *i*'s contacts are tied to
///   each other: high for a node inside a closed group, low for a broker across holes.
///
/// An isolated node has no ego network: its three values are NaN, as in NetworkX.
public struct StructuralHoles: Sendable, Equatable {
    /// Burt's effective size of each node.
    public var effectiveSize: [Double]
    /// Effective size divided by degree.
    public var efficiency: [Double]
    /// Burt's constraint of each node.
    public var constraint: [Double]

    public static func == (lhs: Self, rhs: Self) -> Bool {
        func same(_ a: [Double], _ b: [Double]) -> Bool {
            a.count == b.count && zip(a, b).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
        }
        return same(lhs.effectiveSize, rhs.effectiveSize) && same(lhs.efficiency, rhs.efficiency)
            && same(lhs.constraint, rhs.constraint)
    }
}

extension CSRGraph {
    /// Burt's effective size, efficiency and constraint of every node (see ``StructuralHoles``).
    ///
    /// - Parameter weighted: use the edge weights (on the institutions projection, shared
    ///   consortia) as tie strengths, as NetworkX's `weight="weight"`; otherwise every tie counts
    ///   1 (`weight=None`). Ignored on an unweighted graph.
    /// - Complexity: O(Σᵥ *d*ᵥ²): for each node, a pass over its contacts' contacts.
    public func structuralHoles(weighted: Bool = true) -> StructuralHoles {
        let n = nodeCount
        let weightOf = { (edge: Int) in weighted ? (self.weights?[edge] ?? 1) : 1 }
        var strength = [Double](repeating: 0, count: n)
        var strongest = [Double](repeating: 0, count: n)
        for node in 0..<n {
            for edge in edgeRange(of: node) {
                strength[node] += weightOf(edge)
                strongest[node] = Swift.max(strongest[node], weightOf(edge))
            }
        }
        var effectiveSize = [Double](repeating: .nan, count: n)
        var efficiency = [Double](repeating: .nan, count: n)
        var constraint = [Double](repeating: .nan, count: n)
        // share[k]: p(node, k) for the node's contacts k, 0 elsewhere; indirect[j]: Σₖ p(node, k) p(k, j).
        var share = [Double](repeating: 0, count: n)
        var indirect = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        for node in 0..<n where degree(of: node) > 0 {
            for edge in edgeRange(of: node) { share[Int(targets[edge])] = weightOf(edge) / strength[node] }
            var size = 0.0
            for edge in edgeRange(of: node) {
                let contact = Int(targets[edge])
                var redundancy = 0.0
                for reach in edgeRange(of: contact) {
                    let other = Int(targets[reach])
                    redundancy += share[other] * weightOf(reach) / strongest[contact]
                    if other != node {
                        if indirect[other] == 0 { touched.append(other) }
                        indirect[other] += share[contact] * weightOf(reach) / strength[contact]
                    }
                }
                size += 1 - redundancy
            }
            var total = 0.0
            for edge in edgeRange(of: node) {
                let contact = Int(targets[edge])
                let local = share[contact] + indirect[contact]
                total += local * local
            }
            effectiveSize[node] = size
            efficiency[node] = size / Double(degree(of: node))
            constraint[node] = total
            for edge in edgeRange(of: node) { share[Int(targets[edge])] = 0 }
            for other in touched { indirect[other] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        return StructuralHoles(effectiveSize: effectiveSize, efficiency: efficiency, constraint: constraint)
    }
}
