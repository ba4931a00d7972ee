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
        // Edges routed around the boxes, with room between them, so that no edge's number falls on
        // a consortium it passes.
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
            graph.nodes.append(
                .init(
                    id,
                    attributes: [
                        "label": ([name] + [lead].compactMap { $0 } + [size]).joined(separator: "\n"),
                        "shape": "box", "style": "filled,rounded,bold", "fillcolor": DiagramStyle.consortiumFill,
                        "fontcolor": DiagramStyle.consortiumText, "color": DiagramStyle.consortiumFill,
                        "fontsize": String(format: "%.0f", 11 + 5 * scale), "margin": "0.2,0.1",
                        "id": id, "class": "consortium is-\(id)", "tooltip": names.tooltip(consortium: index),
                    ]))
        }

        let pairs = dataset.overlappingPairs().filter { Double($0.shared.count) >= options.minimumWeight }
        var degree = [Int](repeating: 0, count: dataset.consortia.count)
        for pair in pairs {
            degree[pair.first] += 1
            degree[pair.second] += 1
        }
        // Where some consortium overlaps with more than four others, numbers at the ends of its edges
        // would crowd around it.
        let crowded = (degree.max() ?? 0) > 4
        for pair in pairs {
            let sharedNames = pair.shared.map(names.label(institution:))
            let highlighted = pair.shared.contains { options.highlighted.contains($0) }
            let (tail, head) = (names.node(consortium: pair.first), names.node(consortium: pair.second))
            let through = pair.shared.map { "of-" + names.node(institution: $0) }.joined(separator: " ")
            var attributes: Attributes = [
                "id": "o-\(tail.dropFirst(2))--\(head.dropFirst(2))",
                "class": "overlap \(names.endpointClasses(tail, head)) \(through)",
                "penwidth": String(format: "%.1f", 1 + 1.5 * Double(pair.shared.count - 1)),
                "tooltip": sharedNames.joined(separator: ", "), "labeltooltip": sharedNames.joined(separator: ", "),
            ]
            let number = HTMLLabel(rows: [[HTMLLabel.Cell(String(pair.shared.count), fontSize: 14, fill: "white")]], cellSpacing: 0, cellPadding: 1)
            if crowded {
                // Beside the middle of the edge, where numbers spread out.
                attributes[html: "label"] = number
            } else {
                // On the edge's own line, on a white patch, a third of the way from the end with
                // fewer edges (labelangle 0 puts an end label on the line): beside the middle, a
                // number can sit as near to an edge crossing there as to its own.
                attributes[html: degree[pair.second] <= degree[pair.first] ? "headlabel" : "taillabel"] = number
                attributes["labelangle"] = "0"
                attributes["labeldistance"] = "3"
            }
            if highlighted { attributes["color"] = DiagramStyle.highlightColor }
            graph.edges.append(.init(tail, head, attributes: attributes))
        }
        // As in the two-mode view, routing costs time that grows with the square of the nodes.
        if graph.edges.count > BipartiteDiagram.routedEdgeLimit { graph.attributes["splines"] = "line" }
        let korean = language == .korean
        let samples =
            [
                HTMLLabel.Cell(
                    korean ? "컨소시엄 (기관 수)" : "consortium (institutions)", fontSize: 10, fontColor: DiagramStyle.consortiumText,
                    fill: DiagramStyle.consortiumFill, border: DiagramStyle.consortiumFill, rounded: true)
            ] + DiagramLegend.highlightSample(options) + [
                DiagramLegend.note(korean ? "선의 숫자와 굵기: 공유 기관 수" : "edge number and width: shared institutions")
            ]
        DiagramLegend.attach(samples, heading: DiagramStyle.heading(.consortia, of: dataset, options: options), to: &graph, language: language)
        return graph
    }
}
