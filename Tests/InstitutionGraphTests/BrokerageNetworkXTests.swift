import Foundation
import InstitutionGraph
import Testing

/// A graph with NetworkX's effective size, constraint and global efficiency, written by
/// `Tests/NetworkXReference/make_brokerage_fixtures.py`.
struct BrokerageFixture: Decodable {
    struct Pair: Decodable {
        let unweighted: [Double?]
        let weighted: [Double?]
    }

    let name: String
    let nodes: [String]
    let edges: [[Int]]
    let weights: [Double]
    let effectiveSize: Pair
    let constraint: Pair
    let globalEfficiency: Double

    var graph: CSRGraph {
        CSRGraph(nodeCount: nodes.count, weightedEdges: zip(edges, weights).map { ($0[0], $0[1], $1) })
    }

    static let folder = NetworkXFixture.folder.appending(path: "brokerage")

    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }()

    static func load(_ name: String) throws -> BrokerageFixture {
        try JSONDecoder().decode(BrokerageFixture.self, from: Data(contentsOf: folder.appending(path: "\(name).json")))
    }
}

/// Whether `actual` matches NetworkX's values, `nil` standing for NaN.
private func matches(_ actual: [Double], _ expected: [Double?]) -> Bool {
    actual.count == expected.count
        && zip(actual, expected).allSatisfy { value, reference in
            guard let reference else { return value.isNaN }
            return abs(value - reference) <= 1e-9 * max(1, abs(reference))
        }
}

@Suite("Structural holes agree with NetworkX")
struct BrokerageNetworkXTests {
    @Test("the brokerage fixtures are all there")
    func fixturesExist() {
        #expect(BrokerageFixture.names.count >= 5)
        #expect(BrokerageFixture.names.contains("k-ai-institutions"))
    }

    @Test("effective size matches networkx.effective_size, weighted and not", arguments: BrokerageFixture.names)
    func effectiveSize(name: String) throws {
        let fixture = try BrokerageFixture.load(name)
        let weighted = fixture.graph.structuralHoles(weighted: true)
        let unweighted = fixture.graph.structuralHoles(weighted: false)
        #expect(matches(weighted.effectiveSize, fixture.effectiveSize.weighted), "\(weighted.effectiveSize)")
        #expect(matches(unweighted.effectiveSize, fixture.effectiveSize.unweighted), "\(unweighted.effectiveSize)")
    }

    @Test("constraint matches networkx.constraint, weighted and not", arguments: BrokerageFixture.names)
    func constraint(name: String) throws {
        let fixture = try BrokerageFixture.load(name)
        #expect(matches(fixture.graph.structuralHoles(weighted: true).constraint, fixture.constraint.weighted))
        #expect(matches(fixture.graph.structuralHoles(weighted: false).constraint, fixture.constraint.unweighted))
    }

    @Test("efficiency is effective size per partner, NaN for isolated nodes", arguments: BrokerageFixture.names)
    func efficiency(name: String) throws {
        let graph = try BrokerageFixture.load(name).graph
        let holes = graph.structuralHoles()
        for node in 0..<graph.nodeCount {
            if graph.degree(of: node) == 0 {
                #expect(holes.efficiency[node].isNaN && holes.constraint[node].isNaN)
            } else {
                #expect(abs(holes.efficiency[node] - holes.effectiveSize[node] / Double(graph.degree(of: node))) < 1e-12)
            }
        }
    }

    @Test("global efficiency matches networkx.global_efficiency", arguments: BrokerageFixture.names)
    func globalEfficiency(name: String) throws {
        let fixture = try BrokerageFixture.load(name)
        #expect(abs(try fixture.graph.globalEfficiency(threads: 2) - fixture.globalEfficiency) < 1e-12)
    }

    @Test("on the K-AI projection, KAIST has the largest effective size and the lowest constraint")
    func kaistBrokers() throws {
        let fixture = try BrokerageFixture.load("k-ai-institutions")
        let holes = fixture.graph.structuralHoles()
        let kaist = try #require(fixture.nodes.firstIndex(of: "kaist"))
        #expect(holes.effectiveSize.indices.allSatisfy { holes.effectiveSize[$0] <= holes.effectiveSize[kaist] })
        #expect(holes.constraint.indices.allSatisfy { holes.constraint[$0] >= holes.constraint[kaist] })
    }
}
