import Foundation
import InstitutionGraph
import Testing

/// Runs the code of the DocC articles in `Sources/InstitutionGraph/InstitutionGraph.docc`, so
/// that they cannot drift from the library.
///
/// `gettingStarted()` loads the YAML and CSV files that `GettingStarted.md` shows, read from the
/// article itself, and runs the article's Swift snippets as they are written there: their `print`
/// calls go to a local `print` that collects the lines, checked against the outputs the article's
/// comments give. `snippetsAreTheTestedCode()` checks that every line of every Swift snippet in the
/// articles appears in this file, so an edited snippet fails until the test runs it.
@Suite("Documentation examples (InstitutionGraph.docc)")
struct DocumentationExamplesTests {
    static let catalog = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Sources/InstitutionGraph/InstitutionGraph.docc")

    /// The fenced code blocks of `language` in the article `name`, in order.
    static func codeBlocks(_ language: String, in name: String) throws -> [String] {
        let text = try String(contentsOf: catalog.appending(path: name), encoding: .utf8)
        var blocks: [String] = []
        var current: [String]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let lines = current {
                if line == "```" {
                    blocks.append(lines.joined(separator: "\n") + "\n")
                    current = nil
                } else {
                    current = lines + [String(line)]
                }
            } else if line == "```" + language {
                current = []
            }
        }
        return blocks
    }

    @Test("GettingStarted.md: loads its files, resolves names, builds the graphs, ranks by betweenness, exports")
    func gettingStarted() throws {
        let folder = try TemporaryFolder()
        let files = try Self.codeBlocks("yaml", in: "GettingStarted.md") + Self.codeBlocks("csv", in: "GettingStarted.md")
        try #require(files.count == 2)
        var output: [String] = []
        func print(_ items: Any...) {
            output.append(items.map { "\($0)" }.joined(separator: " "))
        }
        // The article's `let url = URL(fileURLWithPath: "consortia.yaml")`.
        let url = try folder.write("consortia.yaml", files[0])
        // The article's `let csv = URL(fileURLWithPath: "memberships.csv")`.
        let csv = try folder.write("memberships.csv", files[1])

        // Load a dataset
        let loaded = try DatasetLoader.load(contentsOf: url)
        for warning in loaded.warnings {
            print(warning)
        }
        let dataset = loaded.dataset
        print(dataset.consortia.count, dataset.institutions.count, dataset.membershipCount)  // 3 5 8

        let mapping = ColumnMapping(consortiumColumns: ["project"], institutionColumns: ["partner"])
        let table = try DatasetLoader.load(contentsOf: csv, mapping: mapping).dataset
        print(table.consortia.count, table.institutions.count, table.membershipCount)  // 2 3 4

        // Resolve names
        let kaist = try dataset.institutionIndex(named: "카이스트")
        print(dataset.institutions[kaist].name.preferred(.english))  // KAIST
        let acmeTeam = try dataset.consortiumIndex(named: "Acme consortium")
        print(dataset.consortia[acmeTeam].institutionIndices.map { dataset.institutions[$0].id })  // ["acme", "kaist", "snu"]
        do {
            _ = try dataset.institutionIndex(named: "Seoul Natl University")
        } catch {
            print(error)  // no institution named 'Seoul Natl University' in the dataset; did you mean 'Seoul National University'?
        }

        // Build the graphs
        let twoMode = BipartiteGraph(dataset)
        print(twoMode.graph.nodeCount, twoMode.graph.edgeCount)  // 8 8
        let institutions = twoMode.projection(onto: .institution)
        print(institutions.nodeCount, institutions.edgeCount)  // 5 6
        let snu = try dataset.institutionIndex(named: "SNU")
        print(institutions.weight(between: kaist, and: snu) ?? 0)  // 2.0

        // Rank institutions by betweenness
        let scores = try institutions.centrality([.betweenness])
        let betweenness = scores.betweenness ?? []
        let ranking = betweenness.indices.sorted { betweenness[$0] > betweenness[$1] }
        for index in ranking.prefix(2) {
            print(dataset.institutions[index].id, FixedDecimal.text(betweenness[index], digits: 4))
        }
        // kaist 0.5833
        // snu 0.0833

        let kaistNode = twoMode.node(institution: kaist)
        let twoModeScores = try twoMode.centrality([.betweenness])
        print(twoModeScores.normalization, FixedDecimal.text(twoModeScores.betweenness?[kaistNode] ?? 0, digits: 4))  // bipartite 0.7500
        let standard = try twoMode.centrality([.betweenness], options: CentralityOptions(normalization: .standard))
        print(FixedDecimal.text(standard.betweenness?[kaistNode] ?? 0, digits: 4))  // 0.5714

        // Draw the network: the export
        let graphML = try ExportedGraph(dataset, graph: .institutions).written(as: .graphml)
        print(graphML.contains("<graphml"))  // true

        #expect(
            output == [
                "3 5 8",
                "2 3 4",
                "KAIST",
                #"["acme", "kaist", "snu"]"#,
                "no institution named 'Seoul Natl University' in the dataset; did you mean 'Seoul National University'?",
                "8 8",
                "5 6",
                "2.0",
                "kaist 0.5833",
                "snu 0.0833",
                "bipartite 0.7500",
                "0.5714",
                "true",
            ])
    }

    @Test("every line of the articles' Swift snippets is code this suite runs")
    func snippetsAreTheTestedCode() throws {
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let testedLines = Set(source.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        // Lines the test replaces: the files are written to a temporary folder.
        let replaced: Set<String> = [
            #"let url = URL(fileURLWithPath: "consortia.yaml")"#,
            #"let csv = URL(fileURLWithPath: "memberships.csv")"#,
        ]
        let articles = try FileManager.default.contentsOfDirectory(atPath: Self.catalog.path).filter { $0.hasSuffix(".md") }.sorted()
        var checked = 0
        var missing: [String] = []
        for article in articles {
            for block in try Self.codeBlocks("swift", in: article) {
                // Not this target's code: a package manifest, the report (another product) and the
                // diagrams, whose snippet NetworkDiagramsTests' DrawingExampleTests runs.
                if block.contains("import PackageDescription") || block.contains("import InstitutionReport")
                    || block.contains("import NetworkDiagrams")
                {
                    continue
                }
                for line in block.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) })
                where !line.isEmpty && !replaced.contains(line) {
                    if !testedLines.contains(line) { missing.append("\(article): \(line)") }
                    checked += 1
                }
            }
        }
        #expect(missing.isEmpty, "snippet lines this suite does not run; run them here, as written")
        #expect(checked > 30)
    }
}
