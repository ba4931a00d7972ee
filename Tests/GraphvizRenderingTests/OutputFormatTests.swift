import Foundation
import GraphvizRendering
import Testing

@Suite("Drawing in SVG, PNG and PDF")
struct OutputFormatTests {
    let renderer = GraphvizRenderer.shared

    @Test("SVG shows every label, Hangul included, as UTF-8 text")
    func svgLabels() async throws {
        let rendering = try await renderer.render(SampleGraphs.consortia, engine: .dot, format: .svg)
        let svg = String(decoding: rendering.bytes, as: UTF8.self)

        #expect(svg.hasPrefix("<?xml"))
        #expect(SampleGraphs.svg(svg, shows: SampleGraphs.nodeLabels + SampleGraphs.clusterLabels))
        #expect(rendering.warnings.isEmpty)
    }

    @Test("PNG has the PNG signature and a header with a real size")
    func png() async throws {
        let bytes = try await renderer.render(SampleGraphs.consortia, format: .png).bytes

        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(Array(bytes[12..<16]) == Array("IHDR".utf8))
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width > 100 && height > 100)
        #expect(bytes.count > 5_000)
    }

    @Test("PDF starts with %PDF")
    func pdf() async throws {
        let bytes = try await renderer.render(SampleGraphs.consortia, format: .pdf).bytes

        #expect(bytes.starts(with: Array("%PDF".utf8)))
    }

    @Test("Laid-out DOT reads back, with a position for every node")
    func laidOutDOT() async throws {
        let bytes = try await renderer.render(SampleGraphs.consortia, engine: .fdp, format: .dot).bytes
        let dot = String(decoding: bytes, as: UTF8.self)

        let parsed = try await renderer.parse(dot: dot)

        #expect(parsed.nodes.count == SampleGraphs.consortia.nodes.count)
        #expect(dot.components(separatedBy: "pos=\"").count - 1 >= SampleGraphs.consortia.nodes.count)
    }

    @Test("A renderer can be named after the format")
    func formatWithRenderer() async throws {
        let bytes = try await renderer.render(SampleGraphs.consortia, format: "svg:cairo").bytes

        #expect(String(decoding: bytes, as: UTF8.self).contains("<svg"))
    }
}
