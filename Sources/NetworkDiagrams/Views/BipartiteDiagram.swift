import GraphvizRendering
import InstitutionGraph

/// The two-mode view: consortia and their members.
///
/// Graphviz clusters cannot share a node, so each consortium's box holds the consortium's own node,
/// its lead and the members it has alone; institutions in several consortia stand outside every
/// box, drawn larger with a heavy border, linked to each of their consortia.
enum BipartiteDiagram {
    static func build(_ dataset: Dataset, options: DiagramOptions) -> GraphDescription {
        let names = DiagramNames(dataset, language: options.language, whole: options.whole)
        let palette = DiagramPalette(dataset, names: names, options: options)
        let language = options.language
        var graph = DiagramStyle.emptyGraph(named: .bipartite, options: options)
        graph.attributes["K"] = "0.9"
        // Edges bend around nodes instead of crossing them, so no tie seems to touch a bystander.
        graph.attributes["splines"] = "true"
        // dot ranks run left to right: labels are wide and short, so members stacked in a rank
        // take less room than members side by side (the other engines ignore it).
        graph.attributes["rankdir"] = "LR"

        var clusterNodes = Array(repeating: [String](), count: dataset.consortia.count)
        for index in dataset.consortia.indices {
            let id = names.node(consortium: index)
            graph.nodes.append(
                .init(
                    id,
                    attributes: [
                        "label": names.label(consortium: index), "shape": "box", "style": "filled,rounded,bold",
                        "fillcolor": DiagramStyle.consortiumFill, "fontcolor": DiagramStyle.consortiumText,
                        "color": DiagramStyle.consortiumFill, "fontsize": "13", "id": id, "class": "consortium is-\(id)",
                        "tooltip": names.tooltip(consortium: index),
                    ]))
            clusterNodes[index].append(id)
        }

        for index in dataset.institutions.indices {
            let memberships = names.memberOf[index]
            let id = names.node(institution: index)
            var attributes = institutionAttributes(index, names: names, palette: palette, options: options)
            // The count is of the whole dataset's consortia, drawn or not.
            let total = names.consortiaCount(institution: index)
            if memberships.count > 1 {
                attributes["penwidth"] = "2.5"
                attributes["color"] = DiagramStyle.sharedBorder
                attributes["fontsize"] = String(min(11 + 2 * total, 22))
                attributes["label"] = "\(names.label(institution: index)) (\(total))"
            } else if let only = memberships.first {
                clusterNodes[only].append(id)
                if total > 1 { attributes["label"] = "\(names.wrappedLabel(institution: index)) (\(total))" }
            }
            graph.nodes.append(.init(id, attributes: attributes))
        }

        let stagger = staggeredRanks(alone: names.memberOf.count { $0.count == 1 })
        for (index, consortium) in dataset.consortia.enumerated() {
            let rows = min(stagger, consortium.members.count { names.memberOf[$0.institution].count == 1 })
            var staggered = 0
            for member in consortium.members {
                let highlighted = options.highlighted.contains(member.institution)
                let (tail, head) = (names.node(consortium: index), names.node(institution: member.institution))
                var attributes: Attributes = [
                    "id": "m-\(tail.dropFirst(2))--\(head.dropFirst(2))",
                    "class": (member.role == .lead ? "membership lead " : "membership ") + names.endpointClasses(tail, head),
                    "tooltip": "\(names.label(institution: member.institution)) — \(names.label(consortium: index))",
                ]
                if member.role == .lead { attributes["penwidth"] = "2" }
                if rows > 1, names.memberOf[member.institution].count == 1 {
                    attributes["minlen"] = String(1 + staggered % rows)
                    staggered += 1
                }
                if highlighted {
                    attributes["color"] = DiagramStyle.highlightColor
                    attributes["penwidth"] = "3"
                }
                graph.edges.append(.init(tail, head, attributes: attributes))
            }
            // Named by its token, as nodes are: Graphviz writes a cluster's name into the SVG.
            let token = DiagramNames.token(dataset.consortia[index].id)
            graph.subgraphs.append(
                .cluster(
                    token,
                    attributes: [
                        "label": "", "style": "rounded,filled", "fillcolor": DiagramStyle.clusterFill,
                        "color": DiagramStyle.clusterBorder, "id": "cluster-" + token,
                    ],
                    nodes: clusterNodes[index]))
        }
        // Routing edges around nodes costs time that grows with the square of the nodes, and in a
        // drawing dense enough for that to show, bends no longer keep ties apart.
        if graph.edges.count > routedEdgeLimit { graph.attributes["splines"] = "line" }

        let korean = language == .korean
        var samples = DiagramLegend.fillSamples(Set(dataset.institutions.map(\.kind)), palette: palette, language: language)
        samples.append(
            HTMLLabel.Cell(
                korean ? "컨소시엄" : "consortium", fontSize: 10, fontColor: DiagramStyle.consortiumText,
                fill: DiagramStyle.consortiumFill, border: DiagramStyle.consortiumFill, rounded: true))
        if dataset.consortia.contains(where: { $0.lead != nil }) {
            samples.append(HTMLLabel.Cell(korean ? "주관기관" : "lead", fontSize: 10, border: DiagramStyle.sharedBorder, doubleBorder: true))
        }
        if dataset.institutions.indices.contains(where: { names.consortiaCount(institution: $0) > 1 }) {
            samples.append(
                HTMLLabel.Cell(
                    korean ? "여러 컨소시엄 참여 (수)" : "in several consortia (count)", fontSize: 10,
                    border: DiagramStyle.sharedBorder, borderWidth: 2))
        }
        samples += DiagramLegend.highlightSample(options)
        samples.append(DiagramLegend.note(korean ? "선: 참여" : "line: membership"))
        DiagramLegend.attach(samples, heading: DiagramStyle.heading(.bipartite, of: dataset, options: options), to: &graph, language: language)
        return graph
    }

    /// The most memberships a drawing routes around its nodes (more are drawn straight).
    static let routedEdgeLimit = 150

    /// The ranks dot spreads each consortium's own members over when `alone` institutions are in
    /// one consortium each: about the square root of a third of them, eight at most, so that the
    /// drawing comes out about as wide as it is high. dot puts every member one rank after its
    /// consortium otherwise, and a programme becomes a strip thousands of points long; edge
    /// lengths (`minlen`) stagger them, as Graphviz's `unflatten` does, and the other engines
    /// ignore them.
    static func staggeredRanks(alone: Int) -> Int {
        min(8, max(1, Int((Double(alone) / 3).squareRoot().rounded(.up))))
    }

    /// An institution's look: its kind's shape, the colours of its kind or of its group in
    /// `palette`, a double border for a lead, red when highlighted, and its id, classes and tooltip
    /// for SVG.
    static func institutionAttributes(_ index: Int, names: DiagramNames, palette: DiagramPalette?, options: DiagramOptions) -> Attributes {
        let institution = names.dataset.institutions[index]
        let look = DiagramStyle.look(of: institution.kind)
        let colours = palette?.look(institution: index) ?? (fill: look.fill, border: look.border)
        var attributes: Attributes = [
            "label": names.wrappedLabel(institution: index), "shape": look.shape, "fillcolor": colours.fill, "color": colours.border,
            "id": names.node(institution: index), "class": names.classes(institution: index),
            "tooltip": names.tooltip(institution: index),
        ]
        if names.dataset.consortia.contains(where: { $0.lead == index }) {
            attributes["peripheries"] = "2"
        }
        if options.highlighted.contains(index) {
            attributes["color"] = DiagramStyle.highlightColor
            attributes["penwidth"] = "3.5"
            attributes["fontcolor"] = DiagramStyle.highlightColor
            attributes["class"] = names.classes(institution: index) + " highlighted"
        }
        return attributes
    }
}
