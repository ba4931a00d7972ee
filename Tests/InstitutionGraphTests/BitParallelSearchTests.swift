@testable import InstitutionGraph
import Testing

@Suite("Bit-parallel breadth-first searches, 64 and 256 sources at once, top-down and bottom-up")
struct BitParallelSearchTests {
    @Test("lanes: one set lane, counts, bits and ascending order, in every word of 256")
    func lanes() {
        var all = WideSearchLanes.none
        for lane in [0, 1, 63, 64, 100, 127, 128, 191, 192, 255] {
            let one = WideSearchLanes(lane: lane)
            #expect(one.setLaneCount == 1)
            #expect((0..<256).filter { one.bit($0) == 1 } == [lane])
            all = all | one
        }
        var listed: [Int] = []
        all.forEachSetLane { listed.append($0) }
        #expect(listed == [0, 1, 63, 64, 100, 127, 128, 191, 192, 255])
        #expect(all.setLaneCount == 10)
        #expect(WideSearchLanes.without(all, WideSearchLanes(lane: 64)).setLaneCount == 9)
        #expect((all ^ all).isEmpty && !all.isEmpty)
        #expect(UInt64(lane: 63) == 1 << 63)
        var words: [Int] = []
        UInt64(0b1010_0001).forEachSetLane { words.append($0) }
        #expect(words == [0, 5, 7])
    }

    /// Random two-mode graphs larger than one search of 256: several batches, sources in every
    /// word of the wide lanes, small components and isolated nodes.
    private static func graphs() -> [BipartiteGraph] {
        (1...3).map { seed in BipartiteGraph(RandomDatasets.make(seed: UInt64(40 + seed), consortia: 150 * seed, institutions: 250 * seed)) }
    }

    @Test("sums from every source are the same with 64 and 256 lanes, and as plain searches give them")
    func sums() throws {
        for bipartite in Self.graphs() {
            for graph in [bipartite.graph, bipartite.projection(onto: .institution)] {
                let narrow = Self.searchSums(of: graph, lanes: UInt64.self)
                let wide = Self.searchSums(of: graph, lanes: WideSearchLanes.self)
                #expect(Self.differences(narrow.reached, wide.reached) == 0)
                #expect(Self.differences(narrow.distances, wide.distances) == 0)
                #expect(Self.differences(narrow.inverse, wide.inverse) == 0)
                #expect(Self.differences(narrow.shifted, wide.shifted) == 0)
                let reference = ShortestPathStatistics(graph: graph, weighted: false, betweenness: false, distances: true, threads: 1).distances!
                #expect(Self.differences(wide.reached, reference.reached) == 0)
                #expect(Self.differences(wide.distances, reference.distances) == 0)
                #expect(agrees(wide.inverse, reference.inverseDistances, tolerance: 1e-12))
            }
        }
    }

    @Test("recorded distances and projected reciprocal sums are the same with 64 and 256 lanes")
    func distancesAndProjectedSums() throws {
        for bipartite in Self.graphs() {
            let graph = bipartite.graph
            let n = graph.nodeCount
            // 300 sources: one full search of 256 and part of another, or five of 64 and part of a sixth.
            let sources = CSRGraph.sampledSources(300, nodeCount: n, seed: 9).map(Int32.init)
            let wide = Self.recordedDistances(in: graph, from: sources, lanes: WideSearchLanes.self)
            #expect(Self.differences(Self.recordedDistances(in: graph, from: sources, lanes: UInt64.self), wide) == 0)
            let expected = sources.flatMap { source in Self.hops(in: graph, from: Int(source)).map { $0 < 0 ? UInt32.max : UInt32($0) } }
            #expect(Self.differences(wide, expected) == 0)

            let institutions = bipartite.nodes(on: .institution)
            let fromInstitutions = institutions.prefix(290).map(Int32.init)
            func projected<Lanes: SearchLanes>(_: Lanes.Type) -> [Double] {
                var inverse = [Double](repeating: 0, count: institutions.count)
                let workspace = BitParallelSearchWorkspace<Lanes>(nodeCount: n)
                let width = BitParallelSearchWorkspace<Lanes>.width
                inverse.withUnsafeMutableBufferPointer { inverse in
                    graph.withBuffers { buffers in
                        for start in stride(from: 0, to: fromInstitutions.count, by: width) {
                            workspace.addProjectedInverseDistances(
                                from: fromInstitutions[start..<min(fromInstitutions.count, start + width)], in: buffers, counted: institutions,
                                inverseDistances: inverse)
                        }
                    }
                }
                return inverse
            }
            #expect(Self.differences(projected(UInt64.self), projected(WideSearchLanes.self)) == 0)
        }
    }

    @Test("the bit-sliced tally counts each lane as a plain counter does, across flushes and levels")
    func tally() {
        func check<Lanes: SearchLanes>(_: Lanes.Type, seed: UInt64) {
            var generator = SeededRandom(seed: seed)
            let counter = UnsafeMutableBufferPointer<Lanes>.allocate(capacity: Int.bitWidth, filledWith: .none)
            defer { counter.deallocate() }
            var tally = BitSlicedTally(counter: counter)
            // Levels of 0, 1, 14, 15, 16 and up to a few thousand additions, each lane in a third
            // of them or in all: counts that stay in the planes, that fill them exactly, and that
            // carry far into the counter.
            let levels = [0, 1, 14, 15, 16, 31, 200, 3_000, generator.below(5_000)]
            for (additions, every) in levels.map({ ($0, false) }) + levels.map({ ($0, true) }) {
                var expected = [Int](repeating: 0, count: Lanes.laneCount)
                for _ in 0..<additions {
                    var lanes = Lanes.none
                    for lane in 0..<Lanes.laneCount where every || generator.below(3) == 0 {
                        lanes = lanes | Lanes(lane: lane)
                        expected[lane] += 1
                    }
                    tally.add(lanes)
                }
                var counted = [Int](repeating: 0, count: Lanes.laneCount)
                tally.takeCounts(lanes: Lanes.laneCount) { lane, count in counted[lane] = count }
                #expect(counted == expected, "\(Lanes.self), \(additions) additions\(every ? " of every lane" : "")")
            }
            #expect(counter.allSatisfy { $0.isEmpty })
        }
        for seed in 1...3 as ClosedRange<UInt64> {
            check(UInt64.self, seed: seed)
            check(WideSearchLanes.self, seed: seed)
        }
    }

    @Test("lanes below a count: none, some in each word, all")
    func lanesBelow() {
        for count in [0, 1, 63, 64, 65, 128, 200, 255, 256] {
            let lanes = WideSearchLanes(lanesBelow: count)
            #expect(lanes.setLaneCount == count)
            #expect((0..<256).allSatisfy { lanes.bit($0) == ($0 < count ? 1 : 0) })
            #expect(UInt64(lanesBelow: min(count, 64)).nonzeroBitCount == min(count, 64))
        }
    }

    @Test("levels found top-down, bottom-up or the cheaper way give the same sums and distances")
    func directions() throws {
        let directions: [BitParallelSearchWorkspace<WideSearchLanes>.LevelDirection] = [.topDown, .bottomUp, .cheaper]
        for bipartite in Self.graphs() {
            for graph in [bipartite.graph, bipartite.projection(onto: .institution)] {
                let sums = directions.map { Self.searchSums(of: graph, lanes: WideSearchLanes.self, direction: $0) }
                for other in sums.dropFirst() {
                    #expect(Self.differences(sums[0].reached, other.reached) == 0)
                    #expect(Self.differences(sums[0].distances, other.distances) == 0)
                    #expect(Self.differences(sums[0].inverse, other.inverse) == 0)
                    #expect(Self.differences(sums[0].shifted, other.shifted) == 0)
                }
            }
            // From sources on one side of the two-mode graph, told so or not.
            let graph = bipartite.graph
            let n = graph.nodeCount
            for side in [NodeSide.institution, .consortium] {
                let nodes = bipartite.nodes(on: side)
                let sources = nodes.prefix(280).map(Int32.init)
                let expected = sources.flatMap { source in Self.hops(in: graph, from: Int(source)).map { $0 < 0 ? UInt32.max : UInt32($0) } }
                for direction in directions {
                    for sides in [nil, SearchSides.twoMode(sourcesOn: nodes, nodeCount: n)] {
                        let recorded = Self.recordedDistances(in: graph, from: sources, lanes: WideSearchLanes.self, direction: direction, sides: sides)
                        #expect(Self.differences(recorded, expected) == 0, "\(side) \(direction) \(sides == nil ? "whole" : "sides")")
                    }
                }
            }
        }
    }

    @Test("a graph with no odd cycle is ordered side by side; one with an odd cycle is not")
    func sidedOrder() throws {
        for bipartite in Self.graphs() {
            let graph = bipartite.graph
            let (order, firstSideCount) = try #require(Self.sided(graph))
            #expect(order.sorted() == (0..<Int32(graph.nodeCount)).map { $0 })
            let local = graph.renumbered(by: order)
            let crossing = (0..<local.nodeCount).allSatisfy { node in
                local.neighbors(of: node).allSatisfy { (Int($0) < firstSideCount) != (node < firstSideCount) }
            }
            #expect(crossing)
            #expect(Self.sided(bipartite.projection(onto: .institution)) == nil)
        }
        // A path, a star and an isolated node; then a five-cycle.
        let forest = CSRGraph(nodeCount: 9, weightedEdges: [(0, 1, 1), (1, 2, 1), (2, 3, 1), (4, 5, 1), (4, 6, 1), (4, 7, 1)])
        let sided = try #require(Self.sided(forest))
        // Each component's root (0, 4, 8) starts the first side; each part stays in breadth-first order.
        #expect(sided.order == [0, 2, 4, 8, 1, 3, 5, 6, 7])
        #expect(sided.firstSideCount == 4)
        let cycle = CSRGraph(nodeCount: 5, weightedEdges: [(0, 1, 1), (1, 2, 1), (2, 3, 1), (3, 4, 1), (4, 0, 1)])
        #expect(Self.sided(cycle) == nil)
    }

    /// `graph`'s breadth-first order split by side, as exact closeness splits it.
    private static func sided(_ graph: CSRGraph) -> (order: [Int32], firstSideCount: Int)? {
        graph.breadthFirstOrderBySide(splitting: graph.breadthFirstOrder().order)
    }

    /// Distances recorded from `sources`, ``BitParallelSearchWorkspace/width`` at a time: entry
    /// *i* · *n* + *v* for source *i* and node *v*, `UInt32.max` out of reach.
    private static func recordedDistances<Lanes: SearchLanes>(
        in graph: CSRGraph, from sources: [Int32], lanes: Lanes.Type,
        direction: BitParallelSearchWorkspace<Lanes>.LevelDirection = .cheaper, sides: SearchSides? = nil
    ) -> [UInt32] {
        let n = graph.nodeCount
        var distances = [UInt32](repeating: .max, count: sources.count * n)
        let workspace = BitParallelSearchWorkspace<Lanes>(nodeCount: n, direction: direction)
        let width = BitParallelSearchWorkspace<Lanes>.width
        distances.withUnsafeMutableBufferPointer { distances in
            graph.withBuffers { buffers in
                for start in stride(from: 0, to: sources.count, by: width) {
                    let batch = sources[start..<min(sources.count, start + width)]
                    workspace.recordDistances(
                        from: batch, in: buffers, into: UnsafeMutableBufferPointer(rebasing: distances[(start * n)..<((start + batch.count) * n)]),
                        sides: sides)
                }
            }
        }
        return distances
    }

    /// ``BitParallelSearchWorkspace/search(from:in:reached:distances:inverseDistances:shiftedInverseDistances:sides:)``
    /// from every node, `Lanes.laneCount` at a time.
    private static func searchSums<Lanes: SearchLanes>(
        of graph: CSRGraph, lanes: Lanes.Type, direction: BitParallelSearchWorkspace<Lanes>.LevelDirection = .cheaper
    ) -> (reached: [Int], distances: [Double], inverse: [Double], shifted: [Double]) {
        let n = graph.nodeCount
        var (reached, distances) = ([Int](repeating: 0, count: n), [Double](repeating: 0, count: n))
        var (inverse, shifted) = ([Double](repeating: 0, count: n), [Double](repeating: 0, count: n))
        let sources = (0..<Int32(n)).map { $0 }
        let workspace = BitParallelSearchWorkspace<Lanes>(nodeCount: n, direction: direction)
        let width = BitParallelSearchWorkspace<Lanes>.width
        reached.withUnsafeMutableBufferPointer { reached in
            distances.withUnsafeMutableBufferPointer { distances in
                inverse.withUnsafeMutableBufferPointer { inverse in
                    shifted.withUnsafeMutableBufferPointer { shifted in
                        graph.withBuffers { buffers in
                            for start in stride(from: 0, to: n, by: width) {
                                workspace.search(
                                    from: sources[start..<min(n, start + width)], in: buffers, reached: reached, distances: distances,
                                    inverseDistances: inverse, shiftedInverseDistances: shifted)
                            }
                        }
                    }
                }
            }
        }
        return (reached, distances, inverse, shifted)
    }

    /// How many places two arrays of one length differ in (a count rather than the arrays, which
    /// are too long to print when a test fails).
    private static func differences<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
        a.count == b.count ? zip(a, b).count { $0 != $1 } : max(a.count, b.count)
    }

    /// Hops from `source` to every node by a plain breadth-first search, -1 out of reach.
    private static func hops(in graph: CSRGraph, from source: Int) -> [Int] {
        var hops = [Int](repeating: -1, count: graph.nodeCount)
        hops[source] = 0
        var queue = [source]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for neighbor in graph.neighbors(of: node) where hops[Int(neighbor)] < 0 {
                hops[Int(neighbor)] = hops[node] + 1
                queue.append(Int(neighbor))
            }
        }
        return hops
    }
}
