/// instgraph's version, as `instgraph --version` prints it and the report's footer names it.
public enum InstgraphVersion {
    /// The version of this build: `0.1.0`.
    public static let current = "0.1.0"
}
