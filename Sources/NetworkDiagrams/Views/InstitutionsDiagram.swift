import Foundation
import GraphvizRendering
import InstitutionGraph

/// The institutions projection: institutions linked when they share a consortium, edges wider the
/// more consortia they share, nodes sized by a chosen score.
enum InstitutionsDiagram {
    static func build(_ dataset: Dataset, options: DiagramOptions) -> GraphDescription {
        let names = DiagramNames(dataset, language: options.language)
        let palette = DiagramPalette(dataset, names: names, options: options)
        let language = options.language
        let projection =
            options.projection.map { given in
                CSRGraph(
                    nodeCount: given.nodeCount,
                    weightedEdges: given.edges.lazy.filter { $0.source < $0.target && $0.weight >= options.minimumWeight }.map {
                        ($0.source, $0.target, $0.weight)
                    })
            } ?? BipartiteGraph(dataset).projection(onto: .institution, minimumWeight: options.minimumWeight)
        let keepsIsolated = options.minimumWeight <= 1
        let drawn = dataset.institutions.indices.filter { keepsIsolated || projection.degree(of: $0) > 0 }
        var graph = DiagramStyle.emptyGraph(named: .institutions, options: options)

        let sizes = options.nodeSizes.map(NodeSizes.init)
        for index in drawn {
            var attributes = BipartiteDiagram.institutionAttributes(index, names: names, palette: palette, options: options)
            if let sizes {
                let scale = sizes.scale(index)
                attributes["width"] = String(format: "%.2f", 0.5 + 1.5 * scale)
                attributes["height"] = String(format: "%.2f", 0.3 + 0.7 * scale)
                attributes["fontsize"] = String(format: "%.0f", 10 + 8 * scale)
            }
            graph.nodes.append(.init(names.node(institution: index), attributes: attributes))
        }

        for edge in projection.edges where edge.source < edge.target {
            let (a, b) = (edge.source, edge.target)
            let shared = Set(names.memberOf[a]).intersection(names.memberOf[b]).sorted().map(names.label(consortium:))
            let highlighted = options.highlighted.contains(a) || options.highlighted.contains(b)
            let (tail, head) = (names.node(institution: a), names.node(institution: b))
            var attributes: Attributes = [
                "id": "e-\(tail.dropFirst(2))--\(head.dropFirst(2))",
                "class": "co-membership " + names.endpointClasses(tail, head), "weight": String(Int(edge.weight)),
                "penwidth": String(format: "%.1f", 0.8 + 2.2 * (edge.weight - 1)),
                "tooltip": "\(names.label(institution: a)) — \(names.label(institution: b)): "
                    + (shared.isEmpty ? Self.sharedCount(Int(edge.weight), language: language) : shared.joined(separator: ", ")),
            ]
            if highlighted {
                attributes["color"] = DiagramStyle.highlightColor
                attributes["penwidth"] = String(format: "%.1f", 2 + 2 * (edge.weight - 1))
            } else if edge.weight == 1 {
                attributes["color"] = "#94a3b880"
            }
            graph.edges.append(.init(tail, head, attributes: attributes))
        }

        let korean = language == .korean
        var samples = DiagramLegend.fillSamples(Set(drawn.map { dataset.institutions[$0].kind }), palette: palette, language: language)
        if drawn.contains(where: { index in dataset.consortia.contains { $0.lead == index } }) {
            samples.append(HTMLLabel.Cell(korean ? "주관기관" : "lead", fontSize: 10, border: DiagramStyle.sharedBorder, doubleBorder: true))
        }
        samples += DiagramLegend.highlightSample(options)
        if let meaning = options.nodeSizeMeaning {
            samples.append(DiagramLegend.note(korean ? "크기: \(meaning)" : "size: \(meaning)"))
        }
        samples.append(DiagramLegend.note(korean ? "선 굵기: 공유 컨소시엄 수" : "edge width: shared consortia"))
        let heading = DiagramStyle.heading(.institutions, of: dataset, options: options, institutionsDrawn: drawn.count)
        DiagramLegend.attach(samples, heading: heading, to: &graph, language: language)
        return graph
    }

    /// "3 shared consortia", for a tie of a projection read without its consortia.
    private static func sharedCount(_ count: Int, language: Language) -> String {
        language == .korean ? "공유 컨소시엄 \(count)개" : count == 1 ? "1 shared consortium" : "\(count) shared consortia"
    }
}

/// Scores scaled to 0…1 for node sizes.
struct NodeSizes {
    let scores: [Double]
    let low: Double
    let range: Double

    init(_ scores: [Double]) {
        self.scores = scores
        low = scores.min() ?? 0
        range = (scores.max() ?? 0) - low
    }

    func scale(_ index: Int) -> Double { range > 0 ? (scores[index] - low) / range : 0.3 }
}
