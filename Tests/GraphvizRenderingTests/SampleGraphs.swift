import GraphvizRendering

/// Graphs the tests draw: two consortia as clusters, one institution shared between them.
enum SampleGraphs {
    /// A font with Hangul glyphs, installed by Debian's `fonts-noto-cjk`.
    static let koreanFont = "Noto Sans CJK KR"

    /// The labels of the nodes of ``consortia``, the graph's title included: every engine draws these.
    static let nodeLabels = ["K-AI 컨소시엄", "NAVER Cloud", "서울대학교", "LG AI Research", "Upstage", "한국과학기술원"]

    /// The labels of the clusters of ``consortia``, drawn by the engines that draw clusters.
    static let clusterLabels = ["네이버클라우드 컨소시엄", "LG AI연구원 컨소시엄"]

    /// Whether `svg` shows every one of `labels`.
    static func svg(_ svg: String, shows labels: [String]) -> Bool {
        labels.allSatisfy { svg.contains(svgText($0)) }
    }

    /// `label` as Graphviz writes it in SVG text, where `-` becomes `&#45;`.
    private static func svgText(_ label: String) -> String {
        label.split(separator: "-", omittingEmptySubsequences: false).joined(separator: "&#45;")
    }

    static let consortia = GraphDescription(
        name: "consortia",
        attributes: ["label": "K-AI 컨소시엄", "fontname": koreanFont],
        nodeDefaults: ["shape": "box", "style": "rounded", "fontname": koreanFont],
        edgeDefaults: ["color": "#64748b"],
        nodes: [
            .init("naver-cloud", attributes: ["label": "NAVER Cloud"]),
            .init("snu", attributes: ["label": "서울대학교"]),
            .init("lg-ai-research", attributes: ["label": "LG AI Research"]),
            .init("upstage", attributes: ["label": "Upstage"]),
            .init("kaist", attributes: ["label": "한국과학기술원", "style": "rounded,bold"]),
        ],
        edges: [
            .init("naver-cloud", "snu"),
            .init("lg-ai-research", "upstage"),
            .init("kaist", "naver-cloud", attributes: ["style": "dashed"]),
            .init("kaist", "lg-ai-research", attributes: ["style": "dashed"]),
        ],
        subgraphs: [
            .cluster("naver", attributes: ["label": "네이버클라우드 컨소시엄"], nodes: ["naver-cloud", "snu"]),
            .cluster("lg", attributes: ["label": "LG AI연구원 컨소시엄"], nodes: ["lg-ai-research", "upstage"]),
        ]
    )
}
