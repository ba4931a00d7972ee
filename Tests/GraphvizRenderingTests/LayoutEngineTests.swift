import GraphvizRendering
import Testing

@Suite("Layout engines")
struct LayoutEngineTests {
    static let engines: [LayoutEngine] = [.dot, .neato, .fdp, .sfdp, .circo, .twopi]

    let renderer = GraphvizRenderer.shared

    @Test("Every common engine draws a clustered graph", arguments: engines)
    func drawsClusteredGraph(engine: LayoutEngine) async throws {
        let rendering = try await renderer.render(SampleGraphs.consortia, engine: engine, format: .svg)
        let svg = String(decoding: rendering.bytes, as: UTF8.self)

        #expect(SampleGraphs.svg(svg, shows: SampleGraphs.nodeLabels))
        #expect(rendering.warnings.isEmpty)
    }

    @Test(
        "Every engine draws exactly what the dot program draws from the DOT we write",
        .enabled(if: DotProgram.isInstalled, "dot is not installed"), arguments: engines)
    func matchesDotProgram(engine: LayoutEngine) async throws {
        let ours = try await renderer.render(SampleGraphs.consortia, engine: engine, format: .svg).bytes

        let theirs = try DotProgram.run(["-K\(engine)", "-Tsvg"], input: try await renderer.dot(SampleGraphs.consortia))

        #expect(theirs.status == 0)
        #expect(ours == Array(theirs.output))
    }

    @Test("Graphviz lists the engines and formats it has")
    func available() async throws {
        let engines = try await renderer.availableEngines()
        let formats = try await renderer.availableFormats()

        #expect(Set(engines).isSuperset(of: [.dot, .neato, .fdp, .sfdp, .circo, .twopi, .osage, .patchwork]))
        #expect(Set(formats).isSuperset(of: [.svg, .png, .pdf, .dot]))
    }
}
