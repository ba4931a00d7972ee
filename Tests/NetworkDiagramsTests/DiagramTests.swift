import BundledDatasets
import Foundation
import GraphvizRendering
import InstitutionGraph
import NetworkDiagrams
import Testing

@Suite("Network diagrams of the K-AI dataset")
struct DiagramTests {
    let data = try! BundledDatasets.load().dataset
    let renderer = GraphvizRenderer.shared

    @Test("the DOT text of each view matches its snapshot", arguments: GraphKind.allCases, Language.allCases)
    func dotSnapshot(view: GraphKind, language: Language) async throws {
        let dot = try await renderer.dot(NetworkDiagram.describe(view, of: data, options: DiagramOptions(language: language)))
        try Snapshot.assertMatches(dot, named: "\(view.rawValue)-\(language.rawValue).dot")
    }

    @Test("the DOT parses back with every consortium, institution and membership", arguments: GraphKind.allCases)
    func dotRoundTrip(view: GraphKind) async throws {
        let description = NetworkDiagram.describe(view, of: data)
        let parsed = try await renderer.parse(dot: renderer.dot(description))
        #expect(Set(parsed.nodes) == Set(description.nodes.map(\.id)))
        #expect(parsed.edges.count == description.edges.count)
        switch view {
        case .bipartite:
            #expect(parsed.nodes.filter { $0.hasPrefix("i-") }.count == 47)
            #expect(parsed.nodes.filter { $0.hasPrefix("c-") }.count == 5)
            #expect(description.edges.filter { $0.attributes["class"]?.hasPrefix("membership") == true }.count == 53)
        case .institutions:
            #expect(parsed.nodes.filter { $0.hasPrefix("i-") }.count == 47)
        case .consortia:
            #expect(parsed.nodes.count == 5)
            #expect(parsed.edges.count == 6)
        }
    }

    @Test("shared institutions stand outside every cluster; exclusive members inside their consortium's")
    func clusters() {
        let description = NetworkDiagram.describe(.bipartite, of: data)
        let clustered = description.subgraphs.flatMap(\.nodes)
        #expect(!clustered.contains("i-kaist") && !clustered.contains("i-snu") && !clustered.contains("i-korea-university"))
        #expect(Set(clustered).count == clustered.count, "a node sits in two clusters")
        let lg = description.subgraphs.first { $0.name == "cluster_lg-ai-research-team" }
        #expect(lg?.nodes.count == 11)
        #expect(lg?.nodes.contains("i-lg-ai-research") == true)
    }

    @Test("SVG keeps every label, in Hangul with Korean labels, with ids, classes and tooltips", arguments: GraphKind.allCases)
    func svgLabels(view: GraphKind) async throws {
        let svg = String(
            decoding: try await renderer.render(
                NetworkDiagram.describe(view, of: data, options: DiagramOptions(language: .korean)), engine: view.defaultEngine(drawing: data), format: .svg
            ).bytes, as: UTF8.self)
        switch view {
        case .consortia:
            for consortium in data.consortia { #expect(svg.contains(consortium.name.korean!)) }
            #expect(svg.contains("id=\"o&#45;naver&#45;cloud&#45;team&#45;&#45;nc&#45;ai&#45;team\""))
        case .bipartite, .institutions:
            for institution in data.institutions {
                for line in institution.name.korean!.split(separator: " ") { #expect(svg.contains(line), "\(institution.id)") }
            }
            #expect(svg.contains("id=\"i&#45;kaist\" class=\"node institution university is&#45;i&#45;kaist shared\""))
            #expect(svg.contains("xlink:title=\"한국과학기술원 · KAIST · 대학 · 참여: "))
        }
    }

    @Test("PNG and PDF are drawn with their magic bytes", arguments: ["png", "pdf"])
    func binaryFormats(format: String) async throws {
        let bytes = try await renderer.render(NetworkDiagram.describe(.consortia, of: data), engine: .circo, format: .init(rawValue: format)).bytes
        #expect(bytes.count > 10_000)
        #expect(bytes.starts(with: format == "png" ? [0x89, 0x50, 0x4E, 0x47] : Array("%PDF".utf8)))
    }

    @Test("every engine a view offers draws it as SVG", arguments: GraphKind.allCases)
    func engines(view: GraphKind) async throws {
        for engine in view.engines {
            let svg = try await renderer.render(NetworkDiagram.describe(view, of: data), engine: engine, format: .svg)
            #expect(String(decoding: svg.bytes, as: UTF8.self).contains("</svg>"), "\(engine)")
        }
    }

    @Test("highlighting KAIST reddens it and its edges")
    func highlight() throws {
        let kaist = try data.institutionIndex(named: "한국과학기술원")
        let description = NetworkDiagram.describe(.bipartite, of: data, options: DiagramOptions(highlighted: [kaist]))
        let node = description.nodes.first { $0.id == "i-kaist" }
        #expect(node?.attributes["class"]?.hasSuffix("highlighted") == true)
        #expect(description.edges.filter { $0.attributes["color"] == "#dc2626" }.count == 4)
    }

    @Test("--min-weight 2 keeps only the institutions that share two consortia")
    func minimumWeight() {
        let description = NetworkDiagram.describe(.institutions, of: data, options: DiagramOptions(minimumWeight: 2))
        let institutionNodes = description.nodes.map(\.id).filter { $0.hasPrefix("i-") }
        #expect(Set(institutionNodes) == ["i-kaist", "i-snu", "i-korea-university"])
        #expect(description.edges.filter { $0.attributes["class"]?.hasPrefix("co-membership") == true }.count == 3)
    }

    @Test("a part drawn (2-core) is labelled with the whole dataset's counts, and the title says how much is drawn")
    func partLabelledFromWhole() throws {
        let core = DiagramSelection.kCore(2, of: data)
        #expect(core.consortia.count == 3)
        let options = DiagramOptions(whole: data, selection: "2-core")
        let bipartite = NetworkDiagram.describe(.bipartite, of: core, options: options)
        #expect(bipartite.nodes.first { $0.id == "i-kaist" }?.attributes["label"] == "KAIST (4)")
        #expect(
            bipartite.attributes[html: "label"]?.markup.contains(
                ">K-AI foundation model consortia (2025)</FONT></TD></TR><TR><TD><FONT POINT-SIZE=\"13.0\" COLOR=\"#4b5563\">2-core: 3 of 5 consortia, 3 of 47 institutions</FONT>"
            ) == true)
        let consortia = NetworkDiagram.describe(.consortia, of: core, options: options)
        let skt = try #require(consortia.nodes.first { $0.id == "c-sk-telecom-team" }?.attributes["label"])
        #expect(skt.hasSuffix("8 institutions"))
        // Ties and their weights are the whole dataset's among the nodes drawn.
        let institutions = NetworkDiagram.describe(.institutions, of: core, options: options)
        #expect(institutions.edges.first { $0.attributes["id"] == "e-snu--kaist" }?.attributes["weight"] == "3")
        // Without the whole, the part's own counts are all there is.
        #expect(NetworkDiagram.describe(.bipartite, of: core).nodes.first { $0.id == "i-kaist" }?.attributes["label"] == "KAIST (3)")
    }

    @Test("a tooltip names ten consortia at most and says how many more, counted in the whole dataset")
    func tooltipConsortia() throws {
        let people = [Institution(id: "hub", name: LocalizedName(english: "Hub")), Institution(id: "x", name: LocalizedName(english: "X"))]
        let teams = (0..<12).map {
            Consortium(id: "c\($0)", name: LocalizedName(english: "C\($0)"), members: [Membership(institution: 0), Membership(institution: 1)])
        }
        let whole = Dataset(title: LocalizedName(english: "t"), institutions: people, consortia: teams)
        let part = whole.subset(keepingConsortium: { $0 < 3 }, institution: { _ in true })
        let description = NetworkDiagram.describe(.bipartite, of: part, options: DiagramOptions(whole: whole, selection: "part"))
        let tooltip = try #require(description.nodes.first { $0.id == "i-hub" }?.attributes["tooltip"])
        #expect(tooltip.hasSuffix("in: C0, C1, C2, C3, C4, C5, C6, C7, C8, C9, and 2 more"))
        #expect(description.nodes.first { $0.id == "i-hub" }?.attributes["label"] == "Hub (12)")
    }

    @Test("a highlight keeps to its institution when the consortia view is drawn from the whole")
    func highlightInPart() throws {
        let core = DiagramSelection.kCore(2, of: data)
        let kaist = try core.institutionIndex(named: "KAIST")
        let description = NetworkDiagram.describe(.consortia, of: core, options: DiagramOptions(highlighted: [kaist], whole: data, selection: "2-core"))
        let red = description.edges.filter { $0.attributes["color"] == "#dc2626" }.compactMap { $0.attributes["id"] }
        #expect(
            !red.isEmpty
                && red.allSatisfy { id in
                    description.edges.first { $0.attributes["id"] == id }?.attributes["tooltip"]?.contains("KAIST") == true
                })
    }

    @Test("the part line in Korean, with the weight filter of the projections")
    func partLineKorean() {
        let description = NetworkDiagram.describe(
            .institutions, of: data, options: DiagramOptions(language: .korean, minimumWeight: 2, whole: data, selection: "필터 적용"))
        let markup = description.attributes[html: "label"]?.markup ?? ""
        #expect(markup.contains(">필터 적용: 기관 47곳 중 3곳, 공유 컨소시엄 2개 이상인 연결</FONT>"))
        #expect(markup.contains(">대학</FONT>") && !markup.contains(">기업</FONT>"))
    }
}

@Suite("The diagram legend")
struct DiagramLegendTests {
    let data = try! BundledDatasets.load().dataset

    /// The markup of the heading and legend of `view` of `dataset`.
    func legend(_ view: GraphKind, of dataset: Dataset, options: DiagramOptions = DiagramOptions()) -> String {
        NetworkDiagram.describe(view, of: dataset, options: options).attributes[html: "label"]?.markup ?? ""
    }

    /// The legend of the two-mode view of one consortium whose institutions have `kinds`.
    func legend(kinds: [InstitutionKind?]) -> String {
        let data = Dataset(
            title: LocalizedName(english: "t"),
            institutions: kinds.enumerated().map { Institution(id: "i\($0.offset)", name: LocalizedName(english: "I\($0.offset)"), kind: $0.element) },
            consortia: [Consortium(id: "c", name: LocalizedName(english: "C"), members: kinds.indices.map { Membership(institution: $0) })])
        return legend(.bipartite, of: data)
    }

    @Test("the unstyled kinds' sample says other, unspecified, or both")
    func unstyledSample() {
        #expect(legend(kinds: [.university, .other]).contains(">other</FONT>"))
        #expect(legend(kinds: [.university, nil]).contains(">unspecified</FONT>"))
        #expect(legend(kinds: [.other, InstitutionKind(rawValue: "NGO"), nil]).contains(">other / unspecified</FONT>"))
        let styled = legend(kinds: [.university, .company])
        #expect(!styled.contains(">other") && !styled.contains(">unspecified"))
    }

    @Test("the legend is the graph's label, with the title, and no node is laid out for it", arguments: GraphKind.allCases)
    func legendInLabel(view: GraphKind) {
        let description = NetworkDiagram.describe(view, of: data)
        #expect(!description.nodes.contains { $0.id.hasPrefix("legend") })
        let markup = description.attributes[html: "label"]?.markup ?? ""
        #expect(markup.hasPrefix("<TABLE") && markup.contains(">K-AI foundation model consortia (2025)</FONT>") && markup.contains(">Legend</FONT>"))
    }

    @Test("the legend lists what the drawing uses: leads and shared institutions when there are, highlights when asked, what widths and numbers mean")
    func legendContents() throws {
        let bipartite = legend(.bipartite, of: data)
        for sample in [">university</FONT>", ">lead</FONT>", ">in several consortia (count)</FONT>", ">line: membership</FONT>"] {
            #expect(bipartite.contains(sample), "\(sample)")
        }
        #expect(!bipartite.contains(">highlighted</FONT>"))
        let kaist = try data.institutionIndex(named: "KAIST")
        #expect(legend(.institutions, of: data, options: DiagramOptions(highlighted: [kaist])).contains(">highlighted</FONT>"))
        #expect(legend(.consortia, of: data).contains(">edge number and width: shared institutions</FONT>"))
        #expect(legend(.institutions, of: data, options: DiagramOptions(language: .korean, nodeSizeMeaning: "매개 중심성")).contains(">크기: 매개 중심성</FONT>"))
        let alone = Dataset(
            title: LocalizedName(english: "t"), institutions: [Institution(id: "a", name: LocalizedName(english: "A"))],
            consortia: [Consortium(id: "c", name: LocalizedName(english: "C"), members: [Membership(institution: 0)])])
        let plain = legend(.bipartite, of: alone)
        #expect(!plain.contains(">lead</FONT>") && !plain.contains("several consortia"))
    }
}

@Suite("Diagrams of large datasets, thinned")
struct DiagramThinningTests {
    let data = try! BundledDatasets.load().dataset

    @Test(
        "the minimum weight leaves at most the edges asked for, and none are filtered when there are fewer", arguments: [GraphKind.institutions, .consortia])
    func minimumWeight(view: GraphKind) {
        let weights =
            view == .institutions
            ? BipartiteGraph(data).projection(onto: .institution).edges.filter { $0.source < $0.target }.map(\.weight)
            : data.overlappingPairs().map { Double($0.shared.count) }
        #expect(DiagramSelection.minimumWeight(leavingAtMost: weights.count, of: view, of: data) == 0)
        for budget in [0, 1, 3, weights.count / 2] where budget < weights.count {
            let minimum = DiagramSelection.minimumWeight(leavingAtMost: budget, of: view, of: data)
            let kept = weights.count { $0 >= minimum }
            // Fewer than asked, unless that would leave no edge at all: then the heaviest stay.
            #expect(kept <= budget || minimum == weights.max())
            #expect(kept > 0)
            #expect(weights.count { $0 >= minimum - 1 } > budget)
        }
        #expect(DiagramSelection.minimumWeight(leavingAtMost: 3, of: .bipartite, of: data) == 0)
    }
}
