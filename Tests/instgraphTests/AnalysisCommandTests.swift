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
        let rows = try jsonArray(
            try CommandRunner.run([
                "centrality", "--graph", "institutions", "--measures", "pagerank,degree", "--sort", "pagerank", "--top", "3", "--format", "json",
            ]).standardOutput)
        #expect(rows.map { $0["id"] as? String } == ["kaist", "snu", "korea-university"])
        #expect(rows[0]["betweenness"] == nil)
        for format in ["table", "csv", "markdown"] {
            let printed = try CommandRunner.run(["centrality", "--graph", "consortia", "--format", format])
            #expect(printed.status == 0)
            #expect(printed.standardOutput.contains("NC AI consortium"))
        }
    }

    @Test("--top N prints the first N rows of the whole ranking, through runs of tied scores", arguments: ["degree", "pagerank", "closeness"])
    func topIsPrefix(measure: String) throws {
        // Consortia of three: degree and PageRank tie in long runs, which the names then order.
        let folder = try CommandRunner.folder(with: ["big.csv": LargeRenderTests.largeCSV(consortia: 300, institutions: 250)])
        for graph in ["bipartite", "institutions"] {
            let whole = try CommandRunner.run(["centrality", "big.csv", "--graph", graph, "--measures", measure, "--format", "csv"], in: folder)
            #expect(whole.status == 0)
            let lines = whole.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
            for top in [1, 7, 40, 249, 10_000] {
                let cut = try CommandRunner.run(
                    ["centrality", "big.csv", "--graph", graph, "--measures", measure, "--top", String(top), "--format", "csv"], in: folder)
                let expected = Array(lines.prefix(1) + lines.dropFirst().filter { !$0.isEmpty }.prefix(top))
                let printed = cut.standardOutput.split(separator: "\n")
                let firstDifference = zip(printed, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(printed.count, expected.count)
                let isPrefix = printed.elementsEqual(expected)
                #expect(
                    isPrefix,
                    "\(graph), --top \(top): \(printed.count) lines against \(expected.count), the first different at line \(firstDifference + 1)")
            }
        }
    }

    @Test(
        "centrality on a plain table, read straight into its graph, prints what the whole dataset gives: names, kinds, counts and warnings",
        arguments: ["bipartite", "institutions", "consortia"])
    func centralityStraightFromTable(graph: String) throws {
        let rows = [
            "c1,KAIST,lead,university", "c1,Naver Cloud,member,company", "c2,KAIST,member,university", "c2,서울대학교,chief,university",
            "c3,ETRI,lead,research", "c3,Naver Cloud,member,company", "c4,Lonely,member,",
        ]
        let plain = "consortium,institution,role,kind\n" + rows.joined(separator: "\n") + "\n"
        // One quoted cell sends the same table through the full reader and its dataset.
        let quoted = plain.replacingOccurrences(of: "c4,Lonely", with: "c4,\"Lonely\"")
        let folder = try CommandRunner.folder(with: ["plain.csv": plain, "quoted.csv": quoted])
        for format in ["csv", "json"] {
            let arguments = ["centrality", "--graph", graph, "--measures", "degree,pagerank,closeness", "--format", format]
            let straight = try CommandRunner.run(arguments + ["plain.csv"], in: folder)
            let whole = try CommandRunner.run(arguments + ["quoted.csv"], in: folder)
            let piped = try CommandRunner.run(arguments + ["-"], in: folder, input: plain)
            #expect(straight.status == 0 && whole.status == 0 && piped.status == 0, "\(straight.standardError)")
            #expect(straight.standardOutput == whole.standardOutput)
            #expect(straight.standardOutput == piped.standardOutput)
            #expect(straight.standardError.contains("plain.csv:5:") && straight.standardError.contains("'chief'"), "\(straight.standardError)")
            #expect(straight.standardError == whole.standardError.replacingOccurrences(of: "quoted.csv", with: "plain.csv"))
        }
        let json = try CommandRunner.run(["centrality", "plain.csv", "--graph", "bipartite", "--measures", "degree", "--format", "json"], in: folder)
        #expect(json.standardOutput.contains(#""kind" : "university""#) || json.standardOutput.contains(#""kind":"university""#), "\(json.standardOutput)")
    }

    @Test(
        "summary, shared and overlap on a plain table, read straight into its graph, print what the whole dataset gives, in every format",
        arguments: [5, 35])
    func summaryAndSharedStraightFromTable(spread: Int) throws {
        var rows = ["consortium,institution,role,kind", "c1,KAIST,lead,university", "c1,Naver Cloud,member,company", "c2,KAIST,member,university"]
        rows += ["c2,서울대학교,lead,", "c3,ETRI,member,research", "c3,Naver Cloud,member,company", "c3,KAIST,member,university", "c4,Lonely,lead,"]
        // Over 5 more consortia the overlap matrix is printed; over 35, the top pairs alone.
        rows += (0..<40).map { "c\(5 + $0 % spread),member-\($0 % 9),member,startup" }
        let plain = rows.joined(separator: "\n") + "\n"
        // The same table with one quoted cell goes through the full reader and its dataset; both
        // files are called m.csv, as the title comes from the file's name.
        let straight = try CommandRunner.folder(with: ["m.csv": plain])
        let whole = try CommandRunner.folder(with: ["m.csv": plain.replacingOccurrences(of: "c4,Lonely", with: "c4,\"Lonely\"")])
        // Each command a process per format and reader: summary and shared do not depend on the
        // spread, and overlap's options need not be tried in every format.
        let everyFormat = ["table", "csv", "json", "markdown"]
        let commands: [(arguments: [String], formats: [String])] =
            (spread == 35
                ? [(["summary"], everyFormat), (["shared"], everyFormat), (["shared", "--min-consortia", "1"], everyFormat)]
                    + [(["shared", "--min-consortia", "3"], ["table", "json"]), (["overlap", "--measure", "jaccard", "--top", "4"], ["table", "json"])]
                : [(["overlap", "--measure", "overlap-coefficient", "--threads", "1"], ["table", "json"])])
            + [(["overlap"], everyFormat), (["overlap", "--top", "3"], ["table", "csv"])]
        for (arguments, formats) in commands {
            for format in formats {
                let command = arguments + ["m.csv", "--format", format]
                let (fast, full) = (try CommandRunner.run(command, in: straight), try CommandRunner.run(command, in: whole))
                #expect(fast.status == 0 && full.status == 0, "\(command): \(fast.standardError)")
                #expect(fast.standardOutput == full.standardOutput, "\(command)")
                #expect(fast.standardError == full.standardError, "\(command)")
            }
        }
        let overlap = try CommandRunner.run(["overlap", "m.csv", "--format", "csv"], in: straight)
        #expect(overlap.standardOutput.contains("c1,c3,2,0.667,1.000,\"KAIST, Naver Cloud\""), "\(overlap.standardOutput)")
        let summary = try CommandRunner.run(["summary", "m.csv"], in: straight)
        #expect(summary.standardOutput.contains("서울대학교"), "the lead of c2 is listed: \(summary.standardOutput)")
        let shared = try CommandRunner.run(["shared", "m.csv", "--format", "csv"], in: straight)
        #expect(shared.standardOutput.contains("KAIST,university,3,"), "\(shared.standardOutput)")
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
        #expect(engine.standardError == "instgraph: error: 'dott' is not a layout engine for the bipartite view; did you mean 'dot'? choose dot or fdp\n")
        let circo = try CommandRunner.run(["render", "--view", "institutions", "--engine", "circo", "-o", "x.svg"], in: folder)
        #expect(circo.status == 1)
        #expect(circo.standardError.hasPrefix("instgraph: error: the institutions view is not drawn with circo: circo spaces nodes evenly"))
        #expect(circo.standardError.hasSuffix("; choose neato, fdp, sfdp or twopi\n"))
        let format = try CommandRunner.run(["render", "-o", "x.svgz2"], in: folder)
        #expect(format.status == 1)
        #expect(format.standardError.contains("unknown output format 'svgz2'"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        let view = try CommandRunner.run(["render", "--view", "everything"], in: folder)
        #expect(view.status == 64)
        let colour = try CommandRunner.run(["render", "--view", "consortia", "--color-by", "community"], in: folder)
        #expect(colour.status == 64)
        #expect(colour.standardError.contains("--color-by community colours institutions, and the consortia view draws none"))
    }

    @Test("--highlight takes names as users write them and suggests close ones")
    func highlightNames() throws {
        let good = try CommandRunner.run(["render", "--highlight", "카이스트", "--highlight", "서울대학교 산학협력단", "--format", "dot"])
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

/// Drawing large datasets: refused whole, drawn in part.
@Suite("instgraph render on large data")
struct LargeRenderTests {
    /// A membership CSV of `consortia` consortia of three, drawn from `institutions` institutions.
    static func largeCSV(consortia: Int, institutions: Int) -> String {
        var rows = ["consortium,institution"]
        for consortium in 0..<consortia {
            for offset in 0..<3 { rows.append("c\(consortium),i\((consortium * 7 + offset * 13) % institutions)") }
        }
        return rows.joined(separator: "\n") + "\n"
    }

    @Test("a drawing of thousands of nodes is refused with the filters that help, and no file")
    func refused() throws {
        let folder = try CommandRunner.folder(with: ["big.csv": Self.largeCSV(consortia: 2_000, institutions: 1_500)])
        let result = try CommandRunner.run(["render", "big.csv", "-o", "big.svg"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("the bipartite view would have 3500 nodes, too many to draw legibly"))
        #expect(result.standardError.contains("--top N"))
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "big.svg").path))
    }

    @Test("--top and --k-core draw part of it")
    func filtered() throws {
        let folder = try CommandRunner.folder(with: ["big.csv": Self.largeCSV(consortia: 2_000, institutions: 1_500)])
        let top = try CommandRunner.run(["render", "big.csv", "--top", "30", "--format", "dot"], in: folder)
        #expect(top.status == 0)
        let institutions = top.standardOutput.split(separator: "\n").filter { $0.contains("[class=\"institution") && !$0.contains(" -- ") }
        #expect(institutions.count <= 30 && institutions.count >= 20, "the top 30 institutions, less those in none of the 30 consortia kept")
        let core = try CommandRunner.run(["render", "big.csv", "--view", "consortia", "--top", "25", "--format", "dot"], in: folder)
        #expect(core.status == 0)
        let kai = try CommandRunner.run(["render", "--k-core", "2", "--format", "dot"])
        #expect(kai.status == 0)
        #expect(!kai.standardOutput.contains("\"i-naver\""), "institutions in one consortium have core number 1")
        #expect(kai.standardOutput.contains("label=\"KAIST (4)\""), "KAIST is in 4 consortia, 3 of them drawn")
        #expect(kai.standardOutput.contains("2-core: 3 of 5 consortia, 3 of 47 institutions"))
        let korean = try CommandRunner.run(["render", "--view", "institutions", "--lang", "ko", "--top", "5", "--format", "dot"])
        #expect(korean.standardOutput.contains("크기: 매개 중심성") && korean.standardOutput.contains("상위 5: 기관 47곳 중 5곳"))
        let large = try CommandRunner.run(["render", "big.csv", "--view", "consortia", "--top", "25", "--format", "dot"], in: folder)
        #expect(large.standardOutput.contains("top 25: 25 of 2,000 consortia"))
    }
}

/// Options that take values do not swallow the dataset path that follows them.
@Suite("instgraph option parsing")
struct OptionParsingTests {
    @Test("--highlight, --measures and --drop leave the dataset path alone")
    func valuesThenPath() throws {
        let folder = try CommandRunner.folder(with: ["m.csv": CommandLineTests.membershipCSV])
        let render = try CommandRunner.run(["render", "--highlight", "KAIST", "m.csv", "--format", "dot"], in: folder)
        #expect(render.status == 0)
        #expect(render.standardOutput.contains("highlighted"))
        let centrality = try CommandRunner.run(["centrality", "--measures", "degree,pagerank", "m.csv", "--format", "json"], in: folder)
        #expect(centrality.status == 0)
        #expect(centrality.standardOutput.contains("\"pagerank\""))
    }

    @Test("JSON output is the same from run to run")
    func stableJSON() throws {
        let first = try CommandRunner.run(["summary", "--format", "json"]).standardOutput
        for _ in 0..<3 { #expect(try CommandRunner.run(["summary", "--format", "json"]).standardOutput == first) }
    }

    @Test("an -o file whose extension names no format is refused before any work")
    func unknownOutputExtension() throws {
        let folder = try CommandRunner.folder()
        let result = try CommandRunner.run(["shared", "-o", "out.xlsx"], in: folder)
        #expect(result.status == 64)
        #expect(result.standardError.contains("cannot tell the output format from '.xlsx'"))
        let missingFolder = try CommandRunner.run(["shared", "-o", "nowhere/out.csv"], in: folder)
        #expect(missingFolder.status == 1)
        #expect(missingFolder.standardError == "instgraph: error: cannot write 'nowhere/out.csv': the folder 'nowhere' does not exist; create it first\n")
    }

    @Test("report, render and export refuse an -o in a missing folder before computing anything")
    func missingOutputFolderFirst() throws {
        let folder = try CommandRunner.folder()
        // The earlier dataset is missing too: the output is checked before it is read.
        let report = try CommandRunner.run(["report", "--compare", "missing.yaml", "-o", "nowhere/r.html"], in: folder)
        #expect(report.status == 1)
        #expect(report.standardError == "instgraph: error: cannot write 'nowhere/r.html': the folder 'nowhere' does not exist; create it first\n")
        for arguments in [["render", "-o", "nowhere/d.svg"], ["export", "-o", "nowhere/g.graphml"]] {
            let result = try CommandRunner.run(arguments, in: folder)
            #expect(result.status == 1)
            #expect(result.standardError.contains("cannot write '\(arguments[2])': the folder 'nowhere' does not exist"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("the bipartite drawing is the same from run to run")
    func stableDrawing() throws {
        let first = try CommandRunner.run(["render"]).standardOutput
        #expect(try CommandRunner.run(["render"]).standardOutput == first)
    }
}

/// Large inputs: progress stays off pipes; projections of huge consortia can be trimmed.
@Suite("instgraph on large inputs")
struct LargeInputTests {
    @Test("--max-consortium-size leaves the largest consortia out of a projection")
    func maxConsortiumSize() throws {
        let result = try CommandRunner.run(["centrality", "--graph", "institutions", "--max-consortium-size", "10", "--measures", "degree", "--format", "json"])
        #expect(result.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        #expect(rows.count == 24, "only the NAVER Cloud, SK Telecom and LG consortia (8, 8 and 10 members) stay")
        #expect(rows.first { $0["id"] as? String == "kaist" }?["consortia"] as? Int == 2, "counted among the consortia kept")
    }

    @Test("no progress line reaches a pipe")
    func quietOnPipes() throws {
        let result = try CommandRunner.run(["centrality", "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
    }
}
