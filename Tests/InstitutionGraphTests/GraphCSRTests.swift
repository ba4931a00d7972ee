import InstitutionGraph
import Testing

@Suite("Compressed sparse row graphs")
struct GraphCSRTests {
    @Test("stores each edge both ways with sorted neighbours")
    func layout() {
        let graph = CSRGraph(nodeCount: 4, edges: [(2, 0), (0, 1), (3, 0)])
        #expect(graph.offsets == [0, 3, 4, 5, 6])
        #expect(graph.targets == [1, 2, 3, 0, 0, 0])
        #expect(graph.weights == nil)
        #expect(graph.nodeCount == 4 && graph.edgeCount == 3)
        #expect(Array(graph.neighbors(of: 0)) == [1, 2, 3])
        #expect(graph.degree(of: 3) == 1)
    }

    @Test("drops self-loops and keeps a repeated pair once")
    func deduplication() {
        let graph = CSRGraph(nodeCount: 3, edges: [(0, 1), (1, 0), (1, 1), (0, 1), (2, 2)])
        #expect(graph.edges == [CSRGraph.Edge(0, 1)])
        #expect(graph.degree(of: 2) == 0)
    }

    @Test("adds up the weights of a repeated pair")
    func repeatedWeights() {
        let graph = CSRGraph(nodeCount: 3, weightedEdges: [(0, 1, 2), (1, 0, 0.5), (1, 2, 1)])
        #expect(graph.edges == [CSRGraph.Edge(0, 1, weight: 2.5), CSRGraph.Edge(1, 2, weight: 1)])
        #expect(graph.weight(between: 1, and: 0) == 2.5)
        #expect(graph.weight(between: 0, and: 2) == nil)
    }

    @Test("an empty graph has no nodes and no edges")
    func empty() {
        let graph = CSRGraph(nodeCount: 0, edges: [])
        #expect(graph.offsets == [0] && graph.targets.isEmpty)
        #expect(graph.connectedComponents().count == 0)
        #expect(graph.coreNumbers().isEmpty)
    }

    @Test("core numbers peel a triangle with a tail")
    func cores() {
        let graph = CSRGraph(nodeCount: 5, edges: [(0, 1), (1, 2), (0, 2), (2, 3)])
        #expect(graph.coreNumbers() == [2, 2, 2, 1, 0])
    }

    @Test("components are numbered by their lowest node; the largest is found")
    func components() {
        let graph = CSRGraph(nodeCount: 6, edges: [(4, 5), (1, 4), (2, 3)])
        let components = graph.connectedComponents()
        #expect(components.labels == [0, 1, 2, 2, 1, 1])
        #expect(components.sizes == [1, 3, 2])
        #expect(components.largest == 1)
        #expect(components.members == [[0], [1, 4, 5], [2, 3]])
    }
}
