/// A number for every edge position of a ``CSRGraph``, read in the inner loops of the measures:
/// edge weights or lengths from an array, or the constant 1 of an unweighted graph. Generic code
/// over it is specialised, so the constant costs nothing.
protocol EdgeValues {
    subscript(edge: Int) -> Double { get }
}

/// Every edge counts 1: a hop, or a unit weight.
struct UnitEdgeValues: EdgeValues {
    @inline(__always)
    subscript(edge: Int) -> Double { 1 }
}

extension UnsafeBufferPointer<Double>: EdgeValues {}
