/// The core of a graph with its pendant trees folded in (``PendantTrees``) and its twins merged
/// (``TwinClasses``): the graph that ``ReducedBetweenness`` runs Brandes' algorithm on.
///
/// Each node of the reduced graph is a class of twins; two classes are adjacent when their members
/// are (then every member of one is adjacent to every member of the other). Classes are numbered
/// in breadth-first order, so that neighbours tend to be close in memory.
struct ReducedGraph {
    /// Where each class's neighbours start in ``targets``; one more entry than there are classes.
    let offsets: [Int32]
    /// The neighbouring classes of every class, each class's in ascending order.
    let targets: [Int32]
    /// μ: how many twins each class holds.
    let multiplicities: [Double]
    /// ω: how many nodes of the original graph each twin stands for (``PendantTrees/weights``).
    let weights: [Double]
    /// How many core neighbours each twin has: Σ μ over its neighbouring classes.
    let memberDegrees: [Double]
    /// For each node of the original graph, its class, or −1 when it is outside the core or has
    /// no neighbour in it.
    let classOf: [Int32]

    /// The number of classes.
    var count: Int { offsets.count - 1 }

    /// - Complexity: O(*n* + *m* log *d*), *d* being the largest degree.
    init(graph: CSRGraph, trees: PendantTrees, twins: TwinClasses) {
        let n = graph.nodeCount
        let representative = twins.representative
        // Number the classes in breadth-first order, walking the core from each class's
        // representative.
        var classOfRepresentative = [Int32](repeating: -1, count: n)
        var order: [Int32] = []
        for start in 0..<n where representative[start] == Int32(start) && classOfRepresentative[start] < 0 {
            classOfRepresentative[start] = Int32(order.count)
            order.append(Int32(start))
            var head = order.count - 1
            while head < order.count {
                let node = Int(order[head])
                head += 1
                for neighbor in graph.neighbors(of: node) {
                    guard let twin = representative[Int(neighbor)], classOfRepresentative[Int(twin)] < 0 else { continue }
                    classOfRepresentative[Int(twin)] = Int32(order.count)
                    order.append(twin)
                }
            }
        }

        var classOf = [Int32](repeating: -1, count: n)
        var multiplicities = [Double](repeating: 0, count: order.count)
        for node in 0..<n {
            guard let twin = representative[node] else { continue }
            let index = classOfRepresentative[Int(twin)]
            classOf[node] = index
            multiplicities[Int(index)] += 1
        }

        var offsets = [Int32](repeating: 0, count: order.count + 1)
        var targets: [Int32] = []
        var memberDegrees = [Double](repeating: 0, count: order.count)
        // lastSeenBy[c] == k when class c is already listed as a neighbour of class k.
        var lastSeenBy = [Int32](repeating: -1, count: order.count)
        for (index, node) in order.enumerated() {
            let first = targets.count
            for neighbor in graph.neighbors(of: Int(node)) {
                let neighborClass = classOf[Int(neighbor)]
                guard neighborClass >= 0, lastSeenBy[Int(neighborClass)] != Int32(index) else { continue }
                lastSeenBy[Int(neighborClass)] = Int32(index)
                targets.append(neighborClass)
                memberDegrees[index] += multiplicities[Int(neighborClass)]
            }
            targets[first...].sort()
            offsets[index + 1] = Int32(targets.count)
        }
        self.offsets = offsets
        self.targets = targets
        self.multiplicities = multiplicities
        weights = order.map { Double(trees.weights[Int($0)]) }
        self.memberDegrees = memberDegrees
        self.classOf = classOf
    }
}

extension ReducedGraph {
    /// A reduced graph's arrays as raw buffers, for the inner loops; valid only inside
    /// ``withBuffers(_:)``.
    struct Buffers {
        let offsets: UnsafeBufferPointer<Int32>
        let targets: UnsafeBufferPointer<Int32>
        let multiplicities: UnsafeBufferPointer<Double>
        let weights: UnsafeBufferPointer<Double>
        let memberDegrees: UnsafeBufferPointer<Double>

        var count: Int { offsets.count - 1 }
    }

    /// Calls `body` with the graph's arrays as raw buffers.
    func withBuffers<Result>(_ body: (Buffers) -> Result) -> Result {
        offsets.withUnsafeBufferPointer { offsets in
            targets.withUnsafeBufferPointer { targets in
                multiplicities.withUnsafeBufferPointer { multiplicities in
                    weights.withUnsafeBufferPointer { weights in
                        memberDegrees.withUnsafeBufferPointer { memberDegrees in
                            body(
                                Buffers(
                                    offsets: offsets, targets: targets, multiplicities: multiplicities, weights: weights,
                                    memberDegrees: memberDegrees))
                        }
                    }
                }
            }
        }
    }
}
