import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import GraphvizRendering
import InstitutionGraph
@testable import NetworkDiagrams
import Testing

/// Names written to break out of DOT, to be read as Graphviz escapes or entities, or to make SVG
/// that is not XML, drawn through Graphviz and read back.
@Suite("Hostile names reach the drawing as written")
struct HostileNameTests {
    let renderer = GraphvizRenderer.shared

    /// The characters that mean something to DOT, Graphviz's label escapes, XML or a terminal.
    static let alphabet: [Character] = [
        "\\", "\"", "]", "[", ";", "&", "<", ">", "N", "G", "L", "n", "l", "r", "{", "}", "|",
        "#", "/", "=", "'", "a", "z", "0", "한", "\u{1B}", "\u{07}", "-", "_", "?",
    ]

    /// A dataset of one consortium whose institutions have `names` (ids and names alike).
    static func dataset(_ names: [String], title: String) -> Dataset {
        let people = names.map { Institution(id: $0, name: LocalizedName(english: $0)) }
        let members = names.indices.map { Membership(institution: $0, role: $0 == 0 ? .lead : .member) }
        return Dataset(
            title: LocalizedName(english: title), institutions: people,
            consortia: [Consortium(id: title, name: LocalizedName(english: title), members: members)])
    }

    /// The SVG's node titles aside, the texts Graphviz drew, and the number of nodes it drew.
    static func drawn(_ svg: [UInt8]) throws -> (texts: [String], nodes: Int) {
        let reader = SVGTexts()
        let parser = XMLParser(data: Data(svg))
        parser.delegate = reader
        #expect(parser.parse(), "the SVG is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "")")
        return (reader.texts, reader.nodes)
    }

    @Test("random hostile names and titles: the SVG is XML, every name is drawn as written, no node is added", arguments: 0..<40)
    func roundTrip(seed: UInt64) async throws {
        var generator = SeededRandom(seed: seed)
        var names = Set<String>()
        while names.count < 6 {
            let length = Int(generator.next() % 12) + 1
            names.insert(String((0..<length).map { _ in Self.alphabet[Int(generator.next() % UInt64(Self.alphabet.count))] }))
        }
        let list = names.sorted()
        let title = "t\\\"]; X [URL=<javascript:alert(1)>]; graph [ //\u{0C}" + String(seed)
        let data = Self.dataset(list, title: title)
        for view in [GraphKind.institutions, .bipartite] {
            let description = NetworkDiagram.describe(view, of: data)
            let rendering = try await renderer.render(description, engine: .neato, format: .svg)
            let (texts, nodes) = try Self.drawn(rendering.bytes)
            // Graphviz draws what XML 1.0 can hold; the rest is shown as U+FFFD.
            let shown = { (text: String) in String(text.unicodeScalars.map { $0.value < 0x20 && $0 != "\n" ? "\u{FFFD}" : Character($0) }) }
            for name in list where !name.contains(" ") {
                #expect(texts.contains(shown(name)), "\(view): \(name.debugDescription) not drawn as written in \(texts)")
            }
            #expect(texts.contains(shown(title)), "\(view): the title is not drawn as written")
            #expect(nodes == description.nodes.count, "\(view): \(nodes) nodes drawn, \(description.nodes.count) described")
            #expect(!texts.contains("X"), "\(view): the title broke out of its string")
        }
    }

    @Test("ids that differ only in characters an SVG id cannot hold stay different nodes")
    func distinctIDs() async throws {
        let data = Self.dataset(["A B", "A_B", "A?B", "A-B", "A--B", "-A", "A-", "A_20_B"], title: "ids")
        let description = NetworkDiagram.describe(.bipartite, of: data)
        let institutions = description.nodes.map(\.id).filter { $0.hasPrefix("i-") }
        #expect(Set(institutions).count == 8)
        let parsed = try await renderer.parse(dot: renderer.dot(description))
        #expect(parsed.nodes.filter { $0.hasPrefix("i-") }.count == 8)
    }

    @Test("tokens are one-to-one, use only letters, digits, - and _, and never hold -- or start or end with -")
    func tokens() {
        var generator = SeededRandom(seed: 3)
        var seen: [String: String] = [:]
        for _ in 0..<20_000 {
            let length = Int(generator.next() % 6) + 1
            let id = String((0..<length).map { _ in Self.alphabet[Int(generator.next() % UInt64(Self.alphabet.count))] })
            let token = DiagramNames.token(id)
            if let earlier = seen[token] { #expect(earlier == id, "\(earlier.debugDescription) and \(id.debugDescription) share \(token)") }
            seen[token] = id
            #expect(token.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
            #expect(!token.contains("--") && !token.hasPrefix("-") && !token.hasSuffix("-"))
        }
        #expect(DiagramNames.token("naver-cloud") == "naver-cloud")
        #expect(DiagramNames.token("A B") == "A_20_B" && DiagramNames.token("A_B") == "A__B")
    }

    @Test("GraphvizText doubles backslashes, writes & as an entity and replaces what XML cannot hold")
    func literal() {
        #expect(GraphvizText.literal("KAIST") == "KAIST")
        #expect(GraphvizText.literal("C:\\data\\") == "C:\\\\data\\\\")
        #expect(GraphvizText.literal("\\N & \\G") == "\\\\N &amp; \\\\G")
        #expect(GraphvizText.literal("a\u{1B}b\u{07}\tc\nd\u{FFFE}") == "a\u{FFFD}b\u{FFFD}\tc\nd\u{FFFD}")
    }
}

/// Collects the text Graphviz drew and counts its nodes.
private final class SVGTexts: NSObject, XMLParserDelegate {
    var texts: [String] = []
    var nodes = 0
    private var current: String?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "text" { current = "" }
        if name == "g", attributes["class"]?.hasPrefix("node") == true { nodes += 1 }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current? += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text", let text = current { texts.append(text) }
        if name == "text" { current = nil }
    }
}
