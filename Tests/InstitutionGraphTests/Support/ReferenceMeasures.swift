@testable import InstitutionGraph

/// The straightforward implementations the library's fast ones replaced, kept as test oracles:
/// the fast ones must give the same numbers (bit for bit, or up to rounding where they factor a
/// sum) and the same communities.
enum ReferenceMeasures {
    /// Structural holes by a pass over every contact's contacts (as NetworkX sums them).
    static func structuralHoles(_ graph: CSRGraph, weighted: Bool) -> StructuralHoles {
        let n = graph.nodeCount
        let weightOf = { (edge: Int) in weighted ? (graph.weights?[edge] ?? 1) : 1 }
        var strength = [Double](repeating: 0, count: n)
        var strongest = [Double](repeating: 0, count: n)
        for node in 0..<n {
            for edge in graph.edgeRange(of: node) {
                strength[node] += weightOf(edge)
                strongest[node] = max(strongest[node], weightOf(edge))
            }
        }
        var holes = StructuralHoles(
            effectiveSize: Array(repeating: .nan, count: n), efficiency: Array(repeating: .nan, count: n),
            constraint: Array(repeating: .nan, count: n))
        var share = [Double](repeating: 0, count: n)
        var indirect = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        for node in 0..<n where graph.degree(of: node) > 0 {
            for edge in graph.edgeRange(of: node) { share[Int(graph.targets[edge])] = weightOf(edge) / strength[node] }
            var size = 0.0
            for edge in graph.edgeRange(of: node) {
                let contact = Int(graph.targets[edge])
                var redundancy = 0.0
                for reach in graph.edgeRange(of: contact) {
                    let other = Int(graph.targets[reach])
                    redundancy += share[other] * weightOf(reach) / strongest[contact]
                    if other != node {
                        if indirect[other] == 0 { touched.append(other) }
                        indirect[other] += share[contact] * weightOf(reach) / strength[contact]
                    }
                }
                size += 1 - redundancy
            }
            var total = 0.0
            for edge in graph.edgeRange(of: node) {
                let contact = Int(graph.targets[edge])
                let local = share[contact] + indirect[contact]
                total += local * local
            }
            holes.effectiveSize[node] = size
            holes.efficiency[node] = size / Double(graph.degree(of: node))
            holes.constraint[node] = total
            for edge in graph.edgeRange(of: node) { share[Int(graph.targets[edge])] = 0 }
            for other in touched { indirect[other] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        return holes
    }

    /// Brokerage roles by looking at every pair of every node's contacts.
    static func brokerageRoles(_ graph: CSRGraph, groups: [Int]) -> [BrokerageRoleCounts] {
        var result = [BrokerageRoleCounts](repeating: .init(), count: graph.nodeCount)
        var tiedTo = [Int](repeating: 0, count: graph.nodeCount)
        for broker in 0..<graph.nodeCount {
            let contacts = graph.neighbors(of: broker)
            var counts = BrokerageRoleCounts()
            for (position, a) in contacts.enumerated() {
                let a = Int(a)
                for x in graph.neighbors(of: a) { tiedTo[Int(x)] = a + 1 }
                for c in contacts.dropFirst(position + 1) where tiedTo[Int(c)] != a + 1 {
                    let (ga, gb, gc) = (groups[a], groups[broker], groups[Int(c)])
                    switch (ga == gb, gb == gc, ga == gc) {
                    case (true, true, _): counts.coordinator += 1
                    case (false, false, true): counts.itinerant += 1
                    case (true, false, _), (false, true, _):
                        counts.representative += 1
                        counts.gatekeeper += 1
                    default: counts.liaison += 1
                    }
                }
            }
            result[broker] = counts
        }
        return result
    }

    /// Modularity with communities numbered through a dictionary.
    static func modularity(_ graph: CSRGraph, of communities: [Int], resolution: Double) -> Double {
        var index: [Int: Int] = [:]
        for label in communities where index[label] == nil { index[label] = index.count }
        var inside = [Double](repeating: 0, count: index.count)
        var degrees = [Double](repeating: 0, count: index.count)
        var total = 0.0
        for node in 0..<graph.nodeCount {
            let community = index[communities[node]]!
            for edge in graph.edgeRange(of: node) {
                let weight = graph.weights?[edge] ?? 1
                total += weight
                degrees[community] += weight
                if communities[Int(graph.targets[edge])] == communities[node] { inside[community] += weight }
            }
        }
        guard total > 0 else { return 0 }
        return zip(inside, degrees).reduce(0) { sum, community in
            sum + community.0 / total - resolution * (community.1 / total) * (community.1 / total)
        }
    }

    /// Louvain with nested arrays and dictionaries, trial after trial: the labels of the best
    /// partition (any numbering) and its modularity.
    static func louvain(_ graph: CSRGraph, _ options: LouvainOptions) -> (assignment: [Int], modularity: Double) {
        var generator = SeededRandom(seed: options.seed)
        var best: (assignment: [Int], modularity: Double)?
        for _ in 0..<options.trials {
            var runGenerator = SeededRandom(seed: generator.next())
            let assignment = ReferenceLouvain(graph: graph, options: options).run(using: &runGenerator)
            let quality = modularity(graph, of: assignment, resolution: options.resolution)
            if best == nil || quality > best!.modularity + 1e-12 { best = (assignment, quality) }
        }
        return best!
    }
}

/// One run of the reference Louvain.
private struct ReferenceLouvain {
    struct Level {
        var neighbors: [[(node: Int, weight: Double)]]
        var selfWeight: [Double]
        var degree: [Double]
    }

    let graph: CSRGraph
    let options: LouvainOptions

    func run(using generator: inout SeededRandom) -> [Int] {
        let n = graph.nodeCount
        var assignment = Array(0..<n)
        var level = Level(
            neighbors: (0..<n).map { node in graph.edgeRange(of: node).map { (Int(graph.targets[$0]), graph.weights?[$0] ?? 1) } },
            selfWeight: [Double](repeating: 0, count: n),
            degree: (0..<n).map { node in graph.edgeRange(of: node).reduce(0) { $0 + (graph.weights?[$1] ?? 1) } })
        let total = level.degree.reduce(0, +) / 2
        guard total > 0 else { return assignment }
        var quality = ReferenceMeasures.modularity(graph, of: assignment, resolution: options.resolution)
        while true {
            let (communities, moved) = moveNodes(level, totalWeight: total, using: &generator)
            guard moved else { break }
            let candidate = assignment.map { communities[$0] }
            let candidateQuality = ReferenceMeasures.modularity(graph, of: candidate, resolution: options.resolution)
            assignment = candidate
            if candidateQuality - quality <= options.threshold { break }
            quality = candidateQuality
            level = aggregate(level, communities: communities)
        }
        return assignment
    }

    private func moveNodes(_ level: Level, totalWeight m: Double, using generator: inout SeededRandom) -> ([Int], Bool) {
        let count = level.degree.count
        let gamma = options.resolution
        var community = Array(0..<count)
        var communityDegree = level.degree
        var order = Array(0..<count)
        generator.shuffle(&order)
        var toCommunity = [Double](repeating: 0, count: count)
        var touched: [Int] = []
        var moved = false
        var moves = 1
        while moves > 0 {
            moves = 0
            for node in order {
                let own = community[node]
                let degree = level.degree[node]
                for (neighbor, weight) in level.neighbors[node] {
                    let target = community[neighbor]
                    if toCommunity[target] == 0 { touched.append(target) }
                    toCommunity[target] += weight
                }
                communityDegree[own] -= degree
                let removeCost = -toCommunity[own] / m + gamma * communityDegree[own] * degree / (2 * m * m)
                var bestGain = 0.0
                var best = own
                for target in touched {
                    let gain = removeCost + toCommunity[target] / m - gamma * communityDegree[target] * degree / (2 * m * m)
                    if gain > bestGain {
                        bestGain = gain
                        best = target
                    }
                }
                communityDegree[best] += degree
                if best != own {
                    community[node] = best
                    moves += 1
                    moved = true
                }
                for target in touched { toCommunity[target] = 0 }
                touched.removeAll(keepingCapacity: true)
            }
        }
        var number: [Int: Int] = [:]
        for label in community where number[label] == nil { number[label] = number.count }
        return (community.map { number[$0]! }, moved)
    }

    private func aggregate(_ level: Level, communities: [Int]) -> Level {
        let count = (communities.max() ?? -1) + 1
        var ties = [[Int: Double]](repeating: [:], count: count)
        var selfWeight = [Double](repeating: 0, count: count)
        var degree = [Double](repeating: 0, count: count)
        for node in level.degree.indices {
            let from = communities[node]
            selfWeight[from] += level.selfWeight[node]
            degree[from] += level.degree[node]
            for (neighbor, weight) in level.neighbors[node] {
                let to = communities[neighbor]
                if to == from {
                    selfWeight[from] += weight / 2
                } else {
                    ties[from][to, default: 0] += weight
                }
            }
        }
        let neighbors = ties.map { $0.sorted { $0.key < $1.key }.map { (node: $0.key, weight: $0.value) } }
        return Level(neighbors: neighbors, selfWeight: selfWeight, degree: degree)
    }
}
