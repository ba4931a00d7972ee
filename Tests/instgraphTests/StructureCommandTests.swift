import Foundation
import Testing

/// `whatif`, `diff`, `brokerage`, `communities`, `export`, `--by-group` and `report --compare` as a
/// user runs them.
@Suite("instgraph whatif, diff, brokerage, communities, export and --by-group")
struct StructureCommandTests {
    private func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    static let kai = "Graphs/k-ai-foundation-2025.yaml"
    /// The package's root, where the bundled dataset's source and the examples live.
    static let root: URL = {
        var folder = URL(fileURLWithPath: #filePath)
        while !FileManager.default.fileExists(atPath: folder.appending(path: "Package.swift").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder
    }()

    @Test("whatif --drop NAVER Cloud shows the Korea University link lost")
    func whatIfNaver() throws {
        let result = try CommandRunner.run(["whatif", "--drop", "NAVER Cloud"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("No longer shared (1)\nKorea University (now only in NC AI consortium)."))
        #expect(result.standardOutput.contains("NAVER Cloud consortium  NC AI consortium            3  Seoul National University, KAIST, Korea University"))
    }

    @Test("whatif --drop LG changes no overlap; JSON says so")
    func whatIfLG() throws {
        let result = try CommandRunner.run(["whatif", "--drop", "LG AI Research", "--format", "json"])
        #expect(result.status == 0)
        let report = try #require(try json(result.standardOutput) as? [String: Any])
        let impact = try #require(report["impact"] as? [String: Any])
        #expect((impact["overlapsLost"] as? [Any])?.isEmpty == true)
        #expect((impact["noLongerShared"] as? [Any])?.isEmpty == true)
        #expect(impact["dropped"] as? [String] == ["lg-ai-research-team"])
    }

    @Test("whatif --each ranks the five consortia, in every format")
    func whatIfEach() throws {
        let rows = try #require(try json(try CommandRunner.run(["whatif", "--each", "--format", "json"]).standardOutput) as? [[String: Any]])
        #expect(rows.count == 5)
        #expect(rows.last?["dropped"] as? [String] == ["lg-ai-research-team"])
        for format in ["table", "csv", "markdown"] {
            let printed = try CommandRunner.run(["whatif", "--each", "--format", format])
            #expect(printed.status == 0 && printed.standardOutput.contains("Korea University"))
        }
    }

    @Test("whatif says when efficiency is estimated from sampled institutions, and only then")
    func whatIfEstimate() throws {
        // 300 consortia of 40 drawn from 2,500 institutions: a projection too large for exact efficiency.
        var rows = ["consortium,institution"]
        var state: UInt64 = 7
        for consortium in 0..<300 {
            var members = Set<UInt64>()
            while members.count < 40 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                if members.insert((state >> 33) % 2_500).inserted { rows.append("c\(consortium),i\((state >> 33) % 2_500)") }
            }
        }
        let folder = try CommandRunner.folder(with: ["large.csv": rows.joined(separator: "\n") + "\n"])
        let note = "Efficiency is estimated from 256 sampled institutions"
        let each = try CommandRunner.run(["whatif", "large.csv", "--each", "--format", "csv"], in: folder)
        #expect(each.status == 0 && each.standardOutput.split(separator: "\n").count == 301)
        let ranking = try CommandRunner.run(["whatif", "large.csv", "--each"], in: folder)
        #expect(ranking.standardOutput.contains(note))
        let drop = try CommandRunner.run(["whatif", "large.csv", "--drop", "c7", "--measure", "degree", "--format", "json"], in: folder)
        let single = try json(drop.standardOutput)
        #expect((single as? [String: Any])?["efficiencySampledFrom"] as? Int == 256)
        // A table for reading lists the 50 overlaps lost that shared most; JSON lists them all.
        let lost = try #require(((single as? [String: Any])?["impact"] as? [String: Any])?["overlapsLost"] as? [[String: Any]])
        #expect(lost.count > 50)
        let table = try CommandRunner.run(["whatif", "large.csv", "--drop", "c7", "--measure", "degree"], in: folder).standardOutput
        #expect(table.contains("The 50 pairs that shared most, of \(lost.count) lost, are listed"))
        let lines = table.split(separator: "\n", omittingEmptySubsequences: false)
        let listed = lines.drop { !$0.hasPrefix("consortium A") }.dropFirst(2).prefix { !$0.isEmpty }
        let sharedCounts = listed.map { Int($0.split(separator: " ")[2]) }
        #expect(sharedCounts.count == 50 && sharedCounts.first! == lost.map { ($0["shared"] as? [Any])?.count ?? 0 }.max())
        #expect(!(try CommandRunner.run(["whatif", "--each"]).standardOutput.contains("estimated")))
        let exact = try json(try CommandRunner.run(["whatif", "--drop", "LG AI Research", "--format", "json"]).standardOutput)
        #expect((exact as? [String: Any])?["efficiencySampledFrom"] == nil)
        #expect((exact as? [String: Any])?["measureSampledFrom"] == nil && (exact as? [String: Any])?["noiseFloor"] == nil)
        let forced = try json(
            try CommandRunner.run(["whatif", "large.csv", "--drop", "c7", "--measure", "degree", "--exact", "--format", "json"], in: folder).standardOutput)
        #expect((forced as? [String: Any])?["efficiencySampledFrom"] == nil)
    }

    @Test("an unknown consortium in --drop exits 1 with a suggestion; no flag at all is a usage error")
    func whatIfErrors() throws {
        let unknown = try CommandRunner.run(["whatif", "--drop", "Upstag consortium"])
        #expect(unknown.status == 1)
        #expect(
            unknown.standardError.hasPrefix(
                "instgraph: error: no consortium named or led by 'Upstag consortium' in the dataset; did you mean 'Upstage consortium'"))
        #expect(unknown.standardOutput.isEmpty)
        let neither = try CommandRunner.run(["whatif"])
        #expect(neither.status == 64)
        let both = try CommandRunner.run(["whatif", "--each", "--drop", "NC AI"])
        #expect(both.status == 64)
    }

    @Test("diff of the bundled dataset and the hypothetical round 2 reports the rename, the cut team and the moves")
    func diff() throws {
        let result = try CommandRunner.run(["diff", Self.kai, "Examples/diff/k-ai-hypothetical-round-2.yaml"], in: Self.root)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("− NAVER Cloud consortium"))
        #expect(result.standardOutput.contains("Renamed: Electronics and Telecommunications Research Institute → ETRI (matched by name, id etri → etri-korea)"))
        #expect(result.standardOutput.contains("Upstage consortium     Korea University"))
        let data = try #require(
            try json(
                try CommandRunner.run(["diff", Self.kai, "Examples/diff/k-ai-hypothetical-round-2.yaml", "--format", "json"], in: Self.root).standardOutput)
                as? [String: Any])
        #expect(data["consortiaRemoved"] as? [String] == ["naver-cloud-team"])
        #expect(!(data["institutionsRemoved"] as? [String] ?? []).contains("etri"))
    }

    @Test("diff of two broken files lists the errors of both with file:line:column, exits 1 and writes nothing")
    func diffErrors() throws {
        let folder = try CommandRunner.folder(with: [
            "old.yaml": "institutions: [{id: a, name: A}]\nconsortia: [{id: c, name: C, members: [Aa]}]\n",
            "new.csv": "consortium,institution\nX,\"unterminated\n",
        ])
        let result = try CommandRunner.run(["diff", "old.yaml", "new.csv", "-o", "changes.md"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("old.yaml:2:40: error: unknown institution 'Aa'; did you mean 'A'?"))
        #expect(result.standardError.contains("new.csv:2:3: error: unterminated quoted field"))
        #expect(result.standardOutput.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "changes.md").path))
    }

    @Test("brokerage JSON: KAIST first, roles by kind, null where undefined")
    func brokerage() throws {
        let rows = try #require(try json(try CommandRunner.run(["brokerage", "--format", "json"]).standardOutput) as? [[String: Any]])
        #expect(rows.first?["id"] as? String == "kaist")
        let roles = try #require(rows.first?["roles"] as? [String: Int])
        #expect(roles["gatekeeper"] == roles["representative"])
        #expect((rows.first?["effectiveSize"] as? Double ?? 0) > 25)
        let folder = try CommandRunner.folder(with: ["solo.csv": "consortium,institution\nA,X\nB,Y\nB,Z\n"])
        let solo = try #require(try json(try CommandRunner.run(["brokerage", "solo.csv", "--format", "json"], in: folder).standardOutput) as? [[String: Any]])
        let x = try #require(solo.first { $0["id"] as? String == "X" })
        #expect(x["effectiveSize"] is NSNull && x["constraint"] is NSNull)
    }

    @Test("communities are reproducible with a seed and report modularity and agreement")
    func communities() throws {
        let first = try CommandRunner.run(["communities", "--seed", "3", "--format", "json"])
        let second = try CommandRunner.run(["communities", "--seed", "3", "--format", "json"])
        #expect(first.status == 0)
        let report = try #require(try json(first.standardOutput) as? NSDictionary)
        #expect(report == (try json(second.standardOutput) as? NSDictionary))
        #expect((report["communities"] as? [Any])?.count == 4)
        #expect(abs((report["modularity"] as? Double ?? 0) - 0.5806) < 1e-4)
        let bad = try CommandRunner.run(["communities", "--resolution", "0"])
        #expect(bad.status == 64)
    }

    @Test("export writes every format to a file named by its extension, with Hangul")
    func export() throws {
        let folder = try CommandRunner.folder()
        for (file, marker) in [
            ("g.graphml", "<graphml"), ("g.gexf", "<gexf"), ("g.json", "\"nodes\""), ("g.net", "*Vertices"), ("g.csv", "source,target,weight"),
        ] {
            let result = try CommandRunner.run(["export", "--graph", "institutions", "--lang", "ko", "-o", file], in: folder)
            #expect(result.status == 0, "\(file): \(result.standardError)")
            let text = try String(contentsOf: folder.appending(path: file), encoding: .utf8)
            #expect(text.contains(marker) && text.contains("한국과학기술원"), "\(file)")
        }
        let stdout = try CommandRunner.run(["export", "--format", "pajek", "--graph", "consortia"])
        #expect(stdout.standardOutput.contains("*Vertices 5"))
        let badGraph = try CommandRunner.run(["export", "--graph", "everything"])
        #expect(badGraph.status == 64)
    }

    @Test("--by-group rolls LG's three institutions into the LG group in shared, overlap, centrality and render")
    func byGroup() throws {
        let centrality = try #require(
            try json(try CommandRunner.run(["centrality", "--by-group", "--graph", "institutions", "--format", "json"]).standardOutput) as? [[String: Any]])
        #expect(centrality.count == 44)
        #expect(centrality.contains { $0["id"] as? String == "lg-group" })
        #expect(!centrality.contains { $0["id"] as? String == "lg-uplus" })
        let shared = try CommandRunner.run(["shared", "--by-group", "--min-consortia", "1", "--format", "csv"])
        #expect(shared.standardOutput.contains("LG Group,company,1,LG AI Research consortium"))
        let overlap = try CommandRunner.run(["overlap", "--by-group", "--format", "json"])
        #expect(overlap.status == 0)
        let render = try CommandRunner.run(["render", "--by-group", "--highlight", "LG Uplus", "--format", "dot"])
        #expect(render.status == 0 && render.standardOutput.contains("i-lg-group"))
    }

    @Test("every new command works on a user's CSV of memberships")
    func userCSV() throws {
        let changed = CommandLineTests.membershipCSV + "Gamma,Nota,lead,company\nGamma,서울대학교,,university\n"
        let folder = try CommandRunner.folder(with: ["m.csv": CommandLineTests.membershipCSV, "m2.csv": changed])
        for arguments in [
            ["whatif", "m.csv", "--drop", "Alpha"], ["whatif", "m.csv", "--each"], ["brokerage", "m.csv"],
            ["communities", "m.csv"], ["export", "m.csv", "--format", "gexf"], ["diff", "m.csv", "m2.csv"],
            ["centrality", "m.csv", "--by-group"],
        ] {
            let result = try CommandRunner.run(arguments, in: folder)
            #expect(result.status == 0, "\(arguments): \(result.standardError)")
            #expect(!result.standardOutput.isEmpty, "\(arguments)")
        }
        let whatIf = try CommandRunner.run(["whatif", "m.csv", "--drop", "KAIST"], in: folder)
        #expect(whatIf.standardOutput.contains("Without Alpha"), "Alpha is the consortium KAIST leads")
        let diff = try CommandRunner.run(["diff", "m.csv", "m2.csv"], in: folder)
        #expect(diff.standardOutput.contains("+ Gamma"))
    }

    @Test("report --compare adds a changes section; a Markdown report writes its graph files beside it")
    func reportCompare() throws {
        let folder = try CommandRunner.folder()
        let round2 = Self.root.appending(path: "Examples/diff/k-ai-hypothetical-round-2.yaml").path
        let kai = Self.root.appending(path: Self.kai).path
        let html = try CommandRunner.run(["report", round2, "--compare", kai, "-o", "r.html"], in: folder)
        #expect(html.status == 0)
        let text = try String(contentsOf: folder.appending(path: "r.html"), encoding: .utf8)
        #expect(text.contains("<section id=\"changes\">"))
        #expect(text.contains("download=\"r-bipartite.gexf\""))
        let markdown = try CommandRunner.run(["report", "-o", "k.md"], in: folder)
        #expect(markdown.status == 0)
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(files.isSuperset(of: ["k.md", "k-bipartite.graphml", "k-bipartite.gexf", "k-institutions.graphml", "k-institutions.gexf"]))
    }
}
