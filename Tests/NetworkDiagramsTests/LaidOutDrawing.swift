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

    /// An edge's label or head label as the renderers draw it (its `_ldraw_` or `_hldraw_`
    /// text), which PNG and PDF show too.
    struct EdgeLabel {
        var edge: String
        var text: String
        var box: Box
    }

    /// An edge's path: its Bézier curve sampled into a polyline.
    struct EdgePath {
        var edge: String
        var points: [(x: Double, y: Double)]

        /// The distance from (`x`, `y`) to the nearest point of the path.
        func distance(x: Double, y: Double) -> Double {
            zip(points, points.dropFirst()).map { a, b in
                let (dx, dy) = (b.x - a.x, b.y - a.y)
                let length = dx * dx + dy * dy
                let t = length == 0 ? 0 : max(0, min(1, ((x - a.x) * dx + (y - a.y) * dy) / length))
                return ((x - a.x - t * dx) * (x - a.x - t * dx) + (y - a.y - t * dy) * (y - a.y - t * dy)).squareRoot()
            }.min() ?? .infinity
        }
    }

    /// The whole drawing's bounding box.
    let bounds: Box
    /// Each node's box by name.
    let nodes: [String: Box]
    let clusters: [Cluster]
    let edgeLabels: [EdgeLabel]
    /// The ids of the edges that have a label, drawn or not.
    let labelledEdges: [String]
    /// Every edge's path.
    let paths: [EdgePath]

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
        var paths: [EdgePath] = []
        for edge in root["edges"] as? [[String: Any]] ?? [] {
            let id = edge["id"] as? String ?? "edge \(edge["_gvid"] ?? "")"
            paths.append(EdgePath(edge: id, points: Self.curve(edge["pos"] as? String ?? "")))
            for (label, drawing) in [("label", "_ldraw_"), ("headlabel", "_hldraw_"), ("taillabel", "_tldraw_")] where edge[label] != nil {
                labelled.append(id)
                labels += Self.texts(edge[drawing] as? [[String: Any]] ?? []).map { EdgeLabel(edge: id, text: $0.text, box: $0.box) }
            }
        }
        edgeLabels = labels
        labelledEdges = labelled
        self.paths = paths
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
                let left =
                    switch operation["align"] as? String {
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

    /// A `pos` spline (`e,x,y` and `s,x,y` arrow ends aside: cubic Bézier control points) as a
    /// polyline of ten points per piece.
    private static func curve(_ pos: String) -> [(x: Double, y: Double)] {
        let controls = pos.split(separator: " ").filter { !$0.hasPrefix("e,") && !$0.hasPrefix("s,") }.compactMap { point -> (Double, Double)? in
            let values = point.split(separator: ",").compactMap { Double($0) }
            return values.count == 2 ? (values[0], values[1]) : nil
        }
        var points: [(x: Double, y: Double)] = []
        for start in stride(from: 0, to: controls.count - 3, by: 3) {
            let (p0, p1, p2, p3) = (controls[start], controls[start + 1], controls[start + 2], controls[start + 3])
            for step in 0...10 {
                let t = Double(step) / 10, u = 1 - t
                let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
                points.append((a * p0.0 + b * p1.0 + c * p2.0 + d * p3.0, a * p0.1 + b * p1.1 + c * p2.1 + d * p3.1))
            }
        }
        return points
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
    /// or drawn over a node or another label, a drawing more than `longestSide` times as long as
    /// it is high or the other way round.
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

    /// The edge labels that another edge passes within 6 points as near as their own, so that a
    /// reader cannot tell which edge the number belongs to.
    func ambiguousLabels() -> [String] {
        edgeLabels.flatMap { label in
            let (x, y) = ((label.box.minX + label.box.maxX) / 2, (label.box.minY + label.box.maxY) / 2)
            let own = paths.first { $0.edge == label.edge }?.distance(x: x, y: y) ?? .infinity
            return paths.filter { $0.edge != label.edge && $0.distance(x: x, y: y) < own + 6 }.map {
                "the label '\(label.text)' of \(label.edge) is as near to the edge \($0.edge) as to its own"
            }
        }
    }
}
