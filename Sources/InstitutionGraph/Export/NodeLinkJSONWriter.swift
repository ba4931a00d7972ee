import Foundation

/// Writes NetworkX's node-link JSON (`networkx.node_link_data` with `edges="edges"`, the
/// default since NetworkX 3.4): `directed`, `multigraph`, `graph` (the metadata), `nodes` with
/// their attributes and `edges` with their weights.
enum NodeLinkJSONWriter {
    static func write(_ graph: ExportedGraph) -> String {
        var object: [(String, JSONValue)] = [("directed", .bool(false)), ("multigraph", .bool(false))]
        object.append(("graph", .object(graph.metadata.pairs.map { ($0.name, .string($0.value)) })))
        let nodeAttributes = graph.nodeAttributes
        object.append(("nodes", .array(graph.nodes.map { node in
            .object([("id", .string(node.id))] + nodeAttributes.compactMap { attribute in
                attribute.value(node).map { (attribute.name, attribute.type == .string ? .string($0) : .number($0)) }
            })
        })))
        let edgeAttributes = graph.edgeAttributes
        object.append(("edges", .array(graph.edges.map { edge in
            .object([
                ("source", .string(graph.nodes[edge.source].id)), ("target", .string(graph.nodes[edge.target].id)),
                ("weight", .number(exportNumber(edge.weight))),
            ] + edgeAttributes.compactMap { attribute in attribute.value(edge).map { (attribute.name, .string($0)) } })
        })))
        var text = ""
        JSONValue.object(object).write(to: &text, indent: 0)
        return text + "\n"
    }
}

/// A JSON value whose object keys keep their order.
enum JSONValue {
    case bool(Bool)
    /// A number, already written as JSON.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    func write(to text: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent + 1)
        let close = String(repeating: "  ", count: indent)
        switch self {
        case .bool(let value): text += value ? "true" : "false"
        case .number(let value): text += value
        case .string(let value): text += Self.quoted(value)
        case .array(let values):
            guard !values.isEmpty else { text += "[]"; return }
            text += "[\n"
            for (position, value) in values.enumerated() {
                text += pad
                value.write(to: &text, indent: indent + 1)
                text += position == values.count - 1 ? "\n" : ",\n"
            }
            text += close + "]"
        case .object(let members):
            guard !members.isEmpty else { text += "{}"; return }
            text += "{\n"
            for (position, (key, value)) in members.enumerated() {
                text += pad + Self.quoted(key) + ": "
                value.write(to: &text, indent: indent + 1)
                text += position == members.count - 1 ? "\n" : ",\n"
            }
            text += close + "}"
        }
    }

    /// A JSON string literal; non-ASCII text (Hangul) is written as is, in UTF-8.
    static func quoted(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
