import Foundation

/// The edge table of a projection folder, read part by part straight from bytes (no `String` per
/// field: the table has millions of rows of numbers) and turned into the projection's CSR arrays.
struct EdgeList {
    let nodeCount: Int
    private var sources: [Int32] = []
    private var targets: [Int32] = []
    private var shared: [Double] = []
    private var newman: [Double] = []

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
    }

    /// The columns an edge table has, in the order they are read.
    private static let columns = ["source", "target", "shared", "newman"]

    /// Reads one part: a header naming the four columns (in any order), then rows of numbers.
    ///
    /// - Throws: ``DatasetLoadError`` at the line and column of the first field that is not what
    ///   it should be.
    mutating func read(_ text: InputText) throws {
        let bytes = text.bytes
        var reader = ByteCursor(bytes: bytes, file: text.displayPath)
        guard let header = reader.headerFields() else { return }
        let order = Self.columns.map { header.firstIndex(of: $0) }
        guard order.allSatisfy({ $0 != nil }), header.count == Self.columns.count else {
            throw DatasetLoadError(
                "the edge table needs the header source,target,shared,newman (in any order); found \(header.joined(separator: ","))",
                at: SourceLocation(file: text.displayPath, line: 1, column: 1))
        }
        // Field i of a row goes to column slot[i].
        var slot = [Int](repeating: 0, count: Self.columns.count)
        for (column, position) in order.enumerated() { slot[position!] = column }
        var values = [Double](repeating: 0, count: Self.columns.count)
        var ids = [Int](repeating: 0, count: 2)
        while reader.startRow() {
            for field in 0..<Self.columns.count {
                let column = slot[field]
                if column < 2 {
                    ids[column] = try reader.nodeID(below: nodeCount)
                } else {
                    values[column] = try reader.positiveNumber(integral: column == 2)
                }
                try reader.endField(last: field == Self.columns.count - 1)
            }
            guard ids[0] != ids[1] else { throw reader.error("node \(ids[0]) is tied to itself; a projection has no loops", atRowStart: true) }
            sources.append(Int32(ids[0]))
            targets.append(Int32(ids[1]))
            shared.append(values[2])
            newman.append(values[3])
        }
    }

    /// The projection weighted by shared consortia, and the Newman weights of its entries; each
    /// node's neighbours in ascending order, as ``CSRGraph`` keeps them.
    ///
    /// - Throws: ``DatasetLoadError`` when a pair is listed twice.
    /// - Complexity: O(nodes + edges): two counting sorts, by target and then by source.
    func graphs(displayPath: String) throws -> (CSRGraph, [Double]) {
        let n = nodeCount
        var offsets = [Int32](repeating: 0, count: n + 1)
        for (a, b) in zip(sources, targets) {
            offsets[Int(a) + 1] += 1
            offsets[Int(b) + 1] += 1
        }
        for node in 0..<n { offsets[node + 1] += offsets[node] }
        // Each entry a → b bucketed by b, then placed in a's row: rows come out sorted.
        var cursor = Array(offsets.dropLast())
        var bySource = [Int32](repeating: 0, count: 2 * sources.count)
        var byEdge = [Int32](repeating: 0, count: 2 * sources.count)
        for edge in sources.indices {
            let (a, b) = (Int(sources[edge]), Int(targets[edge]))
            bySource[Int(cursor[b])] = Int32(a)
            byEdge[Int(cursor[b])] = Int32(edge)
            cursor[b] += 1
            bySource[Int(cursor[a])] = Int32(b)
            byEdge[Int(cursor[a])] = Int32(edge)
            cursor[a] += 1
        }
        cursor = Array(offsets.dropLast())
        var rowTargets = [Int32](repeating: 0, count: 2 * sources.count)
        var sharedWeights = [Double](repeating: 0, count: 2 * sources.count)
        var newmanWeights = [Double](repeating: 0, count: 2 * sources.count)
        for target in 0..<n {
            for entry in Int(offsets[target])..<Int(offsets[target + 1]) {
                let source = Int(bySource[entry])
                let position = Int(cursor[source])
                cursor[source] += 1
                rowTargets[position] = Int32(target)
                sharedWeights[position] = shared[Int(byEdge[entry])]
                newmanWeights[position] = newman[Int(byEdge[entry])]
            }
        }
        for node in 0..<n {
            let row = Int(offsets[node])..<Int(offsets[node + 1])
            for position in row.dropFirst() where rowTargets[position] == rowTargets[position - 1] {
                throw DatasetLoadError(
                    "the pair of nodes \(min(node, Int(rowTargets[position]))) and \(max(node, Int(rowTargets[position]))) is listed twice; each tie once",
                    at: SourceLocation(file: displayPath))
            }
        }
        return (CSRGraph(offsets: offsets, targets: rowTargets, weights: sharedWeights), newmanWeights)
    }
}

/// A position in the bytes of an edge table, with the line and column for errors.
private struct ByteCursor {
    let bytes: [UInt8]
    let file: String
    private var offset = 0
    private var line = 1
    private var lineStart = 0

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// The header's fields (plain, unquoted), or `nil` for an empty file.
    mutating func headerFields() -> [String]? {
        guard offset < bytes.count else { return nil }
        let end = bytes[offset...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        var header = bytes[offset..<end]
        if header.last == UInt8(ascii: "\r") { header = header.dropLast() }
        offset = end
        return String(decoding: header, as: UTF8.self).split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }

    /// Moves past the line break to the next row; `false` at the end. Blank lines are skipped.
    mutating func startRow() -> Bool {
        while offset < bytes.count, bytes[offset] == UInt8(ascii: "\n") || bytes[offset] == UInt8(ascii: "\r") {
            if bytes[offset] == UInt8(ascii: "\n") {
                line += 1
                lineStart = offset + 1
            }
            offset += 1
        }
        return offset < bytes.count
    }

    /// A node id: digits naming a node below `nodeCount`.
    mutating func nodeID(below nodeCount: Int) throws -> Int {
        let start = offset
        var value = 0
        while offset < bytes.count, bytes[offset] >= UInt8(ascii: "0"), bytes[offset] <= UInt8(ascii: "9"), value <= nodeCount {
            value = value * 10 + Int(bytes[offset] - UInt8(ascii: "0"))
            offset += 1
        }
        guard offset > start, !isDigit(at: offset) else { throw error("expected a node id (0, 1, …)", at: start) }
        guard value < nodeCount else { throw error("node \(value) is not in the node table (\(nodeCount) nodes, 0 to \(nodeCount - 1))", at: start) }
        return value
    }

    /// A finite number above 0, written as Spark or Python write doubles (`2`, `0.5`, `1.0E-4`);
    /// a whole number when `integral`.
    mutating func positiveNumber(integral: Bool) throws -> Double {
        let start = offset
        // Whole numbers, as counts are written, without strtod.
        var whole = 0
        while offset < bytes.count, offset - start < 15, isDigit(at: offset) {
            whole = whole * 10 + Int(bytes[offset] - UInt8(ascii: "0"))
            offset += 1
        }
        if offset > start,
            offset == bytes.count || bytes[offset] == UInt8(ascii: ",") || bytes[offset] == UInt8(ascii: "\n") || bytes[offset] == UInt8(ascii: "\r")
        {
            guard whole > 0 else { throw error(integral ? "expected a count of shared consortia, 1 or more" : "expected a weight above 0", at: start) }
            return Double(whole)
        }
        offset = start
        while offset < bytes.count, offset - start < 40, bytes[offset] != UInt8(ascii: ","), bytes[offset] != UInt8(ascii: "\n"),
            bytes[offset] != UInt8(ascii: "\r")
        {
            offset += 1
        }
        let value = parsedDouble(bytes[start..<offset])
        guard let value, value.isFinite, value > 0, !integral || value == value.rounded() else {
            throw error(integral ? "expected a count of shared consortia, 1 or more" : "expected a weight above 0", at: start)
        }
        return value
    }

    /// After a field: a comma, or, after the last field, the end of the line.
    mutating func endField(last: Bool) throws {
        if last {
            guard offset == bytes.count || bytes[offset] == UInt8(ascii: "\n") || bytes[offset] == UInt8(ascii: "\r") else {
                throw error("expected the end of the row after 4 fields", at: offset)
            }
        } else {
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: ",") else { throw error("expected a comma and 4 fields", at: offset) }
            offset += 1
        }
    }

    /// An error at byte `at` of the current line, or at its start.
    func error(_ message: String, at position: Int? = nil, atRowStart: Bool = false) -> DatasetLoadError {
        let column = atRowStart ? 1 : 1 + (position ?? offset) - lineStart
        return DatasetLoadError(message, at: SourceLocation(file: file, line: line, column: column))
    }

    private func isDigit(at position: Int) -> Bool {
        position < bytes.count && bytes[position] >= UInt8(ascii: "0") && bytes[position] <= UInt8(ascii: "9")
    }

    /// The double `field` spells, read by `strtod` from a copy that ends in a NUL, or `nil`.
    private func parsedDouble(_ field: ArraySlice<UInt8>) -> Double? {
        guard !field.isEmpty, field.count < 40, field.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: " ") }) else { return nil }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: field.count + 1) { buffer in
            for (index, byte) in field.enumerated() { buffer[index] = CChar(bitPattern: byte) }
            buffer[field.count] = 0
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(buffer.baseAddress!, &end)
            return end == buffer.baseAddress! + field.count ? value : nil
        }
    }
}
