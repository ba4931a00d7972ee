import Foundation
import Testing

/// `centrality --approx` as a user runs it.
@Suite("instgraph centrality --approx")
struct ApproximationCommandTests {
    @Test("--approx says that betweenness is estimated, in the header and in JSON")
    func approximate() throws {
        let table = try CommandRunner.run(["centrality", "--measures", "betweenness", "--approx", "0.05", "--seed", "3", "--top", "3"])
        #expect(table.status == 0)
        #expect(table.standardOutput.contains("betweenness: bipartite, approximate: within 0.05 on the standard scale with probability 0.9"))
        #expect(table.standardOutput.contains("seed 3"))
        let csv = try CommandRunner.run(["centrality", "--measures", "betweenness", "--approx", "0.05", "--format", "csv"])
        #expect(csv.standardOutput.hasPrefix("rank,name,kind,consortia,betweenness (approximate)\n"))

        let json = try CommandRunner.run(["centrality", "--measures", "betweenness,degree", "--approx", "0.05", "--confidence", "0.95", "--format", "json"])
        #expect(json.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        let first = try #require(rows.first)
        #expect(first["approximate"] as? Bool == true)
        #expect(first["epsilon"] as? Double == 0.05)
        #expect(first["confidence"] as? Double == 0.95)
        #expect(first["betweenness"] is Double && first["degree"] is Double)
        // KAIST brokers between four consortia: it stays on top in any sample of this size.
        #expect(first["id"] as? String == "kaist")

        let exact = try CommandRunner.run(["centrality", "--measures", "betweenness", "--format", "json"])
        #expect(!exact.standardOutput.contains("approximate"))
    }

    /// Consortium *i* < 600 joins institutions *i*, *i* + 1 and 7*i* + 2 mod 600: one component of
    /// 1,201 nodes; consortia 600 to 699 have one member of their own each: 100 components of two.
    private static let chain =
        "consortium,institution\n"
        + (0..<600).map { "c\($0),o\($0)\nc\($0),o\($0 + 1)\nc\($0),o\(($0 * 7 + 2) % 600)\n" }.joined()
        + (600..<700).map { "c\($0),p\($0)\n" }.joined()

    @Test("--approx estimates closeness and harmonic from sampled sources, and says so")
    func closeness() throws {
        let folder = try CommandRunner.folder(with: ["chain.csv": Self.chain])
        // ε = 0.2: 138 sources in the large component; the pairs stay exact.
        let table = try CommandRunner.run(
            ["centrality", "chain.csv", "--measures", "closeness,harmonic,degree", "--approx", "0.2", "--seed", "4", "--top", "3"], in: folder)
        #expect(table.status == 0)
        #expect(table.standardError == "")
        #expect(
            table.standardOutput.contains(
                "closeness: bipartite, approximate: mean distance within 0.2 × diameter with probability 0.9 (138 sampled sources per component, 1201 of 1401 nodes estimated, seed 4)"
            ))
        #expect(
            table.standardOutput.contains("harmonic: standard (no bipartite form), approximate: within 0.2 × (n − 1) with probability 0.9 (the same sample)."))
        #expect(table.standardOutput.contains("— degree: bipartite; closeness: bipartite, approximate"))

        let csv = try CommandRunner.run(
            ["centrality", "chain.csv", "--measures", "closeness,harmonic,degree", "--approx", "0.2", "--format", "csv"], in: folder)
        #expect(csv.standardOutput.hasPrefix("rank,name,kind,consortia,degree,closeness (approximate),harmonic (approximate)\n"))

        let json = try CommandRunner.run(
            ["centrality", "chain.csv", "--measures", "betweenness,closeness", "--approx", "0.2", "--format", "json"], in: folder)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        let first = try #require(rows.first)
        #expect(first["approximate"] as? Bool == true)
        #expect(first["estimated"] as? [String] == ["betweenness", "closeness"])
        #expect(first["sampledSources"] as? Int == 138)
        #expect((first["sampledPaths"] as? Int ?? 0) > 0)

        // The same seed, the same estimates.
        let again = try CommandRunner.run(
            ["centrality", "chain.csv", "--measures", "betweenness,closeness", "--approx", "0.2", "--format", "json"], in: folder)
        #expect(again.standardOutput == json.standardOutput)
    }

    @Test("on a dataset no larger than the sample, closeness stays exact and says why")
    func closenessExact() throws {
        let approximate = try CommandRunner.run(["centrality", "--measures", "closeness", "--approx", "0.05", "--format", "csv"])
        let exact = try CommandRunner.run(["centrality", "--measures", "closeness", "--format", "csv"])
        #expect(approximate.status == 0)
        #expect(approximate.standardOutput == exact.standardOutput)
        let table = try CommandRunner.run(["centrality", "--measures", "closeness", "--approx", "0.05"])
        #expect(table.standardOutput.contains("closeness: bipartite, exact: no component has more nodes than the"))
        let json = try CommandRunner.run(["centrality", "--measures", "closeness", "--approx", "0.05", "--format", "json"])
        #expect(!json.standardOutput.contains("approximate"))
    }

    @Test("--approx needs betweenness, closeness or harmonic and an epsilon in (0, 1); --confidence and --seed need --approx")
    func usage() throws {
        for arguments in [
            ["--measures", "degree,pagerank", "--approx", "0.1"], ["--approx", "0"], ["--approx", "1.5"],
            ["--approx", "0.1", "--confidence", "1"], ["--seed", "4"], ["--confidence", "0.9"],
        ] {
            let result = try CommandRunner.run(["centrality"] + arguments)
            #expect(result.status == 64, "\(arguments)")
        }
    }
}
