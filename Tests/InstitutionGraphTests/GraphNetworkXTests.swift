import Foundation
import InstitutionGraph
import Testing

/// A graph and NetworkX's values for it, written by `Tests/NetworkXReference/make_fixtures.py`.
struct NetworkXFixture: Decodable, Sendable {
    struct Scores: Decodable, Sendable {
        let measure: CentralityMeasure
        let normalization: CentralityNormalization
        let weighted: Bool
        let values: [Double]
    }

    struct Skipped: Decodable, Sendable {
        let measure: CentralityMeasure
        let normalization: CentralityNormalization
        let reason: String
    }

    struct Projection: Decodable, Sendable {
        let of: String
        let onto: NodeSide
        let weighting: ProjectionWeighting
    }

    let name: String
    let nodes: [String]
    let sides: [NodeSide]?
    let edges: [[Int]]
    let weights: [Double]?
    let projection: Projection?
    let components: [Int]
    let coreNumbers: [Int]
    let scores: [Scores]
    let skipped: [Skipped]

    /// The graph exactly as NetworkX had it.
    var graph: CSRGraph {
        if let weights {
            CSRGraph(nodeCount: nodes.count, weightedEdges: zip(edges, weights).map { ($0[0], $0[1], $1) })
        } else {
            CSRGraph(nodeCount: nodes.count, edges: edges.map { ($0[0], $0[1]) })
        }
    }

    /// The two-mode graph, for fixtures whose consortia come first.
    var bipartite: BipartiteGraph? {
        guard let sides else { return nil }
        let consortia = sides.count(where: { $0 == .consortium })
        guard sides == Array(repeating: .consortium, count: consortia) + Array(repeating: .institution, count: sides.count - consortia) else {
            return nil
        }
        return BipartiteGraph(
            consortiumCount: consortia, institutionCount: sides.count - consortia,
            memberships: edges.map { (consortium: $0[0], institution: $0[1] - consortia) })
    }

    static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appending(path: "networkx")

    /// The names of every fixture, such as `star` or `affiliation-institution-newman`.
    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }()

    /// The fixtures of two-mode graphs (those with sides), for tests that only apply to them.
    static let twoModeNames = names.filter { (try? load($0))?.bipartite != nil }

    /// The fixtures of projections, for tests that only apply to them.
    static let projectionNames = names.filter { (try? load($0))?.projection != nil }

    static func load(_ name: String) throws -> NetworkXFixture {
        try JSONDecoder().decode(NetworkXFixture.self, from: Data(contentsOf: folder.appending(path: "\(name).json")))
    }
}

@Suite("Graphs agree with NetworkX")
struct GraphNetworkXTests {
    @Test("the fixtures are all there")
    func fixturesExist() {
        #expect(NetworkXFixture.names.count >= 13)
        #expect(NetworkXFixture.names.contains("affiliation-institution-newman"))
    }

    @Test("edge lists rebuild the same graph", arguments: NetworkXFixture.names)
    func rebuild(name: String) throws {
        let fixture = try NetworkXFixture.load(name)
        let graph = fixture.graph
        #expect(graph.nodeCount == fixture.nodes.count)
        #expect(graph.edgeCount == fixture.edges.count)
        #expect(graph.edges.map { [$0.source, $0.target] } == fixture.edges)
    }

    @Test("connected components match networkx.connected_components", arguments: NetworkXFixture.names)
    func components(name: String) throws {
        let fixture = try NetworkXFixture.load(name)
        let components = fixture.graph.connectedComponents()
        #expect(components.labels == fixture.components)
        #expect(components.sizes.reduce(0, +) == fixture.nodes.count)
    }

    @Test("core numbers match networkx.core_number", arguments: NetworkXFixture.names)
    func coreNumbers(name: String) throws {
        let fixture = try NetworkXFixture.load(name)
        #expect(fixture.graph.coreNumbers() == fixture.coreNumbers)
    }

    @Test("projections match networkx.bipartite's weighted projections", arguments: NetworkXFixture.projectionNames)
    func projection(name: String) throws {
        let fixture = try NetworkXFixture.load(name)
        let projection = try #require(fixture.projection)
        let source = try #require(try NetworkXFixture.load(projection.of).bipartite)
        let projected = source.projection(onto: projection.onto, weighting: projection.weighting)
        let expected = fixture.graph
        #expect(projected.offsets == expected.offsets)
        #expect(projected.targets == expected.targets)
        for (mine, theirs) in zip(try #require(projected.weights), try #require(expected.weights)) {
            #expect(abs(mine - theirs) <= 1e-12, "\(mine) vs \(theirs)")
        }
    }

    @Test("a minimum weight keeps exactly the edges that heavy", arguments: NetworkXFixture.projectionNames)
    func minimumWeight(name: String) throws {
        let fixture = try NetworkXFixture.load(name)
        let projection = try #require(fixture.projection)
        let weights = try #require(fixture.weights, "a projection fixture has weights")
        let source = try #require(try NetworkXFixture.load(projection.of).bipartite)
        // Halfway between two distinct weights, so that rounding cannot put an edge on either side.
        let distinct = Array(Set(weights.map { ($0 * 1e9).rounded() / 1e9 })).sorted()
        let threshold = (distinct[distinct.count / 2 - 1] + distinct[distinct.count / 2]) / 2
        let projected = source.projection(onto: projection.onto, weighting: projection.weighting, minimumWeight: threshold)
        let expected = zip(fixture.edges, weights).filter { $1 >= threshold }.map { $0.0 }
        #expect(!expected.isEmpty && expected.count < weights.count)
        #expect(projected.edges.map { [$0.source, $0.target] } == expected)
        #expect(projected.nodeCount == fixture.nodes.count)
    }
}
