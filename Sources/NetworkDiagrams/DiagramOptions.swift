import InstitutionGraph

/// What a diagram shows and how it labels it.
public struct DiagramOptions: Sendable {
    /// The language of labels; a name missing in it falls back to the other language.
    public var language: Language
    /// Indices of institutions to emphasise, with their edges.
    public var highlighted: Set<Int>
    /// In the projection views, edges lighter than this are left out.
    public var minimumWeight: Double
    /// The title drawn above the diagram (the dataset's title when `nil`).
    public var title: String?
    /// The font family for every label; it must cover Hangul for Korean labels in PNG and PDF.
    public var font: String
    /// In the institutions view, a score per institution that sets node sizes (bigger is larger).
    public var nodeSizes: [Double]?
    /// What ``nodeSizes`` measures, for the legend.
    public var nodeSizeMeaning: String?
    /// The dataset the drawn one is a part of (``DiagramSelection``), when a part is drawn. Labels
    /// and tooltips then count from it (`KAIST (4)` for KAIST in 4 consortia even when 3 are
    /// drawn), the projections' ties and weights are those of the whole among the nodes drawn,
    /// and a line under the title says how much is drawn.
    public var whole: Dataset?
    /// How the part drawn was chosen, for the line under the title: `2-core`, `top 20`.
    public var selection: String?
    /// What institutions' fills tell (their shapes tell their kind whatever it is).
    public var coloring: DiagramColoring
    /// The institutions projection the institutions view draws instead of projecting the
    /// dataset: one read from a projection folder (``InstitutionNetwork``), whose dataset has no
    /// consortia; node *i* is institution *i*.
    public var projection: CSRGraph?

    /// The font Debian's `fonts-noto-cjk` installs, which covers Hangul and Latin.
    public static let defaultFont = "Noto Sans CJK KR"

    public init(
        language: Language = .english, highlighted: Set<Int> = [], minimumWeight: Double = 0, title: String? = nil,
        font: String = DiagramOptions.defaultFont, nodeSizes: [Double]? = nil, nodeSizeMeaning: String? = nil,
        whole: Dataset? = nil, selection: String? = nil, coloring: DiagramColoring = .kind
    ) {
        self.language = language
        self.highlighted = highlighted
        self.minimumWeight = minimumWeight
        self.title = title
        self.font = font
        self.nodeSizes = nodeSizes
        self.nodeSizeMeaning = nodeSizeMeaning
        self.whole = whole
        self.selection = selection
        self.coloring = coloring
    }
}
