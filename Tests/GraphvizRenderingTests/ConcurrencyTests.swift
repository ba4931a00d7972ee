import GraphvizRendering
import Testing

@Suite("Rendering from many tasks at once")
struct ConcurrencyTests {
    @Test("Sixteen tasks drawing at once all get the same, complete drawing")
    func sixteenTasks() async throws {
        let engines: [LayoutEngine] = [.dot, .neato, .fdp, .circo]
        let drawings = try await withThrowingTaskGroup(of: (LayoutEngine, [UInt8]).self) { group in
            for task in 0..<16 {
                let engine = engines[task % engines.count]
                group.addTask {
                    let rendering = try await GraphvizRenderer.shared.render(
                        SampleGraphs.consortia, engine: engine, format: .svg)
                    return (engine, rendering.bytes)
                }
            }
            return try await group.reduce(into: [LayoutEngine: Set<[UInt8]>]()) { drawings, drawing in
                drawings[drawing.0, default: []].insert(drawing.1)
            }
        }

        #expect(drawings.count == engines.count)
        for (engine, svgs) in drawings {
            #expect(svgs.count == 1, "\(engine) drew \(svgs.count) different pictures")
            let svg = String(decoding: svgs.first ?? [], as: UTF8.self)
            #expect(SampleGraphs.svg(svg, shows: SampleGraphs.nodeLabels), "\(engine) lost a label")
        }
    }
}
