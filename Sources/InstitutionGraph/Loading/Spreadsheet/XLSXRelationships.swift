/// The relationships of one part (its `_rels/….rels` file): which part each `r:id` points to.
struct XLSXRelationships {
    /// One relationship: the part it points to, as a path inside the package, and what kind it is.
    struct Target {
        /// The path inside the package, such as `xl/worksheets/sheet1.xml`.
        let path: String
        /// The relationship's type URI, ending in `/worksheet`, `/sharedStrings`, `/styles`….
        let type: String
    }

    /// Every internal relationship by its id (`rId1`…).
    let targets: [String: Target]

    /// Reads the relationships of the part at `source` (such as `xl/workbook.xml`); a part
    /// without a relationships file has none.
    ///
    /// - Throws: ``DatasetLoadError`` for a damaged relationships file.
    init(of source: String, in package: XLSXPackage) throws(DatasetLoadError) {
        let folder = source.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let file = source.split(separator: "/").last.map(String.init) ?? source
        let part = (folder.isEmpty ? "" : folder + "/") + "_rels/\(file).rels"
        guard let data = try package.read(part) else {
            targets = [:]
            return
        }
        let reader = Reader(folder: folder)
        try XMLPartReader.read(data, part: part, location: SourceLocation(file: package.displayPath), into: reader)
        targets = reader.targets
    }

    /// The first target whose type ends in `/kind` (such as `/styles`).
    func first(ofKind kind: String) -> Target? {
        targets.keys.sorted().lazy.compactMap { targets[$0] }.first { $0.type.hasSuffix("/" + kind) }
    }

    /// `target` as a path from the package's root: a relative target is resolved against
    /// `folder`, an absolute one (`/xl/…`) is taken from the root, and `.` and `..` are resolved.
    static func resolve(_ target: String, from folder: String) -> String {
        let absolute = target.hasPrefix("/")
        var segments = absolute || folder.isEmpty ? [] : folder.split(separator: "/").map(String.init)
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(String(segment))
            }
        }
        return segments.joined(separator: "/")
    }

    /// Collects the `<Relationship>` elements, leaving out external ones (links to other files).
    private final class Reader: XMLPartHandler {
        let folder: String
        var targets: [String: Target] = [:]

        init(folder: String) { self.folder = folder }

        func start(_ element: String, attributes: XMLPartAttributes) {
            guard element == "Relationship", attributes["TargetMode"] != "External",
                let id = attributes["Id"], let target = attributes["Target"]
            else { return }
            targets[id] = Target(path: XLSXRelationships.resolve(target, from: folder), type: attributes["Type"] ?? "")
        }

        func end(_ element: String) {}
        func text(_ text: String) {}
    }
}
