@testable import InstitutionGraph
import PropertyBased
import Testing

@Suite("Sets of nodes taken out in ascending order")
struct AscendingNodeSetTests {
    @Test("nodes come out sorted, each once, and the set is empty after", arguments: [1, 63, 64, 4_096, 4_097, 262_144, 300_000])
    func ascending(nodeCount: Int) {
        var generator = SplitMix64(seed: UInt64(nodeCount))
        let set = AscendingNodeSet(nodeCount: nodeCount)
        for round in 0..<4 {
            // Few nodes, many, then the first and last alone.
            let size = [1, 50, nodeCount / 3, 2][round]
            let nodes = round == 3 ? Set([0, nodeCount - 1]) : Set((0..<size).map { _ in Int.random(in: 0..<nodeCount, using: &generator) })
            for node in nodes.shuffled(using: &generator) { set.insert(node) }
            var taken: [Int] = []
            set.removeAll { taken.append($0) }
            #expect(taken == nodes.sorted())
            var left = 0
            set.removeAll { _ in left += 1 }
            #expect(left == 0)
        }
    }
}
