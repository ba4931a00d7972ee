import BundledDatasets
import GraphvizRendering
import InstitutionGraph
import NetworkDiagrams
import Testing

/// `--color-by`: fills by kind, consortium or community, shapes by kind whatever the fill.
@Suite("Colouring institutions by kind, consortium or community")
struct ColoringTests {
    let data = try! BundledDatasets.load().dataset

    /// Each institution node's attributes in `view` of `dataset`, by node id.
    func nodes(_ view: GraphKind, of dataset: Dataset, _ options: DiagramOptions) -> [String: Attributes] {
        Dictionary(
            uniqueKeysWithValues: NetworkDiagram.describe(view, of: dataset, options: options).nodes
                .filter { $0.id.hasPrefix("i-") }.map { ($0.id, $0.attributes) })
    }

    @Test(
        "by consortium: a member of one consortium takes its hue, one in several stays white, shapes still tell the kind",
        arguments: [GraphKind.bipartite, .institutions])
    func byConsortium(view: GraphKind) {
        let drawn = nodes(view, of: data, DiagramOptions(coloring: .consortium))
        let byKind = nodes(view, of: data, DiagramOptions())
        #expect(drawn["i-kaist"]?["fillcolor"] == "#ffffff")
        #expect(drawn["i-kaist"]?["shape"] == "ellipse")
        for (id, attributes) in drawn { #expect(attributes["shape"] == byKind[id]?["shape"], "\(id)") }
        // The members of a consortium alone share one fill, and no two consortia share one.
        var fills: [String: Set<String>] = [:]
        for (index, consortium) in data.consortia.enumerated() {
            let alone = consortium.members.map(\.institution).filter { institution in
                data.consortia.indices.count { data.consortia[$0].members.contains { $0.institution == institution } } == 1
            }
            fills[String(index)] = Set(alone.map { drawn["i-" + data.institutions[$0].id]?["fillcolor"] ?? "none" })
        }
        #expect(fills.values.allSatisfy { $0.count == 1 })
        #expect(Set(fills.values.flatMap { $0 }).count == data.consortia.count)
        let legend = NetworkDiagram.describe(view, of: data, options: DiagramOptions(coloring: .consortium)).attributes[html: "label"]?.markup ?? ""
        for sample in [">LG AI Research consortium</FONT>", ">several consortia</FONT>", "shape: ellipse university, box company"] {
            #expect(legend.contains(sample), "\(sample)")
        }
        #expect(!legend.contains(">university</FONT>"))
    }

    @Test("by consortium in a programme of nine: the seven largest are coloured, the rest grey and named so")
    func manyConsortia() {
        let programme = LayoutTests.programme(seed: 11)
        let drawn = nodes(.institutions, of: programme, DiagramOptions(coloring: .consortium))
        let memberOf = programme.consortiaByInstitution()
        let largest = programme.consortia.indices.sorted { (programme.consortia[$1].members.count, $0) < (programme.consortia[$0].members.count, $1) }
        // A consortium's hue shows when one of its members is in it alone.
        let coloured = largest.prefix(7).filter { consortium in memberOf.contains { $0 == [consortium] } }
        let fills = Set(drawn.values.compactMap { $0["fillcolor"] })
        #expect(fills.count == coloured.count + 2, "the hues, grey and white: \(fills.sorted())")
        #expect(fills.contains("#e5e7eb") && fills.contains("#ffffff"))
        let legend =
            NetworkDiagram.describe(.institutions, of: programme, options: DiagramOptions(coloring: .consortium)).attributes[html: "label"]?.markup ?? ""
        #expect(legend.contains(">other consortia</FONT>"))
        for (rank, consortium) in largest.prefix(7).enumerated() {
            #expect(legend.contains(">\(programme.consortia[consortium].name.english!)</FONT>") == coloured.contains(consortium), "\(rank)")
        }
    }

    @Test("by community: Louvain's communities, largest first, each its own fill, named with their sizes in both languages")
    func byCommunity() throws {
        let found = try data.institutionCommunities()
        let drawn = nodes(.institutions, of: data, DiagramOptions(coloring: .community))
        for community in found.communities {
            let fills = Set(community.members.map { drawn["i-" + data.institutions[$0].id]?["fillcolor"] ?? "none" })
            #expect(fills.count == 1)
        }
        let first = try #require(found.communities.first)
        let legend =
            NetworkDiagram.describe(.institutions, of: data, options: DiagramOptions(language: .korean, coloring: .community)).attributes[html: "label"]?.markup
            ?? ""
        #expect(legend.contains(">커뮤니티 1 (\(first.members.count)곳)</FONT>"))
        #expect(legend.contains("모양: 타원 대학"))
    }

    @Test("by community in a part: the communities are the whole dataset's")
    func communityOfWhole() throws {
        let core = DiagramSelection.kCore(2, of: data)
        let found = try data.institutionCommunities()
        let kaist = try data.institutionIndex(named: "KAIST")
        let inWhole = found.partition.labels[kaist]
        let drawn = nodes(.bipartite, of: core, DiagramOptions(whole: data, coloring: .community))
        let sameCommunity = data.institutions.indices.filter { found.partition.labels[$0] == inWhole && $0 != kaist }.map { "i-" + data.institutions[$0].id }
        for id in sameCommunity where drawn[id] != nil {
            #expect(drawn[id]?["fillcolor"] == drawn["i-kaist"]?["fillcolor"], "\(id)")
        }
    }
}
