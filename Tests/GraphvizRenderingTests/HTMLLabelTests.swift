import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import GraphvizRendering
import Testing

/// HTML-like labels reach Graphviz as labels, not as text, and the text in them as written.
@Suite("HTML-like labels")
struct HTMLLabelTests {
    let renderer = GraphvizRenderer.shared

    /// Text that means something to HTML-like labels, DOT strings, Graphviz's escapes and XML.
    static let hostile = #"<B>x</B> & "q" \N \G \L C:\data\ &amp; 한국 a]; b [x=<y>]"#

    func graph(_ label: HTMLLabel) -> GraphDescription {
        var graph = GraphDescription(name: "g", nodes: [.init("a"), .init("b")], edges: [.init("a", "b")])
        graph.attributes[html: "label"] = label
        return graph
    }

    @Test("the DOT Graphviz writes holds the label in angle brackets, with its text escaped")
    func dot() async throws {
        let label = HTMLLabel(rows: [
            [.init(Self.hostile, fontSize: 20)], [.init("legend", fill: "#dbeafe", border: "#1d4ed8", rounded: true, doubleBorder: true)],
        ])
        let dot = try await renderer.dot(graph(label))
        #expect(dot.contains("label=<<TABLE BORDER=\"0\""))
        #expect(dot.contains(#"&lt;B&gt;x&lt;/B&gt; &amp; &quot;q&quot; \\N \\G \\L C:\\data\\ &amp;amp; 한국 a&#93;; b [x=&lt;y&gt;&#93;"#))
        let parsed = try await renderer.parse(dot: dot)
        #expect(parsed.nodes == ["a", "b"])
    }

    @Test("SVG draws every text as written: no markup, escape or entity of the text is interpreted")
    func svg() async throws {
        let label = HTMLLabel(rows: [[.init(Self.hostile)], [.init("line one\nline two\u{1B}", fontColor: "#4b5563")]])
        let svg = try await renderer.render(graph(label), engine: .dot, format: .svg).bytes
        let texts = SVGTexts(svg)
        #expect(texts.wellFormed)
        #expect(texts.all.contains(Self.hostile), "\(texts.all)")
        #expect(texts.all.contains("line one") && texts.all.contains("line two\u{FFFD}"))
        #expect(!texts.all.contains("x"), "no bold element was made from the text")
    }

    @Test("a text of closing brackets alone (a title \"]\", found by the diagrams fuzzer) is drawn as written", arguments: ["]", "]]", "]]>"])
    func closingBrackets(text: String) async throws {
        let label = HTMLLabel(rows: [[.init(text, fontSize: 20)], [.init(text)]])
        let svg = try await renderer.render(graph(label), engine: .neato, format: .svg).bytes
        let texts = SVGTexts(svg)
        #expect(texts.wellFormed)
        #expect(texts.all.filter { $0 == text }.count == 2, "\(texts.all)")
    }

    @Test("an attribute set as plain text is not an HTML label, and setting one replaces the other")
    func attributes() {
        var attributes: Attributes = ["label": "<b>"]
        #expect(attributes[html: "label"] == nil && attributes["label"] == "<b>")
        attributes[html: "label"] = HTMLLabel(rows: [[.init("x")]])
        #expect(attributes.count == 1 && attributes[html: "label"] != nil)
        attributes["label"] = "plain"
        #expect(attributes[html: "label"] == nil && attributes["label"] == "plain")
    }
}

/// The texts of an SVG drawing, in document order.
private final class SVGTexts: NSObject, XMLParserDelegate {
    private(set) var all: [String] = []
    private(set) var wellFormed = false
    private var current: String?

    init(_ svg: [UInt8]) {
        super.init()
        let parser = XMLParser(data: Data(svg))
        parser.delegate = self
        wellFormed = parser.parse()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "text" { current = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text", let text = current { all.append(text) }
        if name == "text" { current = nil }
    }
}
