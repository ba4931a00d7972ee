/// Structural holes (``StructuralHoles``) and brokerage roles (``BrokerageRoleCounts``) of every
/// node from one pass over the triangles of a graph
/// (``GraphBuffers/forEachEdgeWithCommonNeighbors(threads:makeContext:_:)``).
///
/// Both measures are sums over triangles. For a node *i* and a contact *j*, Burt's redundancy
/// Σₖ *p*ᵢₖ *m*ⱼₖ and the indirect tie Σₖ *p*ᵢₖ *p*ₖⱼ only have terms for the *k* tied to both.
/// With *p*ᵢₖ = *w*ᵢₖ / *S*ᵢ and *m*ⱼₖ = *w*ⱼₖ / *M*ⱼ (*S* a node's total tie strength, *M* its
/// strongest tie) they are Σₖ *w*ᵢₖ *w*ⱼₖ / (*S*ᵢ *M*ⱼ) and Σₖ (*w*ᵢₖ *w*ⱼₖ / *S*ₖ) / *S*ᵢ: the two
/// sums over the shared neighbours are the same from either end of the edge, so each edge adds
/// them up once, with no division per neighbour, and writes its two positions; a last pass over
/// each node's edges in order turns them into effective size and constraint. A pair of a
/// broker's contacts is tied exactly when the three make a triangle, so the roles are the pairs of
/// each kind of contacts (counted from the groups of the contacts) less the tied ones (counted on
/// the triangles).
///
/// Each edge is seen by one thread, which adds up its shared neighbours in ascending order and
/// writes its two positions; role counts are integers tallied per thread and added up. The
/// results do not depend on the number of threads.
enum BrokerageSweep {
    /// The role counts of node *b* are `tied[4b + r]` for role *r* in this order.
    private enum Role: Int {
        case coordinator, itinerant, representative, liaison
    }

    /// Computes structural holes when `holes` and roles when `groups` is given.
    ///
    /// - Parameters:
    ///   - weighted: use the edge weights as tie strengths (ignored on an unweighted graph).
    ///   - groups: the group of each node, for the roles.
    /// - Complexity: O(*m* + Σ_{{u,v}} min(*d*ᵤ, *d*ᵥ)).
    static func measures(
        of graph: CSRGraph, holes: Bool, weighted: Bool, groups: [Int]?, threads: Int
    ) -> (holes: StructuralHoles?, roles: [BrokerageRoleCounts]?) {
        let weights = weighted ? graph.weights : nil
        let group = groups.map(denseGroups) ?? []
        let sums = holes ? HoleSums(graph, weights: weights, group: group) : nil
        let tallies = sweep(graph, sums: sums, weights: weights, group: group, threads: threads)
        // Each tied pair of a broker's contacts is seen from both of its edges to the broker.
        let tied = groups == nil ? [] : (0..<(4 * graph.nodeCount)).map { index in tallies.reduce(0) { $0 + $1!.counts[index] } / 2 }
        return (sums?.measures(graph, weights: weights), groups == nil ? nil : roleCounts(graph, group: group, tied: tied))
    }

    /// The triangle sweep: sums into `sums` when given, and tied pairs by role per thread when
    /// there are groups (`group` empty otherwise).
    private static func sweep(
        _ graph: CSRGraph, sums: HoleSums?, weights: [Double]?, group: [Int32], threads: Int
    ) -> [RoleTally?] {
        graph.withBuffers { buffers in
            withOptionalBuffer(weights) { weights in
                group.withUnsafeBufferPointer { group in
                    buffers.forEachEdgeWithCommonNeighbors(threads: threads) {
                        group.isEmpty ? nil : RoleTally(nodeCount: graph.nodeCount)
                    } _: { tally, edge in
                        guard let sums else {
                            tally?.add(edge, group: group)
                            return
                        }
                        // One pass over the shared neighbours for both measures.
                        let counted =
                            if let weights {
                                sums.add(edge, ties: WeightedTies(weights: weights))
                            } else {
                                sums.add(edge, ties: UnitTies())
                            }
                        tally?.add(edge, groups: (group[edge.u], group[edge.v]), inGroups: counted)
                    }
                }
            }
        }
    }

    /// The roles of every node: all pairs of its contacts by their groups, less the tied pairs.
    private static func roleCounts(_ graph: CSRGraph, group: [Int32], tied: [Int]) -> [BrokerageRoleCounts] {
        let groupCount = Int(group.max() ?? -1) + 1
        var inGroup = [Int](repeating: 0, count: groupCount)
        var seen: [Int32] = []
        return (0..<graph.nodeCount).map { broker in
            for contact in graph.neighbors(of: broker) {
                let g = group[Int(contact)]
                if inGroup[Int(g)] == 0 { seen.append(g) }
                inGroup[Int(g)] += 1
            }
            let contacts = graph.degree(of: broker)
            let own = inGroup[Int(group[broker])]
            var samePairsElsewhere = 0
            for g in seen {
                if g != group[broker] { samePairsElsewhere += inGroup[Int(g)] * (inGroup[Int(g)] - 1) / 2 }
                inGroup[Int(g)] = 0
            }
            seen.removeAll(keepingCapacity: true)
            let others = contacts - own
            let shared = own * others
            let tiedOf = { (role: Role) in tied[4 * broker + role.rawValue] }
            return BrokerageRoleCounts(
                coordinator: own * (own - 1) / 2 - tiedOf(.coordinator),
                itinerant: samePairsElsewhere - tiedOf(.itinerant),
                representative: shared - tiedOf(.representative),
                gatekeeper: shared - tiedOf(.representative),
                liaison: others * (others - 1) / 2 - samePairsElsewhere - tiedOf(.liaison))
        }
    }

    /// `groups` renumbered 0, 1, … in order of first appearance.
    private static func denseGroups(_ groups: [Int]) -> [Int32] {
        var number: [Int: Int32] = [:]
        return groups.map { label in
            if let existing = number[label] { return existing }
            number[label] = Int32(number.count)
            return Int32(number.count - 1)
        }
    }

    /// One thread's count of tied pairs of contacts, by broker and role, each pair seen twice.
    private final class RoleTally {
        let counts: UnsafeMutableBufferPointer<Int>

        init(nodeCount: Int) {
            counts = .allocate(capacity: 4 * nodeCount, filledWith: 0)
        }

        deinit { counts.deallocate() }

        /// Each shared neighbour *k* of the edge {u, v} makes {v, k} a tied pair of contacts of
        /// *u*, and {u, k} one of *v*; with *A* the *k* in *u*'s group and *B* those in *v*'s, the
        /// roles (see ``BrokerageRoleCounts``) follow from the counts of *A* and *B*. A pair {v, k} of *u*
        /// is seen again from the edge {u, k}.
        @inline(__always)
        func add(_ edge: CommonNeighbors, group: UnsafeBufferPointer<Int32>) {
            let (groupU, groupV) = (group[edge.u], group[edge.v])
            var (inGroupU, inGroupV) = (0, 0)
            for k in edge.nodes {
                let groupK = group[Int(k)]
                inGroupU &+= groupK == groupU ? 1 : 0
                inGroupV &+= groupK == groupV ? 1 : 0
            }
            add(edge, groups: (groupU, groupV), inGroups: (inGroupU, inGroupV))
        }

        /// ``add(_:group:)`` with the groups of the edge's ends and the number of shared
        /// neighbours in each already counted.
        @inline(__always)
        func add(_ edge: CommonNeighbors, groups: (u: Int32, v: Int32), inGroups: (u: Int, v: Int)) {
            let (groupU, groupV) = groups
            let (inGroupU, inGroupV) = inGroups
            let all = edge.nodes.count
            let (u, v) = (4 * edge.u, 4 * edge.v)
            if groupU == groupV {
                // A and B are the same k: with both ends, coordinator; otherwise the broker shares its
                // group with one end.
                counts[u + Role.coordinator.rawValue] += inGroupU
                counts[u + Role.representative.rawValue] += all - inGroupU
                counts[v + Role.coordinator.rawValue] += inGroupV
                counts[v + Role.representative.rawValue] += all - inGroupV
            } else {
                // For u and {v, k}: k in u's group, representative; in v's, itinerant; else liaison.
                counts[u + Role.representative.rawValue] += inGroupU
                counts[u + Role.itinerant.rawValue] += inGroupV
                counts[u + Role.liaison.rawValue] += all - inGroupU - inGroupV
                counts[v + Role.representative.rawValue] += inGroupV
                counts[v + Role.itinerant.rawValue] += inGroupU
                counts[v + Role.liaison.rawValue] += all - inGroupU - inGroupV
            }
        }
    }

    /// Tie strengths read from the edge weights or all 1, for ``HoleSums``.
    private protocol TieStrengths {
        subscript(edge: Int) -> Double { get }
    }

    private struct WeightedTies: TieStrengths {
        let weights: UnsafeBufferPointer<Double>
        @inline(__always) subscript(edge: Int) -> Double { weights[edge] }
    }

    private struct UnitTies: TieStrengths {
        @inline(__always) subscript(edge: Int) -> Double { 1 }
    }

    /// What the sweep reads of every shared neighbour besides its ties, side by side in memory:
    /// the reciprocal of its total tie strength and its group (0 without groups).
    private struct NodeFacts {
        var inverseStrength: Double
        var group: Int32
    }

    /// The redundancy and indirect-tie sums of every edge position, and what they are made of.
    private final class HoleSums {
        /// Each node's total tie strength, added up over its edges in order.
        let strength: UnsafeMutableBufferPointer<Double>
        /// Each node's strongest tie.
        let strongest: UnsafeMutableBufferPointer<Double>
        let facts: UnsafeMutableBufferPointer<NodeFacts>
        /// At the position of each edge *i* → *j*: the redundancy of *j* to *i*, Σₖ *p*ᵢₖ *m*ⱼₖ,
        /// and the indirect tie Σₖ *p*ᵢₖ *p*ₖⱼ, over the shared neighbours *k*.
        let redundancy: UnsafeMutableBufferPointer<Double>
        let indirect: UnsafeMutableBufferPointer<Double>

        /// - Parameter group: each node's group, or empty.
        init(_ graph: CSRGraph, weights: [Double]?, group: [Int32]) {
            let (n, edges) = (graph.nodeCount, graph.targets.count)
            strength = .allocate(capacity: n, filledWith: 0)
            strongest = .allocate(capacity: n, filledWith: 0)
            facts = .allocate(capacity: n, filledWith: NodeFacts(inverseStrength: 0, group: 0))
            redundancy = .allocate(capacity: edges, filledWith: 0)
            indirect = .allocate(capacity: edges, filledWith: 0)
            for node in 0..<n {
                for edge in graph.edgeRange(of: node) {
                    let weight = weights?[edge] ?? 1
                    strength[node] += weight
                    strongest[node] = Swift.max(strongest[node], weight)
                }
                facts[node] = NodeFacts(inverseStrength: 1 / strength[node], group: group.isEmpty ? 0 : group[node])
            }
        }

        deinit {
            strength.deallocate()
            strongest.deallocate()
            facts.deallocate()
            redundancy.deallocate()
            indirect.deallocate()
        }

        /// Adds up, over the shared neighbours *k* in ascending order, Σₖ *w*ᵤₖ *w*ᵥₖ and
        /// Σₖ *w*ᵤₖ *w*ᵥₖ / *S*ₖ, and writes from them, at the edge's position from each end *i*
        /// to the other *j*, the redundancy Σₖ *w*ᵢₖ *w*ⱼₖ / (*S*ᵢ *M*ⱼ) and the indirect tie
        /// Σₖ (*w*ᵢₖ *w*ⱼₖ / *S*ₖ) / *S*ᵢ; returns how many of the *k* are in *u*'s group and in
        /// *v*'s, for the roles.
        @inline(__always)
        func add<Ties: TieStrengths>(_ edge: CommonNeighbors, ties: Ties) -> (u: Int, v: Int) {
            var shared = 0.0
            var sharedOverStrength = 0.0
            let (groupU, groupV) = (facts[edge.u].group, facts[edge.v].group)
            var (inGroupU, inGroupV) = (0, 0)
            for index in edge.nodes.indices {
                let factsK = facts[Int(edge.nodes[index])]
                let product = ties[Int(edge.fromU[index])] * ties[Int(edge.fromV[index])]
                shared += product
                sharedOverStrength += product * factsK.inverseStrength
                inGroupU &+= factsK.group == groupU ? 1 : 0
                inGroupV &+= factsK.group == groupV ? 1 : 0
            }
            let (strengthU, strengthV) = (strength[edge.u], strength[edge.v])
            redundancy[edge.forward] = shared / (strengthU * strongest[edge.v])
            indirect[edge.forward] = sharedOverStrength / strengthU
            redundancy[edge.backward] = shared / (strengthV * strongest[edge.u])
            indirect[edge.backward] = sharedOverStrength / strengthV
            return (inGroupU, inGroupV)
        }

        /// Effective size, efficiency and constraint, from each node's edges in order.
        func measures(_ graph: CSRGraph, weights: [Double]?) -> StructuralHoles {
            let n = graph.nodeCount
            var holes = StructuralHoles(
                effectiveSize: Array(repeating: .nan, count: n), efficiency: Array(repeating: .nan, count: n),
                constraint: Array(repeating: .nan, count: n))
            for node in 0..<n where graph.degree(of: node) > 0 {
                var size = 0.0
                var total = 0.0
                for edge in graph.edgeRange(of: node) {
                    size += 1 - redundancy[edge]
                    let local = (weights?[edge] ?? 1) / strength[node] + indirect[edge]
                    total += local * local
                }
                holes.effectiveSize[node] = size
                holes.efficiency[node] = size / Double(graph.degree(of: node))
                holes.constraint[node] = total
            }
            return holes
        }
    }
}
