/// One worker's buffers for breadth-first searches from many sources at once, one bit per source
/// (multi-source BFS, Then et al. 2014): a node's lanes (``SearchLanes``: 64 in a word, or 256 in
/// ``WideSearchLanes``) hold the sources that have reached it, and one pass over a node's edges
/// carries all of them a level further. Each level is found top-down or bottom-up, whichever
/// visits fewer edges (``LevelDirection``).
///
/// Sources close to each other reach most nodes at nearly the same levels, so a node is expanded
/// a few times per batch rather than once per source. A search keeps either, per source, the
/// number of nodes it reaches at each level, which gives distance sums, reciprocal sums and the
/// sums a neighbouring leaf needs (``search(from:in:reached:distances:inverseDistances:shiftedInverseDistances:sides:)``,
/// see ``HopDistanceSweep``), or, per node reached, its distances from the sources
/// (``addDistances(from:in:distances:inverseDistances:sides:)``, see ``ApproximateCloseness``), or, per
/// source of a two-mode graph, the reciprocal distances in its projection
/// (``addProjectedInverseDistances(from:in:counted:inverseDistances:sides:)``), or every distance
/// (``recordDistances(from:in:into:sides:)``); the last two for ``ProjectedEfficiency``. Each takes
/// an optional ``SearchSides``: on a two-mode graph whose sides are ranges of nodes, with the
/// sources all on one side, a level's bottom-up step looks only at the side it can reach.
///
/// A class rather than a non-copyable struct, as ``ShortestPathWorkspace``.
final class BitParallelSearchWorkspace<Lanes: SearchLanes> {
    /// The number of sources one search carries.
    static var width: Int { Lanes.laneCount }

    /// The sources that have reached each node.
    private let seen: UnsafeMutableBufferPointer<Lanes>
    /// The sources that reached each node at the current level.
    private let frontier: UnsafeMutableBufferPointer<Lanes>
    /// The sources that reach each node at the next level, as they are found.
    private let next: UnsafeMutableBufferPointer<Lanes>
    /// The nodes of the current level, and of the next.
    private var current: UnsafeMutableBufferPointer<Int32>
    private var upcoming: UnsafeMutableBufferPointer<Int32>
    /// The nodes reached by the search so far, so that ``seen`` can be cleared node by node when
    /// the search stays in a small part of the graph.
    private let touched: UnsafeMutableBufferPointer<Int32>
    /// How many nodes each source reaches at the current level, bit-sliced (``BitSlicedTally``).
    private let counter: UnsafeMutableBufferPointer<Lanes>

    /// Which way each level is found: the cheaper (the default), or always one way, so that tests
    /// can compare the two.
    private let direction: LevelDirection

    /// Which way a level of a search is found (see ``sweep(from:in:sides:arrive:levelDone:)``).
    enum LevelDirection {
        /// Whichever visits fewer edges, by an estimate.
        case cheaper
        /// From the current level's nodes to their neighbours.
        case topDown
        /// From the nodes not yet reached to their neighbours on the current level.
        case bottomUp
    }

    init(nodeCount: Int, direction: LevelDirection = .cheaper) {
        self.direction = direction
        seen = .allocateOnCacheLines(capacity: nodeCount, filledWith: .none)
        frontier = .allocateOnCacheLines(capacity: nodeCount, filledWith: .none)
        next = .allocateOnCacheLines(capacity: nodeCount, filledWith: .none)
        current = .allocate(capacity: nodeCount, filledWith: 0)
        upcoming = .allocate(capacity: nodeCount, filledWith: 0)
        touched = .allocate(capacity: nodeCount, filledWith: 0)
        counter = .allocate(capacity: Int.bitWidth, filledWith: .none)
    }

    deinit {
        seen.deallocate()
        frontier.deallocate()
        next.deallocate()
        current.deallocate()
        upcoming.deallocate()
        touched.deallocate()
        counter.deallocate()
    }

    /// Searches from `sources` (distinct, at most ``width``) and writes, for each source *s*:
    /// `reached[s]`, the nodes it reaches, itself included; `distances[s]`, the sum of their
    /// distances; `inverseDistances[s]`, Σ 1/*d* over the others; and `shiftedInverseDistances[s]`,
    /// Σ 1/(*d* + 1) over the others, what a leaf hanging off *s* needs.
    func search(
        from sources: ArraySlice<Int32>, in graph: GraphBuffers, reached: UnsafeMutableBufferPointer<Int>,
        distances: UnsafeMutableBufferPointer<Double>, inverseDistances: UnsafeMutableBufferPointer<Double>,
        shiftedInverseDistances: UnsafeMutableBufferPointer<Double>, sides: SearchSides? = nil
    ) {
        for source in sources {
            reached[Int(source)] = 1
            distances[Int(source)] = 0
            inverseDistances[Int(source)] = 0
            shiftedInverseDistances[Int(source)] = 0
        }
        var tally = BitSlicedTally(counter: counter)
        sweep(from: sources, in: graph, sides: sides) { node, arriving, _ in
            tally.add(arriving)
        } levelDone: { distance in
            let level = Double(distance)
            tally.takeCounts(lanes: sources.count) { lane, count in
                let found = Double(count)
                let source = Int(sources[sources.startIndex + lane])
                reached[source] += count
                distances[source] += level * found
                inverseDistances[source] += found / level
                shiftedInverseDistances[source] += found / (level + 1)
            }
        }
    }

    /// Searches a two-mode graph from `sources` (distinct nodes of one side, at most ``width``) and
    /// adds, for each source *s*, Σ 1/*d* over the other nodes of `counted` (the sources' side) it
    /// reaches into `inverseDistances[s − counted.lowerBound]`, *d* being half the two-mode
    /// distance: the distance in the projection onto that side.
    ///
    /// The same sums, in the same order, as ``search(from:in:reached:distances:inverseDistances:shiftedInverseDistances:sides:)``
    /// on the projection, which has an edge for every pair in a group rather than one per member.
    func addProjectedInverseDistances(
        from sources: ArraySlice<Int32>, in graph: GraphBuffers, counted: Range<Int>, inverseDistances: UnsafeMutableBufferPointer<Double>,
        sides: SearchSides? = nil
    ) {
        var tally = BitSlicedTally(counter: counter)
        sweep(from: sources, in: graph, sides: sides) { node, arriving, _ in
            guard counted.contains(node) else { return }
            tally.add(arriving)
        } levelDone: { distance in
            let level = Double(distance / 2)
            tally.takeCounts(lanes: sources.count) { lane, count in
                inverseDistances[Int(sources[sources.startIndex + lane]) - counted.lowerBound] += Double(count) / level
            }
        }
    }

    /// Searches from `sources` (distinct, at most ``width``) and writes each node's distance from
    /// `sources[i]` at `distances[i * nodeCount + node]` for the nodes it reaches, itself at 0;
    /// the other entries are left as they are.
    func recordDistances(
        from sources: ArraySlice<Int32>, in graph: GraphBuffers, into distances: UnsafeMutableBufferPointer<UInt32>, sides: SearchSides? = nil
    ) {
        let n = graph.nodeCount
        for (lane, source) in sources.enumerated() { distances[lane * n + Int(source)] = 0 }
        sweep(from: sources, in: graph, sides: sides) { node, arriving, distance in
            arriving.forEachSetLane { distances[$0 * n + node] = UInt32(truncatingIfNeeded: distance) }
        } levelDone: { _ in
        }
    }

    /// Searches from `sources` (distinct, at most ``width``) and adds, for every node *v* they
    /// reach, Σ *d*(*s*, *v*) over the sources *s* into `distances[v]` and Σ 1/*d*(*s*, *v*) over
    /// the sources other than *v* into `inverseDistances[v]`: distances to the nodes rather than
    /// from the sources.
    func addDistances(
        from sources: ArraySlice<Int32>, in graph: GraphBuffers, distances: UnsafeMutableBufferPointer<Double>,
        inverseDistances: UnsafeMutableBufferPointer<Double>, sides: SearchSides? = nil
    ) {
        sweep(from: sources, in: graph, sides: sides) { node, arriving, distance in
            let found = Double(arriving.setLaneCount)
            distances[node] += Double(distance) * found
            inverseDistances[node] += found / Double(distance)
        } levelDone: { _ in
        }
    }

    /// The breadth-first search from `sources` (distinct, at most ``width``), level by level: for
    /// each node that some sources reach at the current distance, `arrive` gets the node, those
    /// sources as bits (lane *i* for `sources[i]`) and the distance; `levelDone` then gets the
    /// distance.
    ///
    /// Each level is found in whichever direction visits fewer edges (Beamer et al.'s
    /// direction-optimising search, with lanes): top-down, the nodes of the current level push
    /// their lanes to their neighbours; bottom-up, every node that some source has not yet reached
    /// gathers its neighbours' lanes and stops as soon as it has them all. Early and late levels
    /// touch few nodes and go top-down; in the middle levels, where most of the graph is in the
    /// frontier, bottom-up skips the nodes every source has reached and reads rather than writes.
    /// Both directions find the same nodes with the same lanes at each level.
    ///
    /// `sides`, when given, says which nodes can be at an even and at an odd distance from the
    /// sources (which must be among the former), and a bottom-up level looks only there; on a
    /// two-mode graph, at one side. Without it, every node can be anywhere.
    @inline(__always)
    private func sweep(
        from sources: ArraySlice<Int32>, in graph: GraphBuffers, sides: SearchSides?,
        arrive: (_ node: Int, _ arriving: Lanes, _ distance: Int) -> Void, levelDone: (_ distance: Int) -> Void
    ) {
        precondition(sources.count <= Self.width)
        let all = Lanes(lanesBelow: sources.count)
        let sides = sides ?? .whole(nodeCount: graph.nodeCount)
        // The edges at the current level's nodes, and at the nodes of each parity some source has
        // not reached: what a top-down and (at most) a bottom-up level would visit.
        var frontierEdges = 0
        var unfinishedEvenEdges = graph.edges(of: sides.even)
        var unfinishedOddEdges = graph.edges(of: sides.odd)
        for (lane, source) in sources.enumerated() {
            precondition(sides.even.contains(Int(source)), "a source lies where the search starts")
            let bit = Lanes(lane: lane)
            seen[Int(source)] = seen[Int(source)] | bit
            frontier[Int(source)] = frontier[Int(source)] | bit
            current[lane] = source
            touched[lane] = source
            frontierEdges += graph.edgeRange(of: Int(source)).count
        }
        var touchedCount = sources.count
        var currentCount = sources.count
        var distance = 0
        // A node found at `distance` by `arriving` sources: marks it and hands it to `arrive`.
        @inline(__always)
        func land(_ node: Int, _ arriving: Lanes) {
            if seen[node].isEmpty {
                touched[touchedCount] = Int32(truncatingIfNeeded: node)
                touchedCount += 1
            }
            seen[node] = seen[node] | arriving
            frontier[node] = arriving
            let edges = graph.edgeRange(of: node).count
            frontierEdges += edges
            if seen[node] == all {
                if sides.even.contains(node) { unfinishedEvenEdges -= edges }
                if sides.odd.contains(node) { unfinishedOddEdges -= edges }
            }
            arrive(node, arriving, distance)
        }
        while currentCount > 0 {
            distance += 1
            let unfinishedEdges = distance & 1 == 0 ? unfinishedEvenEdges : unfinishedOddEdges
            let bottomUp =
                switch direction {
                case .cheaper: frontierEdges * Self.bottomUpFactor > unfinishedEdges
                case .topDown: false
                case .bottomUp: true
                }
            frontierEdges = 0
            var upcomingCount = 0
            if bottomUp && !sides.even.overlaps(sides.odd) {
                // The level's nodes and the current level's lie on different sides, so a node
                // found can be marked at once: no node of its side is read as a frontier now.
                for node in sides.nodes(atDistance: distance) {
                    guard let arriving = gathered(at: node, in: graph, all: all) else { continue }
                    upcoming[upcomingCount] = Int32(truncatingIfNeeded: node)
                    upcomingCount += 1
                    land(node, arriving)
                }
                for index in 0..<currentCount { frontier[Int(current[index])] = .none }
            } else {
                upcomingCount =
                    bottomUp
                    ? gatherBottomUp(in: graph, nodes: sides.nodes(atDistance: distance), all: all, currentCount: currentCount)
                    : expandTopDown(in: graph, currentCount: currentCount)
                for index in 0..<upcomingCount {
                    let node = Int(upcoming[index])
                    let arriving = next[node]
                    next[node] = .none
                    land(node, arriving)
                }
            }
            levelDone(distance)
            swap(&current, &upcoming)
            currentCount = upcomingCount
        }
        // Every node reached is marked in `seen` and listed in `touched`; `frontier` and `next`
        // are clear again. Clearing all of `seen` at once is faster when most of it was touched.
        if touchedCount < seen.count / 4 {
            for index in 0..<touchedCount { seen[Int(touched[index])] = .none }
        } else {
            seen.update(repeating: .none)
        }
    }

    /// How much cheaper a bottom-up level must look than a top-down one to be chosen: it is
    /// chosen when the current level's edges are more than the unfinished nodes' edges over this.
    /// A bottom-up edge is a read and often the last its node needs; a top-down one may write.
    /// Exact closeness on the bench's two-mode graphs: huge 89 s with 1, 66 s with 2, 60 s with 4,
    /// 63 s with 8; large the same within noise from 2 to 8.
    private static var bottomUpFactor: Int { 4 }

    /// One level top-down: the nodes of the current level (the first `currentCount` of
    /// ``current``) carry their lanes in ``frontier`` to their neighbours' ``next``, clearing
    /// ``frontier``; returns how many nodes the level found, listed in ``upcoming``.
    @inline(__always)
    private func expandTopDown(in graph: GraphBuffers, currentCount: Int) -> Int {
        var upcomingCount = 0
        for index in 0..<currentCount {
            let node = Int(current[index])
            let carried = frontier[node]
            frontier[node] = .none
            for edge in graph.edgeRange(of: node) {
                let neighbor = Int(graph.targets[edge])
                let arriving = Lanes.without(carried, seen[neighbor])
                guard !arriving.isEmpty else { continue }
                if next[neighbor].isEmpty {
                    upcoming[upcomingCount] = Int32(truncatingIfNeeded: neighbor)
                    upcomingCount += 1
                }
                next[neighbor] = next[neighbor] | arriving
            }
        }
        return upcomingCount
    }

    /// One level bottom-up: every node of `nodes` not yet reached by `all` the lanes takes the
    /// lanes it lacks (``gathered(at:in:all:)``) into ``next``; then ``frontier`` is cleared at the
    /// current level's nodes. Returns how many nodes the level found, listed in ``upcoming`` in
    /// ascending order.
    @inline(__always)
    private func gatherBottomUp(in graph: GraphBuffers, nodes: Range<Int>, all: Lanes, currentCount: Int) -> Int {
        var upcomingCount = 0
        for node in nodes {
            guard let arriving = gathered(at: node, in: graph, all: all) else { continue }
            next[node] = arriving
            upcoming[upcomingCount] = Int32(truncatingIfNeeded: node)
            upcomingCount += 1
        }
        for index in 0..<currentCount { frontier[Int(current[index])] = .none }
        return upcomingCount
    }

    /// The lanes of `all` that `node` has not seen and its neighbours' ``frontier`` carry, read
    /// until it has them all; `nil` when there are none.
    @inline(__always)
    private func gathered(at node: Int, in graph: GraphBuffers, all: Lanes) -> Lanes? {
        let missing = Lanes.without(all, seen[node])
        guard !missing.isEmpty else { return nil }
        var gathered = Lanes.none
        for edge in graph.edgeRange(of: node) {
            gathered = gathered | frontier[Int(graph.targets[edge])]
            if Lanes.without(missing, gathered).isEmpty { break }
        }
        let arriving = gathered & missing
        return arriving.isEmpty ? nil : arriving
    }
}
