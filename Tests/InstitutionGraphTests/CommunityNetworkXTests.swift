import Foundation
import InstitutionGraph
import Testing

/// A graph with NetworkX's Louvain runs, modularity values and an NMI, written by
/// `Tests/NetworkXReference/make_community_fixtures.py`.
struct CommunityFixture: Decodable {
    struct Run: Decodable {
        let resolution: Double
        let seed: Int
        let modularity: Double
        let communities: [[Int]]
    }

    struct Partition: Decodable {
        let labels: [Int]
        let modularity: [String: Double]
    }

    struct Information: Decodable {
        let first: [Int]
        let second: [Int]
        let value: Double
    }

    let name: String
    let nodes: [String]
    let edges: [[Int]]
    let weights: [Double]
    let louvain: [Run]
    let partitions: [Partition]
    let nmi: Information

    var graph: CSRGraph {
        CSRGraph(nodeCount: nodes.count, weightedEdges: zip(edges, weights).map { ($0[0], $0[1], $1) })
    }

    /// The best modularity NetworkX's Louvain found at `resolution`, over its seeds.
    func best(at resolution: Double) -> Double {
        louvain.filter { $0.resolution == resolution }.map(\.modularity).max()!
    }

    static let folder = NetworkXFixture.folder.appending(path: "communities")

    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }()

    static func load(_ name: String) throws -> CommunityFixture {
        try JSONDecoder().decode(CommunityFixture.self, from: Data(contentsOf: folder.appending(path: "\(name).json")))
    }
}

@Suite("Communities agree with NetworkX")
struct CommunityNetworkXTests {
    @Test("the community fixtures are all there")
    func fixturesExist() {
        #expect(CommunityFixture.names.count >= 7)
    }

    @Test("modularity matches networkx.community.modularity to 1e-9", arguments: CommunityFixture.names)
    func modularity(name: String) throws {
        let fixture = try CommunityFixture.load(name)
        let graph = fixture.graph
        for partition in fixture.partitions {
            for (resolution, expected) in partition.modularity {
                let actual = graph.modularity(of: partition.labels, resolution: Double(resolution)!)
                #expect(abs(actual - expected) < 1e-9, "resolution \(resolution): \(actual) vs \(expected)")
            }
        }
        for run in fixture.louvain {
            var labels = [Int](repeating: 0, count: fixture.nodes.count)
            for (number, community) in run.communities.enumerated() { for node in community { labels[node] = number } }
            #expect(abs(graph.modularity(of: labels, resolution: run.resolution) - run.modularity) < 1e-9)
        }
    }

    @Test(
        "Louvain reaches at least the best modularity NetworkX's louvain_communities finds, for every seed",
        arguments: CommunityFixture.names)
    func louvainQuality(name: String) throws {
        let fixture = try CommunityFixture.load(name)
        let graph = fixture.graph
        for resolution in [0.5, 1, 2] {
            for seed in UInt64(0)..<5 {
                let partition = graph.louvainCommunities(LouvainOptions(resolution: resolution, seed: seed))
                #expect(
                    partition.modularity >= fixture.best(at: resolution) - 1e-9,
                    "resolution \(resolution), seed \(seed): \(partition.modularity) < \(fixture.best(at: resolution))")
                #expect(abs(partition.modularity - graph.modularity(of: partition.labels, resolution: resolution)) < 1e-12)
            }
        }
    }

    @Test("NMI matches the definition computed in Python", arguments: CommunityFixture.names)
    func nmi(name: String) throws {
        let fixture = try CommunityFixture.load(name)
        #expect(abs(NormalizedMutualInformation.between(fixture.nmi.first, fixture.nmi.second) - fixture.nmi.value) < 1e-12)
    }
}
