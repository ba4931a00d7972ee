import BundledDatasets
import Foundation
import InstitutionGraph
import Testing

/// Exports `dataset`'s two-mode graph in `format` and loads the text back.
private func roundTrip(_ dataset: Dataset, _ format: GraphExportFormat, language: Language = .english) throws -> Dataset {
    let text = try ExportedGraph(dataset, graph: .bipartite, language: language).written(as: format)
    return try loadGraph(text, format).dataset
}

/// Loads `text` as a graph file in `format`.
private func loadGraph(_ text: String, _ format: GraphExportFormat) throws -> LoadedDataset {
    let input: InputFormat =
        switch format {
        case .graphml: .graphml
        case .gexf: .gexf
        default: .json
        }
    return try DatasetLoader.load(bytes: Array(text.utf8), displayPath: "graph.\(format.fileExtension)", format: input)
}

@Suite("Exported two-mode graphs read back as the dataset they came from")
struct GraphRoundTripTests {
    static let formats: [GraphExportFormat] = [.graphml, .gexf, .json]

    @Test("the K-AI dataset reads back equal, whatever the label language", arguments: formats, Language.allCases)
    func kai(format: GraphExportFormat, language: Language) throws {
        let data = try BundledDatasets.load().dataset
        let read = try roundTrip(data, format, language: language)
        #expect(read == data)
        #expect(read.groups.map(\.id) == ["lg-group", "ncsoft"])
        #expect(read.institutions.first { $0.id == "nc-ai" }?.parent == "ncsoft")
    }

    @Test("random datasets full of quotes, markup, Hangul, emoji and line breaks read back equal", arguments: formats, 1...30)
    func hostile(format: GraphExportFormat, seed: Int) throws {
        let data = HostileDatasets.make(seed: UInt64(seed))
        #expect(try roundTrip(data, format) == data)
    }

    @Test("the XML exports of hostile datasets are well formed", arguments: [GraphExportFormat.graphml, .gexf], 1...10)
    func wellFormed(format: GraphExportFormat, seed: Int) throws {
        let text = try ExportedGraph(HostileDatasets.make(seed: UInt64(seed), controlCharacters: true), graph: .bipartite).written(as: format)
        let parser = XMLValidation(text)
        #expect(parser.wellFormed, "\(parser.error ?? "")")
    }

    @Test("node-link JSON keeps control characters exactly", arguments: 1...10)
    func controlsInJSON(seed: Int) throws {
        let data = HostileDatasets.make(seed: UInt64(seed), controlCharacters: true)
        #expect(try roundTrip(data, .json) == data)
    }

    @Test("XML cannot hold control characters: GraphML and GEXF read them back as U+FFFD", arguments: [GraphExportFormat.graphml, .gexf])
    func controlsInXML(format: GraphExportFormat) throws {
        let people = [Institution(id: "a\u{1}b", name: LocalizedName(english: "Bell\u{7}"), attributes: ["esc": "\u{1B}[0m"])]
        let team = Consortium(id: "t", name: LocalizedName(english: "T\u{0}"), members: [Membership(institution: 0, role: .lead)])
        let data = Dataset(
            title: LocalizedName(english: "T\u{2}"), institutions: people, groups: [InstitutionGroup(id: "g", name: LocalizedName(english: "G\u{3}"))],
            consortia: [team])
        let read = try roundTrip(data, format)
        #expect(read.institutions[0].id == "a\u{FFFD}b")
        #expect(read.institutions[0].name.english == "Bell\u{FFFD}")
        #expect(read.institutions[0].attributes == ["esc": "\u{FFFD}[0m"])
        #expect(read.consortia[0].name.english == "T\u{FFFD}")
        // GraphML holds the title as text; GEXF holds it in JSON, and both hold the groups in JSON,
        // which escapes control characters.
        #expect(read.title.english == (format == .gexf ? "T\u{2}" : "T\u{FFFD}"))
        #expect(read.groups[0].name.english == "G\u{3}")
    }

    @Test(
        "ids or attribute names XML would write alike are refused, naming both; JSON keeps them apart",
        arguments: [GraphExportFormat.graphml, .gexf])
    func indistinguishableInXML(format: GraphExportFormat) throws {
        let dataset = { (ids: [String], attributes: [String]) in
            let people = ids.map { Institution(id: $0, name: LocalizedName(english: $0)) }
            let members = people.indices.map { Membership(institution: $0, role: $0 == 0 ? .lead : .member) }
            var team = Consortium(id: "t", name: LocalizedName(english: "T"), members: members)
            for name in attributes { team.attributes[name] = "x" }
            return Dataset(title: LocalizedName(english: "T"), institutions: people, consortia: [team])
        }
        let cases: [([String], [String], XMLIndistinguishableNames.Kind, String, String)] = [
            (["a\u{1}b", "a\u{2}b"], [], .nodeIDs, "i:a\u{1}b", "i:a\u{2}b"),
            (["x", "a\u{FFFD}b", "a\u{FFFF}b"], [], .nodeIDs, "i:a\u{FFFD}b", "i:a\u{FFFF}b"),
            (["x"], ["k\u{1B}", "k\u{7}"], .nodeAttributes, "k\u{7}", "k\u{1B}"),
        ]
        for (ids, attributes, kind, first, second) in cases {
            let graph = try ExportedGraph(dataset(ids, attributes), graph: .bipartite)
            #expect(throws: XMLIndistinguishableNames(format: format, kind: kind, first: first, second: second)) {
                try graph.written(as: format)
            }
            #expect(try roundTrip(dataset(ids, attributes), .json) == dataset(ids, attributes))
        }
        // One such id alone is written with U+FFFD, as before, and reads back.
        #expect(try roundTrip(dataset(["a\u{1}b", "a\u{1}c"], ["k\u{7}"]), format).institutions.map(\.id) == ["a\u{FFFD}b", "a\u{FFFD}c"])
        let projection = try ExportedGraph(dataset(["a\u{1}b", "a\u{2}b"], []), graph: .institutions)
        #expect(throws: XMLIndistinguishableNames.self) { try projection.written(as: format) }
        let error = XMLIndistinguishableNames(format: format, kind: .nodeIDs, first: "a\u{1}b", second: "a\u{2}b")
        #expect(error.description.hasPrefix(format == .gexf ? "GEXF cannot keep the node ids" : "GraphML cannot keep the node ids"))
        #expect(error.description.contains("written 'a\u{FFFD}b'") && error.description.contains("export as JSON"))
        // The message shows the text a reader gets back, not its XML escapes.
        let marked = XMLIndistinguishableNames(format: format, kind: .nodeIDs, first: "R&D\u{1}", second: "R&D\u{2}")
        #expect(marked.description.contains("written 'R&D\u{FFFD}'"))
    }

    @Test("the dataset's own attributes keep their names; names the exports use get the prefix attr_")
    func attributeNames() throws {
        let people = [Institution(id: "kaist", name: LocalizedName(english: "KAIST"), attributes: ["country": "KR", "label": "mine", "attr_x": "y"])]
        let team = Consortium(
            id: "t", name: LocalizedName(english: "T"), members: [Membership(institution: 0, attributes: ["weight": "heavy", "share": "0.5"])],
            attributes: ["model": "M", "url": "https://t"])
        let data = Dataset(title: LocalizedName(english: "A"), institutions: people, consortia: [team])
        let graphml = try ExportedGraph(data, graph: .bipartite).written(as: .graphml)
        for name in ["country", "attr_label", "attr_attr_x", "model", "attr_url", "attr_weight", "share"] {
            #expect(graphml.contains(#"attr.name="\#(name)""#), "\(name)")
        }
        let json = try ExportedGraph(data, graph: .bipartite).written(as: .json)
        #expect(json.contains(#""country": "KR""#) && json.contains(#""attr_label": "mine""#) && json.contains(#""attr_weight": "heavy""#))
        let gexf = try ExportedGraph(data, graph: .bipartite).written(as: .gexf)
        #expect(gexf.contains(#"title="country""#) && gexf.contains(#"title="attr_label""#))
        for format in Self.formats {
            #expect(try roundTrip(data, format) == data)
        }
    }

    @Test("lists are JSON: a real array in node-link JSON, its text in GraphML and GEXF")
    func lists() throws {
        let people = [Institution(id: "skt", name: LocalizedName(english: "SK Telecom"), aliases: ["SKT", "a, b; c|d", "\"q\""])]
        let team = Consortium(id: "t", name: LocalizedName(english: "T"), members: [Membership(institution: 0)])
        let data = Dataset(
            title: LocalizedName(english: "L"), institutions: people, groups: [InstitutionGroup(id: "g", name: LocalizedName(korean: "그룹"), aliases: ["G"])],
            consortia: [team])
        let json = try ExportedGraph(data, graph: .bipartite).written(as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        #expect(nodes.last?["aliases"] as? [String] == ["SKT", "a, b; c|d", "\"q\""])
        let groups = try #require((object["graph"] as? [String: Any])?["groups"] as? [[String: Any]])
        #expect(groups.first?["id"] as? String == "g")
        let graphml = try ExportedGraph(data, graph: .bipartite).written(as: .graphml)
        #expect(graphml.contains("[&quot;SKT&quot;,&quot;a, b; c|d&quot;,&quot;\\&quot;q\\&quot;&quot;]"))
        #expect(
            graphml.contains(
                #"<data key="g_groups">[{&quot;id&quot;:&quot;g&quot;,&quot;name&quot;:{&quot;ko&quot;:&quot;그룹&quot;},&quot;aliases&quot;:[&quot;G&quot;]}]</data>"#
            ))
    }

    @Test("projections carry the dataset's own attributes on their nodes")
    func projectionAttributes() throws {
        let people = [
            Institution(id: "a", name: LocalizedName(english: "A"), aliases: ["AA"], attributes: ["country": "KR"]),
            Institution(id: "b", name: LocalizedName(english: "B"), attributes: ["country": "DE"]),
        ]
        let team = Consortium(
            id: "t", name: LocalizedName(english: "T"), members: [Membership(institution: 0), Membership(institution: 1)], attributes: ["model": "M"])
        let data = Dataset(title: LocalizedName(english: "P"), institutions: people, consortia: [team])
        let institutions = try ExportedGraph(data, graph: .institutions).written(as: .json)
        #expect(institutions.contains(#""country": "DE""#) && institutions.contains(#""aliases": ["#))
        let consortia = try ExportedGraph(data, graph: .consortia).written(as: .graphml)
        #expect(consortia.contains(#"attr.name="model""#) && consortia.contains(">M</data>"))
    }
}

@Suite("Reading bipartite graphs as NetworkX writes them")
struct NetworkXGraphImportTests {
    static func fixture(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appending(path: "graphs/\(name)")
    }

    static func load(_ name: String) throws -> Dataset {
        try DatasetLoader.load(contentsOf: fixture(name), displayPath: name).dataset
    }

    @Test(
        "only a bipartite attribute: 0 are consortia, 1 institutions, ids name them",
        arguments: ["plain.graphml", "plain-1.2.gexf", "plain-1.3.gexf", "plain.json"])
    func plain(name: String) throws {
        let data = try Self.load(name)
        #expect(data.consortia.map(\.id) == ["Team Alpha", "Team Beta"])
        #expect(data.consortia[0].name == LocalizedName(english: "Team Alpha"))
        #expect(data.institutions.map(\.id) == ["KAIST", "서울대학교", "Upstage Inc."])
        #expect(data.institutions[1].name == LocalizedName(korean: "서울대학교"))
        #expect(data.consortia.map { $0.members.map { data.institutions[$0.institution].id } } == [["KAIST", "서울대학교"], ["KAIST", "Upstage Inc."]])
        #expect(data.consortia.allSatisfy { $0.lead == nil })
        #expect(data.title.english == name)
    }

    @Test(
        "numeric ids, labels and names, roles and extra attributes; directed edges read as undirected",
        arguments: ["labelled.graphml", "labelled.gexf", "labelled.json"])
    func labelled(name: String) throws {
        let data = try Self.load(name)
        #expect(data.consortia.map(\.id) == ["10", "11"])
        #expect(data.consortia.map(\.name) == [LocalizedName(english: "Team Alpha"), LocalizedName(korean: "팀 베타")])
        #expect(data.consortia[0].attributes == ["model": "A.X"])
        #expect(data.institutions.map(\.id) == ["1", "2", "3"])
        #expect(data.institutions.map(\.name) == [LocalizedName(english: "KAIST"), LocalizedName(english: "Fraunhofer IAIS"), LocalizedName(korean: "서울대학교")])
        #expect(data.institutions.map(\.attributes) == [["country": "KR"], ["country": "DE"], [:]])
        #expect(data.consortia.map { $0.lead.map { data.institutions[$0].id } } == ["1", "3"])
        #expect(data.consortia[1].members.map(\.role) == [.lead, .member])
        #expect(data.consortia[0].members[0].attributes == ["share": "0.5"])
    }

    @Test("a node without a bipartite value takes the attribute's default", arguments: ["defaults.graphml", "defaults.gexf"])
    func defaults(name: String) throws {
        let data = try Self.load(name)
        #expect(data.consortia.map(\.id) == ["Team Alpha", "Team Beta"])
        #expect(data.institutions.map(\.id) == ["KAIST", "POSTECH"])
        #expect(data.membershipCount == 3)
    }

    @Test("a one-mode graph is refused with the reason and the command that writes a two-mode graph")
    func oneMode() throws {
        #expect(throws: DatasetLoadError.self) { try Self.load("one-mode.graphml") }
        do {
            _ = try Self.load("one-mode.graphml")
        } catch let error as DatasetLoadError {
            let message = error.description
            #expect(message.hasPrefix("one-mode.graphml: error: this is a one-mode graph"))
            #expect(message.contains("no node has a 'bipartite' attribute") && message.contains("instgraph export --graph bipartite"))
        }
    }
}

@Suite("Graph files that are not two-mode graphs of consortia and institutions")
struct GraphImportErrorTests {
    /// The errors loading `contents` as `name` gives, as printed.
    static func errors(_ name: String, _ contents: String) -> [String] {
        loadErrors(name, contents).map(\.description)
    }

    @Test(
        "instgraph's projections are refused: they no longer say who belongs to which consortium", arguments: [GraphExportFormat.graphml, .gexf, .json],
        [GraphKind.institutions, .consortia])
    func projection(format: GraphExportFormat, graph: GraphKind) throws {
        let data = try BundledDatasets.load().dataset
        let text = try ExportedGraph(data, graph: graph).written(as: format)
        let errors = Self.errors("p.\(format.fileExtension)", text)
        #expect(errors.count == 1)
        #expect(errors.first?.contains("this is instgraph's \(graph.rawValue) projection") == true)
        #expect(errors.first?.contains("instgraph export --graph bipartite") == true)
    }

    static let sameSide = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="b" for="node" attr.name="bipartite" attr.type="int"/>
          <graph edgedefault="undirected">
            <node id="T"><data key="b">0</data></node>
            <node id="A"><data key="b">1</data></node>
            <node id="B"><data key="b">1</data></node>
            <edge source="T" target="A"/>
            <edge source="A" target="B"/>
          </graph>
        </graphml>
        """

    @Test("an edge between two institutions is refused at its line")
    func edgeWithinOneSide() {
        let errors = Self.errors("s.graphml", Self.sameSide)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("s.graphml:9:") == true)
        #expect(errors.first?.contains("edge 'A'–'B' joins two institutions") == true)
        #expect(errors.first?.contains("instgraph export --graph bipartite") == true)
    }

    @Test("an edge to a node the graph does not have names the edge, its index and its line")
    func missingNode() {
        let json = """
            {"directed": false, "multigraph": false, "graph": {},
             "nodes": [{"id": "T", "bipartite": 0}, {"id": "A", "bipartite": 1}],
             "edges": [{"source": "T", "target": "A"},
                       {"source": "T", "target": "Z"}]}
            """
        let errors = Self.errors("m.json", json)
        #expect(errors == ["m.json:4:12: error: edge 'T'–'Z' (edges[1]) names node 'Z', which the graph does not have; add the node or fix the edge"])
    }

    @Test("ids that start with a combining mark read back whole (found by the exports fuzzer)", arguments: [GraphExportFormat.graphml, .gexf, .json])
    func combiningMarkIDs(format: GraphExportFormat) throws {
        let people = [Institution(id: "\u{316}s", name: LocalizedName(english: "\u{301}x"))]
        let team = Consortium(id: "\u{300}t", name: LocalizedName(english: "T"), members: [Membership(institution: 0, role: .lead)])
        let read = try roundTrip(Dataset(title: LocalizedName(english: "m"), institutions: people, consortia: [team]), format)
        #expect(read.consortia.map(\.id) == ["\u{300}t"])
        #expect(read.institutions.map(\.id) == ["\u{316}s"])
        #expect(read.institutions.map(\.name.english) == ["\u{301}x"])
    }

    @Test("malformed XML is reported at its line")
    func malformedXML() {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <graph defaultedgetype="undirected">
                <nodes>
                  <node id="a&b" label="A"/>
                </nodes>
              </graph>
            </gexf>
            """
        let errors = Self.errors("x.gexf", text)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("x.gexf:5:") == true)
        #expect(errors.first?.contains("malformed XML: a bare '&' or an unknown entity") == true)
    }

    @Test("a node with no side is named, when the other nodes have one")
    func nodeWithoutSide() {
        let json = """
            {"nodes": [{"id": "T", "bipartite": 0}, {"id": "A", "bipartite": 1},
                       {"id": "B"}],
             "links": [{"source": "T", "target": "A"}, {"source": "T", "target": "B"}]}
            """
        let errors = Self.errors("n.json", json)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("n.json:2:12: error: node 'B' (nodes[2]) has no side") == true)
    }

    @Test("a node id given twice is refused at the second")
    func duplicateNode() {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
              <graph defaultedgetype="undirected">
                <attributes class="node"><attribute id="0" title="bipartite" type="long"/></attributes>
                <nodes>
                  <node id="T" label="Team"><attvalues><attvalue for="0" value="0"/></attvalues></node>
                  <node id="A" label="A"><attvalues><attvalue for="0" value="1"/></attvalues></node>
                  <node id="A" label="A again"><attvalues><attvalue for="0" value="1"/></attvalues></node>
                </nodes>
                <edges><edge id="0" source="T" target="A"/></edges>
              </graph>
            </gexf>
            """
        let errors = Self.errors("d.gexf", text)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("d.gexf:8:") == true)
        #expect(errors.first?.contains("node 'A' is declared twice (first at line 7") == true)
    }

    @Test("an unknown role is refused; a missing role is a member")
    func roles() throws {
        let json = """
            {"nodes": [{"id": "T", "bipartite": 0}, {"id": "A", "bipartite": 1}, {"id": "B", "bipartite": 1}],
             "edges": [{"source": "T", "target": "A", "role": "주관기관"}, {"source": "B", "target": "T"}]}
            """
        let data = try loadDataset("r.json", json).dataset
        #expect(data.consortia[0].members.map(\.role) == [.lead, .member])
        let errors = Self.errors("r.json", json.replacingOccurrences(of: "주관기관", with: "boss"))
        #expect(errors == ["r.json:2:51: error: edge 'T'–'A' (edges[0]) has role 'boss'; expected 'lead' or 'member'"])
    }

    @Test("bipartite may mean the other way round when a side attribute says so, but not both ways")
    func bipartiteReversed() throws {
        let json = """
            {"nodes": [{"id": "T", "bipartite": 1, "side": "consortium"}, {"id": "A", "bipartite": 0},
                       {"id": "U", "bipartite": 1}],
             "edges": [{"source": "T", "target": "A"}, {"source": "U", "target": "A"}]}
            """
        let data = try loadDataset("b.json", json).dataset
        #expect(data.consortia.map(\.id) == ["T", "U"])
        #expect(data.institutions.map(\.id) == ["A"])
        let conflicting = json.replacingOccurrences(of: #"{"id": "A", "bipartite": 0}"#, with: #"{"id": "A", "bipartite": 1, "side": "institution"}"#)
        let errors = Self.errors("b.json", conflicting)
        #expect(errors.first?.contains("node 'A' (nodes[1]) is a institution with bipartite 1, but node 'T' (nodes[0])") == true)
    }

    @Test("aliases that are not a JSON array are refused at their data element")
    func malformedAliases() {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="s" for="node" attr.name="side" attr.type="string"/>
              <key id="a" for="node" attr.name="aliases" attr.type="string"/>
              <graph edgedefault="undirected">
                <node id="T"><data key="s">consortium</data></node>
                <node id="A"><data key="s">institution</data>
                  <data key="a">SKT, 에스케이텔레콤</data></node>
                <edge source="T" target="A"/>
              </graph>
            </graphml>
            """
        let errors = Self.errors("a.graphml", text)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("a.graphml:8:") == true)
        #expect(errors.first?.contains("the aliases of node 'A' should be JSON") == true)
    }

    @Test("a node-link node without an id is located")
    func nodeWithoutID() {
        let json = """
            {"nodes": [{"id": "T", "bipartite": 0},
                       {"bipartite": 1}],
             "edges": []}
            """
        #expect(Self.errors("i.json", json) == ["i.json:2:12: error: nodes[1] has no 'id'"])
    }
}

@Suite("Graph files over libxml2's 10 MB limit")
struct LargeGraphFileTests {
    /// A two-mode GraphML export of over 10 MB: 6,000 consortia of 8 from 24,000 institutions.
    static let graphML: [UInt8] = {
        let institutions = (0..<24_000).map {
            Institution(id: "institution-\($0)", name: LocalizedName(english: "Institution number \($0)"), kind: .university)
        }
        let consortia = (0..<6_000).map { index in
            Consortium(
                id: "consortium-\(index)", name: LocalizedName(english: "Consortium \(index)"),
                members: (0..<8).map { Membership(institution: (index * 4 + $0 * 3_001) % 24_000, role: $0 == 0 ? .lead : .member) })
        }
        let data = Dataset(title: LocalizedName(english: "large"), institutions: institutions, consortia: consortia)
        return Array(try! ExportedGraph(data, graph: .bipartite).written(as: .graphml).utf8)
    }()

    @Test("a GraphML file over 10 MB reads whole")
    func readsWhole() throws {
        #expect(Self.graphML.count > 10_500_000)
        let data = try DatasetLoader.load(bytes: Self.graphML, displayPath: "large.graphml", format: .graphml, checksQuality: false).dataset
        #expect(data.consortia.count == 6_000)
        #expect(data.membershipCount == 48_000)
    }

    @Test("a GraphML file over 10 MB cut short is still an error")
    func cutShort() {
        #expect(throws: DatasetLoadError.self) {
            try DatasetLoader.load(bytes: Array(Self.graphML.prefix(11_000_000)), displayPath: "large.graphml", format: .graphml, checksQuality: false)
        }
    }
}
