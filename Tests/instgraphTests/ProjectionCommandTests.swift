import Foundation
import Testing

/// The commands that read an institutions projection folder (as the Spark job writes it) give
/// what they give on the membership table it came from; the others say what to do instead.
@Suite("Commands on a projection folder")
struct ProjectionCommandTests {
    static let table =
        "consortium,institution,kind\nAlpha,KAIST,university\nAlpha,Nota,company\nAlpha,LG,company\nBeta,KAIST,university\nBeta,Upstage,company\n"

    /// `members.csv` and the job's output for it in `spark-out/` (parts in folders, ties in no order).
    static func folder(edges: String? = nil) throws -> URL {
        let folder = try CommandRunner.folder(with: ["members.csv": table])
        let projection = folder.appending(path: "spark-out/projection")
        for table in ["nodes", "edges"] {
            try FileManager.default.createDirectory(at: projection.appending(path: table), withIntermediateDirectories: true)
        }
        let files = [
            "nodes/part-00000.csv": "id,name,kind,consortia\n2,LG,company,1\n0,KAIST,university,2\n",
            "nodes/part-00001.csv": "id,name,kind,consortia\n1,Nota,company,1\n3,Upstage,company,1\n",
            "edges/part-00000.csv": edges ?? "source,target,shared,newman\n0,3,1,1.0\n1,2,1,0.5\n",
            "edges/part-00001.csv": "source,target,shared,newman\n0,1,1,0.5\n0,2,1,0.5\n",
            "summary.csv": "measure,count\nconsortia,2\ninstitutions,4\nmemberships,5\nconnected components,1\ninstitutions in 2+ consortia,1\n",
        ]
        for (name, contents) in files { try Data(contents.utf8).write(to: projection.appending(path: name)) }
        return folder
    }

    @Test(
        "centrality, brokerage and the institutions export on the projection print what they print on the table (the export without the consortia each tie is 'via')",
        arguments: [
            ["centrality", "--graph", "institutions", "--format", "csv"],
            ["centrality", "--graph", "institutions", "--weighting", "newman", "--format", "json"],
            ["brokerage", "--format", "csv"],
            ["export", "--graph", "institutions", "--format", "csv"],
        ])
    func sameAsTable(arguments: [String]) throws {
        let folder = try Self.folder()
        var onTable = try CommandRunner.run([arguments[0], "members.csv"] + arguments.dropFirst(), in: folder)
        if arguments[0] == "export" {
            // The names hold no commas: the last field of each line is `via`.
            onTable.standardOutput = onTable.standardOutput.split(separator: "\n").map { $0.split(separator: ",").dropLast().joined(separator: ",") + "\n" }
                .joined()
        }
        for path in ["spark-out", "spark-out/projection"] {
            let onProjection = try CommandRunner.run([arguments[0], path] + arguments.dropFirst(), in: folder)
            #expect(onProjection.status == 0, "\(onProjection.standardError)")
            #expect(onProjection.standardOutput == onTable.standardOutput)
        }
    }

    @Test("communities on the projection are the table's, without the comparison with consortia it cannot make")
    func communities() throws {
        let folder = try Self.folder()
        let result = try CommandRunner.run(["communities", "spark-out"], in: folder)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("(a projection read without its consortia: no agreement with them)"))
        #expect(!result.standardOutput.contains("mostly from"))
        let json = try CommandRunner.run(["communities", "spark-out", "--format", "json"], in: folder)
        #expect(!json.standardOutput.contains("consortiumAgreement"))
        let onTable = try CommandRunner.run(["communities", "members.csv", "--format", "json"], in: folder)
        let members = { (text: String) in
            ((try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])?["communities"] as? [[String: Any]])?.map {
                $0["members"] as? [String]
            }
        }
        #expect(try members(json.standardOutput) == members(onTable.standardOutput))
    }

    @Test(
        "commands that need consortia, and the two-mode graph, say what reads a projection",
        arguments: [
            (["summary", "spark-out"], "'summary' needs the membership table it came from"),
            (["overlap", "spark-out"], "'overlap' needs the membership table it came from"),
            (["centrality", "spark-out"], "give --graph institutions"),
            (["export", "spark-out"], "export it with --graph institutions"),
            (["centrality", "spark-out", "--graph", "institutions", "--delimiter", ";"], "column mapping options apply to a membership table"),
        ])
    func refusals(arguments: [String], message: String) throws {
        let result = try CommandRunner.run(arguments, in: try Self.folder())
        #expect(result.status == 1)
        #expect(result.standardOutput == "")
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }

    @Test("render draws the projection's institutions view, whole or its --top institutions, with the table's ties")
    func render() throws {
        let folder = try Self.folder()
        let whole = try CommandRunner.run(["render", "spark-out", "--view", "institutions", "--format", "dot"], in: folder)
        #expect(whole.status == 0, "\(whole.standardError)")
        let table = try CommandRunner.run(["render", "members.csv", "--view", "institutions", "--format", "dot"], in: folder)
        let ties = { (dot: String) in Set(dot.split(separator: "\n").filter { $0.contains(" -- ") }.compactMap { $0.split(separator: " [").first }) }
        #expect(ties(whole.standardOutput) == ties(table.standardOutput))
        #expect(ties(whole.standardOutput).count == 4)
        #expect(whole.standardOutput.contains("KAIST — Upstage: 1 shared consortium"))
        let top = try CommandRunner.run(["render", "spark-out", "--view", "institutions", "--top", "2", "--format", "dot"], in: folder)
        #expect(top.status == 0)
        #expect(top.standardOutput.contains("top 2: 2 of 4 institutions"))
        #expect(ties(top.standardOutput).count == 1)
        let bipartite = try CommandRunner.run(["render", "spark-out"], in: folder)
        #expect(bipartite.status == 1)
        #expect(bipartite.standardError.contains("draw it with --view institutions"))
    }

    @Test("a missing path is called missing, and a folder without a projection is called a folder, whatever its name")
    func missingAndFolder() throws {
        let folder = try Self.folder()
        try FileManager.default.createDirectory(at: folder.appending(path: "empty"), withIntermediateDirectories: true)
        let missing = try CommandRunner.run(["centrality", "spark-typo", "--graph", "institutions"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.standardError.hasPrefix("spark-typo: error: no such file; check the path"), "\(missing.standardError)")
        let empty = try CommandRunner.run(["summary", "empty"], in: folder)
        #expect(empty.status == 1)
        #expect(empty.standardError.hasPrefix("empty: error: is a folder; give the path of a dataset file"), "\(empty.standardError)")
    }

    @Test("report writes the sections a projection answers, with the job's pairs; --compare is refused; a bad overlap.csv is located and nothing is written")
    func report() throws {
        let folder = try Self.folder()
        let pairs = "consortium A,consortium B,shared,jaccard,overlap,shared institutions\nAlpha,Beta,1,0.250,0.500,KAIST\n"
        try Data(pairs.utf8).write(to: folder.appending(path: "spark-out/overlap.csv"))
        let result = try CommandRunner.run(["report", "spark-out", "-o", "r.html"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.hasSuffix("instgraph: wrote r.html\n"), "\(result.standardError)")
        let html = try String(contentsOf: folder.appending(path: "r.html"), encoding: .utf8)
        #expect(html.contains("<tr><td>Alpha</td><td>Beta</td><td class=\"num\">1</td><td class=\"num\">0.250</td><td>KAIST</td></tr>"))
        #expect(html.contains("<b>5</b><span>memberships</span>"))
        #expect(!html.contains("<section id=\"consortia\">"))
        let table = try CommandRunner.run(["report", "members.csv", "-o", "t.html"], in: folder)
        #expect(table.status == 0)
        let projectionRows = { (page: String) in
            page.split(separator: "\n").filter { $0.hasPrefix("<tr data-institution=") && $0.contains("<td class=\"num\">0.") }
        }
        let tableHTML = try String(contentsOf: folder.appending(path: "t.html"), encoding: .utf8)
        #expect(!projectionRows(html).isEmpty)
        #expect(projectionRows(html).allSatisfy { tableHTML.contains($0) })

        let compare = try CommandRunner.run(["report", "spark-out", "--compare", "members.csv", "-o", "c.html"], in: folder)
        #expect(compare.status == 1)
        #expect(compare.standardError.contains("--compare needs the membership tables of both versions"))

        try Data((pairs + "Alpha,Gamma,two,0.1,0.2,LG\n").utf8).write(to: folder.appending(path: "spark-out/overlap.csv"))
        let bad = try CommandRunner.run(["report", "spark-out", "-o", "b.html"], in: folder)
        #expect(bad.status == 1)
        #expect(bad.standardError.hasPrefix("spark-out/overlap.csv:3:13: error: 'two' is not a count of shared institutions"), "\(bad.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "b.html").path))
    }

    @Test("a bad edge table stops the command at its file, line and column, with nothing on standard output")
    func badEdges() throws {
        let folder = try Self.folder(edges: "source,target,shared,newman\n0,3,1,1.0\n1,9,1,0.5\n")
        let result = try CommandRunner.run(["centrality", "spark-out", "--graph", "institutions"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardOutput == "")
        #expect(result.standardError.hasPrefix("spark-out/projection/edges/part-00000.csv:3:3: error: node 9 is not in the node table"))
    }
}
