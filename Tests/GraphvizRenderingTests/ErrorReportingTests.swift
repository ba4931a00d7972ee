import GraphvizRendering
import Testing

@Suite("Graphviz's complaints become Swift errors")
struct ErrorReportingTests {
    let renderer = GraphvizRenderer.shared

    @Test("An unknown engine is refused with the list of installed ones")
    func unknownEngine() async throws {
        let error = await #expect(throws: GraphvizError.self) {
            try await renderer.render(SampleGraphs.consortia, engine: "dott", format: .svg)
        }

        guard case let .unknownLayoutEngine(engine, available) = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(engine == "dott")
        #expect(available.contains(.dot))
        #expect(
            error?.description.hasPrefix("unknown layout engine 'dott'; available: circo, dot, fdp, neato") == true)
    }

    @Test("An unknown format is refused with the list of installed ones")
    func unknownFormat() async throws {
        let error = await #expect(throws: GraphvizError.self) {
            try await renderer.render(SampleGraphs.consortia, format: "svgx")
        }

        guard case let .unknownFormat(format, available) = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(format == "svgx")
        #expect(available.contains(.svg))
        #expect(error?.description.contains("unknown output format 'svgx'; available: ") == true)
    }

    @Test("Formats that open a window are not offered", arguments: ["x11", "xlib", "gtk"] as [OutputFormat])
    func windowFormats(format: OutputFormat) async throws {
        let error = await #expect(throws: GraphvizError.self) {
            try await renderer.render(SampleGraphs.consortia, format: format)
        }

        guard case .unknownFormat(format, let available) = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(!available.contains(format))
    }

    @Test("A missing renderer is reported in Graphviz's words")
    func unknownRenderer() async throws {
        let error = await #expect(throws: GraphvizError.self) {
            try await renderer.render(SampleGraphs.consortia, format: "png:nonesuch")
        }

        #expect(error == .failed(.render("png:nonesuch"), messages: ["renderer for png:nonesuch is unavailable"]))
    }

    @Test("An error Graphviz reports while laying out fails the call, though Graphviz carries on")
    func layoutError() async throws {
        let graph = GraphDescription(nodes: [.init("a", attributes: ["pos": "left"])])

        let error = await #expect(throws: GraphvizError.self) {
            try await renderer.render(graph, engine: .neato, format: .svg)
        }

        #expect(error == .failed(.layout(.neato), messages: ["node a, position left, expected two doubles"]))
    }

    @Test("Warnings come back with the drawing")
    func warnings() async throws {
        let graph = GraphDescription(nodes: [.init("a", attributes: ["shape": "nonesuch"])])

        let rendering = try await renderer.render(graph, format: .svg)

        #expect(rendering.warnings == ["using box for unknown shape nonesuch"])
    }

    @Test("Syntax errors in DOT are reported with their line")
    func syntaxError() async throws {
        let error = await #expect(throws: GraphvizError.self) {
            try await renderer.parse(dot: "graph { a -- }")
        }

        #expect(error == .failed(.parse, messages: ["syntax error in line 1 near '}'"]))
        #expect(error?.description == "Graphviz could not read the DOT text: syntax error in line 1 near '}'")
    }

    @Test("DOT text must hold one graph, and what follows it never leaks into the next read")
    func oneGraphPerText() async throws {
        let error = await #expect(throws: GraphvizError.self) {
            try await renderer.parse(dot: "graph A { a } graph B { b }")
        }
        let next = try await renderer.parse(dot: "graph C { c }")

        #expect(error == .failed(.parse, messages: ["the text holds more than one graph"]))
        #expect(next.name == "C")
        #expect(next.nodes == ["c"])
    }
}
