import CGraphviz

/// The version of Graphviz's libraries this build was compiled against, such as `2.43.0`.
public enum GraphvizVersion {
    /// Read from Graphviz's own header (`graphviz_version.h`), so it needs no Graphviz call.
    public static let built = String(cString: cgraphviz_built_version())
}
