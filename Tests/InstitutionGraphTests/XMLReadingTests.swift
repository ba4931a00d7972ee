import Foundation
import InstitutionGraph
import Testing

/// GraphML and GEXF read through libxml2: what a hostile or old file does, beyond the formats' own rules.
@Suite("XML reading")
struct XMLReadingTests {
    /// A two-mode GraphML document whose node and edge elements are `body`.
    static func graphML(prolog: String = "", body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        \(prolog)<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key id="b" for="node" attr.name="bipartite" attr.type="int"/>
        <graph edgedefault="undirected">
        \(body)
        </graph></graphml>
        """
    }

    static let pair = """
        <node id="T"><data key="b">0</data></node><node id="A"><data key="b">1</data></node>
        <edge source="T" target="A"/>
        """

    @Test("a processing instruction without data is read, not a crash (FoundationXML's XMLParser crashed on it)")
    func instructionWithoutData() {
        let errors = loadErrors("pi.graphml", "<?l?>\n<graphm verst'?>\n<graphml xmlns=\"http")
        #expect(errors.map(\.description) == ["pi.graphml:2:14: error: malformed XML: an attribute's value is not in quotes, or its closing quote is missing"])
        #expect(
            loadErrors("pi.graphml", "<?l?>" + Self.graphML(body: Self.pair)).map(\.description).first?.contains("XML declaration allowed only at the start")
                == true)
        #expect(loadErrors("pi.graphml", Self.graphML(body: "<?l?>" + Self.pair)).isEmpty)
    }

    @Test("an old GraphML file with a DOCTYPE naming the DTD reads, and nothing is fetched")
    func systemDoctype() throws {
        let text = Self.graphML(prolog: "<!DOCTYPE graphml SYSTEM \"http://127.0.0.1:9/graphml.dtd\">\n", body: Self.pair)
        let folder = try TemporaryFolder()
        let loaded = try DatasetLoader.load(contentsOf: folder.write("old.graphml", bytes: Array(text.utf8)), displayPath: "old.graphml")
        #expect(loaded.dataset.consortia.map(\.id) == ["T"])
    }

    @Test("entities declared in a DTD are refused where they are declared; a billion laughs never grows")
    func declaredEntities() {
        var laughs = "<!DOCTYPE graphml [\n<!ENTITY l0 \"ha\">\n"
        for level in 1...9 { laughs += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">\n" }
        laughs += "]>\n"
        let errors = loadErrors("laughs.graphml", Self.graphML(prolog: laughs, body: "<node id=\"&l9;\"/>" + Self.pair))
        #expect(errors.count == 1)
        #expect(errors.first?.description.hasPrefix("laughs.graphml:3:") == true)
        #expect(errors.first?.description.contains("the entity '&l0;' is not one of XML's five") == true)
    }

    @Test("built-in entities, character references and CDATA are decoded in names")
    func decoding() throws {
        let body = """
            <node id="T"><data key="b">0</data></node>
            <node id="A &amp; B &#xD55C;&#44397; &lt;&quot;&apos;&gt;"><data key="b">1</data></node>
            <edge source="T" target="A &amp; B &#xD55C;&#44397; &lt;&quot;&apos;&gt;"/>
            """
        let folder = try TemporaryFolder()
        let loaded = try DatasetLoader.load(contentsOf: folder.write("d.graphml", bytes: Array(Self.graphML(body: body).utf8)), displayPath: "d.graphml")
        #expect(loaded.dataset.institutions.map(\.id) == ["A & B 한국 <\"'>"])
    }

    @Test("UTF-16 GraphML that says so in its declaration reads, with or without a byte-order mark", arguments: [true, false])
    func utf16(withMark: Bool) throws {
        let text = Self.graphML(body: Self.pair.replacingOccurrences(of: "\"A\"", with: "\"카이스트\""))
            .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
        let bytes: [UInt8] = (withMark ? [0xFF, 0xFE] : []) + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let folder = try TemporaryFolder()
        let loaded = try DatasetLoader.load(contentsOf: folder.write("u.graphml", bytes: bytes), displayPath: "u.graphml")
        #expect(loaded.dataset.institutions.map(\.id) == ["카이스트"])
    }

    @Test("nesting past 256 levels is an error at its line, not a stack overflow")
    func deepNesting() {
        let deep = String(repeating: "<x>", count: 100_000) + String(repeating: "</x>", count: 100_000)
        let errors = loadErrors("deep.graphml", Self.graphML(body: deep))
        #expect(errors.count == 1)
        #expect(errors.first?.description.hasPrefix("deep.graphml:5:") == true)
        #expect(errors.first?.description.hasSuffix("error: malformed XML: elements nest more than 256 deep") == true)
    }

    @Test("an undeclared namespace prefix is named", arguments: ["<y:ShapeNode/>"])
    func undeclaredPrefix(element: String) {
        let errors = loadErrors("ns.graphml", Self.graphML(body: "<node id=\"x\">\(element)</node>"))
        #expect(
            errors.first?.description.contains("a namespace prefix is used without its xmlns declaration (Namespace prefix y on ShapeNode is not defined)")
                == true)
    }

    @Test("an empty or blank file is called empty", arguments: ["", "  \n\t"])
    func empty(text: String) {
        #expect(loadErrors("e.graphml", text).map(\.description) == ["e.graphml: error: malformed XML: the document is empty"])
    }

    @Test("random bytes after a valid prefix never crash and always name a line")
    func randomTails() {
        var generator = SystemRandomNumberGenerator()
        let prefix = Array(Self.graphML(body: Self.pair).utf8.prefix(120))
        let alphabet = Array("<>?!&;=\"'/ x:-[]#\n".utf8)
        for _ in 0..<300 {
            let tail = (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let errors = loadErrors("r.graphml", bytes: prefix + tail)
            #expect(errors.count == 1)
            #expect(errors.first?.location.line != nil, "\(String(decoding: tail, as: UTF8.self))")
        }
    }
}
