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

    static let consortiumFill = "#1f2937"
    static let consortiumText = "#ffffff"
    static let clusterFill = "#f8fafc"
    static let clusterBorder = "#94a3b8"
    static let edgeColor = "#64748b"
    static let highlightColor = "#dc2626"
    static let sharedBorder = "#111827"

    /// A kind's name for legends and tooltips.
    static func kindName(_ kind: InstitutionKind?, _ language: Language) -> String {
        guard let kind else { return language == .korean ? "미분류" : "unspecified" }
        let korean = language == .korean
        switch kind {
        case .university: return korean ? "대학" : "university"
        case .company: return korean ? "기업" : "company"
        case .researchInstitute: return korean ? "연구기관" : "research institute"
        case .public: return korean ? "공공기관" : "public body"
        default: return kind.rawValue
        }
    }

    /// The attributes every diagram starts from: font, background and a title on top.
    static func graphAttributes(title: String, font: String, engine overlap: Bool) -> Attributes {
        var attributes: Attributes = [
            "label": title, "labelloc": "t", "fontsize": "20", "fontname": font, "bgcolor": "white",
            "pad": "0.3", "outputorder": "edgesfirst",
            // A fixed seed for the force-directed engines, so a drawing is the same every run.
            "start": "1",
        ]
        if overlap {
            attributes["overlap"] = "prism"
            attributes["sep"] = "+12"
        }
        return attributes
    }

    static func nodeDefaults(font: String) -> Attributes {
        ["fontname": font, "fontsize": "11", "style": "filled", "penwidth": "1.2", "margin": "0.12,0.06"]
    }

    static func edgeDefaults(font: String) -> Attributes {
        ["fontname": font, "fontsize": "10", "color": edgeColor, "penwidth": "1"]
    }
}
