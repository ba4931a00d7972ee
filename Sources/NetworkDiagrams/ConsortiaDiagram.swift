import Foundation
import GraphvizRendering
import InstitutionGraph

/// The consortia overlap graph: consortia linked when they share institutions, each edge
/// labelled with how many (and, in SVG, their names in a tooltip).
enum ConsortiaDiagram {
    static func build(_ dataset: Dataset, options: DiagramOptions) -> GraphDescription {
        let names = DiagramNames(dataset, language: options.language)
        let language = options.language
        var graph = DiagramStyle.emptyGraph(named: .consortia, options: options)
        graph.attributes["mindist"] = "1.2"
        // Edges routed around the boxes, with room between them, so that the label at each edge's
        // middle never falls on a consortium it passes.
        graph.attributes["splines"] = "true"
        graph.attributes["sep"] = "+20"
        graph.attributes["esep"] = "+10"

        let largest = Double(dataset.consortia.map(\.members.count).max() ?? 1)
        for (index, consortium) in dataset.consortia.enumerated() {
            let id = names.node(consortium: index)
            let scale = Double(consortium.members.count) / largest
            let size = language == .korean ? "\(consortium.members.count)개 기관" : "\(consortium.members.count) institutions"
            // The lead is named unless the consortium's name already says it.
            let name = names.label(consortium: index)
            let lead = consortium.lead.map { names.label(institution: $0) }.flatMap { name.contains($0) ? nil : $0 }
            graph.nodes.append(.init(id, attributes: [
                "label": ([name] + [lead].compactMap { $0 } + [size]).joined(separator: "\n"),
                "shape": "box", "style": "filled,rounded,bold", "fillcolor": DiagramStyle.consortiumFill,
                "fontcolor": DiagramStyle.consortiumText, "color": DiagramStyle.consortiumFill,
                "fontsize": String(format: "%.0f", 11 + 5 * scale), "margin": "0.2,0.1",
                "id": id, "class": "consortium is-\(id)", "tooltip": names.tooltip(consortium: index),
            ]))
        }

        for pair in dataset.overlappingPairs() where Double(pair.shared.count) >= options.minimumWeight {
            let sharedNames = pair.shared.map(names.label(institution:))
            let highlighted = pair.shared.contains { options.highlighted.contains($0) }
            let (tail, head) = (names.node(consortium: pair.first), names.node(consortium: pair.second))
            let through = pair.shared.map { "of-" + names.node(institution: $0) }.joined(separator: " ")
            var attributes: Attributes = [
                "id": "o-\(tail.dropFirst(2))--\(head.dropFirst(2))",
                "class": "overlap \(names.endpointClasses(tail, head)) \(through)",
                // A label at the middle of the edge, which every engine places clear of the nodes
                // and every format draws (a head label fell under the boxes).
                "label": String(pair.shared.count), "fontsize": "14",
                "penwidth": String(format: "%.1f", 1 + 1.5 * Double(pair.shared.count - 1)),
                "tooltip": sharedNames.joined(separator: ", "), "labeltooltip": sharedNames.joined(separator: ", "),
            ]
            if highlighted { attributes["color"] = DiagramStyle.highlightColor }
            graph.edges.append(.init(tail, head, attributes: attributes))
        }
        // As in the two-mode view, routing costs time that grows with the square of the nodes.
        if graph.edges.count > BipartiteDiagram.routedEdgeLimit { graph.attributes["splines"] = "line" }
        let korean = language == .korean
        let samples = [
            HTMLLabel.Cell(
                korean ? "컨소시엄 (기관 수)" : "consortium (institutions)", fontSize: 10, fontColor: DiagramStyle.consortiumText,
                fill: DiagramStyle.consortiumFill, border: DiagramStyle.consortiumFill, rounded: true),
        ] + DiagramLegend.highlightSample(options) + [
            DiagramLegend.note(korean ? "선의 숫자와 굵기: 공유 기관 수" : "edge number and width: shared institutions"),
        ]
        DiagramLegend.attach(samples, heading: DiagramStyle.heading(.consortia, of: dataset, options: options), to: &graph, language: language)
        return graph
    }
}
