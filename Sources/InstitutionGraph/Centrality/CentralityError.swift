/// Why centrality scores could not be computed.
public struct CentralityError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong and how to fix it.
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }

    static func missingSides() -> CentralityError {
        CentralityError("the bipartite normalisation needs the side of every node; it applies to the two-mode graph, not to a projection")
    }

    static func sideCount(_ sides: Int, nodes: Int) -> CentralityError {
        CentralityError("\(sides) node sides were given for a graph of \(nodes) nodes")
    }

    static func noConvergence(_ measure: CentralityMeasure, iterations: Int) -> CentralityError {
        CentralityError("\(measure.rawValue) centrality did not converge in \(iterations) iterations; allow more iterations")
    }

    static func approximation(_ approximation: BetweennessApproximation) -> CentralityError? {
        invalidApproximation(of: "betweenness", epsilon: approximation.epsilon, confidence: approximation.confidence)
    }

    static func approximation(_ approximation: ClosenessApproximation) -> CentralityError? {
        invalidApproximation(of: "closeness", epsilon: approximation.epsilon, confidence: approximation.confidence)
    }

    private static func invalidApproximation(of measure: String, epsilon: Double, confidence: Double) -> CentralityError? {
        if !(epsilon > 0 && epsilon < 1) {
            return CentralityError("the \(measure) approximation's epsilon is \(epsilon); it must be between 0 and 1, e.g. 0.01")
        }
        if !(confidence > 0 && confidence < 1) {
            return CentralityError("the \(measure) approximation's confidence is \(confidence); it must be between 0 and 1, e.g. 0.9")
        }
        return nil
    }
}
