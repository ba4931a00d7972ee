/// The scores of every node for the measures asked for.
public struct CentralityScores: Hashable, Sendable {
    /// The normalisation asked for; see ``appliedNormalization(of:)`` for what each measure got.
    public let normalization: CentralityNormalization
    /// Whether the shortest-path measures followed edge weights.
    public let weighted: Bool
    /// One score per node for each measure, or `nil` when it was not asked for.
    public var degree: [Double]?
    public var betweenness: [Double]?
    public var closeness: [Double]?
    public var harmonic: [Double]?
    public var eigenvector: [Double]?
    public var pageRank: [Double]?
    /// How betweenness was sampled when it was estimated (``CentralityOptions/betweennessApproximation``);
    /// `nil` when it is exact or was not asked for.
    public var betweennessSampling: BetweennessSampling?
    /// How closeness and harmonic centrality were sampled when they were asked for with
    /// ``CentralityOptions/closenessApproximation``; `nil` when no estimate was asked for or
    /// neither measure was. A sample as large as every component gives the exact scores
    /// (``ClosenessSampling/isExact``).
    public var closenessSampling: ClosenessSampling?

    init(normalization: CentralityNormalization, weighted: Bool) {
        self.normalization = normalization
        self.weighted = weighted
    }

    /// The scores of `measure`, one per node, or `nil` when it was not computed.
    public subscript(measure: CentralityMeasure) -> [Double]? {
        get {
            switch measure {
            case .degree: degree
            case .betweenness: betweenness
            case .closeness: closeness
            case .harmonic: harmonic
            case .eigenvector: eigenvector
            case .pageRank: pageRank
            }
        }
        set {
            switch measure {
            case .degree: degree = newValue
            case .betweenness: betweenness = newValue
            case .closeness: closeness = newValue
            case .harmonic: harmonic = newValue
            case .eigenvector: eigenvector = newValue
            case .pageRank: pageRank = newValue
            }
        }
    }

    /// The measures computed, in `CentralityMeasure.allCases` order.
    public var measures: [CentralityMeasure] { CentralityMeasure.allCases.filter { self[$0] != nil } }

    /// The normalisation `measure` actually got: ``normalization``, or
    /// ``CentralityNormalization/standard`` for a measure without two-mode and raw forms.
    public func appliedNormalization(of measure: CentralityMeasure) -> CentralityNormalization {
        measure.appliedNormalization(for: normalization)
    }
}
