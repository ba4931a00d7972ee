import Foundation
import GraphvizRendering
import InstitutionGraph
import NetworkDiagrams
import Testing

/// The getting-started article's drawing snippet, run as written.
@Suite("The documentation's drawing example")
struct DrawingExampleTests {
    private static let article = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Sources/InstitutionGraph/InstitutionGraph.docc/GettingStarted.md")

    @Test("describes, lays out and writes the institutions diagram as SVG")
    func drawsTheInstitutions() async throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "instgraph-drawing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let dataset = try DatasetLoader.load(contentsOf: Self.yamlFile(in: folder)).dataset

        let diagram = NetworkDiagram.describe(.institutions, of: dataset, options: DiagramOptions(language: .english))
        let engine = GraphKind.institutions.defaultEngine(drawing: dataset)
        let drawing = try await GraphvizRenderer.shared.render(diagram, engine: engine, format: .svg)
        try Data(drawing.bytes).write(to: folder.appending(path: "institutions.svg"))

        let svg = try String(contentsOf: folder.appending(path: "institutions.svg"), encoding: .utf8)
        #expect(svg.contains("</svg>"))
        // Each institution's node, under its name (long names are wrapped over lines).
        for name in ["KAIST", "Seoul National", "Acme Robotics", "Nova AI", "Orbit Labs"] {
            #expect(svg.contains(name), "\(name) is drawn")
        }
    }

    @Test("every line of the article's drawing snippet is run above")
    func snippetIsTheTestedCode() throws {
        let article = try String(contentsOf: Self.article, encoding: .utf8)
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let tested = Set(source.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        let blocks = article.components(separatedBy: "```swift\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        let drawing = try #require(blocks.first { $0.contains("import NetworkDiagrams") })
        let lines = drawing.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(lines.count >= 6)
        // The test writes into a temporary folder rather than the current one.
        let replaced = #"try Data(drawing.bytes).write(to: URL(fileURLWithPath: "institutions.svg"))"#
        #expect(lines.filter { !tested.contains($0) && $0 != replaced } == [])
    }

    /// The article's `consortia.yaml`, written into `folder`.
    private static func yamlFile(in folder: URL) throws -> URL {
        let article = try String(contentsOf: Self.article, encoding: .utf8)
        let yaml = try #require(article.components(separatedBy: "```yaml\n").dropFirst().first?.components(separatedBy: "```").first)
        let file = folder.appending(path: "consortia.yaml")
        try Data(yaml.utf8).write(to: file)
        return file
    }
}
