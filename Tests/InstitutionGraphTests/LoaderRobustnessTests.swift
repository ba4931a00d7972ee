import BundledDatasets
import Foundation
import InstitutionGraph
import Testing

/// Random and damaged input never traps a loader: it loads into a consistent dataset or fails
/// with located errors. (A property test over seeded inputs, so a failure names its seed.)
@Suite("Loaders on random and damaged input")
struct LoaderRobustnessTests {
    /// Text made of the characters that matter to a table reader: delimiters, quotes, line ends,
    /// spaces, Hangul and letters.
    static func randomTable(seed: UInt64) -> String {
        var random = SeededRandom(seed: seed)
        let alphabet: [String] = [",", ";", "\t", "|", "\"", "\n", "\r\n", " ", "a", "b", "KAIST", "가", "lead", "HES", ""]
        let header = ["consortium,institution,role,kind\n", "pic;name;role;country\n", "컨소시엄\t기관명\t역할\n", ""][Int(random.next() % 4)]
        let length = Int(random.next() % 300)
        return header + (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
    }

    /// `bytes` with a few random bytes deleted, changed or inserted.
    static func damaged(_ bytes: [UInt8], seed: UInt64) -> [UInt8] {
        var random = SeededRandom(seed: seed)
        var result = bytes
        for _ in 0..<(1 + Int(random.next() % 6)) where !result.isEmpty {
            let position = Int(random.next() % UInt64(result.count))
            switch random.next() % 3 {
            case 0: result.remove(at: position)
            case 1: result[position] = UInt8(truncatingIfNeeded: random.next())
            default: result.insert(UInt8(truncatingIfNeeded: random.next()), at: position)
            }
        }
        return result
    }

    /// Loads `bytes` and checks what loaded: every membership names an institution, ids are
    /// unique, a consortium has at most one lead and lists it first.
    static func loadsConsistently(_ bytes: [UInt8], format: InputFormat?, mapping: ColumnMapping = ColumnMapping()) -> Bool {
        do {
            let data = try DatasetLoader.load(bytes: bytes, displayPath: "x", format: format, mapping: mapping).dataset
            let ids = data.institutions.map(\.id)
            return Set(ids).count == ids.count
                && data.consortia.allSatisfy { consortium in
                    consortium.members.allSatisfy { data.institutions.indices.contains($0.institution) }
                        && consortium.members.filter { $0.role == .lead }.count <= 1
                        && consortium.members.dropFirst().allSatisfy { $0.role != .lead }
                }
        } catch let error as DatasetLoadError {
            return !error.errors.isEmpty
        } catch {
            return false
        }
    }

    @Test("random tables, with and without an id column", arguments: 0..<200)
    func randomTables(seed: UInt64) {
        let text = Array(Self.randomTable(seed: seed).utf8)
        #expect(Self.loadsConsistently(text, format: .csv), "seed \(seed)")
        let mapping = ColumnMapping(
            consortiumColumns: ["pic", "consortium", "컨소시엄"], institutionColumns: ["name", "institution", "기관명"],
            institutionIDColumns: seed % 2 == 0 ? ["pic"] : nil, memberRoles: seed % 3 == 0 ? ["a"] : nil,
            skipRoles: ["b"], kindMap: ["HES": "university"])
        #expect(Self.loadsConsistently(text, format: .csv, mapping: mapping), "seed \(seed)")
        #expect(Self.loadsConsistently(text, format: nil), "seed \(seed)")
    }

    @Test("damaged exports in every readable format", arguments: 0..<60)
    func damagedGraphs(seed: UInt64) throws {
        let data = try BundledDatasets.load().dataset
        for format in [GraphExportFormat.graphml, .gexf, .json] {
            let bytes = Array(try ExportedGraph(data, graph: .bipartite).written(as: format).utf8)
            let inputFormat: InputFormat = format == .graphml ? .graphml : format == .gexf ? .gexf : .json
            #expect(Self.loadsConsistently(Self.damaged(bytes, seed: seed), format: inputFormat), "\(format) seed \(seed)")
        }
    }

    @Test("damaged mapping files and YAML datasets", arguments: 0..<100)
    func damagedYAML(seed: UInt64) throws {
        let mapping = Array("title: x\nconsortium-column: [a, b]\nkind-map: {HES: university}\ndelimiter: \";\"\n".utf8)
        let damagedMapping = Self.damaged(mapping, seed: seed)
        do {
            _ = try ColumnMappingFile(bytes: damagedMapping, displayPath: "m.yaml")
        } catch let error as DatasetLoadError {
            #expect(!error.errors.isEmpty)
        }
        let dataset = Array("institutions: [{id: a, name: A, attributes: {country: KR}}]\nconsortia: [{id: c, name: C, lead: a}]\n".utf8)
        #expect(Self.loadsConsistently(Self.damaged(dataset, seed: seed), format: .yaml), "seed \(seed)")
    }
}
