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

    @Test("--approx needs betweenness and an epsilon in (0, 1); --confidence and --seed need --approx")
    func usage() throws {
        for arguments in [
            ["--measures", "closeness", "--approx", "0.1"], ["--approx", "0"], ["--approx", "1.5"],
            ["--approx", "0.1", "--confidence", "1"], ["--seed", "4"], ["--confidence", "0.9"],
        ] {
            let result = try CommandRunner.run(["centrality"] + arguments)
            #expect(result.status == 64, "\(arguments)")
        }
    }
}
