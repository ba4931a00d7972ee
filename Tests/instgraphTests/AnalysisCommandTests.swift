import Foundation
import Testing

/// `centrality`, `render` and `report` as a user runs them.
@Suite("instgraph centrality, render and report")
struct AnalysisCommandTests {
    private func jsonArray(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test("centrality JSON: one object per node with every measure, the graph and the normalisation")
    func centralityJSON() throws {
        let result = try CommandRunner.run(["centrality", "--format", "json"])
        #expect(result.status == 0)
        let rows = try jsonArray(result.standardOutput)
        #expect(rows.count == 52)
        let first = try #require(rows.first)
        #expect(first["id"] as? String == "kaist")
        #expect(first["side"] as? String == "institution")
        #expect(first["graph"] as? String == "bipartite")
        #expect(first["normalization"] as? String == "bipartite")
        for measure in ["degree", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank"] {
            #expect(first[measure] is Double, "\(measure)")
        }
        let lg = try #require(rows.first { $0["id"] as? String == "lg-ai-research-team" })
        #expect(lg["side"] as? String == "consortium")
        #expect(lg["eigenvector"] as? Double == 0)
    }

    @Test("centrality on the institutions projection, sorted and cut, in every format")
    func centralityProjection() throws {
        let rows = try jsonArray(try CommandRunner.run(["centrality", "--graph", "institutions", "--measures", "pagerank,degree", "--sort", "pagerank", "--top", "3", "--format", "json"]).standardOutput)
        #expect(rows.map { $0["id"] as? String } == ["kaist", "snu", "korea-university"])
        #expect(rows[0]["betweenness"] == nil)
        for format in ["table", "csv", "markdown"] {
            let printed = try CommandRunner.run(["centrality", "--graph", "consortia", "--format", format])
            #expect(printed.status == 0)
            #expect(printed.standardOutput.contains("NC AI consortium"))
        }
    }

    @Test("centrality refuses a misspelt measure with a suggestion, and a bipartite normalisation on a projection")
    func centralityUsage() throws {
        let misspelt = try CommandRunner.run(["centrality", "--measures", "closness"])
        #expect(misspelt.status == 64)
        #expect(misspelt.standardError.contains("Did you mean 'closeness'?"))
        let wrong = try CommandRunner.run(["centrality", "--graph", "institutions", "--normalization", "bipartite"])
        #expect(wrong.status == 64)
    }

    @Test("render infers PNG from the file name and writes Graphviz's PNG")
    func renderPNG() throws {
        let folder = try CommandRunner.folder()
        let result = try CommandRunner.run(["render", "--view", "consortia", "--lang", "ko", "-o", "c.png"], in: folder)
        #expect(result.status == 0)
        let bytes = try Data(contentsOf: folder.appending(path: "c.png"))
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test("render on a user's CSV, as DOT on standard output")
    func renderCSV() throws {
        let folder = try CommandRunner.folder(with: ["m.csv": CommandLineTests.membershipCSV])
        let result = try CommandRunner.run(["render", "m.csv", "--format", "dot"], in: folder)
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("graph bipartite {"))
        #expect(result.standardOutput.contains("\"i-KAIST\""))
    }

    @Test("an unknown engine or format fails before writing anything, listing the choices")
    func renderErrors() throws {
        let folder = try CommandRunner.folder()
        let engine = try CommandRunner.run(["render", "--engine", "dott", "-o", "x.svg"], in: folder)
        #expect(engine.status == 1)
        #expect(engine.standardError.hasPrefix("instgraph: error: unknown layout engine 'dott'; available: "))
        #expect(engine.standardError.contains("neato"))
        let format = try CommandRunner.run(["render", "-o", "x.svgz2"], in: folder)
        #expect(format.status == 1)
        #expect(format.standardError.contains("unknown output format 'svgz2'"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        let view = try CommandRunner.run(["render", "--view", "everything"], in: folder)
        #expect(view.status == 64)
    }

    @Test("--highlight takes names as users write them and suggests close ones")
    func highlightNames() throws {
        let good = try CommandRunner.run(["render", "--highlight", "카이스트", "서울대학교 산학협력단", "--format", "dot"])
        #expect(good.status == 0)
        #expect(good.standardOutput.contains("highlighted"))
        let bad = try CommandRunner.run(["render", "--highlight", "KAIS", "--format", "dot"])
        #expect(bad.status == 1)
        #expect(bad.standardError == "instgraph: error: no institution named 'KAIS' in the dataset; did you mean 'KAIST'?\n")
    }

    @Test("report writes report.html in the current folder, and Markdown with its diagrams beside it")
    func report() throws {
        let folder = try CommandRunner.folder(with: ["m.csv": CommandLineTests.membershipCSV])
        let html = try CommandRunner.run(["report"], in: folder)
        #expect(html.status == 0)
        #expect(html.standardError == "instgraph: wrote report.html\n")
        #expect(try String(contentsOf: folder.appending(path: "report.html"), encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        let markdown = try CommandRunner.run(["report", "m.csv", "-o", "mine.md"], in: folder)
        #expect(markdown.status == 0)
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(files.isSuperset(of: ["mine.md", "mine-bipartite.svg", "mine-institutions.svg", "mine-consortia.svg"]))
    }
}
