/// A pair of consortia as the Spark job lists it among those that share most institutions
/// (`overlap.csv`): the job has the consortia, a projection read here does not, so the pair is
/// kept as written.
public struct ListedOverlap: Sendable, Equatable {
    /// The first consortium's name.
    public var first: String
    /// The second consortium's name.
    public var second: String
    /// How many institutions the two share.
    public var shared: Int
    /// The Jaccard index of their memberships, as the job rounded it.
    public var jaccard: Double
    /// The names of the shared institutions, as the job joined them.
    public var institutions: String

    /// A pair as the job wrote it.
    public init(first: String, second: String, shared: Int, jaccard: Double, institutions: String) {
        self.first = first
        self.second = second
        self.shared = shared
        self.jaccard = jaccard
        self.institutions = institutions
    }
}
