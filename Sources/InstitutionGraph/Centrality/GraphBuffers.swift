/// A ``CSRGraph``'s arrays as raw buffers, for the inner loops of the measures.
///
/// Valid only inside ``CSRGraph/withBuffers(_:)``.
struct GraphBuffers {
    let offsets: UnsafeBufferPointer<Int32>
    let targets: UnsafeBufferPointer<Int32>
    /// The edge weights, or `nil` when the graph is unweighted.
    let weights: UnsafeBufferPointer<Double>?

    var nodeCount: Int { offsets.count - 1 }

    @inline(__always)
    func edgeRange(of node: Int) -> Range<Int> { Int(offsets[node])..<Int(offsets[node + 1]) }

    /// The number of edges (arcs) that start at `nodes`.
    @inline(__always)
    func edges(of nodes: Range<Int>) -> Int { Int(offsets[nodes.upperBound]) - Int(offsets[nodes.lowerBound]) }
}

extension CSRGraph {
    /// Calls `body` with the graph's arrays as raw buffers.
    func withBuffers<Result>(_ body: (GraphBuffers) throws -> Result) rethrows -> Result {
        try offsets.withUnsafeBufferPointer { offsets in
            try targets.withUnsafeBufferPointer { targets in
                if let weights {
                    try weights.withUnsafeBufferPointer { weights in
                        try body(GraphBuffers(offsets: offsets, targets: targets, weights: weights))
                    }
                } else {
                    try body(GraphBuffers(offsets: offsets, targets: targets, weights: nil))
                }
            }
        }
    }
}

/// Calls `body` with `array`'s storage, or with `nil` when there is no array.
func withOptionalBuffer<Result>(_ array: [Double]?, _ body: (UnsafeBufferPointer<Double>?) -> Result) -> Result {
    if let array {
        array.withUnsafeBufferPointer { body($0) }
    } else {
        body(nil)
    }
}
