import BundledDatasets
import GraphvizRendering
import InstitutionGraph
import NetworkDiagrams
import Testing

/// Every view drawn with every engine it offers, checked from Graphviz's own layout (its `json`
/// output): no overlaps, members inside their boxes, edge labels drawn clear of the nodes, no strip.
@Suite("Layouts without overlaps")
struct LayoutTests {
    /// A view and one of the engines it is drawn with.
    struct Layout: Sendable, CustomTestStringConvertible {
        var view: GraphKind
        var engine: LayoutEngine
        var testDescription: String { "\(view.rawValue) with \(engine)" }

        static let all = GraphKind.allCases.flatMap { view in view.engines.map { Layout(view: view, engine: $0) } }
    }

    static let kAI = try! BundledDatasets.load().dataset

    /// A programme of 9 consortia of 4 to 14 members drawn from 60 institutions of every kind, many
    /// of them in two or three consortia: shapes other than K-AI's, the same every run.
    static func programme(seed: UInt64) -> Dataset {
        var random = SeededRandom(seed: seed)
        let kinds: [InstitutionKind?] = [.university, .company, .researchInstitute, .public, nil]
        let institutions = (0..<60).map { index in
            Institution(
                id: "org\(index)", name: LocalizedName(english: "Organisation \(index) of the programme"),
                kind: kinds[index % kinds.count])
        }
        let consortia = (0..<9).map { index in
            let size = Int.random(in: 4...14, using: &random)
            let members = Array(Set((0..<size).map { _ in Int.random(in: 0..<60, using: &random) })).sorted()
            return Consortium(
                id: "p\(index)", name: LocalizedName(english: "Project \(index)"),
                members: members.enumerated().map { Membership(institution: $1, role: $0 == 0 ? .lead : .member) })
        }
        return Dataset(title: LocalizedName(english: "A synthetic programme"), institutions: institutions, consortia: consortia)
    }

    /// The options the CLI draws `view` with: institutions sized by betweenness in their view.
    static func options(_ view: GraphKind, of data: Dataset, language: Language = .english) throws -> DiagramOptions {
        var options = DiagramOptions(language: language)
        if view == .institutions {
            options.nodeSizes = try BipartiteGraph(data).projection(onto: .institution).centrality([.betweenness])[.betweenness]
            options.nodeSizeMeaning = "betweenness"
        }
        return options
    }

    /// The faults of `view` of `data` laid out by `engine`; with `unambiguous`, edge labels that
    /// another edge runs through count as faults too.
    static func faults(_ layout: Layout, of data: Dataset, options: DiagramOptions, unambiguous: Bool = false) async throws -> [String] {
        let description = NetworkDiagram.describe(layout.view, of: data, options: options)
        let json = try await GraphvizRenderer.shared.render(description, engine: layout.engine, format: "json")
        let drawing = try LaidOutDrawing(json: json.bytes)
        return drawing.faults() + (unambiguous ? drawing.ambiguousLabels() : [])
    }

    @Test("the K-AI dataset in both languages, every edge number on its own edge alone", arguments: Layout.all, Language.allCases)
    func kAI(layout: Layout, language: Language) async throws {
        let faults = try await Self.faults(layout, of: Self.kAI, options: Self.options(layout.view, of: Self.kAI, language: language), unambiguous: true)
        #expect(faults.isEmpty, "\(faults.joined(separator: "\n"))")
    }

    @Test("the K-AI dataset's 2-core with KAIST highlighted", arguments: Layout.all)
    func part(layout: Layout) async throws {
        let core = DiagramSelection.kCore(2, of: Self.kAI)
        var options = try Self.options(layout.view, of: core)
        options.whole = Self.kAI
        options.selection = "2-core"
        options.highlighted = [try core.institutionIndex(named: "KAIST")]
        let faults = try await Self.faults(layout, of: core, options: options, unambiguous: true)
        #expect(faults.isEmpty, "\(faults.joined(separator: "\n"))")
    }

    /// Their consortia overlap with five to eight others: no placement keeps every number off the
    /// edges that cross there, so labels are checked for being drawn clear of nodes and of each
    /// other only (the SVG's tooltips name the institutions behind each edge).
    @Test("synthetic programmes of other shapes", arguments: Layout.all, [11, 12, 13] as [UInt64])
    func programme(layout: Layout, seed: UInt64) async throws {
        let data = Self.programme(seed: seed)
        let faults = try await Self.faults(layout, of: data, options: Self.options(layout.view, of: data))
        #expect(faults.isEmpty, "\(faults.joined(separator: "\n"))")
    }

    @Test("the checks find the faults they look for: circo's sized institutions and dot's unstaggered strip")
    func checksCanFail() async throws {
        let circo = try await Self.faults(
            Layout(view: .institutions, engine: .circo), of: Self.kAI,
            options: Self.options(.institutions, of: Self.kAI))
        #expect(circo.contains { $0.hasPrefix("nodes ") && $0.hasSuffix("overlap") })
        let dot = try await Self.faults(
            Layout(view: .institutions, engine: .dot), of: Self.kAI,
            options: Self.options(.institutions, of: Self.kAI))
        #expect(dot.contains { $0.hasPrefix("the drawing is a strip") })
        // K-AI's numbers moved beside the middle of their edges: with circo two of them sit where
        // two edges cross.
        var middle = NetworkDiagram.describe(.consortia, of: Self.kAI)
        for index in middle.edges.indices {
            let end = middle.edges[index].attributes[html: "headlabel"] ?? middle.edges[index].attributes[html: "taillabel"]
            middle.edges[index].attributes[html: "headlabel"] = nil
            middle.edges[index].attributes[html: "taillabel"] = nil
            middle.edges[index].attributes[html: "label"] = end
        }
        let json = try await GraphvizRenderer.shared.render(middle, engine: .circo, format: "json")
        #expect(!(try LaidOutDrawing(json: json.bytes).ambiguousLabels().isEmpty))
    }

    @Test("the engines a view leaves out say why")
    func refusedEngines() {
        for view in GraphKind.allCases {
            for engine in [LayoutEngine.dot, .neato, .fdp, .sfdp, .circo, .twopi, .osage, .patchwork] {
                #expect(view.engines.contains(engine) == (view.whyNot(engine) == nil), "\(view) \(engine)")
            }
        }
    }
}
