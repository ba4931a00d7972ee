import Dispatch
import GraphvizRendering
import InstitutionGraph
import NetworkDiagrams

/// What the diagram fuzz target checks of one input.
enum FuzzedDiagram {
    /// Splits `bytes` at each 0 into a title and institution names (up to six), makes a dataset of
    /// one consortium from them, describes each of its diagrams, lays each out with neato and draws
    /// it as SVG. The SVG must be well-formed XML with one node per node described, and hold each
    /// name it shows (the consortia diagram shows only the title) as one text, as written but for the characters
    /// XML 1.0 cannot hold (drawn as U+FFFD). Names with spaces, tabs or line breaks are drawn on
    /// several lines and are only checked for the rest. Anything else stops the fuzzer.
    static func check(_ bytes: [UInt8]) {
        var texts: [String] = []
        for part in bytes.split(separator: 0, omittingEmptySubsequences: false).prefix(7) {
            let text = String(decoding: part, as: UTF8.self)
            if !texts.contains(text) { texts.append(text) }
        }
        guard texts.count >= 2, texts.allSatisfy({ !$0.isEmpty }) else { return }
        let title = texts[0]
        let names = Array(texts.dropFirst())
        let people = names.map { Institution(id: $0, name: LocalizedName(english: $0)) }
        let members = people.indices.map { Membership(institution: $0, role: $0 == 0 ? .lead : .member) }
        let dataset = Dataset(
            title: LocalizedName(english: title), institutions: people,
            consortia: [Consortium(id: title, name: LocalizedName(english: title), members: members)])
        for view in GraphKind.allCases {
            let description = NetworkDiagram.describe(view, of: dataset)
            let svg: [UInt8]
            switch rendered(description) {
            case .success(let bytes): svg = bytes
            case .failure(let error): fatalError("\(view): Graphviz refused the description: \(error)")
            }
            guard let drawing = SVGDrawing(svg) else {
                fatalError("\(view): the SVG is not well-formed XML:\n\(String(decoding: svg, as: UTF8.self))")
            }
            guard drawing.nodes == description.nodes.count else {
                fatalError("\(view): \(drawing.nodes) nodes drawn, \(description.nodes.count) described")
            }
            for name in (view == .consortia ? [title] : names + [title]) where !name.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r\n" })
            {
                guard drawing.texts.contains(shown(name)) else {
                    fatalError("\(view): \(name.debugDescription) is not drawn as written; drawn: \(drawing.texts.map(\.debugDescription))")
                }
            }
        }
    }

    /// `text` as an SVG can show it: characters XML 1.0 forbids become U+FFFD.
    private static func shown(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    switch scalar.value {
                    case 0x9, 0xA, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: scalar
                    default: "\u{FFFD}"
                    }
                }))
    }

    /// `description` drawn as SVG by the shared renderer, waited for: libFuzzer calls the target
    /// synchronously, and the renderer is an actor.
    private static func rendered(_ description: GraphDescription) -> Result<[UInt8], GraphvizError> {
        final class Outcome: @unchecked Sendable { var value: Result<[UInt8], GraphvizError> = .success([]) }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do throws(GraphvizError) {
                outcome.value = .success(try await GraphvizRenderer.shared.render(description, engine: .neato, format: .svg).bytes)
            } catch {
                outcome.value = .failure(error)
            }
            done.signal()
        }
        done.wait()
        return outcome.value
    }
}
