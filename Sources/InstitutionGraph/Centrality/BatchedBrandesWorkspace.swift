/// One worker's buffers for Brandes' algorithm on a ``ReducedGraph``, run from eight source
/// classes at once, one SIMD lane each; allocated once and reused for every batch.
///
/// **One lane.** The search from a class follows one of its twins, *s*. Every other class *X*
/// then holds members at the same distance, each reached by σ(*X*) shortest paths; a member of a
/// class *P* one level up passes its σ(*P*) paths on through each of the μ(*P*) members of *P*.
/// Walking back, a member of *V* depends on the source by
///
///     δ(V) = σ(V) Σ μ(W) (ω(W) + δ(W)) / σ(W)   over the classes W one level further,
///
/// ω(*W*) counting the nodes of a member's pendant trees as targets reached through it. The
/// source's own twins sit two hops away, behind each of its neighbours, and lead nowhere; they
/// are added in closed form.
///
/// **Eight lanes.** Step *k* expands every class that some lane reaches at level *k*, for those
/// lanes only, so one pass over a class's edges serves every lane that reaches it at that level.
/// Sources that are neighbours in the breadth-first numbering of the reduced graph reach most
/// classes at one or two levels between them, so a batch of eight costs about two single searches.
/// Lanes are tracked as bit masks (bit *i* for lane *i*) and turned into SIMD masks through a
/// table of all 256, so the inner loops carry no per-lane branches.
///
/// A class rather than a non-copyable struct, as ``ShortestPathWorkspace``.
final class BatchedBrandesWorkspace {
    typealias Lanes = SIMD8<Double>
    typealias LaneMask = SIMDMask<SIMD8<Int64>>

    /// The number of sources one batch carries.
    static let width = Lanes.scalarCount

    /// The SIMD mask of every bit mask of lanes.
    private let laneMasks: UnsafeMutableBufferPointer<LaneMask>
    /// The lanes that have reached each class, up to the current level.
    private let reachedBy: UnsafeMutableBufferPointer<UInt8>
    /// The lanes that reach each class at the next level, as they are found.
    private let arriving: UnsafeMutableBufferPointer<UInt8>
    /// σ per lane: the number of shortest paths from the lane's source to each member of a class.
    private let pathCounts: UnsafeMutableBufferPointer<Lanes>
    /// Per lane, μ (ω + δ) / σ for the classes whose dependency is known and 0 for the others: a
    /// class's dependency is σ times the sum of this over all its neighbours, with no test of
    /// their level.
    private let coefficients: UnsafeMutableBufferPointer<Lanes>
    /// The dependencies of the classes of one step, while it is processed.
    private let dependencies: UnsafeMutableBufferPointer<Lanes>
    /// The classes of each step, step after step; a class appears once per step that reaches it.
    private let order: UnsafeMutableBufferPointer<Int32>
    /// For each entry of ``order``, the lanes that reach its class at that step.
    private let orderLanes: UnsafeMutableBufferPointer<UInt8>
    /// Where each step starts in ``order``.
    private let stepStarts: UnsafeMutableBufferPointer<Int>

    init(count: Int) {
        laneMasks = .allocate(capacity: 1 << Self.width)
        for bits in laneMasks.indices {
            let lanes = SIMD8<Int64>(1, 2, 4, 8, 16, 32, 64, 128) & SIMD8<Int64>(repeating: Int64(bits))
            laneMasks.initializeElement(at: bits, to: lanes .!= 0)
        }
        reachedBy = .allocate(capacity: count, filledWith: 0)
        arriving = .allocate(capacity: count, filledWith: 0)
        pathCounts = .allocate(capacity: count, filledWith: .zero)
        coefficients = .allocate(capacity: count, filledWith: .zero)
        dependencies = .allocate(capacity: count, filledWith: .zero)
        // A class enters ``order`` at most once per lane.
        order = .allocate(capacity: Self.width * count, filledWith: 0)
        orderLanes = .allocate(capacity: Self.width * count, filledWith: 0)
        stepStarts = .allocate(capacity: count + 2, filledWith: 0)
    }

    deinit {
        laneMasks.deallocate()
        reachedBy.deallocate()
        arriving.deallocate()
        pathCounts.deallocate()
        coefficients.deallocate()
        dependencies.deallocate()
        order.deallocate()
        orderLanes.deallocate()
        stepStarts.deallocate()
    }

    /// Adds to `betweenness[c]`, for every class *c*, what all the members of the classes
    /// `sources` (at most ``width``) and the nodes of their pendant trees contribute, as sources,
    /// to the betweenness of one member of *c*: Σ μ(*s*) ω(*s*) δₛ(*c*) over the sources *s*.
    func accumulate(from sources: Range<Int>, in graph: ReducedGraph.Buffers, into betweenness: UnsafeMutableBufferPointer<Double>) {
        precondition(sources.count <= Self.width)
        var scale = Lanes.zero
        for (lane, source) in sources.enumerated() {
            scale[lane] = graph.multiplicities[source] * graph.weights[source]
        }
        let deepest = search(from: sources, in: graph)
        var step = deepest
        while step >= 1 {
            let first = stepStarts[step]
            let stepRange = first..<stepStarts[step + 1]
            for index in stepRange {
                let node = Int(order[index])
                var sum = Lanes.zero
                for edge in Int(graph.offsets[node])..<Int(graph.offsets[node + 1]) {
                    sum += coefficients[Int(graph.targets[edge])]
                }
                dependencies[index - first] = pathCounts[node] * sum
            }
            for index in stepRange {
                let node = Int(order[index])
                let lanes = laneMasks[Int(orderLanes[index])]
                let delta = Lanes.zero.replacing(with: dependencies[index - first], where: lanes)
                betweenness[node] += (scale * delta).sum()
                let coefficient = graph.multiplicities[node] * (graph.weights[node] + delta) / pathCounts[node]
                coefficients[node].replace(with: coefficient, where: lanes)
            }
            step -= 1
        }

        for (lane, source) in sources.enumerated() where graph.multiplicities[source] > 1 {
            // Each other twin is reached through every core neighbour of the source, once each.
            let share = scale[lane] * (graph.multiplicities[source] - 1) * graph.weights[source] / graph.memberDegrees[source]
            for edge in Int(graph.offsets[source])..<Int(graph.offsets[source + 1]) {
                betweenness[Int(graph.targets[edge])] += share
            }
        }

        for index in 0..<stepStarts[deepest + 1] {
            let node = Int(order[index])
            reachedBy[node] = 0
            pathCounts[node] = .zero
            coefficients[node] = .zero
        }
    }

    /// Breadth-first search from `sources`, one lane each, counting shortest paths; returns the
    /// last step that reached a class.
    private func search(from sources: Range<Int>, in graph: ReducedGraph.Buffers) -> Int {
        var tail = 0
        for (lane, source) in sources.enumerated() {
            let bit = UInt8(1) << UInt8(lane)
            reachedBy[source] = bit
            pathCounts[source][lane] = 1
            order[tail] = Int32(source)
            orderLanes[tail] = bit
            tail += 1
        }
        stepStarts[0] = 0
        stepStarts[1] = tail
        var step = 0
        while stepStarts[step] < stepStarts[step + 1] {
            for index in stepStarts[step]..<stepStarts[step + 1] {
                let node = Int(order[index])
                let lanes = orderLanes[index]
                // A source is one node, not its whole class: it passes its one path on once.
                let members = step == 0 ? 1 : graph.multiplicities[node]
                let paths = Lanes.zero.replacing(with: pathCounts[node] * members, where: laneMasks[Int(lanes)])
                for edge in Int(graph.offsets[node])..<Int(graph.offsets[node + 1]) {
                    let neighbor = Int(graph.targets[edge])
                    let onward = lanes & ~reachedBy[neighbor]
                    guard onward != 0 else { continue }
                    let before = arriving[neighbor]
                    arriving[neighbor] = before | onward
                    pathCounts[neighbor] += Lanes.zero.replacing(with: paths, where: laneMasks[Int(onward)])
                    if before == 0 {
                        order[tail] = Int32(truncatingIfNeeded: neighbor)
                        tail += 1
                    }
                }
            }
            for index in stepStarts[step + 1]..<tail {
                let node = Int(order[index])
                let lanes = arriving[node]
                orderLanes[index] = lanes
                reachedBy[node] |= lanes
                arriving[node] = 0
            }
            step += 1
            stepStarts[step + 1] = tail
        }
        return step - 1
    }
}
