import GraphvizRendering
import InstitutionGraph

/// A legend of sample nodes: one per kind of institution present, and the marks a view uses.
enum DiagramLegend {
    /// A sample for the legend: its id suffix, label and look.
    struct Sample {
        var id: String
        var label: String
        var attributes: Attributes
    }

    /// Adds the legend to `graph`: a title and sample nodes chained by short invisible edges, so
    /// that every engine keeps them together (a cluster box would overlap the graph in neato).
    static func add(_ samples: [Sample], to graph: inout GraphDescription, language: Language) {
        let title = Sample(
            id: "title", label: language == .korean ? "범례" : "Legend",
            attributes: ["shape": "plaintext", "style": "", "fontsize": "12"])
        let nodes = ([title] + samples).map { sample in
            var attributes = sample.attributes
            attributes["label"] = sample.label
            attributes["class"] = "legend"
            attributes["id"] = "legend-" + sample.id
            attributes["fontsize"] = attributes["fontsize"] ?? "10"
            return GraphDescription.Node("legend-" + sample.id, attributes: attributes)
        }
        graph.nodes += nodes
        for (tail, head) in zip(nodes, nodes.dropFirst()) {
            graph.edges.append(.init(tail.id, head.id, attributes: ["style": "invis", "len": "0.6", "weight": "5", "class": "legend"]))
        }
    }

    /// One sample per kind that occurs among `kinds`, in display order; every unstyled kind
    /// shares one sample, named for what it stands for (`other`, `unspecified`, or both).
    static func kindSamples(_ kinds: Set<InstitutionKind?>, language: Language) -> [Sample] {
        let unstyled = kinds.filter { $0.map { !$0.isWellKnown } ?? true }
        let ordered = InstitutionKind.wellKnown.filter { kinds.contains($0) }.map(Optional.some)
            + (unstyled.isEmpty ? [] : [nil])
        return ordered.map { kind in
            let look = DiagramStyle.look(of: kind)
            return Sample(
                id: kind?.rawValue ?? "other", label: kind.map { InstitutionKind.displayName(of: $0, in: language) } ?? unstyledLabel(unstyled, language: language),
                attributes: ["shape": look.shape, "fillcolor": look.fill, "color": look.border])
        }
    }

    /// The name of the sample that stands for every kind in `unstyled`.
    private static func unstyledLabel(_ unstyled: Set<InstitutionKind?>, language: Language) -> String {
        let hasMissing = unstyled.contains(nil)
        let hasOther = unstyled.contains { $0 != nil }
        let other = InstitutionKind.displayName(of: .other, in: language)
        let missing = InstitutionKind.displayName(of: nil, in: language)
        return hasOther && hasMissing ? "\(other) / \(missing)" : hasOther ? other : missing
    }
}
