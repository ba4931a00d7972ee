/// For every node as a source, the sums that closeness and harmonic centrality are made of.
struct DistanceSums {
    /// The number of nodes each source reaches, itself included.
    var reached: [Int]
    /// The sum of each source's distances to the nodes it reaches.
    var distances: [Double]
    /// The sum of the reciprocals of each source's distances to the other nodes it reaches.
    var inverseDistances: [Double]
}
