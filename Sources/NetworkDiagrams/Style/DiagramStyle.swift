import GraphvizRendering
import InstitutionGraph

/// Colours and shapes: one look per kind of institution, consortia in dark boxes, highlights in red.
///
/// The fills are light so that black labels stay readable; borders carry the hue for print.
enum DiagramStyle {
    struct KindLook {
        var shape: String
        var fill: String
        var border: String
    }

    static func look(of kind: InstitutionKind?) -> KindLook {
        switch kind {
        case .university?: KindLook(shape: "ellipse", fill: "#dbeafe", border: "#1d4ed8")
        case .company?: KindLook(shape: "box", fill: "#fef3c7", border: "#b45309")
        case .researchInstitute?: KindLook(shape: "hexagon", fill: "#dcfce7", border: "#15803d")
        case .public?: KindLook(shape: "octagon", fill: "#f3e8ff", border: "#7e22ce")
        default: KindLook(shape: "box", fill: "#f3f4f6", border: "#4b5563")
        }
    }

    /// The name of `kind`'s shape, for a legend that colours by something else.
    static func shapeName(of kind: InstitutionKind, in language: Language) -> String {
        let korean = language == .korean
        switch look(of: kind).shape {
        case "ellipse": return korean ? "타원" : "ellipse"
        case "hexagon": return korean ? "육각형" : "hexagon"
        case "octagon": return korean ? "팔각형" : "octagon"
        default: return korean ? "사각형" : "box"
        }
    }

    static let consortiumFill = "#1f2937"
    static let consortiumText = "#ffffff"
    static let clusterFill = "#f8fafc"
    static let clusterBorder = "#94a3b8"
    static let edgeColor = "#64748b"
    static let highlightColor = "#dc2626"
    static let sharedBorder = "#111827"
    static let mutedText = "#4b5563"

    /// An empty graph with what every diagram starts from: the font, a white background, a fixed
    /// seed for the force-directed engines (so a drawing is the same every run), and overlap
    /// removal. Its label, the heading and legend, is set by ``DiagramLegend/attach(_:heading:to:language:)``.
    static func emptyGraph(named view: GraphKind, options: DiagramOptions) -> GraphDescription {
        GraphDescription(
            name: view.rawValue,
            attributes: [
                "labelloc": "t", "fontsize": "20",
                "fontname": options.font, "bgcolor": "white", "pad": "0.3", "outputorder": "edgesfirst",
                "start": "1", "overlap": "prism", "sep": "+12",
            ],
            nodeDefaults: nodeDefaults(font: options.font),
            edgeDefaults: edgeDefaults(font: options.font))
    }

    /// The lines above a diagram: its title, and when a part is drawn, how much
    /// (``DiagramPartLine``).
    static func heading(_ view: GraphKind, of dataset: Dataset, options: DiagramOptions, institutionsDrawn: Int? = nil) -> [String] {
        let title = options.title ?? dataset.title.preferred(options.language)
        let part = options.whole.map {
            DiagramPartLine.text(drawn: dataset, of: $0, view: view, options: options, institutionsDrawn: institutionsDrawn)
        }
        return [title] + [part].compactMap { $0 }
    }

    private static func nodeDefaults(font: String) -> Attributes {
        ["fontname": font, "fontsize": "11", "style": "filled", "penwidth": "1.2", "margin": "0.12,0.06"]
    }

    private static func edgeDefaults(font: String) -> Attributes {
        ["fontname": font, "fontsize": "10", "color": edgeColor, "penwidth": "1"]
    }
}
