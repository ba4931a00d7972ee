/// How the dataset's own attribute names (`country`, `model`, a membership's `budget`) are written
/// beside the attributes the exports define themselves.
///
/// An attribute keeps its name, so Gephi and NetworkX show `country`, unless the name is one the
/// exports use (``reservedForNodes``, ``reservedForEdges``) or starts with ``prefix``: then it is
/// written with the prefix (`label` becomes `attr_label`, `attr_x` becomes `attr_attr_x`). Reading
/// removes one prefix, so every name comes back as it was.
enum AttributeName {
    /// What a written name starts with when the dataset's own name would be mistaken for another.
    static let prefix = "attr_"

    /// The node attributes the exports write, `id` (node-link JSON's key for the node) and `name`
    /// (NetworkX's usual name attribute, read as the node's name).
    static let reservedForNodes: Set<String> = Set(ExportAttribute.node.map(\.name)).union(["id", "name"])

    /// The edge attributes the exports write and the keys NetworkX's readers give edges themselves.
    static let reservedForEdges: Set<String> = Set(ExportEdgeAttribute.all.map(\.name))
        .union(["id", "key", "source", "target", "weight", "label"])

    /// The name `name` is written under.
    static func written(_ name: String, reserved: Set<String>) -> String {
        reserved.contains(name) || name.hasPrefix(prefix) ? prefix + name : name
    }

    /// The dataset's own name that `written` stands for, or `nil` when it is a reserved name.
    static func own(_ written: String, reserved: Set<String>) -> String? {
        if written.hasPrefix(prefix) { return String(written.dropFirst(prefix.count)) }
        return reserved.contains(written) ? nil : written
    }
}
