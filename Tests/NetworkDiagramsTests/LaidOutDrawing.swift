import Foundation
import Testing

/// A drawing as Graphviz laid it out, read from its `json` output: the boxes of its nodes and
/// clusters, and where it draws each edge label, in points.
struct LaidOutDrawing {
    /// An axis-aligned rectangle.
    struct Box: CustomStringConvertible {
        var minX, minY, maxX, maxY: Double

        /// Whether the two boxes share more than `slack` points in both directions.
        func overlaps(_ other: Box, slack: Double = 1) -> Bool {
            minX < other.maxX - slack && other.minX < maxX - slack && minY < other.maxY - slack && other.minY < maxY - slack
        }

        /// Whether `other` lies inside this box, give or take `slack` points.
        func contains(_ other: Box, slack: Double = 1) -> Bool {
            other.minX >= minX - slack && other.maxX <= maxX + slack && other.minY >= minY - slack && other.maxY <= maxY + slack
        }

        var width: Double { maxX - minX }
        var height: Double { maxY - minY }
        var description: String { String(format: "(%.0f,%.0f)-(%.0f,%.0f)", minX, minY, maxX, maxY) }
    }

    struct Cluster {
        var name: String
        var box: Box
        /// The names of the nodes the cluster holds.
        var members: [String]
    }

    /// An edge's label as the renderers draw it (its `_ldraw_` text), which PNG and PDF show too.
    struct EdgeLabel {
        var edge: String
        var text: String
        var box: Box
    }

    /// The whole drawing's bounding box.
    let bounds: Box
    /// Each node's box by name.
    let nodes: [String: Box]
    let clusters: [Cluster]
    let edgeLabels: [EdgeLabel]
    /// The ids of the edges that have a label, drawn or not.
    let labelledEdges: [String]

    init(json bytes: [UInt8]) throws {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        bounds = try Self.box(Self.field("bb", of: root))
        let objects = root["objects"] as? [[String: Any]] ?? []
        var nodes: [String: Box] = [:]
        var names: [Int: String] = [:]
        for object in objects where object["nodes"] == nil && object["bb"] == nil {
            let name: String = try Self.field("name", of: object)
            let centre = try Self.numbers(Self.field("pos", of: object))
            let width = try Self.numbers(Self.field("width", of: object))[0] * 72
            let height = try Self.numbers(Self.field("height", of: object))[0] * 72
            nodes[name] = Box(minX: centre[0] - width / 2, minY: centre[1] - height / 2, maxX: centre[0] + width / 2, maxY: centre[1] + height / 2)
            names[try Self.field("_gvid", of: object)] = name
        }
        self.nodes = nodes
        clusters = try objects.filter { ($0["name"] as? String)?.hasPrefix("cluster") == true }.map { object in
            Cluster(
                name: object["name"] as? String ?? "", box: try Self.box(Self.field("bb", of: object)),
                members: (object["nodes"] as? [Int] ?? []).compactMap { names[$0] })
        }
        var labels: [EdgeLabel] = []
        var labelled: [String] = []
        for edge in root["edges"] as? [[String: Any]] ?? [] where edge["label"] != nil {
            let id = edge["id"] as? String ?? "edge \(edge["_gvid"] ?? "")"
            labelled.append(id)
            labels += Self.texts(edge["_ldraw_"] as? [[String: Any]] ?? []).map { EdgeLabel(edge: id, text: $0.text, box: $0.box) }
        }
        edgeLabels = labels
        labelledEdges = labelled
    }

    /// The texts an xdot drawing list draws, each with the box it takes: `width` wide, centred,
    /// left or right of its point as aligned, from a quarter of the font size below the baseline to
    /// three quarters above it.
    private static func texts(_ operations: [[String: Any]]) -> [(text: String, box: Box)] {
        var size = 14.0
        var texts: [(String, Box)] = []
        for operation in operations {
            switch operation["op"] as? String {
            case "F": size = (operation["size"] as? Double) ?? size
            case "T":
                guard let point = operation["pt"] as? [Double], let width = operation["width"] as? Double else { continue }
                let left = switch operation["align"] as? String {
                case "l": point[0]
                case "r": point[0] - width
                default: point[0] - width / 2
                }
                let box = Box(minX: left, minY: point[1] - size / 4, maxX: left + width, maxY: point[1] + size * 3 / 4)
                texts.append((operation["text"] as? String ?? "", box))
            default: continue
            }
        }
        return texts
    }

    private static func field<Value>(_ key: String, of object: [String: Any]) throws -> Value {
        try #require(object[key] as? Value, "no \(key) in \(object["name"] ?? "the graph")")
    }

    private static func numbers(_ text: String) throws -> [Double] {
        let values = text.split(separator: ",").compactMap { Double($0) }
        try #require(!values.isEmpty, "not numbers: \(text)")
        return values
    }

    private static func box(_ text: String) throws -> Box {
        let values = try numbers(text)
        try #require(values.count == 4)
        return Box(minX: values[0], minY: values[1], maxX: values[2], maxY: values[3])
    }

    /// Everything in the drawing that breaks the rules of a legible layout: nodes touching, a
    /// member outside its cluster or a stranger inside one, clusters meeting, an edge label missing
    /// or drawn over a node or another label, a drawing more than `longestSide` times as long as it
    /// is high or the other way round.
    func faults(longestSide: Double = 4) -> [String] {
        var faults: [String] = []
        let named = nodes.sorted { $0.key < $1.key }
        for (index, (name, box)) in named.enumerated() {
            for (other, otherBox) in named[(index + 1)...] where box.overlaps(otherBox) {
                faults.append("nodes \(name) \(box) and \(other) \(otherBox) overlap")
            }
        }
        for (index, cluster) in clusters.enumerated() {
            let members = Set(cluster.members)
            for (name, box) in named {
                if members.contains(name) && !cluster.box.contains(box) {
                    faults.append("\(name) \(box) sticks out of \(cluster.name) \(cluster.box)")
                } else if !members.contains(name) && cluster.box.overlaps(box) {
                    faults.append("\(name) \(box) is not in \(cluster.name) \(cluster.box) but lies on it")
                }
            }
            for other in clusters[(index + 1)...] where cluster.box.overlaps(other.box) {
                faults.append("clusters \(cluster.name) and \(other.name) overlap")
            }
        }
        let drawnLabels = Set(edgeLabels.map(\.edge))
        faults += labelledEdges.filter { !drawnLabels.contains($0) }.map { "the label of \($0) is not drawn" }
        for (index, label) in edgeLabels.enumerated() {
            for (name, box) in named where label.box.overlaps(box, slack: 0) {
                faults.append("the label '\(label.text)' of \(label.edge) lies on \(name)")
            }
            for other in edgeLabels[(index + 1)...] where label.box.overlaps(other.box, slack: 0) {
                faults.append("the labels of \(label.edge) and \(other.edge) overlap")
            }
        }
        if max(bounds.width, bounds.height) > longestSide * min(bounds.width, bounds.height) {
            faults.append("the drawing is a strip, \(Int(bounds.width)) × \(Int(bounds.height)) points")
        }
        return faults
    }
}
