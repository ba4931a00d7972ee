/// What the fill of an institution's node tells, as Gephi's "colour by partition" does; its shape
/// always tells its kind.
public enum DiagramColoring: String, CaseIterable, Sendable {
    /// Its kind: university, company, research institute, public body.
    case kind
    /// The one consortium it is in; institutions in several stay white.
    case consortium
    /// Its Louvain community on the institutions projection (of the whole dataset when a part is
    /// drawn), with the seed and settings of `instgraph communities`.
    case community
}
